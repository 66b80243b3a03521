<?php

namespace Pterodactyl\Notifications;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Notifications\Messages\MailMessage;
use Illuminate\Notifications\Notification;

/** As the panel's reset mail (plain view here). */
class SendPasswordReset extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(public string $token)
    {
    }

    public function via(): array
    {
        return ['mail'];
    }

    public function toMail($notifiable): MailMessage
    {
        return (new MailMessage())->subject('Reset Password')->view('mail.plain', ['lines' => [
            'You are receiving this email because we received a password reset request for your account.',
            'Reset Password: ' . url('/auth/password/reset/' . $this->token . '?email=' . urlencode($notifiable->email)),
        ]]);
    }
}
