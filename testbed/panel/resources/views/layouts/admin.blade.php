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
            a { color: #3c8dbc; }
        </style>
    @show
</head>
<body class="hold-transition skin-blue fixed sidebar-mini">
<div class="wrapper">
    <header class="main-header">Pterodactyl <small>(test-bed double)</small></header>
    <div class="content-wrapper">
        <section class="content-header">@yield('content-header')</section>
        <section class="content">
            @foreach (session('blueprint.alerts', []) as $alert)
                <div class="alert alert-{{ $alert['type'] }}">{{ $alert['message'] }}</div>
            @endforeach
            @yield('content')
        </section>
    </div>
</div>
@section('footer-scripts')
@show
</body>
</html>
