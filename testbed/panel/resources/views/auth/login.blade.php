<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Login</title><meta name="csrf-token" content="{{ csrf_token() }}"></head>
<body>
<form method="POST" action="/auth/login">
    <input type="hidden" name="_token" value="{{ csrf_token() }}">
    @error('user')<p role="alert">{{ $message }}</p>@enderror
    <label>Username or Email <input name="user" autocomplete="username"></label>
    <label>Password <input name="password" type="password" autocomplete="current-password"></label>
    <button type="submit">Login</button>
</form>
</body>
</html>
