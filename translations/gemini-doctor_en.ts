<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gd::ApiCheck</name>
    <message numerus="yes">
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CallDiagnosis</name>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CountTokensCheck</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::Inspection</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::KeyCheck</name>
    <message numerus="yes">
        <source>key accepted; %1 of %n visible models can generate</source>
        <translation>
            <numerusform>key accepted; %1 of %n visible model can generate</numerusform>
            <numerusform>key accepted; %1 of %n visible models can generate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::RequestReader</name>
    <message numerus="yes">
        <source>Read %n bytes that are neither a JSON request body nor a curl command; they begin with “%1”.</source>
        <translation>
            <numerusform>Read %n byte that is neither a JSON request body nor a curl command; it begins with “%1”.</numerusform>
            <numerusform>Read %n bytes that are neither a JSON request body nor a curl command; they begin with “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StreamCheck</name>
    <message numerus="yes">
        <source>%1, %n events</source>
        <translation>
            <numerusform>%1, %n event</numerusform>
            <numerusform>%1, %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::cli</name>
    <message numerus="yes">
        <source>model data of %1 (%n models)
</source>
        <translation>
            <numerusform>model data of %1 (%n model)
</numerusform>
            <numerusform>model data of %1 (%n models)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::cli::check</name>
    <message numerus="yes">
        <source>Testing every model costs one request per model (%n requests).
</source>
        <translation>
            <numerusform>Testing every model costs one request per model (%n request).
</numerusform>
            <numerusform>Testing every model costs one request per model (%n requests).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::InspectPanel</name>
    <message numerus="yes">
        <source>Applied %n safe fix(es).</source>
        <translation>
            <numerusform>Applied %n safe fix.</numerusform>
            <numerusform>Applied %n safe fixes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::MainWindow</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Tells you in seconds why your Gemini API calls fail and how to fix it.&lt;/p&gt;&lt;p&gt;Model data of %2: %n models, their retirements and successors.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Tells you in seconds why your Gemini API calls fail and how to fix it.&lt;/p&gt;&lt;p&gt;Model data of %2: %n model, its retirement and successor.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Gemini Doctor %1&lt;/h3&gt;&lt;p&gt;Tells you in seconds why your Gemini API calls fail and how to fix it.&lt;/p&gt;&lt;p&gt;Model data of %2: %n models, their retirements and successors.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sends one request to each of the %n models your key lists.</source>
        <translation>
            <numerusform>This sends one request to the %n model your key lists.</numerusform>
            <numerusform>This sends one request to each of the %n models your key lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Test %n models</source>
        <translation>
            <numerusform>&amp;Test %n model</numerusform>
            <numerusform>&amp;Test %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ModelMatrixDialog</name>
    <message numerus="yes">
        <source>Sending one short request to each of the %n models, three at a time…</source>
        <translation>
            <numerusform>Sending one short request to the %n model…</numerusform>
            <numerusform>Sending one short request to each of the %n models, three at a time…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n models; %2 work.</source>
        <translation>
            <numerusform>Cancelled after %1 of %n model; %2 works.</numerusform>
            <numerusform>Cancelled after %1 of %n models; %2 work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n models your key lists work.</source>
        <translation>
            <numerusform>%1 of the %n model your key lists works.</numerusform>
            <numerusform>%1 of the %n models your key lists work.</numerusform>
        </translation>
    </message>
</context>
</TS>
