<?php

namespace Pterodactyl\Notifications;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Notifications\Messages\MailMessage;
use Illuminate\Notifications\Notification;
use Pterodactyl\Models\User;

/** As the panel's mail, with the setup link when a token exists (plain view: no Markdown renderer here). */
class AccountCreated extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(public User $user, public ?string $token = null)
    {
    }

    public function via(): array
    {
        return ['mail'];
    }

    public function toMail(): MailMessage
    {
        $lines = ['You are receiving this email because an account has been created for you on ' . config('app.name') . '.', 'Username: ' . $this->user->username, 'Email: ' . $this->user->email];
        if ($this->token !== null) {
            $lines[] = 'Setup Your Account: ' . url('/auth/password/reset/' . $this->token . '?email=' . urlencode($this->user->email));
        }

        return (new MailMessage())->subject('Account Created')->view('mail.plain', ['lines' => $lines]);
    }
}
