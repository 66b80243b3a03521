<?php

namespace Pterodactyl\Notifications;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Notifications\Messages\MailMessage;
use Illuminate\Notifications\Notification;

class AddedToServer extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(public array $server)
    {
    }

    public function via(): array
    {
        return ['mail'];
    }

    public function toMail(): MailMessage
    {
        return (new MailMessage())->subject('AddedToServer')->view('mail.plain', ['lines' => ['You have been added as a subuser for the following server, allowing you certain control over the server.', 'Server Name: ' . $this->server['name']]]);
    }
}
