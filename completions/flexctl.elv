
use builtin;
use str;

set edit:completion:arg-completer[flexctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'flexctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'flexctl'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand calls 'Live calls'
            cand status 'Show one call: participants, who hears whom, phase, next verbs'
            cand consult 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)'
            cand transfer 'The whole hand-off in one command: consult, wait for the answer, merge, leave'
            cand cancel 'Cancel the pending or connected consult and bring the customer back'
            cand hold 'Put a party on hold: `customer`, an agent name, or `me`'
            cand unhold 'Take a party off hold: `customer`, an agent name, or `me`'
            cand swap 'Switch between the customer and the consult leg'
            cand merge 'Unhold everyone: a three-way call'
            cand remove 'Remove an agent from the conference'
            cand leave 'The acting agent leaves; the other agent carries on with the customer'
            cand doctor 'Say why a transfer will not start, and fix what can be fixed safely'
            cand agents 'The transfer directory of agents'
            cand queues 'The transfer directory of queues'
            cand queue 'Act on queues (reset stale ones)'
            cand sandbox 'Run and drive the embedded Twilio-compatible sandbox'
            cand profile 'Credentials and defaults'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;calls'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Live calls: task, conference, agent, customer, consult leg, phase, age'
            cand show 'One call: participants, who hears whom, phase, and the verbs that make sense next'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;calls;list'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;calls;show'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;calls;help'= {
            cand list 'Live calls: task, conference, agent, customer, consult leg, phase, age'
            cand show 'One call: participants, who hears whom, phase, and the verbs that make sense next'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;calls;help;list'= {
        }
        &'flexctl;calls;help;show'= {
        }
        &'flexctl;calls;help;help'= {
        }
        &'flexctl;status'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;consult'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring before the consult is canceled, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --wait 'Block until the target answers (a spinner shows on a terminal)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;consult;agent'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring before the consult is canceled, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --wait 'Block until the target answers (a spinner shows on a terminal)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;consult;queue'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring before the consult is canceled, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --wait 'Block until the target answers (a spinner shows on a terminal)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;consult;help'= {
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;consult;help;agent'= {
        }
        &'flexctl;consult;help;queue'= {
        }
        &'flexctl;consult;help;help'= {
        }
        &'flexctl;transfer'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --cold 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --wrap 'Move the acting agent''s task to wrapping after leaving'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;transfer;agent'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --cold 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --wrap 'Move the acting agent''s task to wrapping after leaving'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;transfer;queue'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --ring-timeout 'How long the target may ring, e.g. 30s'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --cold 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
            cand --force 'Go ahead even when no agent of the queue is available'
            cand --wrap 'Move the acting agent''s task to wrapping after leaving'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;transfer;help'= {
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;transfer;help;agent'= {
        }
        &'flexctl;transfer;help;queue'= {
        }
        &'flexctl;transfer;help;help'= {
        }
        &'flexctl;cancel'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;hold'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;unhold'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;swap'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;merge'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;remove'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --customer 'Remove the customer (hangs up on them; needs --yes)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;leave'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --wrap 'Move the leaving agent''s task to wrapping'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;doctor'= {
            cand --task 'The call''s TaskRouter task (WT…)'
            cand --conference 'The call''s conference (CF…)'
            cand --agent 'The agent whose live call it is (and the acting agent)'
            cand --target 'The transfer target to check: an agent or a queue (name or SID)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --all-queues 'Check every queue for staleness'
            cand --fix 'Repair what can be repaired safely, then check again'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;agents'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Agents: activity, availability, on a call, queues'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;agents;list'= {
            cand --queue 'Only agents eligible for this queue (name or WQ SID)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --available 'Only agents available to take a transfer'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;agents;help'= {
            cand list 'Agents: activity, availability, on a call, queues'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;agents;help;list'= {
        }
        &'flexctl;agents;help;help'= {
        }
        &'flexctl;queues'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;queues;list'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --stale 'Only queues with no task in the last 30 days'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;queues;help'= {
            cand list 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;queues;help;list'= {
        }
        &'flexctl;queues;help;help'= {
        }
        &'flexctl;queue'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reset 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;queue;reset'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --stale 'Every queue with no task in the last 30 days'
            cand --force 'Reset even queues that are already active'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;queue;help'= {
            cand reset 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;queue;help;reset'= {
        }
        &'flexctl;queue;help;help'= {
        }
        &'flexctl;sandbox'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
            cand info 'Print the sandbox''s base URL, account, workspace and clock'
            cand reset 'Recreate the seeded demo contact center (credentials and request log are kept)'
            cand clock 'Show or change the sandbox clock'
            cand answer 'Make an agent''s ringing call or pending reservation be answered now'
            cand reject 'Make an agent''s ringing call or pending reservation be rejected now'
            cand agent 'Set how a simulated agent responds to calls and reservations'
            cand hangup-customer 'Make the customer of a live call hang up'
            cand log 'Recent requests the sandbox served'
            cand faults 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;serve'= {
            cand --addr 'Address to listen on'
            cand --db 'Database file (default: $XDG_DATA_HOME/flexctl/sandbox.db)'
            cand --faults 'Inject faults from the start, e.g. `rate=0.2,kinds=503+429,seed=1` or `latency=50ms`'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --allow-remote 'Allow listening on a non-loopback address (anyone who can reach it and has the credentials can use it)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;info'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;reset'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the sandbox time'
            cand set 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)'
            cand advance 'Move the sandbox time forward, e.g. 31d, 2s'
            cand freeze 'Stop the clock where it is'
            cand unfreeze 'Let a stopped clock run again'
            cand real 'Back to real time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;clock;show'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;set'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --freeze 'Keep the clock stopped there until advanced'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;advance'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;freeze'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;unfreeze'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;real'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;clock;help'= {
            cand show 'Print the sandbox time'
            cand set 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)'
            cand advance 'Move the sandbox time forward, e.g. 31d, 2s'
            cand freeze 'Stop the clock where it is'
            cand unfreeze 'Let a stopped clock run again'
            cand real 'Back to real time'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;clock;help;show'= {
        }
        &'flexctl;sandbox;clock;help;set'= {
        }
        &'flexctl;sandbox;clock;help;advance'= {
        }
        &'flexctl;sandbox;clock;help;freeze'= {
        }
        &'flexctl;sandbox;clock;help;unfreeze'= {
        }
        &'flexctl;sandbox;clock;help;real'= {
        }
        &'flexctl;sandbox;clock;help;help'= {
        }
        &'flexctl;sandbox;answer'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;reject'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;agent'= {
            cand --answer-after 'Answer after this long (e.g. 2s), or `never`'
            cand --accept-after 'Accept the agent''s task reservations after this long (e.g. 2s), or `never`; separate from answering a ringing call'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --reject 'Reject calls (and, unless told otherwise, reservations) after the delay instead of answering'
            cand --reject-tasks 'Reject the agent''s task reservations (after the delay)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;hangup-customer'= {
            cand --conference 'The call''s conference (CF… or its friendly name, the task SID); needed when several calls are live'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;log'= {
            cand --limit 'How many of the most recent requests'
            cand --since 'Only requests after this log ID'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;faults'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the current faults and how many were injected'
            cand set 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`'
            cand clear 'Switch faults off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;faults;show'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;faults;set'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;faults;clear'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;sandbox;faults;help'= {
            cand show 'Show the current faults and how many were injected'
            cand set 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`'
            cand clear 'Switch faults off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;faults;help;show'= {
        }
        &'flexctl;sandbox;faults;help;set'= {
        }
        &'flexctl;sandbox;faults;help;clear'= {
        }
        &'flexctl;sandbox;faults;help;help'= {
        }
        &'flexctl;sandbox;help'= {
            cand serve 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
            cand info 'Print the sandbox''s base URL, account, workspace and clock'
            cand reset 'Recreate the seeded demo contact center (credentials and request log are kept)'
            cand clock 'Show or change the sandbox clock'
            cand answer 'Make an agent''s ringing call or pending reservation be answered now'
            cand reject 'Make an agent''s ringing call or pending reservation be rejected now'
            cand agent 'Set how a simulated agent responds to calls and reservations'
            cand hangup-customer 'Make the customer of a live call hang up'
            cand log 'Recent requests the sandbox served'
            cand faults 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;sandbox;help;serve'= {
        }
        &'flexctl;sandbox;help;info'= {
        }
        &'flexctl;sandbox;help;reset'= {
        }
        &'flexctl;sandbox;help;clock'= {
            cand show 'Print the sandbox time'
            cand set 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)'
            cand advance 'Move the sandbox time forward, e.g. 31d, 2s'
            cand freeze 'Stop the clock where it is'
            cand unfreeze 'Let a stopped clock run again'
            cand real 'Back to real time'
        }
        &'flexctl;sandbox;help;clock;show'= {
        }
        &'flexctl;sandbox;help;clock;set'= {
        }
        &'flexctl;sandbox;help;clock;advance'= {
        }
        &'flexctl;sandbox;help;clock;freeze'= {
        }
        &'flexctl;sandbox;help;clock;unfreeze'= {
        }
        &'flexctl;sandbox;help;clock;real'= {
        }
        &'flexctl;sandbox;help;answer'= {
        }
        &'flexctl;sandbox;help;reject'= {
        }
        &'flexctl;sandbox;help;agent'= {
        }
        &'flexctl;sandbox;help;hangup-customer'= {
        }
        &'flexctl;sandbox;help;log'= {
        }
        &'flexctl;sandbox;help;faults'= {
            cand show 'Show the current faults and how many were injected'
            cand set 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`'
            cand clear 'Switch faults off'
        }
        &'flexctl;sandbox;help;faults;show'= {
        }
        &'flexctl;sandbox;help;faults;set'= {
        }
        &'flexctl;sandbox;help;faults;clear'= {
        }
        &'flexctl;sandbox;help;help'= {
        }
        &'flexctl;profile'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or replace) a profile; prompts for missing values on a terminal'
            cand list 'List profiles (secrets are never printed)'
            cand use 'Make a profile the default'
            cand show 'Show the profile in use (or NAME), with where each setting comes from; no secrets'
            cand remove 'Remove a profile'
            cand import-twilio-cli 'Import the profiles of twilio-cli (~/.twilio-cli/config.json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;profile;add'= {
            cand --account-sid 'Account SID (AC…)'
            cand --api-key 'API key SID (SK…); recommended over the auth token'
            cand --api-secret 'API key secret (prefer the prompt or FLEXCTL_API_SECRET so it stays out of shell history)'
            cand --auth-token 'Auth token (prefer an API key)'
            cand --workspace-sid 'TaskRouter workspace SID (WS…)'
            cand --default-agent 'Agent that selects the call when none is given'
            cand --profile-base-url 'Base URL for every Twilio domain (e.g. a sandbox)'
            cand --region 'Twilio region (e.g. ie1)'
            cand --edge 'Twilio edge (e.g. dublin)'
            cand --default-output 'Default output format'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --use 'Make it the default profile'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;list'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;use'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;show'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;remove'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;import-twilio-cli'= {
            cand --file 'twilio-cli''s config file (default: ~/.twilio-cli/config.json)'
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;profile;help'= {
            cand add 'Add (or replace) a profile; prompts for missing values on a terminal'
            cand list 'List profiles (secrets are never printed)'
            cand use 'Make a profile the default'
            cand show 'Show the profile in use (or NAME), with where each setting comes from; no secrets'
            cand remove 'Remove a profile'
            cand import-twilio-cli 'Import the profiles of twilio-cli (~/.twilio-cli/config.json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;profile;help;add'= {
        }
        &'flexctl;profile;help;list'= {
        }
        &'flexctl;profile;help;use'= {
        }
        &'flexctl;profile;help;show'= {
        }
        &'flexctl;profile;help;remove'= {
        }
        &'flexctl;profile;help;import-twilio-cli'= {
        }
        &'flexctl;profile;help;help'= {
        }
        &'flexctl;completions'= {
            cand -p 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand --profile 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)'
            cand -o 'Output format; the data format never depends on the terminal'
            cand --output 'Output format; the data format never depends on the terminal'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)'
            cand --timeout 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)'
            cand --concurrency 'The most requests in flight at once, for the whole run (default 32; halved on 429s)'
            cand --base-url 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)'
            cand --workspace 'TaskRouter workspace SID (WS…)'
            cand --no-header 'Omit the header row of tables and TSV'
            cand --no-input 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --dry-run 'Print what would be done; change nothing'
            cand -v 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand --verbose 'Log each request to stderr (-vv adds bodies); secrets are never shown'
            cand -q 'Only data and errors; no status lines or pictures'
            cand --quiet 'Only data and errors; no status lines or pictures'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flexctl;help'= {
            cand calls 'Live calls'
            cand status 'Show one call: participants, who hears whom, phase, next verbs'
            cand consult 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)'
            cand transfer 'The whole hand-off in one command: consult, wait for the answer, merge, leave'
            cand cancel 'Cancel the pending or connected consult and bring the customer back'
            cand hold 'Put a party on hold: `customer`, an agent name, or `me`'
            cand unhold 'Take a party off hold: `customer`, an agent name, or `me`'
            cand swap 'Switch between the customer and the consult leg'
            cand merge 'Unhold everyone: a three-way call'
            cand remove 'Remove an agent from the conference'
            cand leave 'The acting agent leaves; the other agent carries on with the customer'
            cand doctor 'Say why a transfer will not start, and fix what can be fixed safely'
            cand agents 'The transfer directory of agents'
            cand queues 'The transfer directory of queues'
            cand queue 'Act on queues (reset stale ones)'
            cand sandbox 'Run and drive the embedded Twilio-compatible sandbox'
            cand profile 'Credentials and defaults'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flexctl;help;calls'= {
            cand list 'Live calls: task, conference, agent, customer, consult leg, phase, age'
            cand show 'One call: participants, who hears whom, phase, and the verbs that make sense next'
        }
        &'flexctl;help;calls;list'= {
        }
        &'flexctl;help;calls;show'= {
        }
        &'flexctl;help;status'= {
        }
        &'flexctl;help;consult'= {
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
        }
        &'flexctl;help;consult;agent'= {
        }
        &'flexctl;help;consult;queue'= {
        }
        &'flexctl;help;transfer'= {
            cand agent 'An agent, by name or WK SID'
            cand queue 'A queue, by name or WQ SID'
        }
        &'flexctl;help;transfer;agent'= {
        }
        &'flexctl;help;transfer;queue'= {
        }
        &'flexctl;help;cancel'= {
        }
        &'flexctl;help;hold'= {
        }
        &'flexctl;help;unhold'= {
        }
        &'flexctl;help;swap'= {
        }
        &'flexctl;help;merge'= {
        }
        &'flexctl;help;remove'= {
        }
        &'flexctl;help;leave'= {
        }
        &'flexctl;help;doctor'= {
        }
        &'flexctl;help;agents'= {
            cand list 'Agents: activity, availability, on a call, queues'
        }
        &'flexctl;help;agents;list'= {
        }
        &'flexctl;help;queues'= {
            cand list 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
        }
        &'flexctl;help;queues;list'= {
        }
        &'flexctl;help;queue'= {
            cand reset 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
        }
        &'flexctl;help;queue;reset'= {
        }
        &'flexctl;help;sandbox'= {
            cand serve 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
            cand info 'Print the sandbox''s base URL, account, workspace and clock'
            cand reset 'Recreate the seeded demo contact center (credentials and request log are kept)'
            cand clock 'Show or change the sandbox clock'
            cand answer 'Make an agent''s ringing call or pending reservation be answered now'
            cand reject 'Make an agent''s ringing call or pending reservation be rejected now'
            cand agent 'Set how a simulated agent responds to calls and reservations'
            cand hangup-customer 'Make the customer of a live call hang up'
            cand log 'Recent requests the sandbox served'
            cand faults 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
        }
        &'flexctl;help;sandbox;serve'= {
        }
        &'flexctl;help;sandbox;info'= {
        }
        &'flexctl;help;sandbox;reset'= {
        }
        &'flexctl;help;sandbox;clock'= {
            cand show 'Print the sandbox time'
            cand set 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)'
            cand advance 'Move the sandbox time forward, e.g. 31d, 2s'
            cand freeze 'Stop the clock where it is'
            cand unfreeze 'Let a stopped clock run again'
            cand real 'Back to real time'
        }
        &'flexctl;help;sandbox;clock;show'= {
        }
        &'flexctl;help;sandbox;clock;set'= {
        }
        &'flexctl;help;sandbox;clock;advance'= {
        }
        &'flexctl;help;sandbox;clock;freeze'= {
        }
        &'flexctl;help;sandbox;clock;unfreeze'= {
        }
        &'flexctl;help;sandbox;clock;real'= {
        }
        &'flexctl;help;sandbox;answer'= {
        }
        &'flexctl;help;sandbox;reject'= {
        }
        &'flexctl;help;sandbox;agent'= {
        }
        &'flexctl;help;sandbox;hangup-customer'= {
        }
        &'flexctl;help;sandbox;log'= {
        }
        &'flexctl;help;sandbox;faults'= {
            cand show 'Show the current faults and how many were injected'
            cand set 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`'
            cand clear 'Switch faults off'
        }
        &'flexctl;help;sandbox;faults;show'= {
        }
        &'flexctl;help;sandbox;faults;set'= {
        }
        &'flexctl;help;sandbox;faults;clear'= {
        }
        &'flexctl;help;profile'= {
            cand add 'Add (or replace) a profile; prompts for missing values on a terminal'
            cand list 'List profiles (secrets are never printed)'
            cand use 'Make a profile the default'
            cand show 'Show the profile in use (or NAME), with where each setting comes from; no secrets'
            cand remove 'Remove a profile'
            cand import-twilio-cli 'Import the profiles of twilio-cli (~/.twilio-cli/config.json)'
        }
        &'flexctl;help;profile;add'= {
        }
        &'flexctl;help;profile;list'= {
        }
        &'flexctl;help;profile;use'= {
        }
        &'flexctl;help;profile;show'= {
        }
        &'flexctl;help;profile;remove'= {
        }
        &'flexctl;help;profile;import-twilio-cli'= {
        }
        &'flexctl;help;completions'= {
        }
        &'flexctl;help;help'= {
        }
    ]
    $completions[$command]
}
