<?php

namespace Pterodactyl\Http\Middleware\Api;

use Illuminate\Http\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;

/** As the panel's: a JSON request body that does not parse is a 400 before any controller sees it. */
class IsValidJson
{
    public function handle(Request $request, \Closure $next): mixed
    {
        if ($request->isJson() && !empty($request->getContent())) {
            try {
                json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
            } catch (\JsonException $exception) {
                throw new BadRequestHttpException('The JSON data passed in the request appears to be malformed: ' . $exception->getMessage());
            }
        }

        return $next($request);
    }
}
