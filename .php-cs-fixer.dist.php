<?php

/*
 * Pterodactyl panel v1.11.8's own rule set (its .php-cs-fixer.dist.php), over Tiergate's PHP: the extension, the
 * Paymenter extension and their tests. The fixer is newer than the panel's (3.14.4, not in the registry copy), so
 * its @Symfony set holds a few more rules. Check: npx tsx tools/test/php-analysis.ts; fix:
 * tools/php-tools/php-cs-fixer/vendor/bin/php-cs-fixer fix
 */

use PhpCsFixer\Config;
use PhpCsFixer\Finder;

$finder = (new Finder())
    ->in([
        __DIR__ . '/blueprint',
        __DIR__ . '/paymenter',
        __DIR__ . '/routes',
        __DIR__ . '/admin',
        __DIR__ . '/tests/php',
        __DIR__ . '/tests/paymenter',
    ])
    ->exclude(['vendor', 'node_modules'])
    ->notName(['*.blade.php']);

return (new Config())
    ->setRiskyAllowed(true)
    ->setUsingCache(false)
    ->setFinder($finder)
    ->setRules([
        '@Symfony' => true,
        '@PSR1' => true,
        '@PSR2' => true,
        '@PSR12' => true,
        'align_multiline_comment' => ['comment_type' => 'phpdocs_like'],
        'combine_consecutive_unsets' => true,
        'concat_space' => ['spacing' => 'one'],
        'heredoc_to_nowdoc' => true,
        'no_alias_functions' => true,
        'no_unreachable_default_argument_value' => true,
        'no_useless_return' => true,
        'ordered_imports' => [
            'sort_algorithm' => 'length',
        ],
        'phpdoc_align' => [
            'align' => 'left',
            'tags' => [
                'param',
                'property',
                'return',
                'throws',
                'type',
                'var',
            ],
        ],
        'random_api_migration' => true,
        'ternary_to_null_coalescing' => true,
        'yoda_style' => [
            'equal' => false,
            'identical' => false,
            'less_and_greater' => false,
        ],
        // The one change to the panel's set: @Symfony joins a throw onto one line however long it gets (157 to 367
        // columns here), past the 120 columns of the style guide.
        'single_line_throw' => false,
    ]);
