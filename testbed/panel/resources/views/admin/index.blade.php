@extends('layouts.admin')

@section('title', 'Administration')

@section('content-header')
    <h1>Administrative Overview<small>A quick glance at your system.</small></h1>
@endsection

@section('content')
    <h3>Installed extensions</h3>
    <ul>
        @forelse ($extensions as $id)
            <li><a href="{{ url('/admin/extensions/' . $id) }}">{{ $id }}</a></li>
        @empty
            <li>No extensions installed.</li>
        @endforelse
    </ul>
@endsection
