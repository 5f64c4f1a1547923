#include "manpage.h"

#include "commandtable.h"
#include "roff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class ManText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::manpage)
};

QString section(const QString &title)
{
    return u".SH "_s + roffText(title) + u'\n';
}

QString paragraph(const QString &text)
{
    return u".PP\n"_s + roffText(text) + u'\n';
}

// A command line to type, as it is, in a block of its own.
QString example(const QString &commandLine)
{
    return u".PP\n.RS\n.nf\n"_s + roffText(commandLine) + u"\n.fi\n.RE\n"_s;
}

// A tagged paragraph: the term in bold (its value, after a space, in italics), then the text.
QString item(const QString &term, const QString &text)
{
    return u".TP\n\\fB"_s + roffText(term) + u"\\fR\n"_s + roffText(text) + u'\n';
}

// --help's description: paragraphs, and the indented lines of a list (key's actions) as they are.
QString description(const QString &text)
{
    QString roff;
    bool inList = false;
    for (const QString &line : text.split(u'\n')) {
        const bool listLine = line.startsWith(u"  "_s);
        if (listLine && !inList)
            roff += u".PP\n.nf\n"_s;
        else if (!listLine && inList)
            roff += u".fi\n"_s;
        roff += listLine ? roffText(line) + u'\n' : paragraph(line);
        inList = listLine;
    }
    return roff + (inList ? u".fi\n"_s : QString());
}

QString option(const OptionDefinition &definition)
{
    QStringList names;
    for (const QString &name : definition.option.names())
        names.append(u"\\fB"_s + roffText(dashed(name)) + u"\\fR"_s);
    QString term = names.join(u", "_s);
    const QString value = roffText(definition.option.valueName());
    if (definition.optionalValue)
        term += u" [\\fI"_s + value + u"\\fR]"_s;
    else if (!value.isEmpty())
        term += u" \\fI"_s + value + u"\\fR"_s;
    QString text = definition.option.description();
    const QStringList defaults = definition.option.defaultValues();
    if (!defaults.isEmpty())
        text += u' ' + ManText::tr("Default: %1.").arg(defaults.join(u", "_s));
    return u".TP\n"_s + term + u'\n' + roffText(text) + u'\n';
}

QString commandSection(const CommandDefinition &command)
{
    QString synopsis = u"\\fBgemini\\-doctor "_s + roffText(command.name) + u"\\fR ["_s +
                       roffText(ManText::tr("OPTIONS")) + u']';
    for (const PositionalDefinition &positional : command.positionals)
        synopsis += u" \\fI"_s + roffText(positional.syntax) + u"\\fR"_s;
    QString roff = u".SS "_s + roffText(command.name) + u'\n' + synopsis + u'\n' +
                   description(command.description);
    for (const PositionalDefinition &positional : command.positionals)
        roff += u".TP\n\\fI"_s + roffText(positional.syntax) + u"\\fR\n"_s +
                roffText(positional.description) + u'\n';
    for (const OptionDefinition &definition : command.options)
        roff += option(definition);
    return roff;
}

QString exitStatus()
{
    return section(ManText::tr("EXIT STATUS")) +
           item(u"0"_s, ManText::tr("Success (for check: every check passed or warned).")) +
           item(u"1"_s, ManText::tr("The thing examined failed: a check failed, an error was "
                                    "diagnosed, a request would be refused.")) +
           item(u"2"_s, ManText::tr("Usage or configuration error: a bad flag, no key, a refused "
                                    "endpoint, an unusable keychain.")) +
           item(u"3"_s, ManText::tr("Internal error.")) +
           paragraph(ManText::tr("Messages for people go to standard error; with --json, standard "
                                 "output holds exactly one JSON document (watch: one per line)."));
}

QString environment()
{
    return section(ManText::tr("ENVIRONMENT")) +
           item(u"GEMINI_API_KEY"_s,
                ManText::tr("The API key, when neither --key-stdin nor the keychain gives one.")) +
           item(u"GOOGLE_API_KEY"_s,
                ManText::tr("The API key, when GEMINI_API_KEY is not set either.")) +
           item(u"HTTPS_PROXY, ALL_PROXY, NO_PROXY"_s,
                ManText::tr("The proxy for requests, and the hosts reached without it (upper or "
                            "lower case).")) +
           item(u"LANGUAGE, LC_ALL, LC_MESSAGES, LANG"_s,
                ManText::tr("The language of the output for people: German or English. JSON "
                            "output, ids and metric names stay English.")) +
           item(u"GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS"_s,
                ManText::tr("How long to wait for the keychain, in milliseconds (default 4000)."));
}

QString files()
{
    return section(ManText::tr("FILES")) +
           item(u"~/.config/gemini-doctor/gemini-doctor.conf"_s,
                ManText::tr("The settings of the desktop app and the names of the key profiles; "
                            "never a key. The key is in the keychain (the Secret Service of your "
                            "session), service gemini-doctor.")) +
           item(u"~/.local/share/gemini-doctor/recent-runs.json"_s,
                ManText::tr("The recent runs the desktop app shows, without the key.")) +
           item(u"/usr/lib/systemd/user/gemini-doctor-watch.service"_s,
                ManText::tr("The systemd user unit that runs watch (see WATCH SERVICE).")) +
           item(u"~/.config/gemini-doctor/watch.env"_s,
                ManText::tr("Read by that unit when it exists: GEMINI_DOCTOR_WATCH_FLAGS, and "
                            "GEMINI_API_KEY where the session has no keychain (make it readable "
                            "only by you).")) +
           item(u"/usr/share/bash-completion/completions/gemini-doctor"_s,
                ManText::tr("The bash completion; zsh's and fish's are in their vendor "
                            "completion folders.")) +
           item(u"/usr/share/zsh/vendor-completions/_gemini-doctor"_s,
                ManText::tr("The zsh completion.")) +
           item(u"/usr/share/fish/vendor_completions.d/gemini-doctor.fish"_s,
                ManText::tr("The fish completion."));
}

QString watchService()
{
    return section(ManText::tr("WATCH SERVICE")) +
           paragraph(ManText::tr("The package ships a systemd user unit that runs gemini-doctor "
                                 "watch in your session, with the key from the keychain: store "
                                 "it first with gemini-doctor key set. Enable and start it with "
                                 "one command:")) +
           example(u"systemctl --user enable --now gemini-doctor-watch.service"_s) +
           paragraph(ManText::tr("It starts with your graphical session, after the session's "
                                 "D-Bus, which the keychain needs. Each run is one line in the "
                                 "journal:")) +
           example(u"journalctl --user -u gemini-doctor-watch -f"_s) +
           paragraph(ManText::tr("Its flags come from GEMINI_DOCTOR_WATCH_FLAGS in "
                                 "~/.config/gemini-doctor/watch.env, for example:")) +
           example(u"GEMINI_DOCTOR_WATCH_FLAGS=--interval 10m --listen 127.0.0.1:9464"_s) +
           paragraph(ManText::tr("Then: systemctl --user restart gemini-doctor-watch. Stopping "
                                 "it sends SIGTERM, and watch exits 0 within a second. Without a "
                                 "usable key watch exits 2, and the unit is not restarted."));
}

QString examples()
{
    return section(ManText::tr("EXAMPLES")) +
           paragraph(ManText::tr("Test the key stored in the keychain:")) +
           example(u"gemini-doctor check"_s) +
           paragraph(ManText::tr("Store a key, read from a file on standard input:")) +
           example(u"gemini-doctor key set --stdin < key.txt"_s) +
           paragraph(ManText::tr("Diagnose an error body saved from a log:")) +
           example(u"gemini-doctor explain --http-status 429 error.json"_s) +
           paragraph(ManText::tr("Check a request before it is sent, and print it with the safe "
                                 "fixes:")) +
           example(u"gemini-doctor inspect --fix request.json"_s) +
           paragraph(ManText::tr("Rehearse a failure offline: a simulator whose daily quota is "
                                 "used up, and a check against it:")) +
           example(u"gemini-doctor simulate --scenario daily_quota_exhausted --port 8090 &\n"
                   "echo any-fake-key | gemini-doctor check --base-url http://127.0.0.1:8090 "
                   "--key-stdin"_s) +
           paragraph(ManText::tr("Watch every ten minutes, with Prometheus metrics on port "
                                 "9464:")) +
           example(u"gemini-doctor watch --interval 10m --listen 9464"_s) +
           paragraph(ManText::tr("Install the bash completion for yourself only:")) +
           example(u"gemini-doctor completions bash > "
                   "~/.local/share/bash-completion/completions/gemini-doctor"_s);
}

} // namespace

QString manPage()
{
    const CommandDefinition desktop = desktopDefinition();
    QString page = u".\\\" gemini-doctor(1), generated by `gemini-doctor manpage` from the "
                   "definitions --help prints. Do not edit.\n"_s;
    page += u".TH GEMINI\\-DOCTOR 1 \"\" \"gemini\\-doctor "_s +
            roffText(QCoreApplication::applicationVersion()) + u"\" \""_s +
            roffText(ManText::tr("User Commands")) + u"\"\n"_s;
    // No hyphenation: names such as gemini-doctor or --base-url must read as typed.
    page += u".nh\n"_s;
    page += section(ManText::tr("NAME")) + u"gemini\\-doctor \\- "_s +
            roffText(ManText::tr("find out why Gemini API calls fail and how to fix them")) + u'\n';
    page += section(ManText::tr("SYNOPSIS")) + u"\\fBgemini\\-doctor\\fR ["_s +
            roffText(ManText::tr("OPTIONS")) + u"]\n.br\n\\fBgemini\\-doctor\\fR \\fI"_s +
            roffText(ManText::tr("COMMAND")) + u"\\fR ["_s + roffText(ManText::tr("OPTIONS")) +
            u"] ["_s + roffText(ManText::tr("ARGUMENTS")) + u"]\n"_s;
    page += section(ManText::tr("DESCRIPTION")) + description(desktop.description);
    page += section(ManText::tr("OPTIONS"));
    for (const OptionDefinition &definition : desktop.options)
        page += option(definition);
    page += section(ManText::tr("COMMANDS")) +
            paragraph(ManText::tr("Every command runs headless (no display needed) and takes "
                                  "-h, --help."));
    for (const CommandDefinition &command : visibleDefinitions())
        page += commandSection(command);
    page += exitStatus() + environment() + files() + watchService() + examples();
    page += section(ManText::tr("SEE ALSO")) +
            u".BR systemctl (1),\n.BR journalctl (1),\n.BR systemd.unit (5)\n"_s +
            paragraph(ManText::tr("The README: %1").arg(QStringLiteral(GD_HOMEPAGE)));
    return page;
}

} // namespace gd::cli
