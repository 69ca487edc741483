# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flexctl_global_optspecs
    string join \n p/profile= o/output= wide no-header no-input y/yes dry-run v/verbose q/quiet color= timeout= concurrency= base-url= workspace= task= conference= agent= h/help V/version
end

function __fish_flexctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flexctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flexctl_using_subcommand
    set -l cmd (__fish_flexctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flexctl -n "__fish_flexctl_needs_command" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_needs_command" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_needs_command" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_needs_command" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_needs_command" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_needs_command" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_needs_command" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_needs_command" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_needs_command" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flexctl -n "__fish_flexctl_needs_command" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "calls" -d 'Live calls'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "status" -d 'Show one call: participants, who hears whom, phase, next verbs'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "wait" -d 'Block until the call reaches a phase (exit 0); exit 1 if it ends or the time runs out'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "watch" -d 'A live view of the call, or of the whole centre with --all, until q or Ctrl-C; without a terminal, one JSON line per change'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "consult" -d 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "transfer" -d 'The whole hand-off in one command: consult, wait for the answer, merge, leave'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "cancel" -d 'Cancel the pending or connected consult and bring the customer back'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "hold" -d 'Put a party on hold: `customer`, an agent name, or `me`'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "unhold" -d 'Take a party off hold: `customer`, an agent name, or `me`'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "mute" -d 'Mute a party (they still hear everyone; nobody hears them); hold is left as it is'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "unmute" -d 'Unmute a party (hold is left as it is)'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "swap" -d 'Switch between the customer and the consult leg'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "merge" -d 'Unhold everyone: a three-way call'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "remove" -d 'Remove an agent from the conference'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "leave" -d 'The acting agent leaves; the other agent carries on with the customer'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "drain" -d 'Hand every live call of some agents (or of a queue\'s agents) to a queue or an agent'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "monitor" -d 'A supervisor listens in, muted: hears everyone, heard by nobody (--stop leaves)'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "coach" -d 'A supervisor speaks to the agent alone (--agent NAME, else the call\'s agent); the customer does not hear them'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "barge" -d 'A supervisor joins the conversation, heard by everyone'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "doctor" -d 'Say why a transfer will not start, and fix what can be fixed safely'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "agents" -d 'The transfer directory of agents'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "queues" -d 'The transfer directory of queues'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "queue" -d 'Act on queues (reset stale ones)'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "sandbox" -d 'Run and drive the embedded Twilio-compatible sandbox'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "profile" -d 'Credentials and defaults'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c flexctl -n "__fish_flexctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Live calls: task, conference, agent, customer, consult leg, phase, age'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One call: participants, who hears whom, phase, and the verbs that make sense next'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from help" -f -a "list" -d 'Live calls: task, conference, agent, customer, consult leg, phase, age'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from help" -f -a "show" -d 'One call: participants, who hears whom, phase, and the verbs that make sense next'
complete -c flexctl -n "__fish_flexctl_using_subcommand calls; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l phase -d 'The phase to wait for (`consulting`: the consult target answered)' -r -f -a "live\t''
consult-ringing\t''
consulting\t''
merged\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l within -d 'How long to wait at most, e.g. 30s (`--timeout` stays the timeout of each request)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand wait" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l interval -d 'How often to read the call again, e.g. 1s or 500ms (250ms at least)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l count -d 'Stop after this many changes have been printed (exit 0)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l within -d 'Stop after this long (exit 0), e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l all -d 'The whole contact centre: live calls, agents, queues with waiting tasks'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flexctl -n "__fish_flexctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l wait -d 'Block until the target answers (a spinner shows on a terminal)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and not __fish_seen_subcommand_from agent queue number help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l wait -d 'Block until the target answers (a spinner shows on a terminal)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from agent" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l wait -d 'Block until the target answers (a spinner shows on a terminal)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from queue" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l from -d 'Caller ID to ring it with (default: the number the customer called, the task\'s `to` attribute)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l wait -d 'Block until the target answers (a spinner shows on a terminal)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from number" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from help" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from help" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from help" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand consult; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l cold -d 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and not __fish_seen_subcommand_from agent queue number help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l cold -d 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from agent" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l cold -d 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from queue" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l from -d 'Caller ID to ring it with (default: the number the customer called, the task\'s `to` attribute)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l cold -d 'Blind transfer: the customer stays live and the acting agent leaves once the target answers (never before)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from number" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand cancel" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand hold" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand unhold" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand mute" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand unmute" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand swap" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand merge" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l customer -d 'Remove the customer (hangs up on them; needs --yes)'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand remove" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand leave" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l queue -d 'Drain every agent of this queue who is on a live call (name or WQ SID)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l to -d 'Where the calls go: `queue NAME` (each call to an agent of it) or `agent NAME` (as many calls as the agent has room for)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l ring-timeout -d 'How long the target may ring (and their reservation wait) before the consult is canceled, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l accept -d 'Who accepts the target\'s reservation: flexctl, at once (their answering the call is the consent), or the agent, in their own client' -r -f -a "flexctl\t''
agent\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l note -d 'A note for the target (one line, at most 500 characters): kept in the transfer\'s record and in their task\'s attributes (`transferNote`), shown by `calls show`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l then-activity -d 'Afterwards, move each drained agent all of whose calls were handed on to this activity (e.g. Offline)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l force -d 'Go ahead even when no agent of the queue is available; for an agent at capacity, queue the task for them anyway'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l complete -d 'Complete the leaving agent\'s task instead of moving it to wrapping'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l wrap -d 'Move the leaving agent\'s task to wrapping (the default; kept for scripts)'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand drain" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l as -d 'The supervisor (name or WK SID); by default the profile\'s agent' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l ring-timeout -d 'How long the supervisor may ring before the join is given up, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l stop -d 'Take the supervisor off the call (never ends it for the others)'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand monitor" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l as -d 'The supervisor (name or WK SID); by default the profile\'s agent' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l ring-timeout -d 'How long the supervisor may ring before the join is given up, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand coach" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l as -d 'The supervisor (name or WK SID); by default the profile\'s agent' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l ring-timeout -d 'How long the supervisor may ring before the join is given up, e.g. 30s' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand barge" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l target -d 'The transfer target to check: an agent or a queue (name or SID)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l all-queues -d 'Check every queue for staleness'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l fix -d 'Repair what can be repaired safely, then check again'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'Agents: activity, availability, on a call, queues'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Move an agent to another activity (Available, Break, Offline, …)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l queue -d 'Only agents eligible for this queue (name or WQ SID)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l activity -d 'Only agents in this activity (name, any case, or WA SID)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l available -d 'Only agents available to take a transfer'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l activity -d 'The activity to move them to (name, any case, or WA SID)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'Agents: activity, availability, on a call, queues'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "set" -d 'Move an agent to another activity (Available, Break, Offline, …)'
complete -c flexctl -n "__fish_flexctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l stale -d 'Only queues with no task in the last 30 days'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from help" -f -a "list" -d 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
complete -c flexctl -n "__fish_flexctl_using_subcommand queues; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -f -a "reset" -d 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and not __fish_seen_subcommand_from reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l stale -d 'Every queue with no task in the last 30 days'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l force -d 'Reset even queues that are already active'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
complete -c flexctl -n "__fish_flexctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "serve" -d 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "info" -d 'Print the sandbox\'s base URL, account, workspace and clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "reset" -d 'Recreate the seeded demo contact center (credentials and request log are kept)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "seed" -d 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "clock" -d 'Show or change the sandbox clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "answer" -d 'Make an agent\'s ringing call or pending reservation be answered now'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "reject" -d 'Make an agent\'s ringing call or pending reservation be rejected now'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "agent" -d 'Set how a simulated agent responds to calls and reservations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "hangup-customer" -d 'Make the customer of a live call hang up'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "number" -d 'Set how a simulated external number answers when a call rings it (unset: after 2s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "log" -d 'Recent requests the sandbox served'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "faults" -d 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve info reset seed clock answer reject agent hangup-customer number log faults help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l db -d 'Database file (default: $XDG_DATA_HOME/flexctl/sandbox.db)' -r -F
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l faults -d 'Inject faults from the start, e.g. `rate=0.2,kinds=503+429,seed=1` or `latency=50ms`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Allow listening on a non-loopback address (anyone who can reach it and has the credentials can use it)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l busy-agent -d 'Also seed a second live call held by carol, so that a busy agent (voice 1/1) shows in `agents list` and a transfer to her is refused (`target-capacity`); off by default, since scripts of the demo rely on its one live call'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l size -d 'Preset sizes: demo (1 call, 5 agents, 5 queues, 2 stale), medium (30, 200, 50, 10), large (300, 2,000, 500, 100); the flags below change any of its numbers' -r -f -a "demo\t''
medium\t''
large\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l calls -d 'Live calls, each with a conference and an assigned task (one in ten with a consult under way); at most 2,000' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l agents -d 'Agents (workers), in several activities; at most 20,000' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l queues -d 'Queues, each selecting agents by a skill; at most 5,000' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l stale -d 'Queues with no task in the last 30 days (what `queue reset --stale` repairs)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l seed -d 'Seed of the generator: the same seed gives the same SIDs, names and assignments' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from seed" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "show" -d 'Print the sandbox time'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "set" -d 'Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the sandbox time forward, e.g. 31d, 2s'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "freeze" -d 'Stop the clock where it is'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "unfreeze" -d 'Let a stopped clock run again'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "real" -d 'Back to real time'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from answer" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l answer-after -d 'Answer after this long (e.g. 2s), or `never`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l accept-after -d 'Accept the agent\'s task reservations after this long (e.g. 2s), or `never`; separate from answering a ringing call' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l reject -d 'Reject calls (and, unless told otherwise, reservations) after the delay instead of answering'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l reject-tasks -d 'Reject the agent\'s task reservations (after the delay)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from agent" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l conference -d 'The call\'s conference (CF… or its friendly name, the task SID); needed when several calls are live' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from hangup-customer" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l answer-after -d 'Answer after this long (e.g. 2s), or `never` (it rings until the ring timeout)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l busy -d 'The line is busy: the call fails at once (`--busy=false` clears it)' -r -f -a "true\t''
false\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l hangup-after -d 'Hang up this long after answering (e.g. 30s), or `never`' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from number" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l limit -d 'How many of the most recent requests' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l since -d 'Only requests after this log ID' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -f -a "show" -d 'Show the current faults and how many were injected'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -f -a "set" -d 'Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -f -a "clear" -d 'Switch faults off'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from faults" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "info" -d 'Print the sandbox\'s base URL, account, workspace and clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Recreate the seeded demo contact center (credentials and request log are kept)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Show or change the sandbox clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "answer" -d 'Make an agent\'s ringing call or pending reservation be answered now'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Make an agent\'s ringing call or pending reservation be rejected now'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "agent" -d 'Set how a simulated agent responds to calls and reservations'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "hangup-customer" -d 'Make the customer of a live call hang up'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "number" -d 'Set how a simulated external number answers when a call rings it (unset: after 2s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "log" -d 'Recent requests the sandbox served'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "faults" -d 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
complete -c flexctl -n "__fish_flexctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "add" -d 'Add (or replace) a profile; prompts for missing values on a terminal'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "list" -d 'List profiles (secrets are never printed)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "use" -d 'Make a profile the default'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "show" -d 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "remove" -d 'Remove a profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "import-twilio-cli" -d 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and not __fish_seen_subcommand_from add list use show remove import-twilio-cli help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l account-sid -d 'Account SID (AC…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key -d 'API key SID (SK…); recommended over the auth token' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-secret -d 'API key secret (prefer the prompt or FLEXCTL_API_SECRET so it stays out of shell history)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l auth-token -d 'Auth token (prefer an API key)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l workspace-sid -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default-agent -d 'Agent that selects the call when none is given' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile-base-url -d 'Base URL for every Twilio domain (e.g. a sandbox)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l region -d 'Twilio region (e.g. ie1)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l edge -d 'Twilio edge (e.g. dublin)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default-output -d 'Default output format' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l use -d 'Make it the default profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-verify -d 'Save without testing the credentials (by default one request checks them; a failed test saves only when confirmed, or with --yes)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l file -d 'twilio-cli\'s config file (default: ~/.twilio-cli/config.json)' -r -F
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l activate -d 'Make twilio-cli\'s active project the active profile without asking (without a terminal it is never switched otherwise)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from import-twilio-cli" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or replace) a profile; prompts for missing values on a terminal'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (secrets are never printed)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "import-twilio-cli" -d 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s p -l profile -d 'Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s o -l output -d 'Output format; the data format never depends on the terminal' -r -f -a "table\t''
json\t''
tsv\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l timeout -d 'Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l concurrency -d 'The most requests in flight at once, for the whole run (default 32; halved on 429s)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l base-url -d 'Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l workspace -d 'TaskRouter workspace SID (WS…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l task -d 'The call\'s TaskRouter task (WT…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l conference -d 'The call\'s conference (CF…)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l agent -d 'The agent whose live call it is (and the acting agent)' -r
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l wide -d 'Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l no-header -d 'Omit the header row of tables and TSV'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l no-input -d 'Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -l dry-run -d 'Print what would be done; change nothing'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s v -l verbose -d 'Log each request to stderr (-vv adds bodies); secrets are never shown'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s q -l quiet -d 'Only data and errors; no status lines or pictures'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c flexctl -n "__fish_flexctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "calls" -d 'Live calls'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "status" -d 'Show one call: participants, who hears whom, phase, next verbs'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "wait" -d 'Block until the call reaches a phase (exit 0); exit 1 if it ends or the time runs out'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "watch" -d 'A live view of the call, or of the whole centre with --all, until q or Ctrl-C; without a terminal, one JSON line per change'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "consult" -d 'Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "transfer" -d 'The whole hand-off in one command: consult, wait for the answer, merge, leave'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "cancel" -d 'Cancel the pending or connected consult and bring the customer back'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "hold" -d 'Put a party on hold: `customer`, an agent name, or `me`'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "unhold" -d 'Take a party off hold: `customer`, an agent name, or `me`'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "mute" -d 'Mute a party (they still hear everyone; nobody hears them); hold is left as it is'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "unmute" -d 'Unmute a party (hold is left as it is)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "swap" -d 'Switch between the customer and the consult leg'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "merge" -d 'Unhold everyone: a three-way call'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "remove" -d 'Remove an agent from the conference'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "leave" -d 'The acting agent leaves; the other agent carries on with the customer'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "drain" -d 'Hand every live call of some agents (or of a queue\'s agents) to a queue or an agent'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "monitor" -d 'A supervisor listens in, muted: hears everyone, heard by nobody (--stop leaves)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "coach" -d 'A supervisor speaks to the agent alone (--agent NAME, else the call\'s agent); the customer does not hear them'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "barge" -d 'A supervisor joins the conversation, heard by everyone'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "doctor" -d 'Say why a transfer will not start, and fix what can be fixed safely'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "agents" -d 'The transfer directory of agents'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "queues" -d 'The transfer directory of queues'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "queue" -d 'Act on queues (reset stale ones)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "sandbox" -d 'Run and drive the embedded Twilio-compatible sandbox'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "profile" -d 'Credentials and defaults'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and not __fish_seen_subcommand_from calls status wait watch consult transfer cancel hold unhold mute unmute swap merge remove leave drain monitor coach barge doctor agents queues queue sandbox profile completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from calls" -f -a "list" -d 'Live calls: task, conference, agent, customer, consult leg, phase, age'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from calls" -f -a "show" -d 'One call: participants, who hears whom, phase, and the verbs that make sense next'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from consult" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from consult" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from consult" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "agent" -d 'An agent, by name or WK SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "queue" -d 'A queue, by name or WQ SID'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "number" -d 'An external number: E.164 (+15550100123) or a sip: URI; it has no task'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "list" -d 'Agents: activity, availability, on a call, queues'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "set" -d 'Move an agent to another activity (Available, Break, Offline, …)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from queues" -f -a "list" -d 'Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "reset" -d 'Route a synthetic task to each queue and cancel it, so transfers to it work again'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox as a server until Ctrl-C; prints its base URL and credentials'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "info" -d 'Print the sandbox\'s base URL, account, workspace and clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Recreate the seeded demo contact center (credentials and request log are kept)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "seed" -d 'Replace the contact center with a generated one of any size (e.g. `--size large`: 300 calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "clock" -d 'Show or change the sandbox clock'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "answer" -d 'Make an agent\'s ringing call or pending reservation be answered now'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reject" -d 'Make an agent\'s ringing call or pending reservation be rejected now'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "agent" -d 'Set how a simulated agent responds to calls and reservations'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "hangup-customer" -d 'Make the customer of a live call hang up'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "number" -d 'Set how a simulated external number answers when a call rings it (unset: after 2s)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "log" -d 'Recent requests the sandbox served'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "faults" -d 'Show, set or clear fault injection (errors, throttling, delays, lost responses)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add (or replace) a profile; prompts for missing values on a terminal'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles (secrets are never printed)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and where it comes from (flag, environment variable, profile file, default)'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile'
complete -c flexctl -n "__fish_flexctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "import-twilio-cli" -d 'Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its active project the active profile'
