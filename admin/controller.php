<?php

namespace Pterodactyl\Http\Controllers\Admin\Extensions\tiergate;

use Illuminate\Contracts\View\View;
use Illuminate\View\Factory as ViewFactory;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Libraries\ExtensionLibrary\Admin\BlueprintAdminLibrary;

/**
 * Renders the shell of the admin page; everything on it is the React app in admin/src,
 * which talks to the admin JSON endpoints.
 */
class tiergateExtensionController extends Controller
{
    public function __construct(
        private ViewFactory $view,
        private BlueprintAdminLibrary $blueprint,
    ) {
    }

    public function index(): View
    {
        return $this->view->make('admin.extensions.tiergate.index', [
            'blueprint' => $this->blueprint,
            'root' => '/admin/extensions/tiergate',
        ]);
    }
}
