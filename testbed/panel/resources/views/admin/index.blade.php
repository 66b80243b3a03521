@extends('layouts.admin')
@section('title')Administration@endsection
@section('content-header')<h1>Administrative Overview</h1>@endsection
@section('content')
    <h3>Extensions</h3>
    <ul>
        @forelse ($extensions as $id)
            <li><a href="/admin/extensions/{{ $id }}">{{ $id }}</a></li>
        @empty
            <li>No extensions installed.</li>
        @endforelse
    </ul>
@endsection
