@foreach ($lines as $line)
<p>{{ $line }}</p>
@endforeach
