<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sockscope::ByteStreamAxis</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamGeometry</name>
    <message>
        <source>send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamRenderer</name>
    <message>
        <source>one block per datagram, in the order sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one stream of bytes, by offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), narrower than a pixel each: zoom in to tell them apart</source>
        <translation>
            <numerusform>%Ln call, narrower than a pixel each: zoom in to tell them apart</numerusform>
            <numerusform>%Ln calls, narrower than a pixel each: zoom in to tell them apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>No run yet: press Run to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamWidget</name>
    <message>
        <source>Byte-stream view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message #%2: lost, no recv() got this datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) end in this pixel; zoom in (wheel, +) to tell them apart</source>
        <translation>
            <numerusform>%n call end in this pixel; zoom in (wheel, +) to tell them apart</numerusform>
            <numerusform>%n calls end in this pixel; zoom in (wheel, +) to tell them apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::CallCount</name>
    <message numerus="yes">
        <source>%n recv() call(s)</source>
        <translation>
            <numerusform>%n recv() call</numerusform>
            <numerusform>%n recv() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s) + EOF</source>
        <translation>
            <numerusform>%n recv() call + EOF</numerusform>
            <numerusform>%n recv() calls + EOF</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EOF(s)</source>
        <translation>
            <numerusform>%n EOF</numerusform>
            <numerusform>%n EOFs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ChromeTraceWriter</name>
    <message>
        <source>%1: cannot write the Chrome trace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::CommandLine</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing argument (see &apos;sockscope %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario keys, for --set key=value and scenario files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1; default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run failed at the socket level; the files asked for still hold the partial trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad input: an unknown verb, flag, lesson or scenario key, a value out of range, a file that cannot be read or written. One line on standard error names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the lessons, one line each: the name &apos;run --lesson&apos; takes and what the class sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table of the keys in Markdown, as README has it (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scenario keys that --set and scenario files take: meaning, range, default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  sockscope [--lesson NAME]      the window, on the default lesson or on NAME
  sockscope lessons [--dir DIR] [--save NAME FILE]
                                 list the lessons; write one as a lesson file
  sockscope run --lesson NAME | --lesson-file FILE | --scenario FILE
                [--set key=value]...
                [--mode real|sim|both] [--to HOST:PORT [--allow-remote]] [OUTPUTS]
  sockscope observe --tcp|--udp --port N [--bind ADDR] [--framing SPEC]
                [--recv-size N] [--read-interval-ms MS] [--duration S]
                [--relay HOST:PORT] [OUTPUTS]
  sockscope show TRACE.json [OUTPUTS]
  sockscope worksheet --lesson NAME [--lang en|zh_CN] [--trace FILE] --pdf FILE
OUTPUTS: [--json FILE] [--csv FILE] [--chrome-trace FILE] [--png FILE] [--svg FILE]
         [--pdf FILE] [--scale 1|2|4] [--quiet]
Run &apos;sockscope VERB --help&apos; for the options of a verb.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (lessons, run, observe, show, worksheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the lesson files (*.json) of DIR: they are listed, and each file that is not a valid lesson is named with its error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lesson NAME (built-in or from a file) as a lesson file FILE to start your own from; it takes its name from FILE&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ids a lesson file&apos;s headline and expectations take, in Markdown, as README has them (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --save: the lesson file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dir: &quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ComparisonReport</name>
    <message>
        <source>Lesson %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on loopback vs predicted by the model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact/merged/split/trunc/lost/empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Messages: %1 of %2 have the same fate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n more message(s)</source>
        <translation>
            <numerusform>  … %n more message</numerusform>
            <numerusform>  … %n more messages</numerusform>
        </translation>
    </message>
    <message>
        <source>  Agree: the model predicts what the kernel did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Why they differ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segments on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest segment (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest ACK delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Why the packets differ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() calls, EOF included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagrams on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest datagram (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::Endpoint</name>
    <message>
        <source>expected HOST:PORT with a port from 1 to 65535, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find an IPv4 address for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::EventCap</name>
    <message>
        <source>recording stopped: the run reached the event cap of %1 events (--max-events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::EventText</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send()</source>
        <translation>
            <numerusform>%n send()</numerusform>
            <numerusform>%n send()s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv()</source>
        <translation>
            <numerusform>%n recv()</numerusform>
            <numerusform>%n recv()s</numerusform>
        </translation>
    </message>
    <message>
        <source>recording… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1, took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1, accepted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsent after the call (SIOCOUTQNSD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recv() #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned at %1 after waiting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 bytes: the peer closed the connection (EOF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram size (MSG_TRUNC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the rest of the datagram was discarded by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued before the call (FIONREAD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decoded</source>
        <translation>
            <numerusform>%n message decoded</numerusform>
            <numerusform>%n messages decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad frame(s)</source>
        <translation>
            <numerusform>%n bad frame</numerusform>
            <numerusform>%n bad frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 decoded message #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: the stream ended inside this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assembled from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 send() #%2 — message #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fate: %1 (recv() %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of message #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of recv() #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s message #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recv() + EOF</source>
        <translation>
            <numerusform>%n recv() + EOF</numerusform>
            <numerusform>%n recv()s + EOF</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datagram of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packet at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: the receive buffer was full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN: opens the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: the sender&apos;s end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: resets the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK riding on data going the other way, window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pure ACK, window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledges the stream up to byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again (a retransmission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried bytes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by recv() %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in segment #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in segment #%1 at %2, together with message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived as datagram #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived in segment #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no captured datagram is known to be this one: the bytes, size or sender of the one the drop counter points at differ, or the capture did not keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 datagram #%2: %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segment #%2: %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: the receive buffer was full (the kernel&apos;s drop counter, SO_RXQ_OVFL, counted it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream bytes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() #%1 (message #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched to a recv(): still queued when the run ended, or the evidence does not say which recv() read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages #%1–#%2, %3 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream bytes %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more arrived after FIONREAD was read, before recv() copied the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsent after the call (model): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left as datagram #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram size (model): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued before the call (model): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek (MSG_PEEK | MSG_TRUNC): the datagram stays queued; the call returned its full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ExportDialog</name>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (1600 px wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (sharp on slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4× (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible range only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the screen&apos;s colours (otherwise light, for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::FateWord</name>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::FileTask</name>
    <message>
        <source>Reading the trace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the trace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::FrameDecoder</name>
    <message>
        <source>more than %1 frames: decoding stopped to bound memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended before the frame was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length prefix announces a %1-byte JSON header, more than the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length prefix announces a %1-byte frame, more than the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON header has no &quot;%1&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON header&apos;s &quot;%1&quot; is not a whole, non-negative number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON header announces a %1-byte body, more than the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delimiter within %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more fields not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::FrameLanePainter</name>
    <message>
        <source>No complete message decoded yet (framing %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder stopped: %1 not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in view: zoom in to see which recv() bytes each one came from</source>
        <translation>
            <numerusform>%n message in view: zoom in to see which recv() bytes each one came from</numerusform>
            <numerusform>%n messages in view: zoom in to see which recv() bytes each one came from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::FramingSpec</name>
    <message>
        <source>the delimiter ends with a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1 in the delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter needs at least one byte, e.g. delimiter:\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected length:N:be|le with N = 1, 2, 4 or 8, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected fixed:N with N from 1 to 16777216, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected json-header:N:be|le:FIELD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (none, length, delimiter, fixed, json-header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::HiddenRunsBar</name>
    <message>
        <source>▼ %1 of %2 runs below: scroll down or click here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1 of %2 runs above: scroll up or click here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::Lesson</name>
    <message>
        <source>Nagle on (TCP_NODELAY off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and UDP side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same small messages over TCP and UDP at once, read by a slow reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: a slow reader merges messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 small sends; the reader calls recv(1024) every 50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender writes a message every 10 ms; the receiver reads only every 50 ms. Meanwhile the kernel queues the bytes in the receive buffer, and one recv returns all that is queued, up to its size: several sends in one recv. The receiver cannot tell where one message ended: that is the application&apos;s job (see the framing lessons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: Nagle&apos;s algorithm holds small sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-back small sends, TCP_NODELAY off vs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: Nagle meets delayed ACK (the 40 ms stall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-write-read request/response, Nagle on vs off: ~40 ms per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: one send split over many recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 5 KiB reply read with one recv(1024), then the next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: send() may accept only part of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking socket, small SO_SNDBUF, slow reader: partial sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s socket is non-blocking and its send buffer small; the reader is slow. When the buffers are full, send() returns fewer bytes than asked, or fails with EAGAIN. A correct program loops (&quot;sendall&quot;) until every byte is accepted: each of those calls is drawn as its own send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP keeps message boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams hello, world, sdfas: one recv each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: a short buffer truncates the datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100-byte datagrams read with recvfrom(10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each 100-byte datagram is read with a 10-byte buffer. recvfrom returns the first 10 bytes and the other 90 are gone for good: the next call returns the next datagram, not the rest. Linux does this silently (MSG_TRUNC tells the true size); Windows reports WSAEMSGSIZE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: a full receive buffer drops datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A burst of 100 datagrams into SO_RCVBUF 4096, slow reader: silent loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 datagrams of 100 bytes arrive in a burst while the reader is still asleep. The receive buffer (4096 requested, doubled by the kernel) holds only a handful, because the kernel also counts its own per-datagram overhead. The rest are dropped: no error for the sender or the receiver, they are simply lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending zero bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty message over TCP and UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender sends &quot;hello&quot;, an empty message, then &quot;world&quot;. Over TCP the empty send() puts nothing in the stream: the reader sees helloworld, and a recv that returns 0 bytes means the peer closed the connection. Over UDP the empty datagram is real: recvfrom returns it as 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing: a length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slow reader again, with a 4-byte length header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same traffic as the slow-reader lesson, but every message starts with its length as a 4-byte big-endian number (Python: struct.pack(&apos;!I&apos;, n)). The receiver&apos;s decoder reads the length, then exactly that many bytes, so it recovers every message although the recvs still merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing: a delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newline-terminated messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message ends with a newline. The decoder collects bytes until it sees one, so it recovers each message whatever the recvs cut. The delimiter must never occur inside a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing: header length, JSON header, body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic file transfer: length, JSON header with the size, then the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is sent as a 4-byte header length, a JSON header such as {&quot;name&quot;: &quot;msg-0.bin&quot;, &quot;size&quot;: 3000}, then the 3000-byte body. The receiver reads the header length, then the header, then counts off exactly &quot;size&quot; body bytes, although the body arrives in many recvs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both senders send 12 short messages, one every 10 ms; both readers call recv(1024) only every 50 ms. Look at the receiver lanes: the TCP recvs return several messages glued together (&quot;sticky packets&quot;), because TCP delivers a byte stream and keeps no message boundaries. Each UDP recv returns exactly one datagram, because UDP keeps every boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender calls send() 40 times back to back with a few bytes each. With Nagle&apos;s algorithm on (the default), while earlier data is not yet acknowledged the kernel keeps new small pieces in the send queue and sends them together later: watch the &quot;unsent after send&quot; evidence grow. With TCP_NODELAY each send leaves at once while the congestion window allows; only when a long burst has filled it (a few dozen unacknowledged segments at the start of a connection) do the last sends wait for ACKs, Nagle or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client writes each request with two send() calls (header, then body) and waits for the reply. With Nagle on, the body must wait until the header is acknowledged, but the server delays its ACK (Linux: about 40 ms) hoping to piggyback it on a reply it cannot write before it has the body. Most requests stall ~40 ms (the first may not: a new connection acknowledges at once for a while). With TCP_NODELAY the body leaves at once and the exchange takes microseconds on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three datagrams are sent before the reader even starts. Unlike TCP, each recvfrom returns exactly one datagram, never two glued together and never half of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers each request with one 5120-byte send(). The client naively calls recv(1024) once and assumes it has the whole reply. The rest stays queued, so when the client reads &quot;reply m1&quot; it really gets more of reply m0. One send can be split over many recvs: a reader must loop until it has the length it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: sleeping between sends is not framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender that sleeps 20 ms between sends, a fast and a slow reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender sleeps 20 ms after every send(), a common &quot;fix&quot; for sticky packets. The fast reader waits in recv(): each message has arrived before the next one is sent, so every recv returns one message and the fix seems to work. The slow reader reads only every 100 ms (a busy program, a loaded machine): the kernel queues the messages meanwhile and one recv returns several, sleeps or not. Sleeping changes the timing, not the byte stream: only framing marks where a message ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK: small sends held on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 small sends with TCP_NODELAY, corked vs not: one segment vs many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender writes 20 small pieces back to back with TCP_NODELAY on. Uncorked, each send() leaves at once as a segment of its own (TCP_INFO counts the data segments, in the run&apos;s summary). With TCP_CORK the program asks the kernel to hold partial segments on purpose: each send() only queues its bytes (watch &quot;unsent after send&quot; grow) until the program removes the cork after its last send, and they leave together in one segment. A corked kernel holds data for at most 200 ms. The simulator does not model TCP_CORK: run this lesson on real sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the server ends the 40 ms stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-write-read with Nagle on, the server with and without TCP_QUICKACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client of the delayed-ACK lesson again: each request in two send() calls, Nagle on. With the kernel&apos;s delayed ACK the body waits about 40 ms for the header&apos;s ACK. With TCP_QUICKACK the server acknowledges at once, so the body leaves at once and a request takes microseconds, Nagle still on. TCP_QUICKACK is not permanent: Linux leaves quick-ACK mode again on its own, so the server sets it again after every recv(). Compare tcp-nagle-delayed-ack, where the client fixes the same stall with TCP_NODELAY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: recv() waits for enough bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small message every 5 ms, recv(1024) with SO_RCVLOWAT 64 vs the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender writes a 6- or 7-byte message every 5 ms, with TCP_NODELAY so that each leaves at once. A plain blocking recv() returns as soon as any byte is queued: about one message per call. With SO_RCVLOWAT 64 the same recv(1024) waits in the kernel until at least 64 bytes are queued, so every recv returns 64 bytes or more, except the last: once the sender has closed, recv() returns what is left. The mark says how long to wait, not where a message ends: the recvs still cut messages anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (1 byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking send() vs a non-blocking send loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 KiB messages into a small buffer: one blocking send() each vs partial sends and EAGAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each 32 KiB message goes into a small send buffer (SO_SNDBUF 4096) towards a slow reader. On a blocking socket send() waits in the kernel until the buffer has taken every byte and returns the whole length: one long call per message (Linux returns less only when a signal interrupts it). On a non-blocking socket send() takes what fits and returns that count, or fails with EAGAIN when nothing fits: the program must wait until the socket is writable and call again until every byte is accepted, which is what Python&apos;s sendall() does for it. tcp-partial-send shows the non-blocking loop alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-blocking send loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients, one server: a stream each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three TCP clients send to one server at once; one lane per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients connect to one listening socket at the same time, as to a threading socketserver: the server accepts each connection and reads it in a thread of its own. Each client sends its own numbered messages every 10 ms (c0-msg-0; from client 0, c1-msg-0; from client 1, …). Each connection is a byte stream of its own, drawn as its own lanes: its recvs return only its client&apos;s bytes, in the order that client sent them, although the clients send at the same moments. Connections never mix; within one, only framing finds the messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: peek at the size first, then read it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100-byte datagrams, a 10-byte buffer: truncated, or MSG_PEEK | MSG_TRUNC first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix for truncation. Each 100-byte datagram meets a reader whose buffer holds 10 bytes. Without peek, recvfrom returns 10 bytes and the other 90 are gone. With peek, the reader first calls recv(MSG_PEEK | MSG_TRUNC): the datagram stays queued, and Linux returns its full length, 100, although it copied only 10 bytes. The reader then calls recv with a buffer of exactly that size and gets the whole datagram. In the recv lane each outlined &quot;peek&quot; box is a call of its own, followed by the read that takes the datagram: a peek reads nothing away, so each datagram is still read once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek, then read the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: 65,507 bytes is the largest datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams of 65,506 to 65,509 B: above 65,507 send() fails with EMSGSIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 packet is at most 65,535 bytes long, and its IP and UDP headers take 28 of them (20 + 8): a UDP datagram carries at most 65,507 bytes. The sender sends four datagrams, each one byte longer than the one before, from 65,506 to 65,509 bytes; the reader&apos;s buffer holds 65,536. The first two arrive whole. The sends of 65,508 and 65,509 bytes fail with EMSGSIZE (drawn as failed sends): the kernel refuses the whole datagram and nothing of it is sent, since UDP never splits a message over several datagrams. Set size to 65,509 and size step to -1 to see that the socket goes on sending after a refused datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: a connected socket hears that nobody listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to a closed port: connected, a later send() fails with ECONNREFUSED; unconnected, nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on the receiver&apos;s port: it was bound and closed again before the first send. Each datagram that arrives there is dropped, and the kernel answers with an ICMP &quot;port unreachable&quot; message. A UDP socket that called connect() has one fixed peer, and the kernel passes it the ICMP errors about that peer: the first send() succeeds, and the next one fails with ECONNREFUSED (drawn as a failed send) and sends nothing. The error is reported once, so the send after it goes out again. The unconnected socket (sendto() with an address every time) never hears of the ICMP message: every send succeeds and every datagram is lost without a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (connect(), send())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconnected (sendto())</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::LessonExpectations</name>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle on, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no kernel evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each message was read before the next one arrived: a loaded machine delayed the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every recv returned exactly one message: the reader kept pace with a sender slowed by a loaded machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not what a UDP socket does: was the trace edited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram was longer than the recv() buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kernel evidence was recorded (evidence off, or a platform without SIOCOUTQNSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the congestion window was full: a new connection lets a few dozen small segments leave before it waits for ACKs, Nagle or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every piece was acknowledged before the next send(): the sender was slowed down (a loaded machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply arrived, so there is no round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server acknowledged at once (Linux&apos;s quick-ACK mode), or this kernel&apos;s delayed ACK is shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loaded machine: the client or the server waited for a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated network delayed the requests (loss, bandwidth or reordering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one recv() took the whole reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buffers never filled: the reader kept up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 B received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes are missing: see the conservation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datagram was longer than the recv() buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader emptied the buffer in time, or the effective buffer is larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run sent no empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B received; recvs of 0 bytes before the close: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recv returned 0 bytes before the end: not what a TCP socket does: was the trace edited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty datagrams read as a recv of 0 bytes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty datagram was lost (UDP may drop any datagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended inside a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: a recv returns bytes of two or more messages (no message boundaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recvs do not follow the messages: some message is merged with another or split over several recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With framing, the decoder recovers every message whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: every recv returns at most one datagram, never two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle on: bytes stay unsent after some sends (held back until the data before is acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY: most sends leave at once (bytes unsent after fewer than half of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY: bytes stay unsent after fewer sends than with Nagle on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle on: the median request takes 30 ms or more (the body waits for the delayed ACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY: the median request takes less than 2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY: the median request takes at most the network&apos;s round trip (rtt_ms) plus 2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some send() accepts fewer bytes than asked, or fails with EAGAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every byte arrives all the same: the sender loops until each one is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recvfrom returns one whole datagram: never two, never part of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A datagram longer than the buffer is cut to the buffer&apos;s size; the rest is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next recvfrom returns the next datagram, not the rest of the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error is reported: Linux truncates silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some datagrams are lost while the receive buffer is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither send() nor recv() reports an error for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: the empty send() adds nothing to the stream; only the close reads as 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: the empty datagram arrives as a recv of 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you changed %1: the claim is about the lesson&apos;s own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read for reply m1 returned %1 B of reply m0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client had read all of reply m0 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One send() of reply m0 is split over two or more recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s read for reply m1 returns bytes of reply m0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program sent to the socket, or a datagram was lost before it reached the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s drop counter (SO_RXQ_OVFL) counts exactly the datagrams found lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing on, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing off, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv(s)</source>
        <translation>
            <numerusform>%n recv</numerusform>
            <numerusform>%n recvs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n send() call</numerusform>
            <numerusform>%n send() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial send(s)</source>
        <translation>
            <numerusform>%n partial send</numerusform>
            <numerusform>%n partial sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() or recv() call(s)</source>
        <translation>
            <numerusform>%n send() or recv() call</numerusform>
            <numerusform>%n send() or recv() calls</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bytes held unsent after %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reply m0 (%2 B) came in %3; the read for reply m1 returned %4 B of reply m0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 EAGAIN in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 cut to %4 B, %5 B gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 lost, %4 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 became %3 B in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 returned 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 decoded whole from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 in one recv (%2 for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged whole into a shared recv, %2 split over several; at most %3 in one recv (%4 for %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagrams in one recv: at most %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; datagrams in one recv: at most %2; cut short: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes unsent after %1 of %2 (at most %3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes unsent after %1 with TCP_NODELAY, %2 with Nagle on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two things at once: with Nagle on every piece was acknowledged before the next send() (the sender was slowed down, a loaded machine); with TCP_NODELAY the last %1 waited because the congestion window was full: a new connection lets a few dozen small segments leave before it waits for ACKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two things at once: with Nagle on every piece was acknowledged before the next send() (the sender was slowed down, a loaded machine); with TCP_NODELAY bytes stayed unsent after %1 because TCP autocorking (tcp_autocorking) holds a small write while an earlier packet is still in the device queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 ms over %2 (%3 – %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply m0 (%1 B) came in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 failed with EAGAIN, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cut to %3 B, %4 B gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 read by more than one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lost (%3 B), %4 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel dropped %1; found lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decoded whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed with EMSGSIZE, %3 B gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modelled system fails the recvfrom() and returns no bytes (Windows&apos; WSAEMSGSIZE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed with EMSGSIZE, %4 B gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peek(s)</source>
        <translation>
            <numerusform>%n peek</numerusform>
            <numerusform>%n peeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Without peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without peek, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peek, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 told the full size; %3 of %4 read whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the largest datagram read was %2 B; %3 failed with EMSGSIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed with ECONNREFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 followed by a read of the size they returned (%3 B from a %4 B buffer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datagram was longer than the peek&apos;s buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another datagram came first: a second sender wrote to the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read whole by one recv each; %3 of %4 B received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram was lost or cut: see the conservation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 arrived whole; the largest was %3 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message was 65,507 B or shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receive buffer was full: a loaded machine delayed the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 longer than 65,507 B refused with EMSGSIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message was longer than 65,507 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram longer than 65,507 B was sent or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first send() failed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier datagram to the port left an error behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first send() accepted %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed with ECONNREFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ICMP error reached the socket before its last send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; %2 of %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram was read: something was listening on the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast reader, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow reader, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cork, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed ACK, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default SO_RCVLOWAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default SO_RCVLOWAT, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking send(), simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-blocking send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-blocking send(), simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data segment(s)</source>
        <translation>
            <numerusform>%n data segment</numerusform>
            <numerusform>%n data segments</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 in one recv, %2 split (%3 for %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader was late by more than the sender&apos;s sleep: a loaded machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, data segments not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corked bytes left before the uncork: a full segment, or the kernel&apos;s 200 ms ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_INFO was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle&apos;s algorithm held them: TCP_NODELAY was off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, the smallest %3 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with a %3 B mark, the smallest but the last %4 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the smallest but the last %2 B, the last %3 B (mark %4 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything came in one recv: the reader was late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recv returned early: a signal or a stop interrupted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the mark, %2 without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader without the mark was late too: a loaded machine merged its recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 for %3, the longest %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal interrupted a blocking send() after it had taken part of the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest send() took %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buffers took every message at once: the reader kept up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1, simulated: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hold this client&apos;s next bytes; %3 of %4 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recv held bytes this client did not send there: was the trace edited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent and read while %1 of the %2 other connections did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection had finished before another began: a loaded machine delayed a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast reader: every recv returns one whole message (the sleeps seem to work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow reader: a recv returns bytes of two or more messages, sleeps or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK: bytes stay unsent after most sends (held until the uncork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK: the sends leave in at most a quarter as many data segments (TCP_INFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cork: most sends leave at once (bytes unsent after fewer than half of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed ACK: the median request takes 30 ms or more (the body waits for the header&apos;s ACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the median request takes less than 2 ms, Nagle still on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the median request takes at most two round trips (rtt_ms) plus 2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: every recv but the last returns at least the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: fewer recvs than without the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking: one send() per message takes all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking: a send() waits in the kernel (5 ms or more) until the buffer has taken it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking: some send() accepts fewer bytes than asked, or fails with EAGAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking: every byte arrives all the same, as the loop calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection&apos;s recvs return only its own client&apos;s bytes, in the order sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections send and read at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without peek: a datagram longer than the buffer is cut to the buffer&apos;s size; the rest is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peek: recv(MSG_PEEK | MSG_TRUNC) returns the datagram&apos;s full size and leaves it queued for the next recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peek: every datagram is read whole, by one recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every datagram of at most 65,507 B arrives whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every send() of more than 65,507 B fails with EMSGSIZE, and nothing of it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the first send() succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a later send() fails with ECONNREFUSED and sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconnected: every sendto() succeeds, and every datagram is lost without an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (at least %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (exactly %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SockScope does not know what to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measured number is outside the lesson&apos;s bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 returned data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 in one recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recv #%2 returned the end of message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one recv returned at most %2 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reply m0 came in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the read for reply m1 returned %2 B of reply m0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 B in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recvfrom() calls will return data for these %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recv() calls will TCP need for these %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most how many datagrams will one recvfrom() return?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most how many messages will one recv() return?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which recv() will return the end of message %1? (recvs are numbered from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends reply m0 (%1 B) with one send(). In how many recv() calls will it arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes of reply m0 will the read meant for reply m1 return?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long will each request take with Nagle on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long will each request take with TCP_NODELAY?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long will each request take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Nagle on: after how many of the %1 will bytes still wait unsent in the kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With TCP_NODELAY: after how many of the %1 will bytes still wait unsent in the kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many send() calls will accept only part of their bytes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many send() calls will it take to send the %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the framing: how many of the %1 will the decoder recover whole?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages hold %1 B in all, one of them empty. How many bytes will the TCP reader receive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many UDP recvfrom() calls will return 0 bytes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each datagram holds %1 B and recvfrom() is given %2 B. How many bytes will one recvfrom() return at most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the %1 will arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many errors will send() and recvfrom() report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording stopped at the event cap of %1 calls (--max-events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 never sent, %6 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::LessonFile</name>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a text {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of scenario keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, a number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;label&quot;: …, &quot;settings&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runs &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of %1, not two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: one of %1 with the bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name of lower-case letters, digits and &apos;-&apos; (at most %1), as &apos;run --lesson&apos; takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of scenario keys, as a scenario file has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of at most %1 variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;name&quot;: …, &quot;off&quot;: {…}, &quot;on&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown headline &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of at most %1 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim &quot;%1&quot; (README lists the claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a claim id, or an object of your own claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson file is at most 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the lesson file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is taken by another file of the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own settings, run as one scenario. Pick a lesson to start from a prepared one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run both, stacked: “%1” above, “%2” below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1, which the lesson compares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These runs were not recorded with the lesson&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text below is the lesson&apos;s, for its own settings; “What happened” is measured on these runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson, with its own settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::LoopbackCapture</name>
    <message>
        <source>The wire lane of real runs needs permission to capture packets (CAP_NET_RAW): run &apos;sudo setcap cap_net_raw+ep $(command -v sockscope)&apos; once, or run SockScope as root. Until then real runs show no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture on loopback is not available (%1), so real runs show no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture missed packets: %1 of them arrived faster than SockScope read the capture&apos;s ring and were not kept, so the wire lanes lack them (and the --pcap file too); no recv() is linked to a captured datagram by its place in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindow</name>
    <message>
        <source>SockScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the gaps between calls so that every box is readable; off = linear time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SockScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting with the new setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1. Hover a box for details, click it to follow its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: press Run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the timeline as an image (%1 × %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios and traces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save t&amp;race…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the trace %1, as recorded. Run records it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: press Run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload &amp;encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Run (F5) to send the messages over real sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the lesson&apos;s settings. Undo reset (Ctrl+Z) brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed: running again with the new value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario over real sockets (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: press Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Byte-stream view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run by stream offset instead of time: where the send() calls cut the bytes, and where the recv() calls did (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-stream view: the run&apos;s bytes by stream offset. B shows the timeline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s calls in time. B shows the byte-stream view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recv is in another run: pick one of the run the question is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the lesson&apos;s questions before the run; the run is recorded hidden until Reveal (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording, hidden until you reveal it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a prediction first, or press Reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and hidden. Enter your predictions, then Reveal (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: answer the questions above, then Run (F5). The run stays hidden until you reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed: the run replays (P pauses, X shows all); each prediction is checked above the lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worksheet is made for a lesson: choose one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet&apos;s answer key needs a finished run of the lesson on screen: press Run (and Reveal) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the lesson %1: press Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a lesson first: a lesson file starts from one, with your settings as its scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the lesson %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) not loaded: %1</source>
        <translation>
            <numerusform>%n lesson file not loaded: %1</numerusform>
            <numerusform>%n lesson files not loaded: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1 cancelled: the window shows what it showed before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ManualPage</name>
    <message>
        <source>SCENARIO KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files are JSON objects with these keys; run&apos;s --set key=value overrides any of them. A key that is not given has its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LESSONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names run&apos;s --lesson takes; each lesson checks its own claims against the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see TCP streams and UDP datagrams happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope shows the difference between a TCP byte stream and UDP datagrams by making it happen on real sockets. It sends messages over loopback TCP and UDP with the cadence, Nagle setting, buffer sizes and recv() size chosen, records every send() and every recv() system call with the kernel&apos;s evidence, and draws each send against each recv: messages merged or split across recvs (sticky packets), Nagle&apos;s algorithm and the delayed ACK, partial sends, UDP truncation and silent loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verb it opens the window on the default lesson. The verbs below do the same from the command line: they print a table for a projector and write the trace as JSON, CSV, a Chrome trace or pcapng, and the timeline as PNG, SVG or PDF. Every output is written whole or not at all; - is standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the usage of every verb and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other option is left to Qt&apos;s window (for example -platform, -style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C, SIGTERM or SIGHUP stop a run or an observation and keep what was recorded: the table is printed and the files are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the command line&apos;s texts: Simplified Chinese for zh_CN, English otherwise. The window follows them unless View, Language says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin. The verbs that draw images use offscreen when it is not set, so they need no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, dense lanes are drawn event by event instead of as per-pixel marks, to check a figure against the exact drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s settings (language, network mode, payload encoding, the last scenario, the window&apos;s geometry); in $XDG_CONFIG_HOME when it is set. The command line reads none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of a lesson, for the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the trace and a figure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same lesson on loopback and on a simulated network, compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved trace again, drawn as replay shows it at 30 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every recv() of a student&apos;s own client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ModeSwitch</name>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real sockets on loopback: what this kernel really does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same scenario on an imagined network (round trip, MSS, loss… under Simulated network), with the packets on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs observed: each real run with its simulated twin right below it, on one time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::NativeSocket</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveCommand</name>
    <message>
        <source>Listen on a port and record every recv() of whatever program connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe TCP clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe UDP datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode TCP frames: none, length:N:be|le, delimiter:SEQ, fixed:N, json-header:N:be|le:FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes asked of every recv() (default 1024 TCP, 65536 UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recv() every MS milliseconds (default: when data is ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds (default: at Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest frame the decoder accepts (default 16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP clients recorded at once; more are closed (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward every TCP client to this server, recording both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a --relay address other than loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe: give exactly one of --tcp and --udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: required (0 picks a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay: %1 is not a loopback address; add --allow-remote to relay to another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe: cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1, not loopback: other machines can connect; what they send is only displayed, never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: relaying to %1, another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration: expected a number of seconds greater than 0 and at most %1 (7 days), got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory all recordings may hold together; then recording stops, clients are still read (default 1024 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a TCP client that sends nothing for S seconds; 0: never (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout: expected seconds from 0 (never) to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveNotes</name>
    <message>
        <source>at %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 more note(s) like the ones above were not kept (the first %2 were)</source>
        <translation>
            <numerusform>%1 more note like the ones above were not kept (the first %2 were)</numerusform>
            <numerusform>%1 more notes like the ones above were not kept (the first %2 were)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveOptions</name>
    <message>
        <source>--bind: &quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--framing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--framing: applies to TCP byte streams; UDP keeps each datagram whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recv-size: expected 1 to %1 bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-interval-ms: expected 0 to 60000, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration: expected a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-frame: expected 1 to 4294967296 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-clients: expected 1 to 1024, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max recvs: expected at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay: relays TCP connections only (use --tcp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-budget: expected 1 to %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout: expected 0 (never) to %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObservePanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decoded</source>
        <translation>
            <numerusform>%n message decoded</numerusform>
            <numerusform>%n messages decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad frame(s)</source>
        <translation>
            <numerusform>%n bad frame</numerusform>
            <numerusform>%n bad frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, message #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: the clients are disconnected, the trace is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the port and record every recv() of whatever connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening. Point your client at this address; each TCP connection becomes a run on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From other computers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the settings on the left and press Start listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for your own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded runs as trace JSON (sockscope show draws it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline as PNG, SVG or PDF, with a caption and the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the python3 client command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the netcat command: type lines, each Enter sends one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (clients turned away, decoder errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording stopped, %1 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1: waiting for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening. Point your client at this address; every UDP datagram it sends here becomes a recv() on the timeline, and all of them one run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveSession</name>
    <message>
        <source>the listening socket failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned away: %2 clients are connected already (--max-clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned away: no thread could be started for it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned away: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording stopped: %1. After that %2 B in %3 were read but not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 datagram(s)</source>
        <translation>
            <numerusform>%1 datagram</numerusform>
            <numerusform>%1 datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recv() call(s)</source>
        <translation>
            <numerusform>%1 recv() call</numerusform>
            <numerusform>%1 recv() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 connection(s) made after that were served without a run in the trace.</source>
        <translation>
            <numerusform>%1 connection made after that were served without a run in the trace.</numerusform>
            <numerusform>%1 connections made after that were served without a run in the trace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets are captured on loopback only: this session listens on or relays to another address, so its runs show no packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observe %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveSettings</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP or UDP port to listen on; 0 lets the kernel pick a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other computers connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address to listen on; 0.0.0.0 means every network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on this network can connect and send data. SockScope only displays what it receives, but check that this is what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size passed to every recv() call, as in the student&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as data is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slow reader: one recv() every N ms lets the kernel queue bytes, so recvs merge messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to cut the byte stream into messages: none, length:N:be|le, delimiter:\n, fixed:N or json-header:N:be|le:FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer is untrusted: a longer message (or length prefix) is reported as an error, never allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections recorded at once; more are turned away and noted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveWire</name>
    <message numerus="yes">
        <source>%n packet(s) captured after the memory budget was reached were not kept</source>
        <translation>
            <numerusform>%n packet captured after the memory budget was reached were not kept</numerusform>
            <numerusform>%n packets captured after the memory budget was reached were not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ObservedConnection</name>
    <message>
        <source>the server %1 refused the connection: %2; the client was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server %1: %2; the client was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client reset the connection; the server %1 was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 reset the connection; the client was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() from the client failed: %1; the server %2 was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() from the server %1 failed: %2; the client was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarding to the server %1 failed: send() %2; the client was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarding to the client failed: send() %1; the server %2 was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thread could be started for the relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ObservedRunLabel</name>
    <message>
        <source>TCP from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (client → server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (server → client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::OutputFile</name>
    <message>
        <source>only %1 of %2 bytes could be written (disk full or file size limit?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::PcapngWriter</name>
    <message>
        <source>%1: cannot write the pcapng file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap: the trace has no packets to write: no simulated run (--mode sim or --mode both) and no packets captured on loopback (a saved trace keeps the captured segments, not the packets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::PlatformProfile</name>
    <message>
        <source>the delayed ACK waits %1 ms (Linux: %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recvfrom() of a datagram longer than its buffer fails with WSAEMSGSIZE (Linux returns the cut datagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram of more than %1 B fails with EMSGSIZE (Linux: %2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF and SO_RCVBUF are used as asked (Linux doubles them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP&apos;s default buffers are %1 B to send and %2 B to receive (Linux: %3 B and %4 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP&apos;s default receive buffer is %1 B (Linux: %2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::PredictPanel</name>
    <message>
        <source>Predict first: answer each question, then Run (F5). The run is recorded but hidden until you reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording, hidden… keep predicting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and hidden. Reveal (F5) replays the run and checks each prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your predictions against what the run measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hidden run, replayed, and check each prediction (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recv&apos;s number (recvs are numbered from 0); or press Pick and click the recv on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction; ? = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then click a recv box on the timeline: its number is your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::PreviewText</name>
    <message>
        <source>GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK) cannot be decoded: this Qt was built without ICU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ProgressMeter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::RecordingGate</name>
    <message>
        <source>%1: recording stopped: %2; what arrives is still read, and only counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording stopped: %1; every client is still read (and relayed), nothing more is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recording stopped: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::RemoteSender</name>
    <message>
        <source>the scenario sends over TCP and UDP at once; a server listens on one of them: add --set protocol=tcp or --set protocol=udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request/response scenarios (reply_size &gt; 0) need SockScope&apos;s own server; add --set reply_size=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several clients (clients &gt; 1) run against SockScope&apos;s own server; add --set clients=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK (cork=true) is uncorked by SockScope&apos;s own lesson client; add --set cork=false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ReplayBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the run in slow motion, call by call (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole run · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back: hide the last call or packet shown (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward: show the next call or packet (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the replay and show the whole run again (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replay speed: 1× plays the whole run in %n second(s) ([ slower, ] faster)</source>
        <translation>
            <numerusform>Replay speed: 1× plays the whole run in %n second ([ slower, ] faster)</numerusform>
            <numerusform>Replay speed: 1× plays the whole run in %n seconds ([ slower, ] faster)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to any moment of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::RunCommand</name>
    <message>
        <source>Run a lesson or a scenario with real loopback sockets, on a simulated network, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson to run (see &apos;sockscope lessons&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario file (JSON) to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a scenario key; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real: loopback sockets; sim: the simulated network (rtt_ms, mss, loss, ... keys); both: run both and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to an external server instead of SockScope&apos;s own receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow --to/--relay addresses other than loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends and recvs recorded per run before it stops (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-events: expected a whole number from 1 to 1000000000, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: expected real, sim or both, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: expected key=value, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: sends with real sockets; leave out --mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is not a loopback address; add --allow-remote to send to another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: sending to %1, another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario as set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set, so only this lesson&apos;s matching variant runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson file (JSON, README &quot;Lesson files&quot;) to run, with its own title, scenario and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: give one of --lesson, --lesson-file and --scenario, not two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson-file: %1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::RunHeader</name>
    <message>
        <source>TCP requests (client → server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP replies (server → client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::RunNarrative</name>
    <message>
        <source>The run failed at the socket level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) accepted fewer bytes than asked; the sender had to call again.</source>
        <translation>
            <numerusform>%n send() call accepted fewer bytes than asked; the sender had to call again.</numerusform>
            <numerusform>%n send() calls accepted fewer bytes than asked; the sender had to call again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes do not add up: %1 sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n send() call</numerusform>
            <numerusform>%n send() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s)</source>
        <translation>
            <numerusform>%n recv() call</numerusform>
            <numerusform>%n recv() calls</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP delivered %1 in %2: %3 merged with others and %4 split apart. A byte stream keeps no message boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP merged %1 into shared reads (%2 → %3): a byte stream keeps no message boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP split %1 over several recv() calls: one send() is not one recv().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sent nothing for the empty message: a 0-byte send() puts no bytes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TCP message arrived in a recv() of its own this time, but TCP does not promise it: change the reader and watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP lost %1 of %2 without any error on either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP cut %1 to the recv() size; the rest of each was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty datagram arrived as a recv() of 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every UDP datagram arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope sent %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope received %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel dropped %1 on this socket (its drop counter, SO_RXQ_OVFL): it counts this socket&apos;s full receive buffer only, not losses in the network or at the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s drop counter (SO_RXQ_OVFL) counted %1 dropped on the receiving socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO): it joined small sends into shared segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>It sent %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s smoothed round-trip time for the connection was %1 ms (TCP_INFO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP neither joined nor cut a send() this time, but it does not promise it: change the reader and watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO; %3 carried no bytes): it joined small sends into shared segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO; %3 carried no bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere TCP joined send() calls: %1 returned the bytes of several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program wrote each of %1 in %2, and each of their recv() calls returned exactly one send()&apos;s bytes: the sender split them, not TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program wrote each of %1 in several send() calls, and each of their recv() calls returned exactly one send()&apos;s bytes: the sender split them, not TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2): nothing of them was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listened on the port: the %1 that left were dropped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped at the event cap of %1 calls (--max-events); the trace holds the run until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never left: the run ended before they were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every UDP datagram that was sent arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended before the reader had read %1 whole: they are unread, not lost (a stream loses nothing while its connection lives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended before a recv() returned %1 sent after the last that arrived: unread, still on their way or dropped, which the run did not wait to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped early, so not every byte was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TCP message that was read arrived in a recv() of its own this time, but TCP does not promise it: change the reader and watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every UDP datagram that was read arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::Scenario</name>
    <message>
        <source>%1: expected a whole number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a probability from 0 to 1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol: expected tcp, udp or both, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: expected a number of bytes or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: a list must be a JSON array of strings, e.g. [&quot;hello&quot;,&quot;world&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: every item of the list must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: expected a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: the list is empty; give at least one string (&quot;&quot; for an empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: a template longer than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: expected a string such as length:4:be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply_read: expected full or once, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario key &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count × size: %1 bytes in one run is more than the 1 GiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: a %1-byte length field cannot carry a %2-byte message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: applies to TCP byte streams only (UDP keeps message boundaries); set protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply_size: request/response runs need protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the scenario file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a scenario file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the scenario file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>size auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader starts after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-blocking send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 send() calls per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply %1 B (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated network: RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed ACK %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delayed ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`tcp`, `udp` or `both` (both at the same time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes per message (`auto` = the payload&apos;s own length; longer sizes repeat it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause between messages (0 = back to back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template, `{n}` = message number; a JSON list cycles: `[&quot;hello&quot;,&quot;world&quot;]`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`send()` calls per message (2 = write-write-read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`none`, `length:N:be|le`, `delimiter:\n`, `fixed:N`, `json-header:N:be|le:FIELD`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`TCP_NODELAY` on the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`O_NONBLOCK` sender: partial sends and `EAGAIN` show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`SO_SNDBUF` request (0 = kernel default); the effective value is read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`SO_RCVBUF` request (0 = kernel default); the effective value is read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size passed to every `recv()`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = read when data is ready, else one `recv()` every N ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader starts this late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP request/response: the server answers each message with this many bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`full` (loop until the reply is in) or `once` (one `recv()`, the classic bug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record kernel evidence (one `ioctl` per call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated network: round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated link speed, 0 = unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated TCP maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated probability that a packet is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated probability that a packet is held back behind later ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated probability that a packet arrives twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator&apos;s random seed: same seed and scenario, byte-identical trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a scenario file is at most 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the trace holds no &quot;scenario&quot; object to run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform: expected linux, windows or macos, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated operating system: `linux`, `windows` or `macos` (delayed ACK, UDP truncation, largest datagram, default buffers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed_ack_ms: expected a number of milliseconds or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated delayed ACK (`auto` = the platform&apos;s: Linux 40, Windows 200, macOS 100; 0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (connect())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no receiver (closed port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read interval per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSG_PEEK first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size auto, then %1 B more each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size auto, then %1 B less each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B, then %2 B more each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B, then %2 B less each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients: several clients connect to one TCP server; set protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP clients connecting to one server at once, one run per connection; `{c}` in the payload = client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: a UDP message of %1 bytes is longer than an IPv4 packet (at most %2 bytes; above 65,507 sendto() fails with EMSGSIZE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message n is `size` (or its payload&apos;s length) plus n times `size_step` bytes, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: applies to UDP sockets only (a TCP sender always connects); set protocol=udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: `connect()` the sender, then `send()`; ICMP errors such as `ECONNREFUSED` reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cork: TCP_CORK is a TCP option; set protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`TCP_CORK` on the sender from the first `send()`, removed after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rcvlowat: SO_RCVLOWAT is shown on TCP streams; set protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`SO_RCVLOWAT` on the server (0 = kernel default, 1 byte): a blocking `recv()` waits for this many bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quickack: TCP_QUICKACK is a TCP option; set protocol=tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`TCP_QUICKACK` on the server, set again after every `recv()` (Linux clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek: applies to UDP datagrams only; set protocol=udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: `recv(MSG_PEEK | MSG_TRUNC)` learns each datagram&apos;s size, then one `recv()` of that size reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver: expected present or none, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver: only a UDP run can send to a closed port; set protocol=udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: `present`, or `none` (nothing listens: a port bound and closed before the first send)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioControls</name>
    <message>
        <source>TCP and UDP side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sockets to run; both run at the same time on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg-{n};  or  [&quot;hello&quot;,&quot;world&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each message says; {n} is its number. A JSON list cycles: [&quot;hello&quot;,&quot;world&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TCP messages are delimited so the receiver can find them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY (Nagle off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking send (O_NONBLOCK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when data is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the whole reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one recv() per reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic bug: one recv() per reply leaves the rest for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kernel evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated network&lt;/b&gt; (sockscope run --mode sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a packet is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a packet is held back behind later ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a packet arrives twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many application messages the sender sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per message; auto = the payload&apos;s own length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between two messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() calls per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 = the write-write-read pattern that meets delayed ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send buffer to request; Linux doubles it and applies a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buffer to request; Linux doubles it (floor 2304 B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size passed to every recv(): a UDP datagram longer than this is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slow reader lets bytes pile up in the receive buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader starts after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s first recv() waits this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP request/response: the server answers each message with this many bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagation delay there and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link rate; unlimited = no serialisation delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP maximum segment size (1460 B on Ethernet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same seed and scenario, same simulated trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by the simulator only: switch the network to Simulated or Both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varied by this lesson: each run has its own value. Click to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no framing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective, real and simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective, real: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective, simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system the simulator models: its delayed-ACK timer, what a recvfrom() of a too-long datagram does, the largest datagram, the default buffers. Real runs are this machine&apos;s Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s delayed ACK timeout; the platform&apos;s: Linux 40 ms, Windows 200 ms, macOS 100 ms. 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket reads the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (a closed port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP clients connecting to the one server at once, each sending the messages on its own connection; {c} in the payload is the client&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message is this many bytes longer than the one before (negative: shorter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected UDP (connect())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() the UDP sender to the receiver&apos;s port and send(): the kernel then reports ICMP errors to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cork the sender before its first send() and uncork it after the last: the kernel holds partial segments (at most 200 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVLOWAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking recv() waits until this many bytes are queued (or the peer closes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server acknowledges at once: TCP_QUICKACK is not permanent, so it is set again after every recv().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peek at the size first (MSG_PEEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(MSG_PEEK | MSG_TRUNC) returns the datagram&apos;s full size and leaves it queued; a buffer of that size then reads it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the port is bound and closed again before the first send, so nothing listens on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::SelectionSummary</name>
    <message>
        <source>No message selected. Ctrl+Left and Ctrl+Right select a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, message #%2 of %3: &quot;%4&quot;, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the datagram recv() #%2 read at %3: &quot;%4&quot;, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived as datagram #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decoded message #%2: &quot;%3&quot;, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::ShowCommand</name>
    <message>
        <source>Print no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trace JSON file written by --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved trace again exactly as it was recorded: the table, the lesson&apos;s claims judged again from its data, and any of the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1: %2% of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::Simulator</name>
    <message>
        <source>the simulator does not model TCP_CORK (cork=true): run it on real sockets (--mode real)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::StderrNotes</name>
    <message>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::StreamReader</name>
    <message>
        <source>recv() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed: the connection was idle for %2 s (--idle-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::StreamSender</name>
    <message>
        <source>send() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::SummaryPanel</name>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each real run (loopback: a round trip of microseconds, a 64 KiB MSS, no loss) has its simulated twin below it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) have the same fate in both.</source>
        <translation>
            <numerusform>%1 of %n message have the same fate in both.</numerusform>
            <numerusform>%1 of %n messages have the same fate in both.</numerusform>
        </translation>
    </message>
    <message>
        <source>They agree: the model predicts what the kernel did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recording…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The counts and the conservation check follow when the run ends.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Run&lt;/b&gt; (F5) to send the messages over real sockets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segments on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest ACK delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the packets differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments with data (TCP_INFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmitted segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() calls, EOF included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each real run (loopback: a round trip of microseconds, no loss) has its simulated twin below it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagrams on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted for %1 vs observed on Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden until Reveal.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What happened appears with the run, so that it does not give the answers away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (ended early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TcpConnection</name>
    <message>
        <source>lost in the simulated network: it never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again after a retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TcpModel</name>
    <message>
        <source>the simulation did not finish within an hour of simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated programs stopped before the end (a model error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out (ETIMEDOUT): %1 retransmissions without an ACK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TcpRunner</name>
    <message>
        <source>recv() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TerminalProgress</name>
    <message>
        <source>writing %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TextJoin</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TextReport</name>
    <message>
        <source>Request → reply round trip: min %1 ms, median %2 ms, max %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options: SO_SNDBUF %1 → %2 effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our socket: SO_RCVBUF %1 effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end: the trace holds what happened until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation ended before the peer closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 sent in %n send() call(s)</source>
        <translation>
            <numerusform>Bytes: %1 sent in %n send() call</numerusform>
            <numerusform>Bytes: %1 sent in %n send() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial send(s) (accepted fewer bytes than asked)</source>
        <translation>
            <numerusform>%n partial send (accepted fewer bytes than asked)</numerusform>
            <numerusform>%n partial sends (accepted fewer bytes than asked)</numerusform>
        </translation>
    </message>
    <message>
        <source>What the server&apos;s recv() calls got is for the server to show: run it behind &apos;sockscope observe --relay&apos; to see both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) decoded</source>
        <translation>
            <numerusform>%n frame decoded</numerusform>
            <numerusform>%n frames decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete or malformed</source>
        <translation>
            <numerusform>%n incomplete or malformed</numerusform>
            <numerusform>%n incomplete or malformed</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel evidence: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest datagram waiting before a recv %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max bytes queued before a recv %1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options: SO_SNDBUF %1 → %2 effective, SO_RCVBUF %3 → %4 effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at ms / unsent after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n send() calls)</source>
        <translation>
            <numerusform> (%n send() call)</numerusform>
            <numerusform> (%n send() calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … %n more message(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … %n more message in the JSON/CSV export</numerusform>
            <numerusform>  … %n more messages in the JSON/CSV export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary: %n message(s)</source>
        <translation>
            <numerusform>Summary: %n message</numerusform>
            <numerusform>Summary: %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 intact, %2 merged, %3 split, %4 truncated, %5 lost, %6 empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 cut off by truncation, %2 in lost datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n send() call</numerusform>
            <numerusform>%n send() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) failed with EAGAIN (buffer full)</source>
        <translation>
            <numerusform>%n send() call failed with EAGAIN (buffer full)</numerusform>
            <numerusform>%n send() calls failed with EAGAIN (buffer full)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n recvs)</source>
        <translation>
            <numerusform>(%n recv)</numerusform>
            <numerusform>(%n recvs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recvs (one row per recv() call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(0 bytes: the peer closed the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [truncated: %1 of %2 bytes kept]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty datagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n more recv(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … %n more recv in the JSON/CSV export</numerusform>
            <numerusform>  … %n more recvs in the JSON/CSV export</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends (one row per send() call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n more send(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … %n more send in the JSON/CSV export</numerusform>
            <numerusform>  … %n more sends in the JSON/CSV export</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded frames (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piggybacked on data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOST on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROPPED: receive buffer full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … %n more packet(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … %n more packet in the JSON/CSV export</numerusform>
            <numerusform>  … %n more packets in the JSON/CSV export</numerusform>
        </translation>
    </message>
    <message>
        <source>back at ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender of lesson %1, sending to a server that is not SockScope&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The decoder stopped at f%1: %2 B received after it were not decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 B cut off by truncation in %n datagram(s)</source>
        <translation>
            <numerusform>%1 B cut off by truncation in %n datagram</numerusform>
            <numerusform>%1 B cut off by truncation in %n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s) failed: %1</source>
        <translation>
            <numerusform>%n recv() call failed: %1</numerusform>
            <numerusform>%n recv() calls failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lost: %n datagram(s) dropped by the kernel on this socket (its drop counter, SO_RXQ_OVFL; it counts a full receive buffer on this socket only, not losses in the network or at the sender)</source>
        <translation>
            <numerusform>Lost: %n datagram dropped by the kernel on this socket (its drop counter, SO_RXQ_OVFL; it counts a full receive buffer on this socket only, not losses in the network or at the sender)</numerusform>
            <numerusform>Lost: %n datagrams dropped by the kernel on this socket (its drop counter, SO_RXQ_OVFL; it counts a full receive buffer on this socket only, not losses in the network or at the sender)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kernel drop counter (SO_RXQ_OVFL): %n datagram(s) dropped on the receiving socket</source>
        <translation>
            <numerusform>Kernel drop counter (SO_RXQ_OVFL): %n datagram dropped on the receiving socket</numerusform>
            <numerusform>Kernel drop counter (SO_RXQ_OVFL): %n datagrams dropped on the receiving socket</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP_INFO at the end, %1: %2 segments out (%3 with data), %4 in (%5 with data), %6 retransmitted, RTT %7 ms ± %8, MSS %9 out / %10 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1 received in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 of %2 bytes were still unsent (max %3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
    <message>
        <source>Model&apos;s evidence: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [peek: the %1-byte datagram stays queued]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) failed: %1</source>
        <translation>
            <numerusform>%n send() call failed: %1</numerusform>
            <numerusform>%n send() calls failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>conserved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the run was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the run ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT conserved ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unread (the run ended before the reader read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 in unread datagrams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineExporter</name>
    <message>
        <source>drawing a picture needs a QGuiApplication (fonts); this program has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by SockScope&apos;s network model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by SockScope with real sockets on loopback: one box per system call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact time axis: the gaps between calls are shortened, so distances are not to scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of %1 × %2 pixels is too large; choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing the PNG failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the document (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown image type &quot;%2&quot; (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real sockets on loopback (one box per system call) next to the lanes predicted by SockScope&apos;s network model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions through a relay, as its recv() calls saw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagrams as SockScope&apos;s recv() calls saw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP clients as SockScope&apos;s recv() calls saw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope&apos;s send() calls to an external server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by SockScope as the receiving program: one box per recv() system call on its own socket; the peers&apos; send() calls are not visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by SockScope as a relay: one box per recv() system call of the relay in each direction, every byte forwarded unchanged; the programs&apos; own calls are not visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by SockScope as the sending program: one box per send() system call; what the server&apos;s recv() calls got is for the server to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-stream view: the axis is the stream offset, not time. Each byte has its message&apos;s colour; boxes above the bar are send() calls, boxes under it recv() calls, and the ticks on the bar mark where each call began and ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP keeps the bytes but not the sender&apos;s boundaries: a recv() can end anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: one block per datagram; hatched bytes never reached the application (cut off by a short recv buffer, or a lost datagram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded row shows the receiver&apos;s framing: its boundaries are the sender&apos;s messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire lanes: the packets captured on loopback for the real runs, the model&apos;s packets for the simulated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire lane: the packets captured on loopback while it recorded (libpcap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire lane: the packets of SockScope&apos;s network model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineLegend</name>
    <message>
        <source>one box per system call; colour = message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged: one recv() holds several messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: one message spans several recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: cut-off bytes are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: sent, never received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, EOF or failed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel bytes unsent / queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded message, bracketed to the recv() bytes it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder error or incomplete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wire: packet, ACK, ✕ dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one box per system call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes unsent / queued (kernel or model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes unsent / queued (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek: MSG_PEEK told the size, the datagram stayed queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense calls: a bar per pixel column; on a linear axis, height = bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lost, truncated or failed call in that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() bars: messages per recv() there (below 1: split, above 1: merged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineRenderer</name>
    <message>
        <source>send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view: zoom in to see which bytes each recv() holds</source>
        <translation>
            <numerusform>%n event in view: zoom in to see which bytes each recv() holds</numerusform>
            <numerusform>%n events in view: zoom in to see which bytes each recv() holds</numerusform>
        </translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m%1–m%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✕ %n lost</source>
        <translation>
            <numerusform>✕ %n lost</numerusform>
            <numerusform>✕ %n lost</numerusform>
        </translation>
    </message>
    <message>
        <source>real, loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceComparison</name>
    <message>
        <source>the model drops %1% of packets at random (loss=%2); loopback never loses a packet on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receive buffer overflows differently: the model charges a fixed overhead per datagram and its reader wakes exactly on time; the kernel&apos;s charge and the reader&apos;s wake-ups vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model reorders or duplicates datagrams (reorder=%1, duplicate=%2); loopback keeps them in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle holds small sends until the previous one is acknowledged: one round trip, %1 ms in the model (rtt_ms) but microseconds on loopback, so the two merge different sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model cuts the stream into %1-byte segments (mss) that arrive %2 ms apart in time; loopback&apos;s MSS is ~%3 B and its round trip microseconds, so recvs cut the stream elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes arrive at other moments: the model&apos;s round trip is %1 ms (rtt_ms), loopback&apos;s a few microseconds, so each recv finds a different amount queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips differ (%1 ms observed, %2 ms predicted): the model adds rtt_ms=%3 ms per exchange that loopback does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel grows its buffers as it goes (autotuning) and frees them per packet; the model&apos;s buffers are fixed, so send() accepts different amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model cuts the stream into segments of at most %1 B (mss); loopback&apos;s MSS is %2 B, so the kernel sent %3 B in one segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with TCP_NODELAY the kernel still merged sends into fewer segments: autocorking holds a small segment while the previous one is still queued on the device, which the model does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle and the ACKs work on the model&apos;s %1 ms round trip and the kernel&apos;s microseconds, so small sends gather into different segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver&apos;s longest ACK delay was %1 ms on loopback and %2 ms in the model: the kernel acknowledges at once when its receiver reads or has a full segment, and delays only otherwise (40 ms at first, up to 200 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceCsvWriter</name>
    <message>
        <source>%1: cannot write the CSV file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceDescription</name>
    <message>
        <source>TCP relay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP relay %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing UDP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing TCP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one recv() every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() as soon as data is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no framing decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing %1 (frames up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kernel evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no datagram arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n sender</numerusform>
            <numerusform>%n senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceJsonReader</name>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a preview (printable ASCII and \xNN escapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected data or ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected tcp or udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected real or sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected loopback, observer, relay or sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SockScope trace (no &quot;format&quot;: &quot;sockscope-trace&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace format version %1 was written by a newer SockScope; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: expected a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: a preview holds at most the first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the run&apos;s peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the trace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected max_recvs or memory_budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the trace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected simulated or captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe or device of more than %1 bytes (it would be read into memory whole: save it to a file); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes, the most a trace takes (a run at the event cap of %2 sends and %2 recvs); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected intact, merged, split, truncated, lost, empty, unsent or unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceJsonWriter</name>
    <message>
        <source>%1: cannot write the trace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceOutputs</name>
    <message>
        <source>Write the trace JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one CSV row per event to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Chrome trace (Perfetto, chrome://tracing) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timeline as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timeline as an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timeline as a PDF page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per point: 1, 2 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: expected 1, 2 or 4, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How payloads are shown in the table, CSV, Chrome trace and images: utf-8, gb18030 (GBK) or hex. The trace JSON keeps its escaped form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the PNG, SVG and PDF images as replay shows them at T ms: only what had happened by then. The JSON and CSV stay complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until-ms: expected a number of milliseconds, 0 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: expected utf-8, gb18030 or hex, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which picture --png, --svg and --pdf draw: time (the calls on a time axis) or bytes (the stream&apos;s bytes by offset: where the sends and the recvs cut it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: expected time or bytes, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the packets as pcapng (Wireshark, tshark) to FILE: those captured on loopback during real runs and observe, relay and send-to sessions, the simulated wire lane of simulated runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap: SockScope captures packets on the loopback device only, and this session listens on, relays to or sends to another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::TraceValidator</name>
    <message>
        <source>%1 is not a run of this trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an observe, relay or send-to run has peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an observe or relay run has no sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-sided run (observe, relay, send-to) has no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a send-to run has no recvs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a requests run of this trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expected %2 (ids count 0, 1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, expected %2 (the first of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 bytes the call was asked to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 bytes the call returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message&apos;s %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after message %2: sends go in message order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a message of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, but message %2 is %3 bytes (a datagram is exactly its message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream bytes %1 to %2 are not in message %3 (bytes %4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expected %2 (each message starts where the one before ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null, but send %1 carries this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a send of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send %1 carries message %2, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send %1 is not the message&apos;s first send: send %2 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a recv of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the packet left (t_ns %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a simulated run has a simulated wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a real run has a captured wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run without &quot;wire&quot; has no segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a real run that receives UDP has the kernel&apos;s drop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a real TCP run has TCP_INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an observe or relay run has TCP_INFO of its own socket only, the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a send-to run has no receiving socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a UDP socket reports a drop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a captured packet was seen on the wire, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the frame&apos;s length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a UDP datagram names its recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after the recv of an earlier datagram (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a UDP recv can be a peek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peek reads no datagram away: it has no seq and is not truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::UdpObserver</name>
    <message>
        <source>recvmsg() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::UdpRunner</name>
    <message>
        <source>recvmsg() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::Unrecorded</name>
    <message>
        <source>the observation reached its memory budget of %1 MiB (--memory-budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the run reached its cap of %1 datagram(s)</source>
        <translation>
            <numerusform>the run reached its cap of %1 datagram</numerusform>
            <numerusform>the run reached its cap of %1 datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the run reached its cap of %1 recv() call(s)</source>
        <translation>
            <numerusform>the run reached its cap of %1 recv() call</numerusform>
            <numerusform>the run reached its cap of %1 recv() calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 later datagram(s)</source>
        <translation>
            <numerusform>%1 later datagram</numerusform>
            <numerusform>%1 later datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 later recv() call(s)</source>
        <translation>
            <numerusform>%1 later recv() call</numerusform>
            <numerusform>%1 later recv() calls</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B in %2 were read but not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped at %1 s: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s) captured on the wire after that were not kept</source>
        <translation>
            <numerusform>%1 packet captured on the wire after that were not kept</numerusform>
            <numerusform>%1 packets captured on the wire after that were not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::WireCapture</name>
    <message>
        <source>SockScope simulated network: TCP 127.0.0.1:%1 → 127.0.0.1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockScope simulated network: UDP 127.0.0.1:%1 → 127.0.0.1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost in the simulated network: it never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by the receiver: its receive buffer was full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::WirePainter</name>
    <message>
        <source>wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) in view: zoom in to see each one</source>
        <translation>
            <numerusform>%n packet in view: zoom in to see each one</numerusform>
            <numerusform>%n packets in view: zoom in to see each one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::WireSummary</name>
    <message>
        <source>datagrams: %1 (%2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by a recv(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped at the full receive buffer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost on the way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched to a recv() (still queued when the run ended, or the evidence does not say which recv() read it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segments: %1 (%2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pure ACKs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKs riding on data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire (simulated): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire (captured on loopback): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segments: %1 (%2 B, of which %3 B retransmitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in segments of at most the MSS (%1 B), as TCP_INFO counts them: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::WorksheetCommand</name>
    <message>
        <source>Write a lesson&apos;s worksheet as a PDF: its explanation and prediction questions with room to answer, then the answer key (the timeline of a run and each measured answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson of the worksheet (see &apos;sockscope lessons&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the worksheet: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet to write (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the answer key from this saved trace of the lesson instead of recording a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of the answer key: real (loopback sockets) or sim (the simulated network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: expected %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worksheet: --pdf FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: expected real or sim, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace: the trace is of %1, not of the lesson %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockscope::WorksheetWriter</name>
    <message>
        <source>Worksheet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: ____________________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: this run has nothing the question asks about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing a worksheet needs a QGuiApplication (fonts); this program has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the worksheet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
