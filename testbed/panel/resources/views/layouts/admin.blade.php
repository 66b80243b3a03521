<!DOCTYPE html>
{{-- Shaped like Pterodactyl's admin layout (AdminLTE 2 + Bootstrap 3), without its CDN assets. --}}
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>{{ config('app.name', 'Pterodactyl') }} - @yield('title')</title>
    <meta content="width=device-width, initial-scale=1" name="viewport">
    <meta name="_token" content="{{ csrf_token() }}">
    @section('scripts')
        <style>
            body { margin: 0; font-family: 'Source Sans Pro', 'Helvetica Neue', Helvetica, Arial, sans-serif; font-size: 14px; background: #ecf0f5; color: #333; }
            .main-header { background: #3c8dbc; color: #fff; padding: 12px 20px; font-size: 18px; }
            .content-wrapper { padding: 15px 20px; }
            .content-header h1 { margin: 0 0 15px; font-size: 24px; font-weight: 400; }
            .content-header h1 small { font-size: 15px; color: #777; padding-left: 4px; }
            .alert { padding: 10px 15px; margin-bottom: 15px; border-radius: 3px; background: #d9edf7; }
            .alert-danger { background: #f2dede; } .alert-success { background: #dff0d8; } .alert-warning { background: #fcf8e3; }
            a { color: #3c8dbc; }
        </style>
    @show
</head>
<body class="hold-transition skin-blue fixed sidebar-mini">
<div class="wrapper">
    <header class="main-header">
        <a href="{{ route('admin.index') }}" style="color:#fff;text-decoration:none">Pterodactyl</a> <small>(test-bed double)</small>
        <form method="POST" action="{{ route('auth.logout') }}" style="float:right;margin:0">{!! csrf_field() !!}<button type="submit">Sign out</button></form>
    </header>
    <div class="content-wrapper">
        <section class="content-header">@yield('content-header')</section>
        <section class="content">
            @if (count($errors) > 0)
                <div class="alert alert-danger">@foreach ($errors->all() as $error)<div>{{ $error }}</div>@endforeach</div>
            @endif
            {{-- Flashes from BlueprintAdminLibrary::alert() and DisplayException (the panel uses prologue/alerts). --}}
            @foreach (session('blueprint.alerts', []) as $alert)
                <div class="alert alert-{{ $alert['type'] }}">{{ $alert['message'] }}</div>
            @endforeach
            @yield('content')
        </section>
    </div>
</div>
@section('footer-scripts')
@show
{{-- As Blueprint: every extension's admin wrapper (admin.wrapper in conf.yml) at the end of every admin page. --}}
@foreach (glob(resource_path('views/blueprint/admin/wrappers/*.blade.php')) ?: [] as $wrapper)
    @include('blueprint.admin.wrappers.' . basename($wrapper, '.blade.php'))
@endforeach
</body>
</html>
