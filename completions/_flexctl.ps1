
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flexctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flexctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'flexctl' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('calls', 'calls', [CompletionResultType]::ParameterValue, 'Live calls')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show one call: participants, who hears whom, phase, next verbs')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until the call reaches a phase (exit 0); exit 1 if it ends or the time runs out')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'A live view of the call, or of the whole centre with --all, until q or Ctrl-C; without a terminal, one JSON line per change')
            [CompletionResult]::new('consult', 'consult', [CompletionResultType]::ParameterValue, 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'The whole hand-off in one command: consult, wait for the answer, merge, leave')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the pending or connected consult and bring the customer back')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a party on hold: `customer`, an agent name, or `me`')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a party off hold: `customer`, an agent name, or `me`')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a party (they still hear everyone; nobody hears them); hold is left as it is')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a party (hold is left as it is)')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Switch between the customer and the consult leg')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Unhold everyone: a three-way call')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from the conference')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'The acting agent leaves; the other agent carries on with the customer')
            [CompletionResult]::new('drain', 'drain', [CompletionResultType]::ParameterValue, 'Hand every live call of some agents (or of a queue''s agents) to a queue or an agent')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'A supervisor listens in, muted: hears everyone, heard by nobody (--stop leaves)')
            [CompletionResult]::new('coach', 'coach', [CompletionResultType]::ParameterValue, 'A supervisor speaks to the agent alone (--agent NAME, else the call''s agent); the customer does not hear them')
            [CompletionResult]::new('barge', 'barge', [CompletionResultType]::ParameterValue, 'A supervisor joins the conversation, heard by everyone')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Say why a transfer will not start, and fix what can be fixed safely')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'The transfer directory of agents')
            [CompletionResult]::new('queues', 'queues', [CompletionResultType]::ParameterValue, 'The transfer directory of queues')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Act on queues (reset stale ones)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and drive the embedded Twilio-compatible sandbox')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Credentials and defaults')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;calls' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live calls: task, conference, agent, customer, consult leg, phase, age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One call: participants, who hears whom, phase, and the verbs that make sense next')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;calls;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;calls;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;calls;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live calls: task, conference, agent, customer, consult leg, phase, age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One call: participants, who hears whom, phase, and the verbs that make sense next')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;calls;help;list' {
            break
        }
        'flexctl;calls;help;show' {
            break
        }
        'flexctl;calls;help;help' {
            break
        }
        'flexctl;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;wait' {
            [CompletionResult]::new('--phase', '--phase', [CompletionResultType]::ParameterName, 'The phase to wait for (`consulting`: the consult target answered)')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How long to wait at most, e.g. 30s (`--timeout` stays the timeout of each request)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to read the call again, e.g. 1s or 500ms (250ms at least)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many changes have been printed (exit 0)')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Stop after this long (exit 0), e.g. 30s')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole contact centre: live calls, agents, queues with waiting tasks')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;consult' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Block until the target answers (a spinner shows on a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;consult;agent' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Block until the target answers (a spinner shows on a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;consult;queue' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Block until the target answers (a spinner shows on a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;consult;number' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Caller ID to ring it with (default: the number the customer called, the task''s `to` attribute)')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Block until the target answers (a spinner shows on a terminal)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;consult;help' {
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;consult;help;agent' {
            break
        }
        'flexctl;consult;help;queue' {
            break
        }
        'flexctl;consult;help;number' {
            break
        }
        'flexctl;consult;help;help' {
            break
        }
        'flexctl;transfer' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--cold', '--cold', [CompletionResultType]::ParameterName, 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;transfer;agent' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--cold', '--cold', [CompletionResultType]::ParameterName, 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;transfer;queue' {
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--cold', '--cold', [CompletionResultType]::ParameterName, 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;transfer;number' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Caller ID to ring it with (default: the number the customer called, the task''s `to` attribute)')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--cold', '--cold', [CompletionResultType]::ParameterName, 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;transfer;help' {
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;transfer;help;agent' {
            break
        }
        'flexctl;transfer;help;queue' {
            break
        }
        'flexctl;transfer;help;number' {
            break
        }
        'flexctl;transfer;help;help' {
            break
        }
        'flexctl;cancel' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;hold' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;unhold' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;mute' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;unmute' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;swap' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;merge' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Remove the customer (hangs up on them; needs --yes)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;leave' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;drain' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Drain every agent of this queue who is on a live call (name or WQ SID)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the calls go: `queue NAME` (each call to an agent of it) or `agent NAME` (as many calls as the agent has room for)')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Who accepts the target''s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the target (one line, at most 500 characters): kept in the transfer''s record and in their task''s attributes (`transferNote`), shown by `calls show`')
            [CompletionResult]::new('--then-activity', '--then-activity', [CompletionResultType]::ParameterName, 'Afterwards, move each drained agent all of whose calls were handed on to this activity (e.g. Offline)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Complete the leaving agent''s task instead of moving it to wrapping')
            [CompletionResult]::new('--wrap', '--wrap', [CompletionResultType]::ParameterName, 'Move the leaving agent''s task to wrapping (the default; kept for scripts)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;monitor' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The supervisor (name or WK SID); by default the profile''s agent')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the supervisor may ring before the join is given up, e.g. 30s')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--stop', '--stop', [CompletionResultType]::ParameterName, 'Take the supervisor off the call (never ends it for the others)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;coach' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The supervisor (name or WK SID); by default the profile''s agent')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the supervisor may ring before the join is given up, e.g. 30s')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;barge' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The supervisor (name or WK SID); by default the profile''s agent')
            [CompletionResult]::new('--ring-timeout', '--ring-timeout', [CompletionResultType]::ParameterName, 'How long the supervisor may ring before the join is given up, e.g. 30s')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;doctor' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The transfer target to check: an agent or a queue (name or SID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--all-queues', '--all-queues', [CompletionResultType]::ParameterName, 'Check every queue for staleness')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Repair what can be repaired safely, then check again')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;agents' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agents: activity, availability, on a call, queues')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move an agent to another activity (Available, Break, Offline, …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;agents;list' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Only agents eligible for this queue (name or WQ SID)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only agents in this activity (name, any case, or WA SID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--available', '--available', [CompletionResultType]::ParameterName, 'Only agents available to take a transfer')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;agents;set' {
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'The activity to move them to (name, any case, or WA SID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;agents;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agents: activity, availability, on a call, queues')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move an agent to another activity (Available, Break, Offline, …)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;agents;help;list' {
            break
        }
        'flexctl;agents;help;set' {
            break
        }
        'flexctl;agents;help;help' {
            break
        }
        'flexctl;queues' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;queues;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Only queues with no task in the last 30 days')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;queues;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;queues;help;list' {
            break
        }
        'flexctl;queues;help;help' {
            break
        }
        'flexctl;queue' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Route a synthetic task to each queue and cancel it, so transfers to it work again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;queue;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Every queue with no task in the last 30 days')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Reset even queues that are already active')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;queue;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Route a synthetic task to each queue and cancel it, so transfers to it work again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;queue;help;reset' {
            break
        }
        'flexctl;queue;help;help' {
            break
        }
        'flexctl;sandbox' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Print the sandbox''s base URL, account, workspace and clock')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Recreate the seeded demo contact center (credentials and request log are kept)')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or change the sandbox clock')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be answered now')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be rejected now')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Set how a simulated agent responds to calls and reservations')
            [CompletionResult]::new('hangup-customer', 'hangup-customer', [CompletionResultType]::ParameterValue, 'Make the customer of a live call hang up')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'Set how a simulated external number answers when a call rings it (unset: after 2s)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Recent requests the sandbox served')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Show, set or clear fault injection (errors, throttling, delays, lost responses)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: $XDG_DATA_HOME/flexctl/sandbox.db)')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Inject faults from the start, e.g. `rate=0.2,kinds=503+429,seed=1` or `latency=50ms`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow listening on a non-loopback address (anyone who can reach it and has the credentials can use it)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;info' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--busy-agent', '--busy-agent', [CompletionResultType]::ParameterName, 'Also seed a second live call held by carol, so that a busy agent (voice 1/1) shows in `agents list` and a transfer to her is refused (`target-capacity`); off by default, since scripts of the demo rely on its one live call')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;seed' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Preset sizes: demo (1 call, 5 agents, 5 queues, 2 stale), medium (30, 200, 50, 10), large (300, 2,000, 500, 100); the flags below change any of its numbers')
            [CompletionResult]::new('--calls', '--calls', [CompletionResultType]::ParameterName, 'Live calls, each with a conference and an assigned task (one in ten with a consult under way); at most 2,000')
            [CompletionResult]::new('--agents', '--agents', [CompletionResultType]::ParameterName, 'Agents (workers), in several activities; at most 20,000')
            [CompletionResult]::new('--queues', '--queues', [CompletionResultType]::ParameterName, 'Queues, each selecting agents by a skill; at most 5,000')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Queues with no task in the last 30 days (what `queue reset --stale` repairs)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the generator: the same seed gives the same SIDs, names and assignments')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox time')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the sandbox time forward, e.g. 31d, 2s')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Stop the clock where it is')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Let a stopped clock run again')
            [CompletionResult]::new('real', 'real', [CompletionResultType]::ParameterValue, 'Back to real time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;clock;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--freeze', '--freeze', [CompletionResultType]::ParameterName, 'Keep the clock stopped there until advanced')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;advance' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;freeze' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;unfreeze' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;real' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox time')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the sandbox time forward, e.g. 31d, 2s')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Stop the clock where it is')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Let a stopped clock run again')
            [CompletionResult]::new('real', 'real', [CompletionResultType]::ParameterValue, 'Back to real time')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;clock;help;show' {
            break
        }
        'flexctl;sandbox;clock;help;set' {
            break
        }
        'flexctl;sandbox;clock;help;advance' {
            break
        }
        'flexctl;sandbox;clock;help;freeze' {
            break
        }
        'flexctl;sandbox;clock;help;unfreeze' {
            break
        }
        'flexctl;sandbox;clock;help;real' {
            break
        }
        'flexctl;sandbox;clock;help;help' {
            break
        }
        'flexctl;sandbox;answer' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;reject' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;agent' {
            [CompletionResult]::new('--answer-after', '--answer-after', [CompletionResultType]::ParameterName, 'Answer after this long (e.g. 2s), or `never`')
            [CompletionResult]::new('--accept-after', '--accept-after', [CompletionResultType]::ParameterName, 'Accept the agent''s task reservations after this long (e.g. 2s), or `never`; separate from answering a ringing call')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'Reject calls (and, unless told otherwise, reservations) after the delay instead of answering')
            [CompletionResult]::new('--reject-tasks', '--reject-tasks', [CompletionResultType]::ParameterName, 'Reject the agent''s task reservations (after the delay)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;hangup-customer' {
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF… or its friendly name, the task SID); needed when several calls are live')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;number' {
            [CompletionResult]::new('--answer-after', '--answer-after', [CompletionResultType]::ParameterName, 'Answer after this long (e.g. 2s), or `never` (it rings until the ring timeout)')
            [CompletionResult]::new('--busy', '--busy', [CompletionResultType]::ParameterName, 'The line is busy: the call fails at once (`--busy=false` clears it)')
            [CompletionResult]::new('--hangup-after', '--hangup-after', [CompletionResultType]::ParameterName, 'Hang up this long after answering (e.g. 30s), or `never`')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;log' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many of the most recent requests')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests after this log ID')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;faults' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current faults and how many were injected')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Switch faults off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;faults;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;faults;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;faults;clear' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;sandbox;faults;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current faults and how many were injected')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Switch faults off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;faults;help;show' {
            break
        }
        'flexctl;sandbox;faults;help;set' {
            break
        }
        'flexctl;sandbox;faults;help;clear' {
            break
        }
        'flexctl;sandbox;faults;help;help' {
            break
        }
        'flexctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Print the sandbox''s base URL, account, workspace and clock')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Recreate the seeded demo contact center (credentials and request log are kept)')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or change the sandbox clock')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be answered now')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be rejected now')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Set how a simulated agent responds to calls and reservations')
            [CompletionResult]::new('hangup-customer', 'hangup-customer', [CompletionResultType]::ParameterValue, 'Make the customer of a live call hang up')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'Set how a simulated external number answers when a call rings it (unset: after 2s)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Recent requests the sandbox served')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Show, set or clear fault injection (errors, throttling, delays, lost responses)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;sandbox;help;serve' {
            break
        }
        'flexctl;sandbox;help;info' {
            break
        }
        'flexctl;sandbox;help;reset' {
            break
        }
        'flexctl;sandbox;help;seed' {
            break
        }
        'flexctl;sandbox;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox time')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the sandbox time forward, e.g. 31d, 2s')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Stop the clock where it is')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Let a stopped clock run again')
            [CompletionResult]::new('real', 'real', [CompletionResultType]::ParameterValue, 'Back to real time')
            break
        }
        'flexctl;sandbox;help;clock;show' {
            break
        }
        'flexctl;sandbox;help;clock;set' {
            break
        }
        'flexctl;sandbox;help;clock;advance' {
            break
        }
        'flexctl;sandbox;help;clock;freeze' {
            break
        }
        'flexctl;sandbox;help;clock;unfreeze' {
            break
        }
        'flexctl;sandbox;help;clock;real' {
            break
        }
        'flexctl;sandbox;help;answer' {
            break
        }
        'flexctl;sandbox;help;reject' {
            break
        }
        'flexctl;sandbox;help;agent' {
            break
        }
        'flexctl;sandbox;help;hangup-customer' {
            break
        }
        'flexctl;sandbox;help;number' {
            break
        }
        'flexctl;sandbox;help;log' {
            break
        }
        'flexctl;sandbox;help;faults' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current faults and how many were injected')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Switch faults off')
            break
        }
        'flexctl;sandbox;help;faults;show' {
            break
        }
        'flexctl;sandbox;help;faults;set' {
            break
        }
        'flexctl;sandbox;help;faults;clear' {
            break
        }
        'flexctl;sandbox;help;help' {
            break
        }
        'flexctl;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile; prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (secrets are never printed)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('import-twilio-cli', 'import-twilio-cli', [CompletionResultType]::ParameterValue, 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;profile;add' {
            [CompletionResult]::new('--account-sid', '--account-sid', [CompletionResultType]::ParameterName, 'Account SID (AC…)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key SID (SK…); recommended over the auth token')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'API key secret (prefer the prompt or FLEXCTL_API_SECRET so it stays out of shell history)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Auth token (prefer an API key)')
            [CompletionResult]::new('--workspace-sid', '--workspace-sid', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--default-agent', '--default-agent', [CompletionResultType]::ParameterName, 'Agent that selects the call when none is given')
            [CompletionResult]::new('--profile-base-url', '--profile-base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (e.g. a sandbox)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Twilio region (e.g. ie1)')
            [CompletionResult]::new('--edge', '--edge', [CompletionResultType]::ParameterName, 'Twilio edge (e.g. dublin)')
            [CompletionResult]::new('--default-output', '--default-output', [CompletionResultType]::ParameterName, 'Default output format')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without testing the credentials (by default one request checks them; a failed test saves only when confirmed, or with --yes)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;import-twilio-cli' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'twilio-cli''s config file (default: ~/.twilio-cli/config.json)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--activate', '--activate', [CompletionResultType]::ParameterName, 'Make twilio-cli''s active project the active profile without asking (without a terminal it is never switched otherwise)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile; prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (secrets are never printed)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('import-twilio-cli', 'import-twilio-cli', [CompletionResultType]::ParameterValue, 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;profile;help;add' {
            break
        }
        'flexctl;profile;help;list' {
            break
        }
        'flexctl;profile;help;use' {
            break
        }
        'flexctl;profile;help;show' {
            break
        }
        'flexctl;profile;help;remove' {
            break
        }
        'flexctl;profile;help;import-twilio-cli' {
            break
        }
        'flexctl;profile;help;help' {
            break
        }
        'flexctl;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; the data format never depends on the terminal')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'The most requests in flight at once, for the whole run (default 32; halved on 429s)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'TaskRouter workspace SID (WS…)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The call''s TaskRouter task (WT…)')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'The call''s conference (CF…)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'The agent whose live call it is (and the acting agent)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and TSV')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be done; change nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request to stderr (-vv adds bodies); secrets are never shown')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only data and errors; no status lines or pictures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flexctl;help' {
            [CompletionResult]::new('calls', 'calls', [CompletionResultType]::ParameterValue, 'Live calls')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show one call: participants, who hears whom, phase, next verbs')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until the call reaches a phase (exit 0); exit 1 if it ends or the time runs out')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'A live view of the call, or of the whole centre with --all, until q or Ctrl-C; without a terminal, one JSON line per change')
            [CompletionResult]::new('consult', 'consult', [CompletionResultType]::ParameterValue, 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'The whole hand-off in one command: consult, wait for the answer, merge, leave')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the pending or connected consult and bring the customer back')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Put a party on hold: `customer`, an agent name, or `me`')
            [CompletionResult]::new('unhold', 'unhold', [CompletionResultType]::ParameterValue, 'Take a party off hold: `customer`, an agent name, or `me`')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a party (they still hear everyone; nobody hears them); hold is left as it is')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a party (hold is left as it is)')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Switch between the customer and the consult leg')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Unhold everyone: a three-way call')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from the conference')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'The acting agent leaves; the other agent carries on with the customer')
            [CompletionResult]::new('drain', 'drain', [CompletionResultType]::ParameterValue, 'Hand every live call of some agents (or of a queue''s agents) to a queue or an agent')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'A supervisor listens in, muted: hears everyone, heard by nobody (--stop leaves)')
            [CompletionResult]::new('coach', 'coach', [CompletionResultType]::ParameterValue, 'A supervisor speaks to the agent alone (--agent NAME, else the call''s agent); the customer does not hear them')
            [CompletionResult]::new('barge', 'barge', [CompletionResultType]::ParameterValue, 'A supervisor joins the conversation, heard by everyone')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Say why a transfer will not start, and fix what can be fixed safely')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'The transfer directory of agents')
            [CompletionResult]::new('queues', 'queues', [CompletionResultType]::ParameterValue, 'The transfer directory of queues')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Act on queues (reset stale ones)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and drive the embedded Twilio-compatible sandbox')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Credentials and defaults')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flexctl;help;calls' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live calls: task, conference, agent, customer, consult leg, phase, age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One call: participants, who hears whom, phase, and the verbs that make sense next')
            break
        }
        'flexctl;help;calls;list' {
            break
        }
        'flexctl;help;calls;show' {
            break
        }
        'flexctl;help;status' {
            break
        }
        'flexctl;help;wait' {
            break
        }
        'flexctl;help;watch' {
            break
        }
        'flexctl;help;consult' {
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            break
        }
        'flexctl;help;consult;agent' {
            break
        }
        'flexctl;help;consult;queue' {
            break
        }
        'flexctl;help;consult;number' {
            break
        }
        'flexctl;help;transfer' {
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'An agent, by name or WK SID')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'A queue, by name or WQ SID')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'An external number: E.164 (+15550100123) or a sip: URI; it has no task')
            break
        }
        'flexctl;help;transfer;agent' {
            break
        }
        'flexctl;help;transfer;queue' {
            break
        }
        'flexctl;help;transfer;number' {
            break
        }
        'flexctl;help;cancel' {
            break
        }
        'flexctl;help;hold' {
            break
        }
        'flexctl;help;unhold' {
            break
        }
        'flexctl;help;mute' {
            break
        }
        'flexctl;help;unmute' {
            break
        }
        'flexctl;help;swap' {
            break
        }
        'flexctl;help;merge' {
            break
        }
        'flexctl;help;remove' {
            break
        }
        'flexctl;help;leave' {
            break
        }
        'flexctl;help;drain' {
            break
        }
        'flexctl;help;monitor' {
            break
        }
        'flexctl;help;coach' {
            break
        }
        'flexctl;help;barge' {
            break
        }
        'flexctl;help;doctor' {
            break
        }
        'flexctl;help;agents' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agents: activity, availability, on a call, queues')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move an agent to another activity (Available, Break, Offline, …)')
            break
        }
        'flexctl;help;agents;list' {
            break
        }
        'flexctl;help;agents;set' {
            break
        }
        'flexctl;help;queues' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag')
            break
        }
        'flexctl;help;queues;list' {
            break
        }
        'flexctl;help;queue' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Route a synthetic task to each queue and cancel it, so transfers to it work again')
            break
        }
        'flexctl;help;queue;reset' {
            break
        }
        'flexctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Print the sandbox''s base URL, account, workspace and clock')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Recreate the seeded demo contact center (credentials and request log are kept)')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or change the sandbox clock')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be answered now')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Make an agent''s ringing call or pending reservation be rejected now')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Set how a simulated agent responds to calls and reservations')
            [CompletionResult]::new('hangup-customer', 'hangup-customer', [CompletionResultType]::ParameterValue, 'Make the customer of a live call hang up')
            [CompletionResult]::new('number', 'number', [CompletionResultType]::ParameterValue, 'Set how a simulated external number answers when a call rings it (unset: after 2s)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Recent requests the sandbox served')
            [CompletionResult]::new('faults', 'faults', [CompletionResultType]::ParameterValue, 'Show, set or clear fault injection (errors, throttling, delays, lost responses)')
            break
        }
        'flexctl;help;sandbox;serve' {
            break
        }
        'flexctl;help;sandbox;info' {
            break
        }
        'flexctl;help;sandbox;reset' {
            break
        }
        'flexctl;help;sandbox;seed' {
            break
        }
        'flexctl;help;sandbox;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the sandbox time')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the sandbox time forward, e.g. 31d, 2s')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Stop the clock where it is')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Let a stopped clock run again')
            [CompletionResult]::new('real', 'real', [CompletionResultType]::ParameterValue, 'Back to real time')
            break
        }
        'flexctl;help;sandbox;clock;show' {
            break
        }
        'flexctl;help;sandbox;clock;set' {
            break
        }
        'flexctl;help;sandbox;clock;advance' {
            break
        }
        'flexctl;help;sandbox;clock;freeze' {
            break
        }
        'flexctl;help;sandbox;clock;unfreeze' {
            break
        }
        'flexctl;help;sandbox;clock;real' {
            break
        }
        'flexctl;help;sandbox;answer' {
            break
        }
        'flexctl;help;sandbox;reject' {
            break
        }
        'flexctl;help;sandbox;agent' {
            break
        }
        'flexctl;help;sandbox;hangup-customer' {
            break
        }
        'flexctl;help;sandbox;number' {
            break
        }
        'flexctl;help;sandbox;log' {
            break
        }
        'flexctl;help;sandbox;faults' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current faults and how many were injected')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Switch faults off')
            break
        }
        'flexctl;help;sandbox;faults;show' {
            break
        }
        'flexctl;help;sandbox;faults;set' {
            break
        }
        'flexctl;help;sandbox;faults;clear' {
            break
        }
        'flexctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or replace) a profile; prompts for missing values on a terminal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (secrets are never printed)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('import-twilio-cli', 'import-twilio-cli', [CompletionResultType]::ParameterValue, 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile')
            break
        }
        'flexctl;help;profile;add' {
            break
        }
        'flexctl;help;profile;list' {
            break
        }
        'flexctl;help;profile;use' {
            break
        }
        'flexctl;help;profile;show' {
            break
        }
        'flexctl;help;profile;remove' {
            break
        }
        'flexctl;help;profile;import-twilio-cli' {
            break
        }
        'flexctl;help;completions' {
            break
        }
        'flexctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
