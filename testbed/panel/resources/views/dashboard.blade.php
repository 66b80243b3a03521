<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Dashboard</title><meta name="csrf-token" content="{{ csrf_token() }}"></head>
<body>
{{-- The real panel's dashboard is a React app; Blueprint injects extension components into it (not built here). --}}
<h1>Your servers</h1>
<ul>
@forelse ($servers as $server)
    <li>{{ $server->name }}</li>
@empty
    <li>You have no servers yet.</li>
@endforelse
</ul>
</body>
</html>
