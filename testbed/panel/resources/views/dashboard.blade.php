<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>{{ config('app.name', 'Pterodactyl') }}</title>
    <meta name="csrf-token" content="{{ csrf_token() }}">
</head>
<body>
{{-- The real client area is a React app (resources/views/templates/wrapper.blade.php mounts it); this is a stand-in. --}}
<form method="POST" action="{{ route('auth.logout') }}">{!! csrf_field() !!}<button type="submit">Sign out</button></form>
<h1>Your servers</h1>
<ul>
@forelse ($servers as $server)
    <li data-server="{{ $server->uuidShort }}">{{ $server->name }}</li>
@empty
    <li>You have no servers yet.</li>
@endforelse
</ul>

<div id="blueprint-dashboard-components">
    {{-- BLUEPRINT DASHBOARD COMPONENTS: in a real panel, Components.yml entries are compiled into the React
         bundle at fixed spots of the client area. The double has no React build, so nothing renders here. --}}
</div>

{{-- As Blueprint: every extension's dashboard wrapper (dashboard.wrapper in conf.yml), outside the React root. --}}
@foreach (glob(resource_path('views/blueprint/dashboard/wrappers/*.blade.php')) ?: [] as $wrapper)
    @include('blueprint.dashboard.wrappers.' . basename($wrapper, '.blade.php'))
@endforeach
</body>
</html>
