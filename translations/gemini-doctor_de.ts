<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InspectPanel</name>
    <message>
        <source>Paste a request, or drop its file here: a generateContent body, a curl command, an OpenAI chat body, Live API messages, a batch. Gemini Doctor says what the API will refuse in it, before anything is sent.</source>
        <translation>Fügen Sie eine Anfrage ein oder ziehen Sie ihre Datei hierher: einen generateContent-Body, einen curl-Befehl, einen OpenAI-Chat-Body, Live-API-Nachrichten, einen Batch. Gemini Doctor sagt, was die API daran ablehnen wird, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Request to inspect</source>
        <translation>Zu prüfende Anfrage</translation>
    </message>
    <message>
        <source>Model, if the request names none</source>
        <translation>Modell, falls die Anfrage keines nennt</translation>
    </message>
    <message>
        <source>Paste from clip&amp;board</source>
        <translation>Aus Zwischenablage e&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Inspect the request (Ctrl+Return)</source>
        <translation>Die Anfrage prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Nothing inspected yet.</source>
        <translation>Noch nichts geprüft.</translation>
    </message>
    <message>
        <source>What the API would refuse</source>
        <translation>Was die API ablehnen würde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Appl&amp;y safe fixes</source>
        <translation>Sichere Korrekturen an&amp;wenden</translation>
    </message>
    <message>
        <source>Map roles, move a system turn to systemInstruction, drop empty parts, complete bare MIME types, remove schema keywords the API does not take</source>
        <translation>Rollen umbenennen, einen system-Beitrag nach systemInstruction verschieben, leere parts entfernen, unvollständige MIME-Typen ergänzen, Schema-Schlüsselwörter entfernen, die die API nicht annimmt</translation>
    </message>
    <message>
        <source>Sen&amp;d it…</source>
        <translation>Abs&amp;chicken…</translation>
    </message>
    <message>
        <source>Model, if the request &amp;gives none:</source>
        <translation>Modell, falls die Anfrage &amp;keines nennt:</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your Gemini API key. It goes into your system keychain and nowhere else: not into a file, a log, a URL or a report.</source>
        <translation>Fügen Sie Ihren Gemini-API-Schlüssel ein. Er wird in Ihrem Systemschlüsselbund gespeichert und nirgendwo sonst: nicht in einer Datei, einem Log, einer URL oder einem Bericht.</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Get a key in AI Studio</source>
        <translation>Schlüssel in AI Studio erstellen</translation>
    </message>
    <message>
        <source>&amp;Remove stored key</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>&amp;Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Store in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gemini Doctor</source>
        <translation>Gemini Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run connectivity test</source>
        <translation>Verbindungstest sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Test every &amp;model…</source>
        <translation>Jedes &amp;Modell testen …</translation>
    </message>
    <message>
        <source>One short request to each model your key lists</source>
        <translation>Eine kurze Anfrage an jedes Modell, das Ihr Schlüssel auflistet</translation>
    </message>
    <message>
        <source>Re&amp;hearse a failure…</source>
        <translation>&amp;Probelauf eines Fehlers…</translation>
    </message>
    <message>
        <source>E&amp;xplain an error</source>
        <translation>&amp;Fehler erklären</translation>
    </message>
    <message>
        <source>I&amp;nspect a request</source>
        <translation>Anfra&amp;ge prüfen</translation>
    </message>
    <message>
        <source>API &amp;key…</source>
        <translation>API-&amp;Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Programmeinstellungen…</translation>
    </message>
    <message>
        <source>Get an API key in AI Studio</source>
        <translation>API-Schlüssel in AI Studio erstellen</translation>
    </message>
    <message>
        <source>Gemini API status</source>
        <translation>Status der Gemini API</translation>
    </message>
    <message>
        <source>&amp;About Gemini Doctor</source>
        <translation>&amp;Über Gemini Doctor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Time limit per request:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Retries of transient failures:</source>
        <translation>&amp;Wiederholungen bei vorübergehenden Fehlern:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>&amp;Live API model:</source>
        <translation>&amp;Live-API-Modell:</translation>
    </message>
    <message>
        <source>&amp;Watch: run the test every</source>
        <translation>&amp;Beobachten: Test ausführen alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Gemini Doctor</source>
        <translation>Willkommen bei Gemini Doctor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Find out why your Gemini API calls fail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Finden Sie heraus, warum Ihre Aufrufe der Gemini API fehlschlagen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Gemini Doctor tests your key against the Gemini API, one step at a time, and tells you in plain words what is wrong and how to fix it.</source>
        <translation>Gemini Doctor testet Ihren Schlüssel Schritt für Schritt gegen die Gemini API und sagt Ihnen in klaren Worten, was nicht stimmt und wie Sie es beheben.</translation>
    </message>
    <message>
        <source>Test your own key</source>
        <translation>Eigenen Schlüssel testen</translation>
    </message>
    <message>
        <source>Your key is stored in the system keychain and nowhere else.</source>
        <translation>Ihr Schlüssel wird im Systemschlüsselbund gespeichert und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>&amp;Paste an API key…</source>
        <translation>API-Schlüssel &amp;einfügen…</translation>
    </message>
    <message>
        <source>Or try it without a key</source>
        <translation>Oder ohne Schlüssel ausprobieren</translation>
    </message>
    <message>
        <source>A built-in simulator plays the Gemini API offline. Pick a failure to rehearse:</source>
        <translation>Ein eingebauter Simulator spielt offline die Gemini API. Wählen Sie einen Fehler für den Probelauf:</translation>
    </message>
    <message>
        <source>Failure to rehearse</source>
        <translation>Fehler für den Probelauf</translation>
    </message>
    <message>
        <source>&amp;Try it without a key</source>
        <translation>&amp;Ohne Schlüssel ausprobieren</translation>
    </message>
</context>
<context>
    <name>gd::ApiCall</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The proxy asks for credentials (HTTP 407).</source>
        <translation>Der Proxy verlangt Anmeldedaten (HTTP 407).</translation>
    </message>
</context>
<context>
    <name>gd::ApiCheck</name>
    <message>
        <source>answered</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>answered “%1”</source>
        <translation>Antwort: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CallDiagnosis</name>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CheckName</name>
    <message>
        <source>Network and DNS</source>
        <translation>Netzwerk und DNS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Key valid</source>
        <translation>Schlüssel gültig</translation>
    </message>
    <message>
        <source>Model reachable</source>
        <translation>Modell erreichbar</translation>
    </message>
    <message>
        <source>Token counting</source>
        <translation>Token-Zählung</translation>
    </message>
    <message>
        <source>Test prompt</source>
        <translation>Testprompt</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Live API</source>
        <translation>Live API</translation>
    </message>
</context>
<context>
    <name>gd::CheckRunner</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>did not end within the run&apos;s time limit of %1 s</source>
        <translation>endete nicht innerhalb der Zeitgrenze des Laufs von %1 s</translation>
    </message>
    <message>
        <source>not started within the run&apos;s time limit of %1 s</source>
        <translation>nicht innerhalb der Zeitgrenze des Laufs von %1 s gestartet</translation>
    </message>
    <message>
        <source>skipped because “%1” failed</source>
        <translation>übersprungen, weil „%1“ fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>skipped because “%1” was skipped</source>
        <translation>übersprungen, weil „%1“ übersprungen wurde</translation>
    </message>
</context>
<context>
    <name>gd::CheckState</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>gd::ConnectCheck</name>
    <message>
        <source>No connection within the time limit.</source>
        <translation>Keine Verbindung innerhalb des Zeitlimits.</translation>
    </message>
    <message>
        <source>%1, %2, certificate issued by %3</source>
        <translation>%1, %2, Zertifikat ausgestellt von %3</translation>
    </message>
    <message>
        <source>no ALPN</source>
        <translation>kein ALPN</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>TCP connection to %1:%2</source>
        <translation>TCP-Verbindung zu %1:%2</translation>
    </message>
</context>
<context>
    <name>gd::CountTokensCheck</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::Diagnoser</name>
    <message>
        <source>input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>free tier</source>
        <translation>kostenlose Stufe</translation>
    </message>
    <message>
        <source>paid tier %1</source>
        <translation>kostenpflichtige Stufe %1</translation>
    </message>
    <message>
        <source>paid tier</source>
        <translation>kostenpflichtige Stufe</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation>normale Schließung</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>Gegenseite wird beendet</translation>
    </message>
    <message>
        <source>closed without a close frame</source>
        <translation>ohne Close-Frame geschlossen</translation>
    </message>
    <message>
        <source>invalid frame payload data</source>
        <translation>ungültige Frame-Nutzdaten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>limit 0 (no quota: not in your tier)</source>
        <translation>Limit 0 (kein Kontingent: nicht in Ihrer Stufe enthalten)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>%1, with error code %2 inside the body</source>
        <translation>%1, mit Fehlercode %2 im Body</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>%1, limit %2, region %3</source>
        <translation>%1, Limit %2, Region %3</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Erneut versuchen nach</translation>
    </message>
    <message>
        <source>Daily reset</source>
        <translation>Tägliches Zurücksetzen</translation>
    </message>
    <message>
        <source>midnight Pacific time, in %1</source>
        <translation>Mitternacht pazifischer Zeit, in %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Activation page</source>
        <translation>Aktivierungsseite</translation>
    </message>
    <message>
        <source>Block reason</source>
        <translation>Blockierungsgrund</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>WebSocket close</source>
        <translation>WebSocket-Schließung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Abschaltung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1 asked, %2 at least</source>
        <translation>%1 angefordert, mindestens %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Tokens to cache</source>
        <translation>Zu cachende Tokens</translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 von %2 benötigten</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Thinking-Budget</translation>
    </message>
    <message>
        <source>Function call</source>
        <translation>Funktionsaufruf</translation>
    </message>
    <message>
        <source>OpenAI parameters</source>
        <translation>OpenAI-Parameter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Thinking tokens</source>
        <translation>Thinking-Tokens</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%1 von %2 erlaubten</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>the answer had started streaming when this error arrived</source>
        <translation>die Antwort wurde bereits gestreamt, als dieser Fehler eintraf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>this error looks like it comes from Gemini Code Assist (cloudcode-pa), not from the Gemini API: it is not about an API key</source>
        <translation>dieser Fehler stammt offenbar von Gemini Code Assist (cloudcode-pa), nicht von der Gemini API: Mit einem API-Schlüssel hat er nichts zu tun</translation>
    </message>
    <message>
        <source>Debug info</source>
        <translation>Debug-Info</translation>
    </message>
    <message>
        <source>present in the error but not shown: it can contain your key</source>
        <translation>im Fehler enthalten, aber nicht angezeigt: kann Ihren Schlüssel enthalten</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>damaged or cut off; this diagnosis uses the parts that could be read</source>
        <translation>beschädigt oder abgeschnitten; diese Diagnose nutzt die lesbaren Teile</translation>
    </message>
    <message>
        <source>Enable the Generative Language API</source>
        <translation>Generative Language API aktivieren</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Zertifikatsaussteller</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>it always thinks, and thinking is paid as output</source>
        <translation>es denkt immer, und das Denken wird als Ausgabe bezahlt</translation>
    </message>
    <message>
        <source>it has no free tier</source>
        <translation>es hat keine kostenlose Stufe</translation>
    </message>
    <message>
        <source>input limit %1 tokens, not %2</source>
        <translation>Eingabelimit %1 Tokens statt %2</translation>
    </message>
    <message>
        <source>output limit %1 tokens, not %2</source>
        <translation>Ausgabelimit %1 Tokens statt %2</translation>
    </message>
    <message>
        <source>Schema keyword</source>
        <translation>Schema-Schlüsselwort</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>tools[%1], function declaration %2 (counting from 0)</source>
        <translation>tools[%1], Funktionsdeklaration %2 (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MIME type</source>
        <translation>MIME-Typ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 (%2), at most %3 taken</source>
        <translation>%1 (%2), höchstens %3 angenommen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>at most %1 requests in one call</source>
        <translation>höchstens %1 Anfragen in einem Aufruf</translation>
    </message>
    <message>
        <source>line %1 of the input file: %2</source>
        <translation>Zeile %1 der Eingabedatei: %2</translation>
    </message>
    <message>
        <source>Blocked in this region</source>
        <translation>In dieser Region gesperrt</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Geantwortet hat</translation>
    </message>
    <message>
        <source>From the error: %1</source>
        <translation>Aus dem Fehler: %1</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet um</translation>
    </message>
    <message>
        <source>%1 UTC (the answer&apos;s Date header)</source>
        <translation>%1 UTC (laut Date-Header der Antwort)</translation>
    </message>
    <message>
        <source>%1 is being retired: move to %2, its successor in Gemini Doctor&apos;s model data of %3, before it is shut down.</source>
        <translation>%1 wird eingestellt: Wechseln Sie zu %2, dem Nachfolger laut den Modelldaten von Gemini Doctor (Stand: %3), bevor es abgeschaltet wird.</translation>
    </message>
    <message>
        <source>%1 was shut down on %2: move to %3, its successor in Gemini Doctor&apos;s model data of %4.</source>
        <translation>%1 wurde am %2 abgeschaltet: Wechseln Sie zu %3, dem Nachfolger laut den Modelldaten von Gemini Doctor (Stand: %4).</translation>
    </message>
    <message>
        <source>Calls to %1 are answered by %2: name %2 in the request.</source>
        <translation>Aufrufe an %1 beantwortet %2: Nennen Sie %2 in der Anfrage.</translation>
    </message>
</context>
<context>
    <name>gd::Diagnosis</name>
    <message>
        <source>What the error says:</source>
        <translation>Was der Fehler besagt:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>The API&apos;s own words: “%1”</source>
        <translation>Die eigenen Worte der API: „%1“</translation>
    </message>
</context>
<context>
    <name>gd::DnsCheck</name>
    <message>
        <source>Looking up %1 took longer than the time limit.</source>
        <translation>Die Auflösung von %1 hat länger als das Zeitlimit gedauert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>proxy %1 at %2</source>
        <translation>Proxy %1 unter %2</translation>
    </message>
</context>
<context>
    <name>gd::EndpointPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Refused to send your key over plain HTTP to %1: anyone on the way could read it. Use an https:// URL (plain HTTP is only allowed to this computer, for the simulator).</source>
        <translation>Ihr Schlüssel wird nicht über unverschlüsseltes HTTP an %1 gesendet: Jeder auf dem Weg könnte ihn mitlesen. Verwenden Sie eine https://-URL (unverschlüsseltes HTTP ist nur zu diesem Computer erlaubt, für den Simulator).</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: use https://.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>gd::EngineLoader</name>
    <message>
        <source>Gemini Doctor&apos;s engine (%1) could not be loaded: %2. Reinstall Gemini Doctor.</source>
        <translation>Die Engine von Gemini Doctor (%1) ließ sich nicht laden: %2. Installieren Sie Gemini Doctor neu.</translation>
    </message>
    <message>
        <source>Gemini Doctor&apos;s engine (%1) is version %2, and this program is version %3. Reinstall Gemini Doctor.</source>
        <translation>Die Engine von Gemini Doctor (%1) hat die Version %2, dieses Programm die Version %3. Installieren Sie Gemini Doctor neu.</translation>
    </message>
    <message>
        <source>Gemini Doctor&apos;s engine is missing (looked for %1). Reinstall Gemini Doctor.</source>
        <translation>Die Engine von Gemini Doctor fehlt (gesucht: %1). Installieren Sie Gemini Doctor neu.</translation>
    </message>
</context>
<context>
    <name>gd::InspectSchema</name>
    <message>
        <source>the parameters of %1 (tools[%2], function declaration %3)</source>
        <translation>das Schema der Parameter von %1 (tools[%2], Funktionsdeklaration %3)</translation>
    </message>
    <message>
        <source>the response schema</source>
        <translation>das Antwortschema</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>made a one-value enum</source>
        <translation>zu einem enum mit einem Wert gemacht</translation>
    </message>
</context>
<context>
    <name>gd::Inspection</name>
    <message>
        <source>a curl command</source>
        <translation>ein curl-Befehl</translation>
    </message>
    <message>
        <source>an OpenAI chat.completions body</source>
        <translation>ein Body für OpenAI chat.completions</translation>
    </message>
    <message>
        <source>Live API messages</source>
        <translation>Nachrichten der Live API</translation>
    </message>
    <message>
        <source>a batch request</source>
        <translation>eine Batch-Anfrage</translation>
    </message>
    <message>
        <source>an embedContent body</source>
        <translation>ein embedContent-Body</translation>
    </message>
    <message>
        <source>a generateContent body</source>
        <translation>ein generateContent-Body</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Read: %1.</source>
        <translation>Gelesen: %1.</translation>
    </message>
    <message>
        <source>Read: %1 (%2).</source>
        <translation>Gelesen: %1 (%2).</translation>
    </message>
    <message>
        <source>A key was in the paste: it was left out, and is never printed, stored or sent.</source>
        <translation>Im eingefügten Text stand ein Schlüssel: Er wurde weggelassen und wird nie ausgegeben, gespeichert oder gesendet.</translation>
    </message>
    <message>
        <source>Nothing the API would refuse was found.</source>
        <translation>Nichts gefunden, was die API ablehnen würde.</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>(a safe fix: --fix applies it)</source>
        <translation>(eine sichere Korrektur: --fix wendet sie an)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe fix applies: the request stays as it was.</source>
        <translation>Keine sichere Korrektur passt: Die Anfrage bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Safe fixes applied:</source>
        <translation>Angewendete sichere Korrekturen:</translation>
    </message>
    <message>
        <source>The request with the safe fixes:</source>
        <translation>Die Anfrage mit den sicheren Korrekturen:</translation>
    </message>
    <message>
        <source>%1 is not in Gemini Doctor&apos;s model data of %2: the rules of a model&apos;s own capabilities, limits and state were skipped.</source>
        <translation>%1 steht nicht in den Modelldaten von Gemini Doctor (Stand: %2): Die Regeln zu den Fähigkeiten, Limits und dem Zustand eines Modells wurden übersprungen.</translation>
    </message>
    <message>
        <source>No model is named (in the request, or as the model to assume): the rules of a model&apos;s own capabilities, limits and state were skipped.</source>
        <translation>Kein Modell ist genannt (weder in der Anfrage noch als anzunehmendes Modell): Die Regeln zu Fähigkeiten, Grenzen und Status eines Modells wurden übersprungen.</translation>
    </message>
</context>
<context>
    <name>gd::KeyCheck</name>
    <message numerus="yes">
        <source>key accepted; %1 of %n visible models can generate</source>
        <translation>
            <numerusform>Schlüssel akzeptiert; %1 von %n sichtbaren Modell kann generieren</numerusform>
            <numerusform>Schlüssel akzeptiert; %1 von %n sichtbaren Modellen können generieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::KeyHygiene</name>
    <message>
        <source>Removed spaces or a line break around the key.</source>
        <translation>Leerzeichen oder Zeilenumbruch um den Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1” in front of the key.</source>
        <translation>„%1“ vor dem Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>Removed the quotes around the key.</source>
        <translation>Anführungszeichen um den Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The key has a line break inside: more than one line was pasted.</source>
        <translation>Der Schlüssel enthält einen Zeilenumbruch: Es wurde mehr als eine Zeile eingefügt.</translation>
    </message>
    <message>
        <source>The key has a space inside: no key does.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen: Kein Schlüssel enthält eines.</translation>
    </message>
    <message>
        <source>The key has quotes inside: copy it again from AI Studio.</source>
        <translation>Der Schlüssel enthält Anführungszeichen: Kopieren Sie ihn erneut aus AI Studio.</translation>
    </message>
    <message>
        <source>The key has characters no key has (such as “%1”).</source>
        <translation>Der Schlüssel enthält Zeichen, die in keinem Schlüssel vorkommen (etwa „%1“).</translation>
    </message>
</context>
<context>
    <name>gd::KeySource</name>
    <message>
        <source>GEMINI_API_KEY and GOOGLE_API_KEY are both set and differ. Gemini Doctor prefers GEMINI_API_KEY; some SDKs prefer GOOGLE_API_KEY, so your app may be using the other key. Unset one of them.</source>
        <translation>GEMINI_API_KEY und GOOGLE_API_KEY sind beide gesetzt und unterscheiden sich. Gemini Doctor bevorzugt GEMINI_API_KEY; manche SDKs bevorzugen GOOGLE_API_KEY, daher verwendet Ihre App womöglich den anderen Schlüssel. Entfernen Sie eine der beiden Variablen.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>rehearsal, a fake key</source>
        <translation>Probelauf, ein Testschlüssel</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
</context>
<context>
    <name>gd::KeychainSecretStore</name>
    <message>
        <source>the OS keychain (Secret Service: gnome-keyring or KWallet), service “%1”</source>
        <translation>Systemschlüsselbund (Secret Service: gnome-keyring oder KWallet), Dienst „%1“</translation>
    </message>
    <message>
        <source>an earlier keychain request never finished</source>
        <translation>eine frühere Anfrage an den Schlüsselbund wurde nie abgeschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>gd::LiveCall</name>
    <message>
        <source>The server&apos;s WebSocket data broke the protocol (%1).</source>
        <translation>Die WebSocket-Daten des Servers verletzten das Protokoll (%1).</translation>
    </message>
</context>
<context>
    <name>gd::LiveCheck</name>
    <message>
        <source>during the WebSocket upgrade</source>
        <translation>beim WebSocket-Upgrade</translation>
    </message>
    <message>
        <source>after the setup, before setupComplete</source>
        <translation>nach dem Setup, vor setupComplete</translation>
    </message>
    <message>
        <source>after the test turn, before any answer</source>
        <translation>nach der Testanfrage, vor jeder Antwort</translation>
    </message>
    <message>
        <source>while the model answered, before turnComplete</source>
        <translation>während das Modell antwortete, vor turnComplete</translation>
    </message>
    <message>
        <source>%1 answered in audio (%2 KB)</source>
        <translation>%1 hat mit Audio geantwortet (%2 KB)</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>%1 answered “%2”</source>
        <translation>%1 hat „%2“ geantwortet</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-Sitzung</translation>
    </message>
</context>
<context>
    <name>gd::MarkdownReport</name>
    <message>
        <source>- Gemini Doctor %1, Qt %2 (built with %3)
- %4, %5
</source>
        <translation>- Gemini Doctor %1, Qt %2 (kompiliert mit %3)
- %4, %5
</translation>
    </message>
    <message>
        <source># Gemini Doctor report

</source>
        <translation># Bericht von Gemini Doctor

</translation>
    </message>
    <message>
        <source>- Endpoint: %1 (API %2), model %3 (%4)
</source>
        <translation>- Endpunkt: %1 (API %2), Modell %3 (%4)
</translation>
    </message>
    <message>
        <source>- Key: %1 %2
</source>
        <translation>- Schlüssel: %1 %2
</translation>
    </message>
    <message>
        <source>- Run: %1, %2 ms, %3

</source>
        <translation>- Lauf: %1, %2 ms, %3

</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>eine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>| Check | State | Time | HTTP | Detail |
|---|---|---|---|---|
</source>
        <translation>| Prüfung | Status | Dauer | HTTP | Detail |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source># Gemini Doctor: explained error

</source>
        <translation># Gemini Doctor: erklärter Fehler

</translation>
    </message>
    <message>
        <source>The API said:</source>
        <translation>Die API sagte:</translation>
    </message>
    <message>
        <source>## Every model the key lists

| Model | Result | Time | Successor |
|---|---|---|---|
</source>
        <translation>## Alle Modelle, die der Schlüssel auflistet

| Modell | Ergebnis | Dauer | Nachfolger |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>- Live API model: %1 (%2)
</source>
        <translation>- Live-API-Modell: %1 (%2)
</translation>
    </message>
</context>
<context>
    <name>gd::MemorySecretStore</name>
    <message>
        <source>simulated keychain failure</source>
        <translation>simulierter Fehler des Schlüsselbunds</translation>
    </message>
    <message>
        <source>this session&apos;s memory only (forgotten when the app closes)</source>
        <translation>nur der Arbeitsspeicher dieser Sitzung (wird beim Beenden der App vergessen)</translation>
    </message>
</context>
<context>
    <name>gd::ModelCheck</name>
    <message>
        <source>%1, up to %2 input tokens</source>
        <translation>%1, bis zu %2 Eingabe-Tokens</translation>
    </message>
</context>
<context>
    <name>gd::ModelMatrix</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet …</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>not in the free tier</source>
        <translation>nicht in der kostenlosen Stufe</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>daily quota used up</source>
        <translation>Tageskontingent aufgebraucht</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not tested (cancelled)</source>
        <translation>nicht getestet (abgebrochen)</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>beantwortet von %1</translation>
    </message>
</context>
<context>
    <name>gd::OpenAiCompatCheck</name>
    <message>
        <source>answered</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>answered “%1”</source>
        <translation>Antwort: „%1“</translation>
    </message>
</context>
<context>
    <name>gd::RequestReader</name>
    <message>
        <source>The body of this curl command is in the file %1: run gemini-doctor inspect on that file.</source>
        <translation>Der Body dieses curl-Befehls steht in der Datei %1: Lassen Sie gemini-doctor inspect diese Datei lesen.</translation>
    </message>
    <message>
        <source>Read a curl command without a request body (no -d, --data or --json): there is nothing to inspect.</source>
        <translation>Gelesen: ein curl-Befehl ohne Anfrage-Body (kein -d, --data oder --json): Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Read a curl command for %1 without a request body (no -d, --data or --json): there is nothing to inspect.</source>
        <translation>Gelesen: ein curl-Befehl für %1 ohne Anfrage-Body (kein -d, --data oder --json): Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Read a curl command, but its body is not a Gemini API request: it begins with “%1”.</source>
        <translation>Gelesen: ein curl-Befehl, aber sein Body ist keine Anfrage an die Gemini API: Er beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>The input is empty: paste a request body or a curl command.</source>
        <translation>Die Eingabe ist leer: Fügen Sie einen Anfrage-Body oder einen curl-Befehl ein.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bytes that are neither a JSON request body nor a curl command; they begin with “%1”.</source>
        <translation>
            <numerusform>Gelesen: %n Byte, die weder ein JSON-Anfrage-Body noch ein curl-Befehl sind; sie beginnen mit „%1“.</numerusform>
            <numerusform>Gelesen: %n Bytes, die weder ein JSON-Anfrage-Body noch ein curl-Befehl sind; sie beginnen mit „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read JSON, but not a Gemini API request: it has none of contents, messages, requests, content or setup.</source>
        <translation>Gelesen: JSON, aber keine Anfrage an die Gemini API: Es hat weder contents, messages, requests, content noch setup.</translation>
    </message>
</context>
<context>
    <name>gd::RequestSender</name>
    <message>
        <source>The pasted request goes to %1, not to Google&apos;s API: Gemini Doctor sends your key only to Google&apos;s API or to this computer. Name the place with --base-url if you mean it.</source>
        <translation>Die eingefügte Anfrage geht an %1, nicht an die API von Google: Gemini Doctor sendet Ihren Schlüssel nur an die API von Google oder an diesen Computer. Nennen Sie das Ziel mit --base-url, wenn Sie es so meinen.</translation>
    </message>
</context>
<context>
    <name>gd::RetryPolicy</name>
    <message>
        <source>The API asks to wait %1 s before trying again; that is longer than a minute, so Gemini Doctor did not retry.</source>
        <translation>Die API bittet, vor einem neuen Versuch %1 s zu warten; das ist länger als eine Minute, daher hat Gemini Doctor es nicht erneut versucht.</translation>
    </message>
</context>
<context>
    <name>gd::RunReport</name>
    <message>
        <source>the model you chose</source>
        <translation>das von Ihnen gewählte Modell</translation>
    </message>
    <message>
        <source>the key&apos;s model list could not be read, so Gemini Doctor&apos;s model data chose it</source>
        <translation>die Modellliste des Schlüssels war nicht lesbar, daher hat Gemini Doctor es anhand seiner Modelldaten gewählt</translation>
    </message>
    <message>
        <source>a Live model your key lists, in the model data&apos;s order</source>
        <translation>ein Live-Modell, das Ihr Schlüssel auflistet, in der Reihenfolge der Modelldaten</translation>
    </message>
    <message>
        <source>the first model your key lists in the model data&apos;s order (the cheapest stable first)</source>
        <translation>das erste Modell, das Ihr Schlüssel in der Reihenfolge der Modelldaten auflistet (das günstigste stabile zuerst)</translation>
    </message>
</context>
<context>
    <name>gd::Scenario</name>
    <message>
        <source>Everything works: the baseline.</source>
        <translation>Alles funktioniert: der Normalfall.</translation>
    </message>
    <message>
        <source>The API host name does not resolve.</source>
        <translation>Der Hostname der API lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>Nothing listens on the port.</source>
        <translation>Auf dem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The connection closes in the middle of the answer.</source>
        <translation>Die Verbindung bricht mitten in der Antwort ab.</translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy presents a certificate this computer does not trust.</source>
        <translation>Ein TLS-prüfender Proxy legt ein Zertifikat vor, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>A proxy asks for credentials (HTTP 407).</source>
        <translation>Ein Proxy verlangt Anmeldedaten (HTTP 407).</translation>
    </message>
    <message>
        <source>Generation never answers; streaming trickles a byte at a time.</source>
        <translation>Die Generierung antwortet nie; das Streaming tröpfelt Byte für Byte.</translation>
    </message>
    <message>
        <source>The endpoint is plain HTTP to a host that is not this computer.</source>
        <translation>Der Endpunkt ist unverschlüsseltes HTTP zu einem anderen Computer.</translation>
    </message>
    <message>
        <source>A captive portal answers every request with its login page.</source>
        <translation>Ein Captive Portal beantwortet jede Anfrage mit seiner Anmeldeseite.</translation>
    </message>
    <message>
        <source>The models list never ends (2 MiB and more).</source>
        <translation>Die Modellliste endet nie (2 MiB und mehr).</translation>
    </message>
    <message>
        <source>The key is not valid.</source>
        <translation>Der Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>A proxy on the way drops the key.</source>
        <translation>Ein Proxy unterwegs entfernt den Schlüssel.</translation>
    </message>
    <message>
        <source>The key is refused as if it went out as a Bearer token (an AQ. key).</source>
        <translation>Der Schlüssel wird abgelehnt, als wäre er als Bearer-Token gesendet worden (ein AQ.-Schlüssel).</translation>
    </message>
    <message>
        <source>A standard AIza key, sent the right way, is refused: Google no longer accepts its type.</source>
        <translation>Ein Standardschlüssel (AIza), richtig gesendet, wird abgelehnt: Google akzeptiert diesen Typ nicht mehr.</translation>
    </message>
    <message>
        <source>The key has expired.</source>
        <translation>Der Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>The key arrives twice (a Bearer header and x-goog-api-key).</source>
        <translation>Der Schlüssel kommt doppelt an (ein Bearer-Header und x-goog-api-key).</translation>
    </message>
    <message>
        <source>The base URL is an OAuth-only API (Vertex AI).</source>
        <translation>Die Basis-URL ist eine API nur für OAuth (Vertex AI).</translation>
    </message>
    <message>
        <source>The key was reported as leaked.</source>
        <translation>Der Schlüssel wurde als geleakt gemeldet.</translation>
    </message>
    <message>
        <source>The key only allows certain web sites.</source>
        <translation>Der Schlüssel erlaubt nur bestimmte Websites.</translation>
    </message>
    <message>
        <source>The Generative Language API is off in the key&apos;s project.</source>
        <translation>Die Generative Language API ist im Projekt des Schlüssels deaktiviert.</translation>
    </message>
    <message>
        <source>The project was denied access.</source>
        <translation>Dem Projekt wurde der Zugriff verweigert.</translation>
    </message>
    <message>
        <source>This project may not use the model.</source>
        <translation>Dieses Projekt darf das Modell nicht verwenden.</translation>
    </message>
    <message>
        <source>The request leaves from an unsupported region.</source>
        <translation>Die Anfrage kommt aus einer nicht unterstützten Region.</translation>
    </message>
    <message>
        <source>The free tier is not offered in this region.</source>
        <translation>Die kostenlose Stufe wird in dieser Region nicht angeboten.</translation>
    </message>
    <message>
        <source>The billing account&apos;s monthly spend cap is reached.</source>
        <translation>Das monatliche Ausgabenlimit des Rechnungskontos ist erreicht.</translation>
    </message>
    <message>
        <source>The prepaid balance is zero.</source>
        <translation>Das Prepaid-Guthaben ist null.</translation>
    </message>
    <message>
        <source>The per-minute request limit is reached.</source>
        <translation>Das Anfragelimit pro Minute ist erreicht.</translation>
    </message>
    <message>
        <source>Today&apos;s requests are used up (with a short retryDelay, as the API sends).</source>
        <translation>Die Anfragen für heute sind aufgebraucht (mit kurzem retryDelay, wie ihn die API sendet).</translation>
    </message>
    <message>
        <source>The model has a free-tier limit of 0.</source>
        <translation>Das Modell hat in der kostenlosen Stufe ein Limit von 0.</translation>
    </message>
    <message>
        <source>The request carries a field the API does not know.</source>
        <translation>Die Anfrage enthält ein Feld, das die API nicht kennt.</translation>
    </message>
    <message>
        <source>The input is over the model&apos;s token limit.</source>
        <translation>Die Eingabe überschreitet das Token-Limit des Modells.</translation>
    </message>
    <message>
        <source>The model name does not exist.</source>
        <translation>Den Modellnamen gibt es nicht.</translation>
    </message>
    <message>
        <source>The model is retired for new projects.</source>
        <translation>Das Modell ist für neue Projekte eingestellt.</translation>
    </message>
    <message>
        <source>A resource the request names does not exist.</source>
        <translation>Eine Ressource, die die Anfrage nennt, existiert nicht.</translation>
    </message>
    <message>
        <source>The request asks Google for a 5-second deadline.</source>
        <translation>Die Anfrage verlangt von Google eine Frist von 5 Sekunden.</translation>
    </message>
    <message>
        <source>The client speaks the retired legacy Interactions schema.</source>
        <translation>Der Client verwendet das eingestellte alte Interactions-Schema.</translation>
    </message>
    <message>
        <source>The request uses an uploaded file that is still processing.</source>
        <translation>Die Anfrage verwendet eine hochgeladene Datei, die noch verarbeitet wird.</translation>
    </message>
    <message>
        <source>The content to cache is below the model&apos;s minimum.</source>
        <translation>Der zu cachende Inhalt liegt unter dem Minimum des Modells.</translation>
    </message>
    <message>
        <source>A thinking budget of 0 for a model that always thinks.</source>
        <translation>Ein Denkbudget von 0 für ein Modell, das immer denkt.</translation>
    </message>
    <message>
        <source>The history drops a function call&apos;s thought signature.</source>
        <translation>Der Verlauf verliert die Gedankensignatur eines Funktionsaufrufs.</translation>
    </message>
    <message>
        <source>An internal error on Google&apos;s side.</source>
        <translation>Ein interner Fehler bei Google.</translation>
    </message>
    <message>
        <source>The model is overloaded; the stream fails after partial output.</source>
        <translation>Das Modell ist überlastet; der Stream bricht nach einer Teilausgabe ab.</translation>
    </message>
    <message>
        <source>The server&apos;s deadline passes.</source>
        <translation>Die Frist des Servers läuft ab.</translation>
    </message>
    <message>
        <source>The request is cancelled (499).</source>
        <translation>Die Anfrage wird abgebrochen (499).</translation>
    </message>
    <message>
        <source>A status the API does not normally use (409).</source>
        <translation>Ein Status, den die API sonst nicht verwendet (409).</translation>
    </message>
    <message>
        <source>The prompt is blocked.</source>
        <translation>Der Prompt wird blockiert.</translation>
    </message>
    <message>
        <source>The answer is stopped by a safety filter.</source>
        <translation>Die Antwort wird von einem Sicherheitsfilter gestoppt.</translation>
    </message>
    <message>
        <source>The answer stops to avoid reciting.</source>
        <translation>Die Antwort endet, um kein Zitieren zu riskieren.</translation>
    </message>
    <message>
        <source>Thinking uses up the output budget.</source>
        <translation>Das Denken verbraucht das Ausgabebudget.</translation>
    </message>
    <message>
        <source>A 200 with no candidates.</source>
        <translation>Eine 200-Antwort ohne Kandidaten.</translation>
    </message>
    <message>
        <source>The model&apos;s tool call does not parse.</source>
        <translation>Der Tool-Aufruf des Modells lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The answer stops for a reason Gemini Doctor has no category for.</source>
        <translation>Die Antwort endet aus einem Grund, für den Gemini Doctor keine Kategorie hat.</translation>
    </message>
    <message>
        <source>The conversation has a turn with a role the API does not take.</source>
        <translation>Das Gespräch hat einen Schritt mit einer Rolle, die die API nicht annimmt.</translation>
    </message>
    <message>
        <source>A tool&apos;s schema uses additionalProperties, which the API refuses.</source>
        <translation>Das Schema eines Tools verwendet additionalProperties, was die API ablehnt.</translation>
    </message>
    <message>
        <source>Function calling together with a JSON response, which the model refuses.</source>
        <translation>Funktionsaufrufe zusammen mit einer JSON-Antwort, was das Modell ablehnt.</translation>
    </message>
    <message>
        <source>A file is sent with the MIME type png, not image/png.</source>
        <translation>Eine Datei wird mit dem MIME-Typ png statt image/png gesendet.</translation>
    </message>
    <message>
        <source>A batch of embeddings is over 100 requests (the test prompt&apos;s answer carries that error: the checks send no batch).</source>
        <translation>Ein Batch von Embeddings hat mehr als 100 Anfragen (die Antwort auf die Testanfrage trägt diesen Fehler: Die Prüfungen senden keinen Batch).</translation>
    </message>
    <message>
        <source>Another model answers the one asked for, as Google does for retired models.</source>
        <translation>Ein anderes Modell antwortet statt des angefragten, wie Google es bei eingestellten Modellen tut.</translation>
    </message>
</context>
<context>
    <name>gd::SecretStore</name>
    <message>
        <source>The keyring exists but is locked or has no login collection. Unlock it (log in to a desktop session, or run gnome-keyring-daemon --unlock), then try again.</source>
        <translation>Der Schlüsselbund existiert, ist aber gesperrt oder hat keine Login-Sammlung. Entsperren Sie ihn (melden Sie sich an einer Desktop-Sitzung an oder führen Sie gnome-keyring-daemon --unlock aus) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be used. Make sure libsecret (libsecret-1-0) and a Secret Service provider such as gnome-keyring or KWallet are installed and unlocked.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden. Stellen Sie sicher, dass libsecret (libsecret-1-0) und ein Secret-Service-Anbieter wie gnome-keyring oder KWallet installiert und entsperrt sind.</translation>
    </message>
    <message>
        <source>The keyring refused access: it is locked with another password or the request was denied. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist mit einem anderen Passwort gesperrt oder die Anfrage wurde abgelehnt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Meanwhile, use the key for this session only.</source>
        <translation>Verwenden Sie den Schlüssel bis dahin nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Meanwhile, give the key through GEMINI_API_KEY or --key-stdin.</source>
        <translation>Übergeben Sie den Schlüssel bis dahin über GEMINI_API_KEY oder --key-stdin.</translation>
    </message>
    <message>
        <source>The keychain stopped answering (it may be waiting for a password prompt). Unlock your keyring or restart it.</source>
        <translation>Der Schlüsselbund antwortet nicht mehr (vielleicht wartet er auf eine Passwortabfrage). Entsperren Sie Ihren Schlüsselbund oder starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so no keychain can be reached (libsecret and gnome-keyring are not the problem).</source>
        <translation>Es gibt keine D-Bus-Sitzung, daher ist kein Schlüsselbund erreichbar (libsecret und gnome-keyring sind nicht das Problem).</translation>
    </message>
    <message>
        <source>Start Gemini Doctor from a desktop session with an unlocked keyring, or use the key for this session only.</source>
        <translation>Starten Sie Gemini Doctor aus einer Desktop-Sitzung mit entsperrtem Schlüsselbund, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Run it inside one (dbus-run-session -- gemini-doctor …) with an unlocked keyring, or give the key through GEMINI_API_KEY or --key-stdin.</source>
        <translation>Führen Sie es in einer solchen aus (dbus-run-session -- gemini-doctor …) mit entsperrtem Schlüsselbund, oder übergeben Sie den Schlüssel über GEMINI_API_KEY oder --key-stdin.</translation>
    </message>
    <message>
        <source>No Secret Service is running. Install and start one: gnome-keyring (sudo apt install gnome-keyring) or KWallet.</source>
        <translation>Es läuft kein Secret Service. Installieren und starten Sie einen: gnome-keyring (sudo apt install gnome-keyring) oder KWallet.</translation>
    </message>
</context>
<context>
    <name>gd::Session</name>
    <message>
        <source>There is no API key to send it with: paste one first.</source>
        <translation>Es gibt keinen API-Schlüssel, mit dem sie gesendet werden kann: Fügen Sie zuerst einen ein.</translation>
    </message>
    <message>
        <source>A request is being sent already.</source>
        <translation>Es wird bereits eine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Only one request can be sent: a generateContent, streamGenerateContent, countTokens, embedContent, batchEmbedContents or chat.completions request, not %1.</source>
        <translation>Gesendet werden kann nur eine einzelne Anfrage: generateContent, streamGenerateContent, countTokens, embedContent, batchEmbedContents oder chat.completions, nicht %1.</translation>
    </message>
    <message>
        <source>The request names no model: name it in the model field.</source>
        <translation>Die Anfrage nennt kein Modell: Tragen Sie es im Modellfeld ein.</translation>
    </message>
    <message>
        <source>Gemini Doctor is still starting: send it again in a moment.</source>
        <translation>Gemini Doctor startet noch: Senden Sie die Anfrage gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>gd::StreamCheck</name>
    <message numerus="yes">
        <source>%1, %n events</source>
        <translation>
            <numerusform>%1, %n Ereignis</numerusform>
            <numerusform>%1, %n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::TransportFailure</name>
    <message>
        <source>The answer was larger than %1 KiB; reading stopped there.</source>
        <translation>Die Antwort war größer als %1 KiB; das Lesen wurde an dieser Stelle beendet.</translation>
    </message>
</context>
<context>
    <name>gd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>model data of %1 (%n models)
</source>
        <translation>
            <numerusform>Modelldaten vom %1 (%n Modell)
</numerusform>
            <numerusform>Modelldaten vom %1 (%n Modelle)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: gemini-doctor [OPTIONS]
       gemini-doctor &lt;command&gt; [OPTIONS]
</source>
        <translation>Aufruf: gemini-doctor [Optionen]
        gemini-doctor &lt;Befehl&gt; [Optionen]
</translation>
    </message>
    <message>
        <source>Commands (headless, no display needed):</source>
        <translation>Befehle (ohne Oberfläche, kein Display nötig):</translation>
    </message>
    <message>
        <source>Desktop options:</source>
        <translation>Desktop-Optionen:</translation>
    </message>
    <message>
        <source>Tells you in seconds why your Gemini API calls fail and how to fix it. Without a command, the desktop app opens.</source>
        <translation>Sagt Ihnen in Sekunden, warum Ihre Aufrufe der Gemini API fehlschlagen und wie Sie das beheben. Ohne Befehl öffnet sich die Desktop-App.</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s help.</source>
        <translation>Diese Hilfe anzeigen; BEFEHL --help zeigt die Hilfe eines Befehls.</translation>
    </message>
    <message>
        <source>Open the app in rehearsal mode against the simulator (default scenario: ok).</source>
        <translation>Die App im Probelaufmodus mit dem Simulator öffnen (Standardszenario: ok).</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
    </message>
    <message>
        <source>Exit 0 once the main window has painted (benchmarks).</source>
        <translation>Mit 0 beenden, sobald das Hauptfenster gezeichnet ist (Benchmarks).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
</context>
<context>
    <name>gd::cli::check</name>
    <message>
        <source>Gemini Doctor: %1 (%2, %3)
</source>
        <translation>Gemini Doctor: %1 (%2, %3)
</translation>
    </message>
    <message>
        <source>Model: %1, %2
</source>
        <translation>Modell: %1, %2
</translation>
    </message>
    <message>
        <source>Key: %1 %2

</source>
        <translation>Schlüssel: %1 %2

</translation>
    </message>
    <message>
        <source>All checks passed in %1 ms.
</source>
        <translation>Alle Prüfungen in %1 ms bestanden.
</translation>
    </message>
    <message>
        <source>Passed with a warning (%1) in %2 ms.
</source>
        <translation>Bestanden mit einer Warnung (%1) in %2 ms.
</translation>
    </message>
    <message>
        <source>The %1 check failed: %2. (%3 ms)
</source>
        <translation>Die Prüfung %1 ist fehlgeschlagen: %2. (%3 ms)
</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>Basis-URL der API.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>v1beta or v1.</source>
        <translation>v1beta oder v1.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time limit per request, in seconds.</source>
        <translation>Zeitlimit pro Anfrage, in Sekunden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Read the key from standard input.</source>
        <translation>Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Ergebnis als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Retry transient failures (408, 429, 5xx) up to N times.</source>
        <translation>Vorübergehende Fehler (408, 429, 5xx) bis zu N-mal wiederholen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keychain profile to read the key from.</source>
        <translation>Profil im Schlüsselbund, aus dem der Schlüssel gelesen wird.</translation>
    </message>
    <message>
        <source>Also write a redacted Markdown report.</source>
        <translation>Zusätzlich einen geschwärzten Markdown-Bericht schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>check takes no arguments (there is no --key flag: use --key-stdin).
</source>
        <translation>check erwartet keine Argumente (es gibt keine Option --key: verwenden Sie --key-stdin).
</translation>
    </message>
    <message>
        <source>--api-version must be v1beta or v1.
</source>
        <translation>--api-version muss v1beta oder v1 sein.
</translation>
    </message>
    <message>
        <source>--base-url “%1” is not a URL.
</source>
        <translation>--base-url „%1“ ist keine URL.
</translation>
    </message>
    <message>
        <source>Cannot read standard input.
</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>note: the keychain could not be read: %1
</source>
        <translation>Hinweis: Der Schlüsselbund konnte nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>The key from %1 cannot be used: %2
</source>
        <translation>Der Schlüssel aus %1 kann nicht verwendet werden: %2
</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.
</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden.
</translation>
    </message>
    <message>
        <source>--timeout needs seconds (more than 0, at most 3600) and --retries 0 to 10.
</source>
        <translation>--timeout braucht Sekunden (mehr als 0, höchstens 3600) und --retries 0 bis 10.
</translation>
    </message>
    <message>
        <source>Run only these checks (comma-separated ids) and the checks they need.</source>
        <translation>Nur diese Prüfungen ausführen (IDs, durch Kommas getrennt) und die, die sie voraussetzen.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--checks: unknown check “%1”. The checks are: %2
</source>
        <translation>--checks: unbekannte Prüfung „%1“. Die Prüfungen sind: %2
</translation>
    </message>
    <message>
        <source>same cause as %1</source>
        <translation>gleiche Ursache wie %1</translation>
    </message>
    <message>
        <source>Every model the key lists (one request each):
</source>
        <translation>Alle Modelle, die der Schlüssel auflistet (je eine Anfrage):
</translation>
    </message>
    <message>
        <source>successor: %1</source>
        <translation>Nachfolger: %1</translation>
    </message>
    <message>
        <source>note: the key lists no model that supports generateContent, so the model matrix is empty.
</source>
        <translation>Hinweis: Der Schlüssel listet kein Modell, das generateContent unterstützt; die Modellübersicht ist daher leer.
</translation>
    </message>
    <message>
        <source>note: the model matrix needs the key&apos;s model list, which could not be read: no model was tested.
</source>
        <translation>Hinweis: Die Modellübersicht braucht die Modellliste des Schlüssels, die nicht gelesen werden konnte: Kein Modell wurde getestet.
</translation>
    </message>
    <message numerus="yes">
        <source>Testing every model costs one request per model (%n requests).
</source>
        <translation>
            <numerusform>Jedes Modell zu testen kostet eine Anfrage pro Modell (%n Anfrage).
</numerusform>
            <numerusform>Jedes Modell zu testen kostet eine Anfrage pro Modell (%n Anfragen).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also send one minimal request to every model the key lists (the model matrix): one request per model.</source>
        <translation>Außerdem je eine minimale Anfrage an jedes Modell senden, das der Schlüssel auflistet (die Modellübersicht): eine Anfrage pro Modell.</translation>
    </message>
    <message>
        <source>Live API model: %1, %2
</source>
        <translation>Live-API-Modell: %1, %2
</translation>
    </message>
    <message>
        <source>Runs the connectivity test headless: dns, tls (connect for plain HTTP to loopback), key, model, count_tokens, generate, stream, openai_compat (the OpenAI-compatible endpoint, with the key as a Bearer token) and live (the Live API over a WebSocket). Every API check starts once the host resolves. --all-models adds the model matrix: one minimal request to each model the key lists.
Key source, in order: --key-stdin, the OS keychain, GEMINI_API_KEY, GOOGLE_API_KEY.</source>
        <translation>Führt den Verbindungstest ohne Oberfläche aus: dns, tls (connect bei unverschlüsseltem HTTP zu Loopback), key, model, count_tokens, generate, stream, openai_compat (der OpenAI-kompatible Endpunkt, mit dem Schlüssel als Bearer-Token) und live (die Live API über einen WebSocket). Jede API-Prüfung beginnt, sobald der Hostname aufgelöst ist. --all-models fügt die Modellübersicht hinzu: je eine minimale Anfrage an jedes Modell, das der Schlüssel auflistet.
Quelle des Schlüssels, in dieser Reihenfolge: --key-stdin, der Systemschlüsselbund, GEMINI_API_KEY, GOOGLE_API_KEY.</translation>
    </message>
    <message>
        <source>Live API model for the live check (default: a Live model your key lists).</source>
        <translation>Live-API-Modell für die Prüfung live (Standard: ein Live-Modell, das Ihr Schlüssel auflistet).</translation>
    </message>
    <message>
        <source>Model to test (default: the first model your key lists in the model data&apos;s order, the cheapest stable first).</source>
        <translation>Zu testendes Modell (Standard: das erste Modell, das Ihr Schlüssel in der Reihenfolge der Modelldaten auflistet, das günstigste stabile zuerst).</translation>
    </message>
    <message>
        <source>--base-url: its user name and password were left out; a URL carries no secrets here.
</source>
        <translation>--base-url: Benutzername und Passwort wurden weggelassen; eine URL trägt hier keine Geheimnisse.
</translation>
    </message>
    <message>
        <source>--base-url: its query (such as ?key=) was left out; the key travels in a header, never in a URL.
</source>
        <translation>--base-url: Die Abfrage (etwa ?key=) wurde weggelassen; der Schlüssel reist in einem Header, nie in einer URL.
</translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB: that is not an API key (a key is about 40 characters). Nothing was read from it.
</source>
        <translation>Die Standardeingabe enthält mehr als 64 KiB: Das ist kein API-Schlüssel (ein Schlüssel hat etwa 40 Zeichen). Nichts davon wurde verwendet.
</translation>
    </message>
    <message>
        <source>No API key found. Store one with “gemini-doctor key set”, set GEMINI_API_KEY, or pipe it in with --key-stdin. Create a key at %1
</source>
        <translation>Kein API-Schlüssel gefunden. Speichern Sie einen mit „gemini-doctor key set“, setzen Sie GEMINI_API_KEY oder übergeben Sie ihn per Pipe mit --key-stdin. Einen Schlüssel erstellen Sie unter %1
</translation>
    </message>
    <message>
        <source>Run the connectivity test against the Gemini API</source>
        <translation>Verbindungstest gegen die Gemini API ausführen</translation>
    </message>
    <message>
        <source>  details: %1
</source>
        <translation>  Details: %1
</translation>
    </message>
</context>
<context>
    <name>gd::cli::completions</name>
    <message>
        <source>Print the shell completion for bash, zsh or fish</source>
        <translation>Die Shell-Vervollständigung für bash, zsh oder fish ausgeben</translation>
    </message>
    <message>
        <source>Prints the completion script for a shell: commands, options, scenario names, check ids and files. The package installs them where each shell looks; to load bash&apos;s by hand: source &lt;(gemini-doctor completions bash)</source>
        <translation>Gibt das Vervollständigungsskript für eine Shell aus: Befehle, Optionen, Szenarionamen, Prüfungs-IDs und Dateien. Das Paket installiert sie dort, wo jede Shell sucht; das für bash von Hand laden: source &lt;(gemini-doctor completions bash)</translation>
    </message>
    <message>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh oder fish</translation>
    </message>
    <message>
        <source>Say which shell: gemini-doctor completions bash|zsh|fish
</source>
        <translation>Sagen Sie, welche Shell: gemini-doctor completions bash|zsh|fish
</translation>
    </message>
</context>
<context>
    <name>gd::cli::explain</name>
    <message>
        <source>Diagnoses an error you already have: a raw HTTP response body, or text pasted from any app&apos;s log. Reads FILE, or standard input when FILE is - or missing.</source>
        <translation>Diagnostiziert einen Fehler, der Ihnen bereits vorliegt: einen rohen HTTP-Antwort-Body oder Text aus dem Log einer beliebigen App. Liest FILE oder die Standardeingabe, wenn FILE - ist oder fehlt.</translation>
    </message>
    <message>
        <source>The HTTP status the body came with.</source>
        <translation>Der HTTP-Status, mit dem der Body geliefert wurde.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the diagnosis as one JSON object.</source>
        <translation>Diagnose als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>List every category as a Markdown table and exit.</source>
        <translation>Alle Kategorien als Markdown-Tabelle auflisten und beenden.</translation>
    </message>
    <message>
        <source>The error to explain (default: standard input).</source>
        <translation>Der zu erklärende Fehler (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <source>--http-status needs a status between 100 and 599.
</source>
        <translation>--http-status erwartet einen Status zwischen 100 und 599.
</translation>
    </message>
    <message>
        <source>explain reads one FILE at a time.
</source>
        <translation>explain liest nur eine FILE auf einmal.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>%1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>The model the request asked for, when the pasted text does not say (so an answer from another model reads as routed).</source>
        <translation>Das Modell, nach dem die Anfrage gefragt hat, wenn der eingefügte Text es nicht nennt (damit die Antwort eines anderen Modells als Weiterleitung erkannt wird).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Nothing to explain: the input is empty. Give an error body or a log line, as a FILE or on standard input.
</source>
        <translation>Nichts zu erklären: Die Eingabe ist leer. Geben Sie einen Fehler-Body oder eine Logzeile an, als DATEI oder über die Standardeingabe.
</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB: only its first 16 MiB were read.
</source>
        <translation>Die Eingabe ist größer als 16 MiB: Nur die ersten 16 MiB wurden gelesen.
</translation>
    </message>
    <message>
        <source>Diagnose an error body or log text you already have</source>
        <translation>Einen vorliegenden Fehler-Body oder Logtext diagnostizieren</translation>
    </message>
    <message>
        <source>Paste the error, then press Ctrl+D on a line of its own.
</source>
        <translation>Fügen Sie den Fehler ein und drücken Sie dann Strg+D in einer eigenen Zeile.
</translation>
    </message>
</context>
<context>
    <name>gd::cli::inspect</name>
    <message>
        <source>Reads one request as you have it (a generateContent body, a curl command, an OpenAI chat.completions body, Live API messages, a batch or an embedContent body) and says what the API will refuse, where, and how to fix it, before it is sent. Reads FILE, or standard input when FILE is - or missing. Nothing is sent without --send.</source>
        <translation>Liest eine Anfrage so, wie Sie sie haben (einen generateContent-Body, einen curl-Befehl, einen Body für OpenAI chat.completions, Nachrichten der Live API, einen Batch oder einen embedContent-Body) und sagt, was die API ablehnen wird, wo, und wie Sie es beheben, bevor sie gesendet wird. Liest FILE, oder die Standardeingabe, wenn FILE - ist oder fehlt. Ohne --send wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The model, when the request names none (URL or body).</source>
        <translation>Das Modell, wenn die Anfrage keines nennt (URL oder Body).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Also print the request with the safe fixes applied.</source>
        <translation>Auch die Anfrage mit den angewendeten sicheren Korrekturen ausgeben.</translation>
    </message>
    <message>
        <source>Send the request (one request, with your own key, never the pasted one) and diagnose the answer.</source>
        <translation>Die Anfrage senden (eine Anfrage, mit Ihrem eigenen Schlüssel, nie dem eingefügten) und die Antwort diagnostizieren.</translation>
    </message>
    <message>
        <source>Where --send sends it (default: the pasted URL&apos;s host, else Google&apos;s API).</source>
        <translation>Wohin --send sendet (Standard: der Host der eingefügten URL, sonst die API von Google).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Time limit of --send, in seconds.</source>
        <translation>Zeitlimit von --send, in Sekunden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Das Ergebnis als ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>The request (default: standard input).</source>
        <translation>Die Anfrage (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <source>inspect reads one FILE at a time.
</source>
        <translation>inspect liest eine FILE auf einmal.
</translation>
    </message>
    <message>
        <source>--key-stdin reads the key from standard input: give the request as a FILE.
</source>
        <translation>--key-stdin liest den Schlüssel von der Standardeingabe: Geben Sie die Anfrage als FILE an.
</translation>
    </message>
    <message>
        <source>--timeout needs seconds (more than 0, at most 3600).
</source>
        <translation>--timeout braucht Sekunden (mehr als 0, höchstens 3600).
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>%1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>--send sends one request: a generateContent, streamGenerateContent, countTokens, embedContent, batchEmbedContents or chat.completions request, not %1.
</source>
        <translation>--send sendet eine Anfrage: eine generateContent-, streamGenerateContent-, countTokens-, embedContent-, batchEmbedContents- oder chat.completions-Anfrage, nicht %1.
</translation>
    </message>
    <message>
        <source>--send needs the model: the request names none, so name it with --model.
</source>
        <translation>--send braucht das Modell: Die Anfrage nennt keines, nennen Sie es also mit --model.
</translation>
    </message>
    <message>
        <source>%1 is refused: %2
</source>
        <translation>%1 wird abgelehnt: %2
</translation>
    </message>
    <message>
        <source>Sent the request with the safe fixes to %1.</source>
        <translation>Die Anfrage mit den sicheren Korrekturen an %1 gesendet.</translation>
    </message>
    <message>
        <source>Sent the request, as pasted, to %1.</source>
        <translation>Die Anfrage, wie eingefügt, an %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: that is not one request.
</source>
        <translation>%1 ist größer als 16 MiB: Das ist keine einzelne Anfrage.
</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>Find what the API will refuse in a request, before it is sent</source>
        <translation>In einer Anfrage finden, was die API ablehnen wird, bevor sie gesendet wird</translation>
    </message>
</context>
<context>
    <name>gd::cli::key</name>
    <message>
        <source>Paste your Gemini API key (it will not be shown): </source>
        <translation>Fügen Sie Ihren Gemini-API-Schlüssel ein (er wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Not stored: %1
</source>
        <translation>Nicht gespeichert: %1
</translation>
    </message>
    <message>
        <source>Stored the key %1 in %2 (profile %3).
</source>
        <translation>Schlüssel %1 gespeichert (Profil %3), Speicherort: %2.
</translation>
    </message>
    <message>
        <source>Stored in %1 (profile %2): %3
</source>
        <translation>Gespeichert (Profil %2): %3, Speicherort: %1
</translation>
    </message>
    <message>
        <source>No key stored for profile %1. Store one with: gemini-doctor key set
</source>
        <translation>Für das Profil %1 ist kein Schlüssel gespeichert. Speichern Sie einen mit: gemini-doctor key set
</translation>
    </message>
    <message>
        <source>No key was stored for profile %1.
</source>
        <translation>Für das Profil %1 war kein Schlüssel gespeichert.
</translation>
    </message>
    <message>
        <source>Deleted the key of profile %1 from %2.
</source>
        <translation>Schlüssel des Profils %1 gelöscht, Speicherort: %2.
</translation>
    </message>
    <message>
        <source>Keeps the API key in the OS keychain (service gemini-doctor) and nowhere else.
  key set [--stdin]   store a key (a hidden prompt on a terminal, else stdin)
  key status          stored or not, where, and the last 4 characters
  key delete          remove it</source>
        <translation>Bewahrt den API-Schlüssel im Systemschlüsselbund auf (Dienst gemini-doctor) und nirgendwo sonst.
  key set [--stdin]   Schlüssel speichern (verdeckte Eingabe im Terminal, sonst stdin)
  key status          gespeichert oder nicht, wo, und die letzten 4 Zeichen
  key delete          Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Read the key from standard input.</source>
        <translation>Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>A named key, for several projects.</source>
        <translation>Ein benannter Schlüssel, für mehrere Projekte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>status: print one JSON object.</source>
        <translation>status: ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>set, status or delete</source>
        <translation>set, status oder delete</translation>
    </message>
    <message>
        <source>Say what to do: gemini-doctor key set|status|delete
</source>
        <translation>Geben Sie an, was zu tun ist: gemini-doctor key set|status|delete
</translation>
    </message>
    <message>
        <source>A profile name is letters, digits, - and _ (at most 40).
</source>
        <translation>Ein Profilname besteht aus Buchstaben, Ziffern, - und _ (höchstens 40 Zeichen).
</translation>
    </message>
    <message>
        <source>Store, inspect or delete the API key in the OS keychain</source>
        <translation>API-Schlüssel im Systemschlüsselbund speichern, prüfen oder löschen</translation>
    </message>
    <message>
        <source>The keychain is not usable: %1
Details (%2): %3
Nothing was written anywhere else.
</source>
        <translation>Der Schlüsselbund ist nicht nutzbar: %1
Details (%2): %3
Nirgendwo sonst wurde etwas gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gd::cli::manpage</name>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONEN</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT-STATUS</translation>
    </message>
    <message>
        <source>Success (for check: every check passed or warned).</source>
        <translation>Erfolg (bei check: jede Prüfung bestanden oder mit Warnung).</translation>
    </message>
    <message>
        <source>The thing examined failed: a check failed, an error was diagnosed, a request would be refused.</source>
        <translation>Das Untersuchte ist fehlgeschlagen: eine Prüfung schlug fehl, ein Fehler wurde diagnostiziert, eine Anfrage würde abgelehnt.</translation>
    </message>
    <message>
        <source>Usage or configuration error: a bad flag, no key, a refused endpoint, an unusable keychain.</source>
        <translation>Aufruf- oder Konfigurationsfehler: eine falsche Option, kein Schlüssel, ein abgelehnter Endpunkt, ein unbrauchbarer Schlüsselbund.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
    <message>
        <source>Messages for people go to standard error; with --json, standard output holds exactly one JSON document (watch: one per line).</source>
        <translation>Meldungen für Menschen gehen auf die Standardfehlerausgabe; mit --json enthält die Standardausgabe genau ein JSON-Dokument (watch: eines pro Zeile).</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNGSVARIABLEN</translation>
    </message>
    <message>
        <source>The API key, when neither --key-stdin nor the keychain gives one.</source>
        <translation>Der API-Schlüssel, wenn weder --key-stdin noch der Schlüsselbund einen liefert.</translation>
    </message>
    <message>
        <source>The API key, when GEMINI_API_KEY is not set either.</source>
        <translation>Der API-Schlüssel, wenn auch GEMINI_API_KEY nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>The proxy for requests, and the hosts reached without it (upper or lower case).</source>
        <translation>Der Proxy für Anfragen und die Hosts, die ohne ihn erreicht werden (groß oder klein geschrieben).</translation>
    </message>
    <message>
        <source>The language of the output for people: German or English. JSON output, ids and metric names stay English.</source>
        <translation>Die Sprache der Ausgabe für Menschen: Deutsch oder Englisch. JSON-Ausgabe, IDs und Metriknamen bleiben englisch.</translation>
    </message>
    <message>
        <source>How long to wait for the keychain, in milliseconds (default 4000).</source>
        <translation>Wie lange auf den Schlüsselbund gewartet wird, in Millisekunden (Standard 4000).</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>The settings of the desktop app and the names of the key profiles; never a key. The key is in the keychain (the Secret Service of your session), service gemini-doctor.</source>
        <translation>Die Einstellungen der Desktop-App und die Namen der Schlüsselprofile; nie ein Schlüssel. Der Schlüssel liegt im Schlüsselbund (dem Secret Service Ihrer Sitzung), Dienst gemini-doctor.</translation>
    </message>
    <message>
        <source>The recent runs the desktop app shows, without the key.</source>
        <translation>Die letzten Durchläufe, die die Desktop-App zeigt, ohne den Schlüssel.</translation>
    </message>
    <message>
        <source>The systemd user unit that runs watch (see WATCH SERVICE).</source>
        <translation>Die systemd-Benutzer-Unit, die watch ausführt (siehe WATCH-DIENST).</translation>
    </message>
    <message>
        <source>Read by that unit when it exists: GEMINI_DOCTOR_WATCH_FLAGS, and GEMINI_API_KEY where the session has no keychain (make it readable only by you).</source>
        <translation>Von dieser Unit gelesen, wenn es sie gibt: GEMINI_DOCTOR_WATCH_FLAGS und, wo die Sitzung keinen Schlüsselbund hat, GEMINI_API_KEY (dann nur für Sie lesbar machen).</translation>
    </message>
    <message>
        <source>The bash completion; zsh&apos;s and fish&apos;s are in their vendor completion folders.</source>
        <translation>Die Vervollständigung für bash; die für zsh und fish liegen in deren Ordnern für mitgelieferte Vervollständigungen.</translation>
    </message>
    <message>
        <source>The zsh completion.</source>
        <translation>Die Vervollständigung für zsh.</translation>
    </message>
    <message>
        <source>The fish completion.</source>
        <translation>Die Vervollständigung für fish.</translation>
    </message>
    <message>
        <source>WATCH SERVICE</source>
        <translation>WATCH-DIENST</translation>
    </message>
    <message>
        <source>The package ships a systemd user unit that runs gemini-doctor watch in your session, with the key from the keychain: store it first with gemini-doctor key set. Enable and start it with one command:</source>
        <translation>Das Paket liefert eine systemd-Benutzer-Unit, die gemini-doctor watch in Ihrer Sitzung ausführt, mit dem Schlüssel aus dem Schlüsselbund: speichern Sie ihn zuerst mit gemini-doctor key set. Aktivieren und starten Sie sie mit einem Befehl:</translation>
    </message>
    <message>
        <source>It starts with your graphical session, after the session&apos;s D-Bus, which the keychain needs. Each run is one line in the journal:</source>
        <translation>Sie startet mit Ihrer grafischen Sitzung, nach dem D-Bus der Sitzung, den der Schlüsselbund braucht. Jeder Durchlauf ist eine Zeile im Journal:</translation>
    </message>
    <message>
        <source>Its flags come from GEMINI_DOCTOR_WATCH_FLAGS in ~/.config/gemini-doctor/watch.env, for example:</source>
        <translation>Ihre Optionen kommen aus GEMINI_DOCTOR_WATCH_FLAGS in ~/.config/gemini-doctor/watch.env, zum Beispiel:</translation>
    </message>
    <message>
        <source>Then: systemctl --user restart gemini-doctor-watch. Stopping it sends SIGTERM, and watch exits 0 within a second. Without a usable key watch exits 2, and the unit is not restarted.</source>
        <translation>Danach: systemctl --user restart gemini-doctor-watch. Beim Anhalten erhält watch SIGTERM und endet binnen einer Sekunde mit 0. Ohne brauchbaren Schlüssel endet watch mit 2, und die Unit wird nicht neu gestartet.</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>BEISPIELE</translation>
    </message>
    <message>
        <source>Test the key stored in the keychain:</source>
        <translation>Den im Schlüsselbund gespeicherten Schlüssel testen:</translation>
    </message>
    <message>
        <source>Store a key, read from a file on standard input:</source>
        <translation>Einen Schlüssel speichern, aus einer Datei über die Standardeingabe gelesen:</translation>
    </message>
    <message>
        <source>Diagnose an error body saved from a log:</source>
        <translation>Einen aus einem Log gesicherten Fehler-Body diagnostizieren:</translation>
    </message>
    <message>
        <source>Check a request before it is sent, and print it with the safe fixes:</source>
        <translation>Eine Anfrage prüfen, bevor sie gesendet wird, und sie mit den sicheren Korrekturen ausgeben:</translation>
    </message>
    <message>
        <source>Rehearse a failure offline: a simulator whose daily quota is used up, and a check against it:</source>
        <translation>Einen Fehler offline proben: ein Simulator, dessen Tageskontingent aufgebraucht ist, und ein Test dagegen:</translation>
    </message>
    <message>
        <source>Watch every ten minutes, with Prometheus metrics on port 9464:</source>
        <translation>Alle zehn Minuten prüfen, mit Prometheus-Metriken auf Port 9464:</translation>
    </message>
    <message>
        <source>Install the bash completion for yourself only:</source>
        <translation>Die Vervollständigung für bash nur für Sie selbst installieren:</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>find out why Gemini API calls fail and how to fix them</source>
        <translation>herausfinden, warum Aufrufe der Gemini API fehlschlagen und wie man sie behebt</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>ÜBERSICHT</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>ARGUMENTE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>BEFEHLE</translation>
    </message>
    <message>
        <source>Every command runs headless (no display needed) and takes -h, --help.</source>
        <translation>Jeder Befehl läuft ohne Oberfläche (kein Display nötig) und nimmt -h, --help.</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SIEHE AUCH</translation>
    </message>
    <message>
        <source>The README: %1</source>
        <translation>Die README: %1</translation>
    </message>
    <message>
        <source>Prints the man page gemini-doctor(1) in roff, in the language of the environment.</source>
        <translation>Gibt die Handbuchseite gemini-doctor(1) in roff aus, in der Sprache der Umgebung.</translation>
    </message>
    <message>
        <source>manpage takes no arguments.
</source>
        <translation>manpage nimmt keine Argumente.
</translation>
    </message>
</context>
<context>
    <name>gd::cli::simulate</name>
    <message>
        <source>Serves a Gemini-compatible simulator on 127.0.0.1 until stopped (Ctrl+C). Every category of failure can be rehearsed offline with it.</source>
        <translation>Stellt einen Gemini-kompatiblen Simulator auf 127.0.0.1 bereit, bis er beendet wird (Strg+C). Damit lässt sich jede Fehlerkategorie offline proben.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Port, auf dem gelauscht wird (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>Szenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Delay every answer (for benchmarks).</source>
        <translation>Jede Antwort verzögern (für Benchmarks).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--port needs 0 to 65535 and --latency-ms a number of milliseconds.
</source>
        <translation>--port erwartet 0 bis 65535 und --latency-ms eine Anzahl Millisekunden.
</translation>
    </message>
    <message>
        <source>Unknown scenario “%1”. The scenarios are:
</source>
        <translation>Unbekanntes Szenario „%1“. Die Szenarien sind:
</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (in use?).
</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden (Port belegt?).
</translation>
    </message>
    <message>
        <source>Gemini Doctor simulator, scenario %1: %2
</source>
        <translation>Simulator von Gemini Doctor, Szenario %1: %2
</translation>
    </message>
    <message>
        <source>The scenario: a category name (default: ok); --list shows them all.</source>
        <translation>Das Szenario: ein Kategoriename (Standard: ok); --list zeigt alle.</translation>
    </message>
    <message>
        <source>Serve a Gemini-compatible simulator on 127.0.0.1</source>
        <translation>Gemini-kompatiblen Simulator auf 127.0.0.1 bereitstellen</translation>
    </message>
    <message>
        <source>Print only the URL: no banner and no line per request (for running it in the background).</source>
        <translation>Nur die URL ausgeben: kein Banner und keine Zeile pro Anfrage (für den Betrieb im Hintergrund).</translation>
    </message>
    <message>
        <source>Try it: echo any-fake-key | %1 check --base-url %2 --key-stdin
</source>
        <translation>Ausprobieren: echo any-fake-key | %1 check --base-url %2 --key-stdin
</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.
</source>
        <translation>Beenden mit Strg+C.
</translation>
    </message>
    <message>
        <source>Stop it with: kill %1
</source>
        <translation>Beenden mit: kill %1
</translation>
    </message>
</context>
<context>
    <name>gd::cli::watch</name>
    <message>
        <source>run %1: all checks passed (%2 ms)</source>
        <translation>Lauf %1: alle Prüfungen bestanden (%2 ms)</translation>
    </message>
    <message>
        <source>run %1: passed with a warning (%2) (%3 ms)</source>
        <translation>Lauf %1: bestanden mit einer Warnung (%2) (%3 ms)</translation>
    </message>
    <message>
        <source>run %1: the %2 check FAILED: %3 (%4 ms)</source>
        <translation>Lauf %1: Prüfung %2 FEHLGESCHLAGEN: %3 (%4 ms)</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <source>%1 fails (%2)</source>
        <translation>%1 schlägt fehl (%2)</translation>
    </message>
    <message>
        <source>%1 does not run</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>the API asked to wait %1 s: the next run waits for that</source>
        <translation>die API bat, %1 s zu warten: der nächste Lauf wartet so lange</translation>
    </message>
    <message>
        <source>Runs the connectivity test again and again: every --interval, never sooner than the API&apos;s retry delay after a 429, never two runs at once. Prints one line per run (with --json, one JSON document per line). With --listen, serves the last run&apos;s results as Prometheus metrics at /metrics. Stops with Ctrl+C or SIGTERM (exit 0). Takes the flags of check; the key is read once.</source>
        <translation>Führt den Verbindungstest immer wieder aus: alle --interval, nie früher als die Wartezeit der API nach einem 429, nie zwei Läufe gleichzeitig. Gibt eine Zeile pro Lauf aus (mit --json ein JSON-Dokument pro Zeile). Mit --listen stellt es die Ergebnisse des letzten Laufs als Prometheus-Metriken unter /metrics bereit. Endet mit Strg+C oder SIGTERM (Exit-Code 0). Nimmt die Optionen von check; der Schlüssel wird einmal gelesen.</translation>
    </message>
    <message>
        <source>Print each run as one JSON document on one line, with &quot;run&quot;: N.</source>
        <translation>Jeden Lauf als ein JSON-Dokument in einer Zeile ausgeben, mit &quot;run&quot;: N.</translation>
    </message>
    <message>
        <source>Time between runs: 30s, 5m, 1h (default 5m, at least 30s).</source>
        <translation>Zeit zwischen den Läufen: 30s, 5m, 1h (Standard 5m, mindestens 30s).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Serve /metrics and /healthz on this address (default host 127.0.0.1).</source>
        <translation>/metrics und /healthz an dieser Adresse bereitstellen (Standard-Host 127.0.0.1).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>watch takes no arguments (there is no --key flag: use --key-stdin).
</source>
        <translation>watch nimmt keine Argumente (es gibt keine Option --key: nutzen Sie --key-stdin).
</translation>
    </message>
    <message>
        <source>--interval needs a duration of at least 30s, such as 30s, 5m or 1h.
</source>
        <translation>--interval braucht eine Dauer von mindestens 30s, etwa 30s, 5m oder 1h.
</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with an IP address or localhost, such as 127.0.0.1:9464.
</source>
        <translation>--listen braucht HOST:PORT mit einer IP-Adresse oder localhost, etwa 127.0.0.1:9464.
</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (in use, or not an address of this computer?).
</source>
        <translation>Kann nicht auf %1 lauschen (belegt, oder keine Adresse dieses Computers?).
</translation>
    </message>
    <message>
        <source>Metrics: http://%1:%2/metrics
</source>
        <translation>Metriken: http://%1:%2/metrics
</translation>
    </message>
    <message>
        <source>note: %1 is not a loopback address: anyone who can reach it can read the metrics (never the key).
</source>
        <translation>Hinweis: %1 ist keine Loopback-Adresse: Wer sie erreicht, kann die Metriken lesen (nie den Schlüssel).
</translation>
    </message>
    <message>
        <source>Watching %1 every %2. Stop with Ctrl+C.
</source>
        <translation>Beobachte %1 alle %2. Beenden mit Strg+C.
</translation>
    </message>
    <message>
        <source>the API asked to wait %1 s: more than a day, so the next run waits one day</source>
        <translation>die API bat, %1 s zu warten: mehr als ein Tag, daher wartet der nächste Lauf einen Tag</translation>
    </message>
    <message>
        <source>Run the test every few minutes; Prometheus metrics with --listen</source>
        <translation>Den Test alle paar Minuten ausführen; Prometheus-Metriken mit --listen</translation>
    </message>
</context>
<context>
    <name>gd::duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>gd::ui</name>
    <message>
        <source>Unknown option “%1”; see --help.</source>
        <translation>Unbekannte Option „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Unknown scenario “%1”. The scenarios are: %2</source>
        <translation>Unbekanntes Szenario „%1“. Die Szenarien sind: %2</translation>
    </message>
    <message>
        <source>Gemini Doctor&apos;s window needs a desktop session, and this one has no display (neither DISPLAY nor WAYLAND_DISPLAY is set): use the commands instead (gemini-doctor check, explain, inspect, key, simulate, watch; see gemini-doctor --help), or start the window under xvfb-run.</source>
        <translation>Das Fenster von Gemini Doctor braucht eine Desktop-Sitzung, und diese hat keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Nutzen Sie stattdessen die Befehle (gemini-doctor check, explain, inspect, key, simulate, watch; siehe gemini-doctor --help), oder starten Sie das Fenster unter xvfb-run.</translation>
    </message>
</context>
<context>
    <name>gd::ui::CheckList</name>
    <message>
        <source>Connectivity checks</source>
        <translation>Verbindungsprüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>same cause as %1</source>
        <translation>gleiche Ursache wie %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timing: not measured</source>
        <translation>Zeitverlauf: nicht gemessen</translation>
    </message>
    <message>
        <source>WebSocket open %1</source>
        <translation>WebSocket offen %1</translation>
    </message>
    <message>
        <source>setup complete %1</source>
        <translation>Setup fertig %1</translation>
    </message>
    <message>
        <source>first answer %1</source>
        <translation>erste Antwort %1</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>gesamt %1 ms</translation>
    </message>
    <message>
        <source>DNS %1 ms</source>
        <translation>DNS %1 ms</translation>
    </message>
    <message>
        <source>connect %1 ms</source>
        <translation>Verbindung %1 ms</translation>
    </message>
    <message>
        <source>TLS %1 ms</source>
        <translation>TLS %1 ms</translation>
    </message>
    <message>
        <source>first byte at %1 ms</source>
        <translation>erstes Byte nach %1 ms</translation>
    </message>
    <message>
        <source>no byte received</source>
        <translation>kein Byte empfangen</translation>
    </message>
    <message>
        <source>started at %1 ms</source>
        <translation>gestartet bei %1 ms</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Zeitverlauf: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::DashboardPage</name>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 of %3 checks finished, and none failed.</source>
        <translation>Nach %1 ms abgebrochen: %2 von %3 Prüfungen fertig, keine fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 of %2 checks ran (%3 ms); the others were skipped.</source>
        <translation>%1 von %2 Prüfungen liefen (%3 ms); die anderen wurden übersprungen.</translation>
    </message>
    <message>
        <source>All checks passed in %1 ms.</source>
        <translation>Alle Prüfungen in %1 ms bestanden.</translation>
    </message>
    <message>
        <source>Run the connectivity test, then select a failed or warned check to see what happened and what to do.</source>
        <translation>Starten Sie den Verbindungstest und wählen Sie dann eine fehlgeschlagene oder gewarnte Prüfung aus, um zu sehen, was passiert ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>Everything works</source>
        <translation>Alles funktioniert</translation>
    </message>
    <message>
        <source>Every check passed in %1 ms: the key, the model and streaming all work from this computer.</source>
        <translation>Alle Prüfungen in %1 ms bestanden: Schlüssel, Modell und Streaming funktionieren von diesem Computer aus.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The run was cancelled: the checks marked cancelled did not run, so this run says nothing about them. Run the test again to check everything.</source>
        <translation>Der Lauf wurde abgebrochen: Die als abgebrochen markierten Prüfungen liefen nicht, dieser Lauf sagt also nichts über sie. Starten Sie den Test erneut, um alles zu prüfen.</translation>
    </message>
    <message>
        <source>Not every check ran</source>
        <translation>Nicht jede Prüfung lief</translation>
    </message>
</context>
<context>
    <name>gd::ui::DesktopWatch</name>
    <message>
        <source>there is no API key to test with</source>
        <translation>es gibt keinen API-Schlüssel zum Testen</translation>
    </message>
    <message>
        <source>the test could not start</source>
        <translation>der Test konnte nicht starten</translation>
    </message>
    <message>
        <source>The rate limit has passed</source>
        <translation>Das Ratenlimit ist vorbei</translation>
    </message>
    <message>
        <source>The wait the API asked for is over: run again (watching does it now).</source>
        <translation>Die Wartezeit, um die die API bat, ist um: erneut ausführen (das Beobachten tut es jetzt).</translation>
    </message>
    <message>
        <source>Run the test every %1 minutes and tell me when a check breaks or works again (Settings → Preferences changes how often)</source>
        <translation>Den Test alle %1 Minuten ausführen und melden, wenn eine Prüfung fehlschlägt oder wieder funktioniert (Einstellungen → Programmeinstellungen ändert, wie oft)</translation>
    </message>
    <message>
        <source>Gemini Doctor: %1 (%2)</source>
        <translation>Gemini Doctor: %1 (%2)</translation>
    </message>
    <message>
        <source>Gemini Doctor: all checks passed</source>
        <translation>Gemini Doctor: alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <source>%1 fails: %2</source>
        <translation>%1 schlägt fehl: %2</translation>
    </message>
    <message>
        <source>Open Gemini Doctor to see what happened and what to do.</source>
        <translation>Öffnen Sie Gemini Doctor, um zu sehen, was passiert ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>Watching stopped: %1. Set a key with Key…, then switch Watch on again.</source>
        <translation>Beobachten beendet: %1. Legen Sie mit „Schlüssel…“ einen Schlüssel fest und schalten Sie „Beobachten“ wieder ein.</translation>
    </message>
    <message>
        <source>Watching stopped</source>
        <translation>Beobachten beendet</translation>
    </message>
    <message>
        <source>Watching: the run that is due waits for Test every model to finish.</source>
        <translation>Beobachten: Der fällige Lauf wartet, bis „Jedes Modell testen“ fertig ist.</translation>
    </message>
    <message>
        <source>Watching: running the test now.</source>
        <translation>Beobachten: Der Test läuft gerade.</translation>
    </message>
    <message>
        <source>Watching: the next run is at %1.</source>
        <translation>Beobachten: Der nächste Lauf ist um %1.</translation>
    </message>
    <message>
        <source>Watching.</source>
        <translation>Beobachten.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: watching goes on while this window is open.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Beobachten läuft weiter, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Weiter beobachten?</translation>
    </message>
    <message>
        <source>Keep watching in the tray?</source>
        <translation>Im Infobereich weiter beobachten?</translation>
    </message>
    <message>
        <source>Gemini Doctor can keep running the test in the background and tell you when a check breaks or works again. This is asked only once; the tray icon&apos;s menu pauses or quits.</source>
        <translation>Gemini Doctor kann den Test im Hintergrund weiter ausführen und melden, wenn eine Prüfung fehlschlägt oder wieder funktioniert. Diese Frage kommt nur einmal; das Menü des Symbols im Infobereich pausiert oder beendet.</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Im Infobereich weiter beobachten</translation>
    </message>
    <message>
        <source>Stop watching and close</source>
        <translation>Beobachten beenden und schließen</translation>
    </message>
</context>
<context>
    <name>gd::ui::ExplainPanel</name>
    <message>
        <source>Error to explain</source>
        <translation>Zu erklärender Fehler</translation>
    </message>
    <message>
        <source>Paste an error here: a JSON body, an SDK exception, a log line, an HTML page…</source>
        <translation>Fügen Sie hier einen Fehler ein: einen JSON-Body, eine SDK-Exception, eine Logzeile, eine HTML-Seite…</translation>
    </message>
    <message>
        <source>HTTP status, if known</source>
        <translation>HTTP-Status, falls bekannt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>Er&amp;klären</translation>
    </message>
    <message>
        <source>Explain the pasted error (Ctrl+Return)</source>
        <translation>Eingefügten Fehler erklären (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>Aus &amp;Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Paste an error from any app or log. Gemini Doctor reads Google&apos;s error bodies, SDK messages, Python reprs, streams and even cut-off text.</source>
        <translation>Fügen Sie einen Fehler aus einer beliebigen App oder einem Log ein. Gemini Doctor liest Fehler-Bodies von Google, SDK-Meldungen, Python-reprs, Streams und sogar abgeschnittenen Text.</translation>
    </message>
    <message>
        <source>HTTP &amp;status:</source>
        <translation>HTTP-Stat&amp;us:</translation>
    </message>
    <message>
        <source>Nothing explained yet</source>
        <translation>Noch nichts erklärt</translation>
    </message>
    <message>
        <source>Paste an error on the left and press Explain.</source>
        <translation>Fügen Sie links einen Fehler ein und klicken Sie auf „Erklären“.</translation>
    </message>
    <message>
        <source>Nothing to explain</source>
        <translation>Nichts zu erklären</translation>
    </message>
    <message>
        <source>Paste an error first.</source>
        <translation>Fügen Sie zuerst einen Fehler ein.</translation>
    </message>
</context>
<context>
    <name>gd::ui::HistoryChart</name>
    <message>
        <source>Duration per check over recent runs</source>
        <translation>Dauer je Prüfung über die letzten Läufe</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>The last run passed.</source>
        <translation>Der letzte Lauf war erfolgreich.</translation>
    </message>
    <message>
        <source>Failing since %1.</source>
        <translation>Fehlschläge seit %1.</translation>
    </message>
    <message>
        <source>No runs yet: the chart fills as the test runs.</source>
        <translation>Noch keine Läufe: Das Diagramm füllt sich, sobald der Test läuft.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Rehearsal runs are not kept in Recent runs.</source>
        <translation>Probeläufe werden in „Letzte Läufe“ nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The chart shows the runs made with your own key.</source>
        <translation>Das Diagramm zeigt die Läufe mit Ihrem eigenen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>gd::ui::HistoryView</name>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>gd::ui::InspectPanel</name>
    <message>
        <source>Open a request</source>
        <translation>Eine Anfrage öffnen</translation>
    </message>
    <message>
        <source>Requests (*.json *.jsonl *.sh *.txt);;All files (*)</source>
        <translation>Anfragen (*.json *.jsonl *.sh *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: that is not one request.</source>
        <translation>%1 ist größer als 16 MiB: Das ist keine einzelne Anfrage.</translation>
    </message>
    <message>
        <source>Paste a request first.</source>
        <translation>Fügen Sie zuerst eine Anfrage ein.</translation>
    </message>
    <message>
        <source>A key is in the paste: it is left out of everything Gemini Doctor shows, keeps or sends. Remove it from the text before you share it.</source>
        <translation>Im eingefügten Text steht ein Schlüssel: Gemini Doctor lässt ihn überall weg, wo es etwas zeigt, speichert oder sendet. Entfernen Sie ihn aus dem Text, bevor Sie ihn weitergeben.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n safe fix(es).</source>
        <translation>
            <numerusform>%n sichere Korrektur angewendet.</numerusform>
            <numerusform>%n sichere Korrekturen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>the rehearsal (nothing leaves this computer)</source>
        <translation>den Probelauf (nichts verlässt diesen Computer)</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <source>Send this request to %1 with your API key?</source>
        <translation>Diese Anfrage mit Ihrem API-Schlüssel an %1 senden?</translation>
    </message>
    <message>
        <source>It is one request, and counts against your quota like any other. Your own key goes with it, never a key in the pasted text.</source>
        <translation>Es ist eine Anfrage und zählt wie jede andere gegen Ihr Kontingent. Ihr eigener Schlüssel geht mit, nie ein Schlüssel aus dem eingefügten Text.</translation>
    </message>
    <message>
        <source>The API will most likely refuse it as it is: %1</source>
        <translation>So, wie sie ist, wird die API sie höchstwahrscheinlich ablehnen: %1</translation>
    </message>
    <message>
        <source>Send with the safe &amp;fixes</source>
        <translation>Mit den sicheren &amp;Korrekturen senden</translation>
    </message>
    <message>
        <source>Send &amp;as pasted</source>
        <translation>&amp;Wie eingefügt senden</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The request goes with the safe fixes.</source>
        <translation>Die Anfrage geht mit den sicheren Korrekturen.</translation>
    </message>
    <message>
        <source>The request goes as pasted.</source>
        <translation>Die Anfrage geht so, wie sie eingefügt wurde.</translation>
    </message>
    <message>
        <source>Sent with the safe fixes to %1</source>
        <translation>Mit den sicheren Korrekturen gesendet an %1</translation>
    </message>
    <message>
        <source>Sent as pasted to %1</source>
        <translation>Wie eingefügt gesendet an %1</translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3</source>
        <translation>%1 · %2 · Regel %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Safe fix: %1</source>
        <translation>Sichere Korrektur: %1</translation>
    </message>
    <message>
        <source>The request changed: inspect it again.</source>
        <translation>Die Anfrage hat sich geändert: Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Only one request can be sent from here: %1 is not one.</source>
        <translation>Von hier kann nur eine einzelne Anfrage gesendet werden: %1 ist keine.</translation>
    </message>
    <message>
        <source>Send the request with your key and diagnose the answer (one request)</source>
        <translation>Die Anfrage mit Ihrem Schlüssel senden und die Antwort diagnostizieren (eine Anfrage)</translation>
    </message>
    <message>
        <source>The simulator answers as the API would: nothing leaves this computer and no quota is used.</source>
        <translation>Der Simulator antwortet, wie die API es täte: Nichts verlässt diesen Computer, und kein Kontingent wird verbraucht.</translation>
    </message>
</context>
<context>
    <name>gd::ui::KeyBar</name>
    <message>
        <source>&amp;Leave rehearsal</source>
        <translation>&amp;Probelauf beenden</translation>
    </message>
    <message>
        <source>&amp;Key…</source>
        <translation>&amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Paste, replace or remove the API key</source>
        <translation>API-Schlüssel einfügen, ersetzen oder entfernen</translation>
    </message>
    <message>
        <source>Rehearsed failure</source>
        <translation>Fehler im Probelauf</translation>
    </message>
    <message>
        <source>Rehearsal: the built-in simulator plays the Gemini API, offline.</source>
        <translation>Probelauf: Der eingebaute Simulator spielt offline die Gemini API.</translation>
    </message>
    <message>
        <source>Key: stored in the system keychain (%1)</source>
        <translation>Schlüssel: im Systemschlüsselbund gespeichert (%1)</translation>
    </message>
    <message>
        <source>Key: for this session only, not stored (%1)</source>
        <translation>Schlüssel: nur für diese Sitzung, nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>Key: from the environment variable %1 (%2)</source>
        <translation>Schlüssel: aus der Umgebungsvariable %1 (%2)</translation>
    </message>
    <message>
        <source>No API key yet: set one with Key…, or rehearse a failure from the Test menu.</source>
        <translation>Noch kein API-Schlüssel: Legen Sie einen über „Schlüssel…“ fest oder proben Sie einen Fehler über das Menü „Test“.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::KeyDialog</name>
    <message>
        <source>Talking to the keychain…</source>
        <translation>Verbindung zum Schlüsselbund…</translation>
    </message>
    <message>
        <source>The keychain could not store the key. %1
The key for this session only stays in memory and is forgotten when the app closes.
Details: %2</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht speichern. %1
Der Schlüssel nur für diese Sitzung bleibt im Speicher und wird beim Schließen der App vergessen.
Details: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the key. %1
Details: %2</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht entfernen. %1
Details: %2</translation>
    </message>
</context>
<context>
    <name>gd::ui::MainWindow</name>
    <message>
        <source>&amp;Connectivity test</source>
        <translation>&amp;Verbindungstest</translation>
    </message>
    <message>
        <source>E&amp;xplain an error</source>
        <translation>&amp;Fehler erklären</translation>
    </message>
    <message>
        <source>Recent r&amp;uns</source>
        <translation>Letzte &amp;Läufe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>About Gemini Doctor</source>
        <translation>Über Gemini Doctor</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Rehearsal of %1: press Run connectivity test.</source>
        <translation>Probelauf von %1: Klicken Sie auf „Verbindungstest starten“.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Tested %1: %2.</source>
        <translation>Getestet: %1, %2.</translation>
    </message>
    <message>
        <source>Run the test or explain an error first.</source>
        <translation>Starten Sie zuerst den Test oder lassen Sie einen Fehler erklären.</translation>
    </message>
    <message>
        <source>A redacted report is on the clipboard: the key shows only as its last four characters.</source>
        <translation>Ein geschwärzter Bericht liegt in der Zwischenablage: Vom Schlüssel sind nur die letzten vier Zeichen zu sehen.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Tells you in seconds why your Gemini API calls fail and how to fix it.&lt;/p&gt;&lt;p&gt;Model data of %2: %n models, their retirements and successors.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Sagt Ihnen in Sekunden, warum Ihre Aufrufe der Gemini API fehlschlagen und wie Sie das beheben.&lt;/p&gt;&lt;p&gt;Modelldaten vom %2: %n Modell, seine Abschaltung und sein Nachfolger.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Sagt Ihnen in Sekunden, warum Ihre Aufrufe der Gemini API fehlschlagen und wie Sie das beheben.&lt;/p&gt;&lt;p&gt;Modelldaten vom %2: %n Modelle, ihre Abschaltungen und Nachfolger.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This run could not be added to Recent runs: %1 cannot be written.</source>
        <translation>Dieser Lauf konnte nicht zu den letzten Läufen hinzugefügt werden: %1 lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <source>The simulator could not start (no free port on 127.0.0.1?): no rehearsal.</source>
        <translation>Der Simulator konnte nicht starten (kein freier Port auf 127.0.0.1?): kein Probelauf.</translation>
    </message>
    <message>
        <source>I&amp;nspect a request</source>
        <translation>Anfra&amp;ge prüfen</translation>
    </message>
    <message>
        <source>The Recent runs file could not be read; it is kept as %1 and a new one was started.</source>
        <translation>Die Datei der letzten Läufe konnte nicht gelesen werden; sie bleibt als %1 erhalten, und eine neue wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>gd::ui::MatrixFlow</name>
    <message>
        <source>Test every model</source>
        <translation>Jedes Modell testen</translation>
    </message>
    <message numerus="yes">
        <source>This sends one request to each of the %n models your key lists.</source>
        <translation>
            <numerusform>Dies sendet eine Anfrage an das %n Modell, das Ihr Schlüssel auflistet.</numerusform>
            <numerusform>Dies sendet je eine Anfrage an jedes der %n Modelle, die Ihr Schlüssel auflistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is a short prompt that counts against that model&apos;s quota like any other request; three go at a time, and none is retried. Models that are not in your tier, rate limited or retired show as such.</source>
        <translation>Jede ist ein kurzer Prompt, der wie jede andere Anfrage auf das Kontingent des Modells angerechnet wird; drei laufen gleichzeitig, keine wird wiederholt. Modelle, die nicht in Ihrer Stufe sind, ihr Ratenlimit erreicht haben oder eingestellt sind, werden als solche angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Test %n models</source>
        <translation>
            <numerusform>%n Modell &amp;testen</numerusform>
            <numerusform>%n Modelle &amp;testen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ModelMatrixDialog</name>
    <message>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Every model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Stattdessen</translation>
    </message>
    <message>
        <source>Test this model in the connectivity test</source>
        <translation>Dieses Modell im Verbindungstest prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Sending one short request to each of the %n models, three at a time…</source>
        <translation>
            <numerusform>Sende eine kurze Anfrage an das %n Modell …</numerusform>
            <numerusform>Sende je eine kurze Anfrage an die %n Modelle, drei gleichzeitig …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n models; %2 work.</source>
        <translation>
            <numerusform>Abgebrochen nach %1 von %n Modell; %2 funktionieren.</numerusform>
            <numerusform>Abgebrochen nach %1 von %n Modellen; %2 funktionieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n models your key lists work.</source>
        <translation>
            <numerusform>%1 von %n Modell, das Ihr Schlüssel auflistet, funktioniert.</numerusform>
            <numerusform>%1 der %n Modelle, die Ihr Schlüssel auflistet, funktionieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Automatic (cheapest stable Flash)</source>
        <translation>Automatisch (günstigstes stabiles Flash)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Retired: use %1 instead.</source>
        <translation>Eingestellt: Verwenden Sie stattdessen %1.</translation>
    </message>
</context>
<context>
    <name>gd::ui::RemediationPanel</name>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Run again when ready</source>
        <translation>Nach Ablauf erneut starten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>The API&apos;s own words</source>
        <translation>Originalmeldung der API</translation>
    </message>
    <message>
        <source>Show the API&apos;s own message and the raw answer</source>
        <translation>Originalmeldung der API und die Rohantwort anzeigen</translation>
    </message>
    <message>
        <source>Nothing to fix yet</source>
        <translation>Noch nichts zu beheben</translation>
    </message>
    <message>
        <source>Run the connectivity test, then select a failed or warned check to see what happened and what to do.</source>
        <translation>Starten Sie den Verbindungstest und wählen Sie dann eine fehlgeschlagene oder gewarnte Prüfung aus, um zu sehen, was passiert ist und was zu tun ist.</translation>
    </message>
    <message>
        <source> · HTTP %1</source>
        <translation> · HTTP %1</translation>
    </message>
    <message>
        <source>Also mentioned in the error, not opened by Gemini Doctor because it is not one of Google&apos;s sites: %1</source>
        <translation>Ebenfalls im Fehler erwähnt, aber von Gemini Doctor nicht geöffnet, da keine Google-Website: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Switch the model to %1 and run the test again</source>
        <translation>Modell auf %1 umstellen und den Test erneut starten</translation>
    </message>
    <message>
        <source>The API gave no message.</source>
        <translation>Die API hat keine Meldung geliefert.</translation>
    </message>
    <message>
        <source>The API said: %1</source>
        <translation>Die API meldete: %1</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Google asks you to wait: you can try again in %1.</source>
        <translation>Google bittet Sie zu warten: Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>The wait is over: you can try again now.</source>
        <translation>Die Wartezeit ist vorbei: Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Inspect the re&amp;quest…</source>
        <translation>Die Anfrage &amp;prüfen…</translation>
    </message>
    <message>
        <source>Paste the request that got this error: Gemini Doctor reads it and says what the API refuses in it</source>
        <translation>Fügen Sie die Anfrage ein, die diesen Fehler bekam: Gemini Doctor liest sie und sagt, was die API daran ablehnt</translation>
    </message>
    <message>
        <source>What the error says</source>
        <translation>Was der Fehler sagt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Google asks you to wait %1 from the time of the error: you can try again in %2.</source>
        <translation>Google bittet Sie, ab dem Zeitpunkt des Fehlers %1 zu warten: Sie können es in %2 erneut versuchen.</translation>
    </message>
    <message>
        <source>Google asks you to wait %1. The pasted text gives no time for the error, so the wait counts from when it was explained: try again in %2.</source>
        <translation>Google bittet Sie, %1 zu warten. Der eingefügte Text nennt keinen Zeitpunkt für den Fehler, daher zählt die Wartezeit ab dem Erklären: Versuchen Sie es in %2 erneut.</translation>
    </message>
    <message>
        <source>The wait Google asked for, %1 from the time of the error, was over at %2: you can try again now.</source>
        <translation>Die von Google erbetene Wartezeit von %1 ab dem Zeitpunkt des Fehlers war um %2 vorbei: Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Run again now</source>
        <translation>Jetzt erneut starten</translation>
    </message>
    <message>
        <source>This is not an answer of the Gemini API: it holds no words of the API.</source>
        <translation>Das ist keine Antwort der Gemini API: Sie enthält keine Worte der API.</translation>
    </message>
    <message>
        <source> · HTTP %1, then %2 inside the answer</source>
        <translation> · HTTP %1, dann %2 in der Antwort</translation>
    </message>
</context>
<context>
    <name>gd::ui::SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Automatic (a Live model your key lists)</source>
        <translation>Automatisch (ein Live-Modell, das Ihr Schlüssel auflistet)</translation>
    </message>
</context>
<context>
    <name>gd::ui::TargetBar</name>
    <message>
        <source>&amp;Run connectivity test</source>
        <translation>Verbindungstest sta&amp;rten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Run connectivity test (Ctrl+R or F5)</source>
        <translation>Verbindungstest starten (Strg+R oder F5)</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The user name and password in the endpoint are left out: it is used, shown and saved without them.</source>
        <translation>Benutzername und Passwort im Endpunkt werden weggelassen: Er wird ohne sie verwendet, angezeigt und gespeichert.</translation>
    </message>
    <message>
        <source>The query in the endpoint (such as ?key=) is left out: the key travels in a header, never in a URL.</source>
        <translation>Die Abfrage im Endpunkt (etwa ?key=) wird weggelassen: Der Schlüssel reist in einem Header, nie in einer URL.</translation>
    </message>
</context>
<context>
    <name>gd::ui::TimingLegend</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>waiting for the first byte</source>
        <translation>Warten auf das erste Byte</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Timing colours: %1</source>
        <translation>Farben des Zeitverlaufs: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::WatchTray</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Pause watching</source>
        <translation>Beobachten &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Open Gemini Doctor</source>
        <translation>Gemini Doctor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Gemini Doctor: no run yet</source>
        <translation>Gemini Doctor: noch kein Lauf</translation>
    </message>
</context>
</TS>
