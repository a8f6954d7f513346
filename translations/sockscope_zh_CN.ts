<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sockscope::ByteStreamAxis</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamGeometry</name>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>recv()</source>
        <translation>recv()</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>解码</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamRenderer</name>
    <message>
        <source>one block per datagram, in the order sent</source>
        <translation>每个数据报一块，按发送顺序排列</translation>
    </message>
    <message>
        <source>one stream of bytes, by offset</source>
        <translation>一条字节流，按偏移量排列</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>帧 %1</translation>
    </message>
    <message>
        <source>%1 + %2 cut</source>
        <translation>%1 + 截掉 %2</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>被截掉</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), narrower than a pixel each: zoom in to tell them apart</source>
        <translation>
            <numerusform>%Ln 次调用，每次都窄于一个像素：放大即可分辨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>No run yet: press Run to see its bytes.</source>
        <translation>还没有运行：按“运行”查看它的字节。</translation>
    </message>
</context>
<context>
    <name>sockscope::ByteStreamWidget</name>
    <message>
        <source>Byte-stream view</source>
        <translation>字节流视图</translation>
    </message>
    <message>
        <source>%1 message #%2: lost, no recv() got this datagram</source>
        <translation>%1 消息 #%2：丢失，没有任何 recv() 收到这个数据报</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) end in this pixel; zoom in (wheel, +) to tell them apart</source>
        <translation>
            <numerusform>%n 次调用在这一像素内结束；放大（滚轮、+）即可分辨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::CallCount</name>
    <message numerus="yes">
        <source>%n recv() call(s)</source>
        <translation>
            <numerusform>%n 次 recv() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s) + EOF</source>
        <translation>
            <numerusform>%n 次 recv() 调用 + EOF</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message numerus="yes">
        <source>%n EOF(s)</source>
        <translation>
            <numerusform>%n 个 EOF</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ChromeTraceWriter</name>
    <message>
        <source>%1: cannot write the Chrome trace (%2)</source>
        <translation>%1：无法写入 Chrome 跟踪文件（%2）</translation>
    </message>
</context>
<context>
    <name>sockscope::CommandLine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：多余的参数 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: missing argument (see &apos;sockscope %1 --help&apos;)</source>
        <translation>%1：缺少参数（见 &apos;sockscope %1 --help&apos;）</translation>
    </message>
    <message>
        <source>Scenario keys, for --set key=value and scenario files:</source>
        <translation>场景参数（用于 --set key=value 和场景文件）：</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>（默认 %1）</translation>
    </message>
    <message>
        <source>(%1; default %2)</source>
        <translation>（%1；默认 %2）</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>A run failed at the socket level; the files asked for still hold the partial trace.</source>
        <translation>某次运行在套接字层面失败；所要求的文件仍会写入已记录的部分轨迹。</translation>
    </message>
    <message>
        <source>Bad input: an unknown verb, flag, lesson or scenario key, a value out of range, a file that cannot be read or written. One line on standard error names it.</source>
        <translation>输入有误：未知的子命令、选项、课程或场景键，超出范围的值，无法读取或写入的文件。标准错误输出中会有一行指明问题所在。</translation>
    </message>
    <message>
        <source>%1: expected one of %2</source>
        <translation>%1：应为以下之一：%2</translation>
    </message>
    <message>
        <source>List the lessons, one line each: the name &apos;run --lesson&apos; takes and what the class sees.</source>
        <translation>列出所有课程，每行一个：&apos;run --lesson&apos; 使用的名称，以及全班会看到什么。</translation>
    </message>
    <message>
        <source>Print the table of the keys in Markdown, as README has it (English).</source>
        <translation>以 Markdown 表格输出所有键，与 README 中的一致（英文）。</translation>
    </message>
    <message>
        <source>List the scenario keys that --set and scenario files take: meaning, range, default.</source>
        <translation>列出 --set 与场景文件可用的场景键：含义、范围、默认值。</translation>
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
        <translation>用法：
  sockscope [--lesson NAME]      打开窗口，显示默认课程或课程 NAME
  sockscope lessons [--dir DIR] [--save NAME FILE]
                                 列出所有课程；把一门课程写成课程文件
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
运行 &apos;sockscope VERB --help&apos; 查看某个子命令的选项。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (lessons, run, observe, show, worksheet)</source>
        <translation>未知命令 &quot;%1&quot;（可用：lessons、run、observe、show、worksheet）</translation>
    </message>
    <message>
        <source>Also read the lesson files (*.json) of DIR: they are listed, and each file that is not a valid lesson is named with its error.</source>
        <translation>同时读取 DIR 中的课程文件（*.json）：列出这些课程，并逐一指出不是有效课程的文件及其错误。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write lesson NAME (built-in or from a file) as a lesson file FILE to start your own from; it takes its name from FILE&apos;s name.</source>
        <translation>把课程 NAME（内置或来自文件）写成课程文件 FILE，作为编写自己课程的起点；课程名取自 FILE 的文件名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the ids a lesson file&apos;s headline and expectations take, in Markdown, as README has them (English).</source>
        <translation>以 Markdown 格式打印课程文件的 headline 和 expectations 可用的标识，与 README 中的表格相同（英文）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --save: the lesson file to write.</source>
        <translation>与 --save 一起使用：要写入的课程文件。</translation>
    </message>
    <message>
        <source>--dir: &quot;%1&quot; is not a folder</source>
        <translation>--dir：“%1”不是文件夹</translation>
    </message>
    <message>
        <source>--save: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation>--save：没有名为“%1”的课程（见 &apos;sockscope lessons&apos;）</translation>
    </message>
    <message>
        <source>(file: %1)</source>
        <translation>（文件：%1）</translation>
    </message>
</context>
<context>
    <name>sockscope::ComparisonReport</name>
    <message>
        <source>Lesson %1 — %2</source>
        <translation>课程 %1 — %2</translation>
    </message>
    <message>
        <source>Observed on loopback vs predicted by the model (%1)</source>
        <translation>回环上的实测与模型的预测对比（%1）</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>intact/merged/split/trunc/lost/empty</source>
        <translation>完整/粘包/拆包/截断/丢失/空</translation>
    </message>
    <message>
        <source>partial sends</source>
        <translation>部分发送</translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation>收到的字节</translation>
    </message>
    <message>
        <source>conserved</source>
        <translation>字节守恒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>round trip (median)</source>
        <translation>往返时间（中位数）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>  Messages: %1 of %2 have the same fate</source>
        <translation>  消息：%2 条中有 %1 条结果相同</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more message(s)</source>
        <translation>
            <numerusform>  … 另有 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>  Agree: the model predicts what the kernel did.</source>
        <translation>  一致：模型预测的正是内核实际的行为。</translation>
    </message>
    <message>
        <source>  Why they differ: %1</source>
        <translation>  差异原因：%1</translation>
    </message>
    <message>
        <source>data segments on the wire</source>
        <translation>线路上的数据报文段</translation>
    </message>
    <message>
        <source>largest segment (bytes)</source>
        <translation>最大报文段（字节）</translation>
    </message>
    <message>
        <source>longest ACK delay</source>
        <translation>最长 ACK 延迟</translation>
    </message>
    <message>
        <source>  Why the packets differ: %1</source>
        <translation>  数据包为何不同：%1</translation>
    </message>
    <message>
        <source>recv() calls, EOF included</source>
        <translation>recv() 调用次数（含 EOF）</translation>
    </message>
    <message>
        <source>datagrams on the wire</source>
        <translation>线路上的数据报</translation>
    </message>
    <message>
        <source>largest datagram (bytes)</source>
        <translation>最大数据报（字节）</translation>
    </message>
</context>
<context>
    <name>sockscope::Endpoint</name>
    <message>
        <source>expected HOST:PORT with a port from 1 to 65535, got &quot;%1&quot;</source>
        <translation>应为 HOST:PORT，端口在 1 到 65535 之间，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot find an IPv4 address for &quot;%1&quot;</source>
        <translation>找不到 &quot;%1&quot; 的 IPv4 地址</translation>
    </message>
</context>
<context>
    <name>sockscope::EventCap</name>
    <message>
        <source>recording stopped: the run reached the event cap of %1 events (--max-events)</source>
        <translation>记录已停止：本次运行达到了 %1 个事件的上限（--max-events）</translation>
    </message>
</context>
<context>
    <name>sockscope::EventText</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>（请求 %1）</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n send()</source>
        <translation>
            <numerusform>%n 次 send()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv()</source>
        <translation>
            <numerusform>%n 次 recv()</numerusform>
        </translation>
    </message>
    <message>
        <source>recording… %1</source>
        <translation>正在记录… %1</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>at %1, took %2</source>
        <translation>时刻 %1，耗时 %2</translation>
    </message>
    <message>
        <source>asked %1, accepted %2</source>
        <translation>请求 %1，接受 %2</translation>
    </message>
    <message>
        <source>stream offset %1</source>
        <translation>流偏移 %1</translation>
    </message>
    <message>
        <source>unsent after the call (SIOCOUTQNSD): %1</source>
        <translation>调用后未发送（SIOCOUTQNSD）：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 recv() #%2</source>
        <translation>%1 recv() #%2</translation>
    </message>
    <message>
        <source>returned at %1 after waiting %2</source>
        <translation>于 %1 返回，等待了 %2</translation>
    </message>
    <message>
        <source>asked %1, got %2</source>
        <translation>请求 %1，得到 %2</translation>
    </message>
    <message>
        <source>0 bytes: the peer closed the connection (EOF)</source>
        <translation>0 字节：对端关闭了连接（EOF）</translation>
    </message>
    <message>
        <source>datagram size (MSG_TRUNC): %1</source>
        <translation>数据报大小（MSG_TRUNC）：%1</translation>
    </message>
    <message>
        <source>truncated: the rest of the datagram was discarded by the kernel</source>
        <translation>截断：数据报的其余部分被内核丢弃</translation>
    </message>
    <message>
        <source>sequence number: %1</source>
        <translation>序号：%1</translation>
    </message>
    <message>
        <source>queued before the call (FIONREAD): %1</source>
        <translation>调用前排队（FIONREAD）：%1</translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation>包含：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decoded</source>
        <translation>
            <numerusform>已解码 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad frame(s)</source>
        <translation>
            <numerusform>%n 个错误帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 decoded message #%2</source>
        <translation>%1 解码消息 #%2</translation>
    </message>
    <message>
        <source>decoder error: %1</source>
        <translation>解码错误：%1</translation>
    </message>
    <message>
        <source>incomplete: the stream ended inside this message</source>
        <translation>不完整：字节流在这条消息中途结束</translation>
    </message>
    <message>
        <source>assembled from: %1</source>
        <translation>拼接自：%1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>头部：%1</translation>
    </message>
    <message>
        <source>%1 send() #%2 — message #%3</source>
        <translation>%1 send() #%2 — 消息 #%3</translation>
    </message>
    <message>
        <source>fate: %1 (recv() %2)</source>
        <translation>结果：%1（recv() %2）</translation>
    </message>
    <message>
        <source>%1 of message #%2</source>
        <translation>消息 #%2 的 %1</translation>
    </message>
    <message>
        <source>%1 of recv() #%2</source>
        <translation>recv() #%2 中的 %1</translation>
    </message>
    <message>
        <source>the sender&apos;s message #%1</source>
        <translation>发送方的消息 #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recv() + EOF</source>
        <translation>
            <numerusform>%n 次 recv() + EOF</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped by the kernel</source>
        <translation>%1 个被内核丢弃</translation>
    </message>
    <message>
        <source>not seen on the wire</source>
        <translation>未在线路上看到</translation>
    </message>
    <message>
        <source>%1 datagram of %2 at %3</source>
        <translation>%1 %3 的数据报，%2</translation>
    </message>
    <message>
        <source>%1 packet at %2</source>
        <translation>%1 %2 的数据包</translation>
    </message>
    <message>
        <source>arrived at %1</source>
        <translation>于 %1 到达</translation>
    </message>
    <message>
        <source>lost in the network</source>
        <translation>在网络中丢失</translation>
    </message>
    <message>
        <source>dropped: the receive buffer was full</source>
        <translation>被丢弃：接收缓冲区已满</translation>
    </message>
    <message>
        <source>SYN: opens the connection</source>
        <translation>SYN：建立连接</translation>
    </message>
    <message>
        <source>FIN: the sender&apos;s end of the stream</source>
        <translation>FIN：发送方的字节流结束</translation>
    </message>
    <message>
        <source>RST: resets the connection</source>
        <translation>RST：重置连接</translation>
    </message>
    <message>
        <source>ACK riding on data going the other way, window %1</source>
        <translation>搭载在反方向数据上的 ACK，窗口 %1</translation>
    </message>
    <message>
        <source>pure ACK, window %1</source>
        <translation>纯 ACK，窗口 %1</translation>
    </message>
    <message>
        <source>acknowledges the stream up to byte %1</source>
        <translation>确认字节流直到第 %1 字节</translation>
    </message>
    <message>
        <source>sent again (a retransmission)</source>
        <translation>再次发送（重传）</translation>
    </message>
    <message>
        <source>carried bytes of %1</source>
        <translation>携带了 %1 的字节</translation>
    </message>
    <message>
        <source>read by recv() %1</source>
        <translation>被 recv() %1 读取</translation>
    </message>
    <message>
        <source>left in segment #%1 at %2</source>
        <translation>在 %2 随报文段 #%1 发出</translation>
    </message>
    <message>
        <source>left in segment #%1 at %2, together with message %3</source>
        <translation>在 %2 随报文段 #%1 发出，与消息 %3 一起</translation>
    </message>
    <message>
        <source>arrived as datagram #%1 at %2</source>
        <translation>于 %2 作为数据报 #%1 到达</translation>
    </message>
    <message>
        <source>arrived in segment #%1 at %2</source>
        <translation>于 %2 在报文段 #%1 中到达</translation>
    </message>
    <message>
        <source>no captured datagram is known to be this one: the bytes, size or sender of the one the drop counter points at differ, or the capture did not keep it</source>
        <translation>无法确定它是哪个抓取到的数据报：丢弃计数器所指的那个数据报的字节、大小或发送方不一致，或抓包未保留它</translation>
    </message>
    <message>
        <source>%1 datagram #%2: %3 at %4</source>
        <translation>%1 数据报 #%2：%3，于 %4</translation>
    </message>
    <message>
        <source>%1 segment #%2: %3 at %4</source>
        <translation>%1 报文段 #%2：%3，于 %4</translation>
    </message>
    <message>
        <source>dropped: the receive buffer was full (the kernel&apos;s drop counter, SO_RXQ_OVFL, counted it)</source>
        <translation>被丢弃：接收缓冲区已满（内核的丢弃计数器 SO_RXQ_OVFL 计入了它）</translation>
    </message>
    <message>
        <source>stream bytes %1</source>
        <translation>字节流字节 %1</translation>
    </message>
    <message>
        <source>send() #%1 (message #%2)</source>
        <translation>send() #%1（消息 #%2）</translation>
    </message>
    <message>
        <source>not matched to a recv(): still queued when the run ended, or the evidence does not say which recv() read it</source>
        <translation>未对应到 recv()：运行结束时仍在队列中，或证据无法说明是哪个 recv() 读取了它</translation>
    </message>
    <message>
        <source>messages #%1–#%2, %3 each</source>
        <translation>消息 #%1–#%2，每条 %3</translation>
    </message>
    <message>
        <source>stream bytes %1 (%2)</source>
        <translation>流字节 %1（%2）</translation>
    </message>
    <message>
        <source>%1 more arrived after FIONREAD was read, before recv() copied the queue</source>
        <translation>在读取 FIONREAD 之后、recv() 复制队列之前，又到达了 %1</translation>
    </message>
    <message>
        <source>unsent after the call (model): %1</source>
        <translation>调用后未发送（模型）：%1</translation>
    </message>
    <message>
        <source>left as datagram #%1 at %2</source>
        <translation>在 %2 作为数据报 #%1 发出</translation>
    </message>
    <message>
        <source>datagram size (model): %1</source>
        <translation>数据报大小（模型）：%1</translation>
    </message>
    <message>
        <source>queued before the call (model): %1</source>
        <translation>调用前排队（模型）：%1</translation>
    </message>
    <message>
        <source>peek (MSG_PEEK | MSG_TRUNC): the datagram stays queued; the call returned its full size</source>
        <translation>窥探（MSG_PEEK | MSG_TRUNC）：数据报仍在队列中；本次调用返回了它的完整大小</translation>
    </message>
    <message>
        <source>looked at: %1</source>
        <translation>窥探的是：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>sockscope::ExportDialog</name>
    <message>
        <source>Export timeline</source>
        <translation>导出时间轴</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>1× (1600 px wide)</source>
        <translation>1×（宽 1600 像素）</translation>
    </message>
    <message>
        <source>2× (sharp on slides)</source>
        <translation>2×（幻灯片上清晰）</translation>
    </message>
    <message>
        <source>4× (print)</source>
        <translation>4×（打印）</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整次运行</translation>
    </message>
    <message>
        <source>Visible range only</source>
        <translation>仅可见范围</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Use the screen&apos;s colours (otherwise light, for slides)</source>
        <translation>使用屏幕配色（否则用适合幻灯片的浅色）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>图像 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format.</source>
        <translation>要写入的文件；扩展名决定格式。</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>在对话框中选择文件</translation>
    </message>
</context>
<context>
    <name>sockscope::FateWord</name>
    <message>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>粘包</translation>
    </message>
    <message>
        <source>split</source>
        <translation>拆包</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读取</translation>
    </message>
</context>
<context>
    <name>sockscope::FileTask</name>
    <message>
        <source>Reading the trace %1…</source>
        <translation>正在读取跟踪记录 %1…</translation>
    </message>
    <message>
        <source>Saving the trace %1…</source>
        <translation>正在保存跟踪记录 %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>已取消：没有写入 %1。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sockscope::FrameDecoder</name>
    <message>
        <source>more than %1 frames: decoding stopped to bound memory</source>
        <translation>超过 %1 帧：为限制内存占用已停止解码</translation>
    </message>
    <message>
        <source>the stream ended before the frame was complete</source>
        <translation>帧还没完整，字节流就结束了</translation>
    </message>
    <message>
        <source>the length prefix announces a %1-byte JSON header, more than the %2-byte limit</source>
        <translation>长度前缀声明了 %1 字节的 JSON 头部，超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>the length prefix announces a %1-byte frame, more than the %2-byte limit</source>
        <translation>长度前缀声明了 %1 字节的帧，超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>the frame header is not a JSON object</source>
        <translation>帧头部不是 JSON 对象</translation>
    </message>
    <message>
        <source>the JSON header has no &quot;%1&quot; field</source>
        <translation>JSON 头部没有 &quot;%1&quot; 字段</translation>
    </message>
    <message>
        <source>the JSON header&apos;s &quot;%1&quot; is not a whole, non-negative number of bytes</source>
        <translation>JSON 头部的 &quot;%1&quot; 不是非负整数字节数</translation>
    </message>
    <message>
        <source>the JSON header announces a %1-byte body, more than the %2-byte limit</source>
        <translation>JSON 头部声明了 %1 字节的正文，超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>no delimiter within %1 bytes</source>
        <translation>%1 字节内没有找到分隔符</translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation>…（%1 字节）</translation>
    </message>
    <message>
        <source>%1 more fields not kept</source>
        <translation>另有 %1 个字段未保留</translation>
    </message>
</context>
<context>
    <name>sockscope::FrameLanePainter</name>
    <message>
        <source>No complete message decoded yet (framing %1).</source>
        <translation>尚未解码出完整消息（分帧方式 %1）。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已收到 %1</translation>
    </message>
    <message>
        <source>decoder stopped: %1 not decoded</source>
        <translation>解码器已停止：%1 未解码</translation>
    </message>
    <message>
        <source>decoder stopped</source>
        <translation>解码器已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in view: zoom in to see which recv() bytes each one came from</source>
        <translation>
            <numerusform>视图中有 %n 条消息：放大以查看每条消息来自哪些 recv() 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::FramingSpec</name>
    <message>
        <source>the delimiter ends with a lone backslash</source>
        <translation>分隔符以单独的反斜杠结尾</translation>
    </message>
    <message>
        <source>\x needs two hex digits</source>
        <translation>\x 后面需要两位十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1 in the delimiter</source>
        <translation>分隔符中有未知的转义 \%1</translation>
    </message>
    <message>
        <source>delimiter needs at least one byte, e.g. delimiter:\n</source>
        <translation>分隔符至少要有一个字节，例如 delimiter:\n</translation>
    </message>
    <message>
        <source>expected length:N:be|le with N = 1, 2, 4 or 8, got &quot;%1&quot;</source>
        <translation>应为 length:N:be|le，N 为 1、2、4 或 8，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected fixed:N with N from 1 to 16777216, got &quot;%1&quot;</source>
        <translation>应为 fixed:N，N 在 1 到 16777216 之间，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected json-header:N:be|le:FIELD, got &quot;%1&quot;</source>
        <translation>应为 json-header:N:be|le:FIELD，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (none, length, delimiter, fixed, json-header)</source>
        <translation>未知类型 &quot;%1&quot;（可用：none、length、delimiter、fixed、json-header）</translation>
    </message>
</context>
<context>
    <name>sockscope::HiddenRunsBar</name>
    <message>
        <source>▼ %1 of %2 runs below: scroll down or click here</source>
        <translation>▼ 下方还有 %1 个运行（共 %2 个）：向下滚动或点击此处</translation>
    </message>
    <message>
        <source>Shows the next run</source>
        <translation>显示下一个运行</translation>
    </message>
    <message>
        <source>▲ %1 of %2 runs above: scroll up or click here</source>
        <translation>▲ 上方还有 %1 个运行（共 %2 个）：向上滚动或点击此处</translation>
    </message>
    <message>
        <source>Back to the first run</source>
        <translation>回到第一个运行</translation>
    </message>
</context>
<context>
    <name>sockscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>sockscope::Lesson</name>
    <message>
        <source>Nagle on (TCP_NODELAY off)</source>
        <translation>Nagle 开启（TCP_NODELAY 关闭）</translation>
    </message>
    <message>
        <source>TCP_NODELAY on</source>
        <translation>TCP_NODELAY 开启</translation>
    </message>
    <message>
        <source>TCP and UDP side by side</source>
        <translation>TCP 与 UDP 对照</translation>
    </message>
    <message>
        <source>The same small messages over TCP and UDP at once, read by a slow reader</source>
        <translation>同样的小消息同时经 TCP 和 UDP 发出，由读得慢的接收方读取</translation>
    </message>
    <message>
        <source>TCP: a slow reader merges messages</source>
        <translation>TCP：接收方读得慢，消息粘在一起</translation>
    </message>
    <message>
        <source>10 small sends; the reader calls recv(1024) every 50 ms</source>
        <translation>10 次小的 send；接收方每 50 ms 调用一次 recv(1024)</translation>
    </message>
    <message>
        <source>The sender writes a message every 10 ms; the receiver reads only every 50 ms. Meanwhile the kernel queues the bytes in the receive buffer, and one recv returns all that is queued, up to its size: several sends in one recv. The receiver cannot tell where one message ended: that is the application&apos;s job (see the framing lessons).</source>
        <translation>发送方每 10 ms 写一条消息，接收方却每 50 ms 才读一次。这期间内核把字节排在接收缓冲区里，一次 recv 会取走排队的全部数据（不超过它请求的大小）：一次 recv 里装着好几次 send 的内容。接收方分辨不出一条消息在哪里结束：这是应用程序自己的事（见“分帧”系列课程）。</translation>
    </message>
    <message>
        <source>TCP: Nagle&apos;s algorithm holds small sends</source>
        <translation>TCP：Nagle 算法把小数据攒着不发</translation>
    </message>
    <message>
        <source>Back-to-back small sends, TCP_NODELAY off vs on</source>
        <translation>连续的小 send，TCP_NODELAY 关闭与开启对比</translation>
    </message>
    <message>
        <source>TCP: Nagle meets delayed ACK (the 40 ms stall)</source>
        <translation>TCP：Nagle 遇上延迟确认（40 ms 的停顿）</translation>
    </message>
    <message>
        <source>write-write-read request/response, Nagle on vs off: ~40 ms per request</source>
        <translation>“写-写-读”式请求/响应，Nagle 开启与关闭对比：每个请求约 40 ms</translation>
    </message>
    <message>
        <source>TCP: one send split over many recvs</source>
        <translation>TCP：一次 send 被拆到多次 recv 中</translation>
    </message>
    <message>
        <source>A 5 KiB reply read with one recv(1024), then the next request</source>
        <translation>5 KiB 的响应只用一次 recv(1024) 来读，接着发下一个请求</translation>
    </message>
    <message>
        <source>TCP: send() may accept only part of the data</source>
        <translation>TCP：send() 可能只接受一部分数据</translation>
    </message>
    <message>
        <source>Non-blocking socket, small SO_SNDBUF, slow reader: partial sends</source>
        <translation>非阻塞套接字、较小的 SO_SNDBUF、读得慢的接收方：部分发送</translation>
    </message>
    <message>
        <source>The sender&apos;s socket is non-blocking and its send buffer small; the reader is slow. When the buffers are full, send() returns fewer bytes than asked, or fails with EAGAIN. A correct program loops (&quot;sendall&quot;) until every byte is accepted: each of those calls is drawn as its own send.</source>
        <translation>发送方的套接字是非阻塞的，发送缓冲区又小；接收方读得很慢。缓冲区满了以后，send() 返回的字节数少于请求的数量，或者以 EAGAIN 失败。正确的程序会循环调用（“sendall”），直到每个字节都被接受：每一次这样的调用都画成一个单独的 send。</translation>
    </message>
    <message>
        <source>UDP keeps message boundaries</source>
        <translation>UDP 保留消息边界</translation>
    </message>
    <message>
        <source>Datagrams hello, world, sdfas: one recv each</source>
        <translation>数据报 hello、world、sdfas：每个对应一次 recv</translation>
    </message>
    <message>
        <source>UDP: a short buffer truncates the datagram</source>
        <translation>UDP：缓冲区太小会截断数据报</translation>
    </message>
    <message>
        <source>100-byte datagrams read with recvfrom(10)</source>
        <translation>用 recvfrom(10) 读取 100 字节的数据报</translation>
    </message>
    <message>
        <source>Each 100-byte datagram is read with a 10-byte buffer. recvfrom returns the first 10 bytes and the other 90 are gone for good: the next call returns the next datagram, not the rest. Linux does this silently (MSG_TRUNC tells the true size); Windows reports WSAEMSGSIZE.</source>
        <translation>每个 100 字节的数据报都用 10 字节的缓冲区来读。recvfrom 返回前 10 个字节，其余 90 个字节就永远没了：下一次调用返回的是下一个数据报，而不是剩下的部分。Linux 对此不声不响（用 MSG_TRUNC 可以得知真实大小）；Windows 则报告 WSAEMSGSIZE。</translation>
    </message>
    <message>
        <source>UDP: a full receive buffer drops datagrams</source>
        <translation>UDP：接收缓冲区满了就丢弃数据报</translation>
    </message>
    <message>
        <source>A burst of 100 datagrams into SO_RCVBUF 4096, slow reader: silent loss</source>
        <translation>100 个数据报突发涌入 SO_RCVBUF 4096，接收方读得慢：悄无声息的丢包</translation>
    </message>
    <message>
        <source>100 datagrams of 100 bytes arrive in a burst while the reader is still asleep. The receive buffer (4096 requested, doubled by the kernel) holds only a handful, because the kernel also counts its own per-datagram overhead. The rest are dropped: no error for the sender or the receiver, they are simply lost.</source>
        <translation>接收方还在休眠时，100 个 100 字节的数据报一下子涌到。接收缓冲区（请求 4096，内核加倍）只装得下寥寥几个，因为内核还要把自己为每个数据报付出的开销算进去。其余的都被丢弃：发送方和接收方都收不到任何错误，数据报就这样丢失了。</translation>
    </message>
    <message>
        <source>Sending zero bytes</source>
        <translation>发送零字节</translation>
    </message>
    <message>
        <source>An empty message over TCP and UDP</source>
        <translation>经 TCP 和 UDP 发送空消息</translation>
    </message>
    <message>
        <source>The sender sends &quot;hello&quot;, an empty message, then &quot;world&quot;. Over TCP the empty send() puts nothing in the stream: the reader sees helloworld, and a recv that returns 0 bytes means the peer closed the connection. Over UDP the empty datagram is real: recvfrom returns it as 0 bytes.</source>
        <translation>发送方依次发送 &quot;hello&quot;、一条空消息、&quot;world&quot;。在 TCP 上，空的 send() 不会往字节流里放任何东西：接收方看到的是 helloworld，而 recv 返回 0 字节表示对端关闭了连接。在 UDP 上，空数据报是真实存在的：recvfrom 把它作为 0 字节返回。</translation>
    </message>
    <message>
        <source>Framing: a length prefix</source>
        <translation>分帧：长度前缀</translation>
    </message>
    <message>
        <source>The slow reader again, with a 4-byte length header</source>
        <translation>还是读得慢的接收方，这次加上 4 字节的长度头</translation>
    </message>
    <message>
        <source>Same traffic as the slow-reader lesson, but every message starts with its length as a 4-byte big-endian number (Python: struct.pack(&apos;!I&apos;, n)). The receiver&apos;s decoder reads the length, then exactly that many bytes, so it recovers every message although the recvs still merge them.</source>
        <translation>流量与“接收方读得慢”那一课相同，但每条消息都以 4 字节大端序的长度开头（Python：struct.pack(&apos;!I&apos;, n)）。接收方的解码器先读长度，再读恰好这么多字节，所以尽管 recv 仍然粘包，它也能还原出每一条消息。</translation>
    </message>
    <message>
        <source>Framing: a delimiter</source>
        <translation>分帧：分隔符</translation>
    </message>
    <message>
        <source>Newline-terminated messages</source>
        <translation>以换行符结尾的消息</translation>
    </message>
    <message>
        <source>Every message ends with a newline. The decoder collects bytes until it sees one, so it recovers each message whatever the recvs cut. The delimiter must never occur inside a message.</source>
        <translation>每条消息都以换行符结尾。解码器不断收集字节，直到遇到换行符，所以不管 recv 在哪里切开，它都能还原出每一条消息。分隔符绝不能出现在消息内部。</translation>
    </message>
    <message>
        <source>Framing: header length, JSON header, body</source>
        <translation>分帧：头部长度、JSON 头部、正文</translation>
    </message>
    <message>
        <source>The classic file transfer: length, JSON header with the size, then the body</source>
        <translation>经典的文件传输：长度、带大小的 JSON 头部，然后是正文</translation>
    </message>
    <message>
        <source>Each file is sent as a 4-byte header length, a JSON header such as {&quot;name&quot;: &quot;msg-0.bin&quot;, &quot;size&quot;: 3000}, then the 3000-byte body. The receiver reads the header length, then the header, then counts off exactly &quot;size&quot; body bytes, although the body arrives in many recvs.</source>
        <translation>每个文件依次这样发送：4 字节的头部长度，一个 JSON 头部（例如 {&quot;name&quot;: &quot;msg-0.bin&quot;, &quot;size&quot;: 3000}），然后是 3000 字节的正文。接收方先读头部长度，再读头部，然后恰好数出 &quot;size&quot; 个字节的正文，尽管正文是分好多次 recv 到达的。</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>framing off</source>
        <translation>不分帧</translation>
    </message>
    <message>
        <source>framing on</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>Both senders send 12 short messages, one every 10 ms; both readers call recv(1024) only every 50 ms. Look at the receiver lanes: the TCP recvs return several messages glued together (&quot;sticky packets&quot;), because TCP delivers a byte stream and keeps no message boundaries. Each UDP recv returns exactly one datagram, because UDP keeps every boundary.</source>
        <translation>两个发送方各发送 12 条短消息，每 10 ms 一条；两个接收方都只是每 50 ms 调用一次 recv(1024)。请看接收方的泳道：TCP 的 recv 会返回粘在一起的好几条消息（“粘包”），因为 TCP 传送的是字节流，不保留消息边界。每次 UDP recv 恰好返回一个数据报，因为 UDP 保留每一条消息边界。</translation>
    </message>
    <message>
        <source>The sender calls send() 40 times back to back with a few bytes each. With Nagle&apos;s algorithm on (the default), while earlier data is not yet acknowledged the kernel keeps new small pieces in the send queue and sends them together later: watch the &quot;unsent after send&quot; evidence grow. With TCP_NODELAY each send leaves at once while the congestion window allows; only when a long burst has filled it (a few dozen unacknowledged segments at the start of a connection) do the last sends wait for ACKs, Nagle or not.</source>
        <translation>发送方连续调用 send() 40 次，每次只有几个字节。开启 Nagle 算法时（默认如此），只要之前的数据还没被确认，内核就把新的小块数据留在发送队列里，稍后一起发出：请观察“调用后未发送”这项内核证据不断增长。开启 TCP_NODELAY 后，只要拥塞窗口允许，每次 send 都立即发出；只有一长串发送把窗口占满时（连接刚建立时几十个未确认的报文段），最后几次 send 才要等待 ACK，这与 Nagle 无关。</translation>
    </message>
    <message>
        <source>The client writes each request with two send() calls (header, then body) and waits for the reply. With Nagle on, the body must wait until the header is acknowledged, but the server delays its ACK (Linux: about 40 ms) hoping to piggyback it on a reply it cannot write before it has the body. Most requests stall ~40 ms (the first may not: a new connection acknowledges at once for a while). With TCP_NODELAY the body leaves at once and the exchange takes microseconds on loopback.</source>
        <translation>客户端用两次 send() 写出每个请求（先写头部，再写正文），然后等待响应。开启 Nagle 时，正文必须等到头部被确认后才能发出；而服务器会推迟发送 ACK（Linux 上约 40 ms），想把它捎带在响应里——可是收到正文之前，它根本写不出响应。于是大多数请求都停顿约 40 ms（最初几个可能不会：新连接在一段时间内会立即确认）。开启 TCP_NODELAY 后，正文立即发出，在回环接口上一次交互只需几微秒。</translation>
    </message>
    <message>
        <source>Three datagrams are sent before the reader even starts. Unlike TCP, each recvfrom returns exactly one datagram, never two glued together and never half of one.</source>
        <translation>接收方还没开始读，三个数据报就已经发出了。与 TCP 不同，每次 recvfrom 恰好返回一个数据报，既不会把两个粘在一起，也不会只返回半个。</translation>
    </message>
    <message>
        <source>The server answers each request with one 5120-byte send(). The client naively calls recv(1024) once and assumes it has the whole reply. The rest stays queued, so when the client reads &quot;reply m1&quot; it really gets more of reply m0. One send can be split over many recvs: a reader must loop until it has the length it expects.</source>
        <translation>服务器对每个请求用一次 5120 字节的 send() 作答。客户端天真地只调用一次 recv(1024)，就以为拿到了完整的响应。剩下的数据仍在排队，所以客户端去读“响应 m1”时，实际拿到的是响应 m0 的后半部分。一次 send 可能被拆到多次 recv 中（拆包）：接收方必须循环读取，直到读够它期望的长度。</translation>
    </message>
    <message>
        <source>TCP: sleeping between sends is not framing</source>
        <translation>TCP：发送之间 sleep 不是分帧</translation>
    </message>
    <message>
        <source>A sender that sleeps 20 ms between sends, a fast and a slow reader</source>
        <translation>每次发送之间 sleep 20 ms 的发送方，一个快的接收方和一个慢的接收方</translation>
    </message>
    <message>
        <source>The sender sleeps 20 ms after every send(), a common &quot;fix&quot; for sticky packets. The fast reader waits in recv(): each message has arrived before the next one is sent, so every recv returns one message and the fix seems to work. The slow reader reads only every 100 ms (a busy program, a loaded machine): the kernel queues the messages meanwhile and one recv returns several, sleeps or not. Sleeping changes the timing, not the byte stream: only framing marks where a message ends.</source>
        <translation>发送方每次 send() 之后 sleep 20 ms，这是对付粘包的常见“办法”。快的接收方一直在 recv() 中等待：每条消息在下一条发出之前就已到达，所以每次 recv 返回一条消息，看上去问题解决了。慢的接收方每 100 ms 才读一次（程序忙，或机器负载高）：这期间内核把消息排在队列里，一次 recv 就返回好几条，sleep 也无济于事。sleep 改变的是时间，不是字节流：只有分帧才能标出一条消息在哪里结束。</translation>
    </message>
    <message>
        <source>fast reader</source>
        <translation>快的接收方</translation>
    </message>
    <message>
        <source>slow reader</source>
        <translation>慢的接收方</translation>
    </message>
    <message>
        <source>TCP_CORK: small sends held on purpose</source>
        <translation>TCP_CORK：有意扣住小的发送</translation>
    </message>
    <message>
        <source>20 small sends with TCP_NODELAY, corked vs not: one segment vs many</source>
        <translation>开启 TCP_NODELAY 的 20 次小发送，加塞与不加塞：一个报文段对许多个</translation>
    </message>
    <message>
        <source>The sender writes 20 small pieces back to back with TCP_NODELAY on. Uncorked, each send() leaves at once as a segment of its own (TCP_INFO counts the data segments, in the run&apos;s summary). With TCP_CORK the program asks the kernel to hold partial segments on purpose: each send() only queues its bytes (watch &quot;unsent after send&quot; grow) until the program removes the cork after its last send, and they leave together in one segment. A corked kernel holds data for at most 200 ms. The simulator does not model TCP_CORK: run this lesson on real sockets.</source>
        <translation>发送方在开启 TCP_NODELAY 的情况下连续写出 20 个小片段。不加塞时，每次 send() 立即作为单独的报文段发出（TCP_INFO 统计数据报文段数，见运行摘要）。使用 TCP_CORK 时，程序请内核有意扣住不满的报文段：每次 send() 只把字节放入队列（看“发送后未发出”不断增长），直到程序在最后一次发送之后拔掉塞子，它们才一起作为一个报文段发出。加塞的内核最多扣住数据 200 ms。模拟器不模拟 TCP_CORK：请在真实套接字上运行本课。</translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation>TCP_CORK</translation>
    </message>
    <message>
        <source>no cork</source>
        <translation>不加塞</translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the server ends the 40 ms stall</source>
        <translation>TCP_QUICKACK：服务器消除 40 ms 的停顿</translation>
    </message>
    <message>
        <source>write-write-read with Nagle on, the server with and without TCP_QUICKACK</source>
        <translation>Nagle 开启的写-写-读，服务器使用与不使用 TCP_QUICKACK</translation>
    </message>
    <message>
        <source>The client of the delayed-ACK lesson again: each request in two send() calls, Nagle on. With the kernel&apos;s delayed ACK the body waits about 40 ms for the header&apos;s ACK. With TCP_QUICKACK the server acknowledges at once, so the body leaves at once and a request takes microseconds, Nagle still on. TCP_QUICKACK is not permanent: Linux leaves quick-ACK mode again on its own, so the server sets it again after every recv(). Compare tcp-nagle-delayed-ack, where the client fixes the same stall with TCP_NODELAY.</source>
        <translation>还是延迟确认那一课的客户端：每个请求分两次 send() 调用写出，Nagle 开启。在内核的延迟确认下，请求体要等头部的 ACK 约 40 ms。使用 TCP_QUICKACK 时服务器立即确认，于是请求体立即发出，一个请求只需几微秒，而 Nagle 仍然开启。TCP_QUICKACK 不是永久的：Linux 会自行退出快速确认模式，所以服务器在每次 recv() 之后重新设置它。对照 tcp-nagle-delayed-ack：那里由客户端用 TCP_NODELAY 消除同样的停顿。</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation>TCP_QUICKACK</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: recv() waits for enough bytes</source>
        <translation>SO_RCVLOWAT：recv() 等到字节足够</translation>
    </message>
    <message>
        <source>A small message every 5 ms, recv(1024) with SO_RCVLOWAT 64 vs the default</source>
        <translation>每 5 ms 一条小消息，recv(1024) 使用 SO_RCVLOWAT 64 与使用默认值</translation>
    </message>
    <message>
        <source>The sender writes a 6- or 7-byte message every 5 ms, with TCP_NODELAY so that each leaves at once. A plain blocking recv() returns as soon as any byte is queued: about one message per call. With SO_RCVLOWAT 64 the same recv(1024) waits in the kernel until at least 64 bytes are queued, so every recv returns 64 bytes or more, except the last: once the sender has closed, recv() returns what is left. The mark says how long to wait, not where a message ends: the recvs still cut messages anywhere.</source>
        <translation>发送方每 5 ms 写一条 6 或 7 字节的消息，并开启 TCP_NODELAY，使每条立即发出。普通的阻塞 recv() 只要队列里有任何字节就返回：大约每次调用一条消息。设置 SO_RCVLOWAT 64 后，同样的 recv(1024) 在内核中等待，直到至少排队了 64 字节，所以每次 recv 都返回 64 字节或更多，最后一次除外：发送方关闭之后，recv() 返回剩下的字节。低水位标记说的是要等多久，而不是消息在哪里结束：recv 仍然会在任意位置切开消息。</translation>
    </message>
    <message>
        <source>default (1 byte)</source>
        <translation>默认（1 字节）</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT 64</source>
        <translation>SO_RCVLOWAT 64</translation>
    </message>
    <message>
        <source>Blocking send() vs a non-blocking send loop</source>
        <translation>阻塞的 send() 与非阻塞的发送循环</translation>
    </message>
    <message>
        <source>32 KiB messages into a small buffer: one blocking send() each vs partial sends and EAGAIN</source>
        <translation>32 KiB 的消息写入小缓冲区：每条一次阻塞 send()，对比部分发送和 EAGAIN</translation>
    </message>
    <message>
        <source>Each 32 KiB message goes into a small send buffer (SO_SNDBUF 4096) towards a slow reader. On a blocking socket send() waits in the kernel until the buffer has taken every byte and returns the whole length: one long call per message (Linux returns less only when a signal interrupts it). On a non-blocking socket send() takes what fits and returns that count, or fails with EAGAIN when nothing fits: the program must wait until the socket is writable and call again until every byte is accepted, which is what Python&apos;s sendall() does for it. tcp-partial-send shows the non-blocking loop alone.</source>
        <translation>每条 32 KiB 的消息写入一个小的发送缓冲区（SO_SNDBUF 4096），接收方读得慢。在阻塞套接字上，send() 在内核中等待，直到缓冲区收下每一个字节，然后返回全部长度：每条消息一次很长的调用（Linux 只有在被信号打断时才返回更少）。在非阻塞套接字上，send() 收下能放下的部分并返回这个数，放不下时以 EAGAIN 失败：程序必须等到套接字可写，再次调用，直到每个字节都被接受——这正是 Python 的 sendall() 替它做的事。tcp-partial-send 单独展示非阻塞的循环。</translation>
    </message>
    <message>
        <source>blocking send()</source>
        <translation>阻塞的 send()</translation>
    </message>
    <message>
        <source>non-blocking send loop</source>
        <translation>非阻塞的发送循环</translation>
    </message>
    <message>
        <source>Three clients, one server: a stream each</source>
        <translation>三个客户端，一个服务器：各有各的字节流</translation>
    </message>
    <message>
        <source>Three TCP clients send to one server at once; one lane per connection</source>
        <translation>三个 TCP 客户端同时向一个服务器发送；每个连接一条泳道</translation>
    </message>
    <message>
        <source>Three clients connect to one listening socket at the same time, as to a threading socketserver: the server accepts each connection and reads it in a thread of its own. Each client sends its own numbered messages every 10 ms (c0-msg-0; from client 0, c1-msg-0; from client 1, …). Each connection is a byte stream of its own, drawn as its own lanes: its recvs return only its client&apos;s bytes, in the order that client sent them, although the clients send at the same moments. Connections never mix; within one, only framing finds the messages again.</source>
        <translation>三个客户端同时连接到一个监听套接字，就像连接到多线程的 socketserver：服务器接受每个连接，并在各自的线程中读取。每个客户端每 10 ms 发送自己编号的消息（客户端 0 发 c0-msg-0;，客户端 1 发 c1-msg-0;，……）。每个连接都是自己的字节流，画成自己的泳道：它的 recv 只返回它那个客户端的字节，并且按该客户端发送的顺序，尽管几个客户端在同一时刻发送。连接之间从不混杂；在一个连接之内，仍然只有分帧才能重新找出消息。</translation>
    </message>
    <message>
        <source>UDP: peek at the size first, then read it whole</source>
        <translation>UDP：先窥探大小，再完整读出</translation>
    </message>
    <message>
        <source>100-byte datagrams, a 10-byte buffer: truncated, or MSG_PEEK | MSG_TRUNC first</source>
        <translation>100 字节的数据报，10 字节的缓冲区：被截断，或先用 MSG_PEEK | MSG_TRUNC</translation>
    </message>
    <message>
        <source>The fix for truncation. Each 100-byte datagram meets a reader whose buffer holds 10 bytes. Without peek, recvfrom returns 10 bytes and the other 90 are gone. With peek, the reader first calls recv(MSG_PEEK | MSG_TRUNC): the datagram stays queued, and Linux returns its full length, 100, although it copied only 10 bytes. The reader then calls recv with a buffer of exactly that size and gets the whole datagram. In the recv lane each outlined &quot;peek&quot; box is a call of its own, followed by the read that takes the datagram: a peek reads nothing away, so each datagram is still read once.</source>
        <translation>截断的解决办法。每个 100 字节的数据报遇到一个缓冲区只有 10 字节的读取方。不窥探时，recvfrom 返回 10 字节，其余 90 字节就没了。窥探时，读取方先调用 recv(MSG_PEEK | MSG_TRUNC)：数据报留在队列中，Linux 返回它的完整长度 100，尽管只复制了 10 字节。读取方随后用恰好这么大的缓冲区调用 recv，得到完整的数据报。在 recv 泳道中，每个只有轮廓的“peek”框都是一次独立的调用，之后紧跟取走该数据报的读取：窥探不会取走任何东西，所以每个数据报仍只被读取一次。</translation>
    </message>
    <message>
        <source>without peek</source>
        <translation>不窥探</translation>
    </message>
    <message>
        <source>peek, then read the size</source>
        <translation>先窥探，再按大小读取</translation>
    </message>
    <message>
        <source>UDP: 65,507 bytes is the largest datagram</source>
        <translation>UDP：65,507 字节是最大的数据报</translation>
    </message>
    <message>
        <source>Datagrams of 65,506 to 65,509 B: above 65,507 send() fails with EMSGSIZE</source>
        <translation>65,506 到 65,509 B 的数据报：超过 65,507 时 send() 以 EMSGSIZE 失败</translation>
    </message>
    <message>
        <source>An IPv4 packet is at most 65,535 bytes long, and its IP and UDP headers take 28 of them (20 + 8): a UDP datagram carries at most 65,507 bytes. The sender sends four datagrams, each one byte longer than the one before, from 65,506 to 65,509 bytes; the reader&apos;s buffer holds 65,536. The first two arrive whole. The sends of 65,508 and 65,509 bytes fail with EMSGSIZE (drawn as failed sends): the kernel refuses the whole datagram and nothing of it is sent, since UDP never splits a message over several datagrams. Set size to 65,509 and size step to -1 to see that the socket goes on sending after a refused datagram.</source>
        <translation>一个 IPv4 数据包最长 65,535 字节，其中 IP 和 UDP 首部占 28 字节（20 + 8）：一个 UDP 数据报最多携带 65,507 字节。发送方发送四个数据报，每个比前一个长一字节，从 65,506 到 65,509 字节；读取方的缓冲区有 65,536 字节。前两个完整到达。65,508 和 65,509 字节的发送以 EMSGSIZE 失败（画成失败的发送）：内核拒绝整个数据报，一个字节也不发送，因为 UDP 从不把一条消息拆成多个数据报。把 size 设为 65,509、大小步长设为 -1，可以看到套接字在一个数据报被拒绝后仍继续发送。</translation>
    </message>
    <message>
        <source>UDP: a connected socket hears that nobody listens</source>
        <translation>UDP：已连接的套接字会得知无人监听</translation>
    </message>
    <message>
        <source>Sending to a closed port: connected, a later send() fails with ECONNREFUSED; unconnected, nothing</source>
        <translation>向已关闭的端口发送：已连接时，之后的 send() 以 ECONNREFUSED 失败；未连接时，什么也不会发生</translation>
    </message>
    <message>
        <source>Nothing listens on the receiver&apos;s port: it was bound and closed again before the first send. Each datagram that arrives there is dropped, and the kernel answers with an ICMP &quot;port unreachable&quot; message. A UDP socket that called connect() has one fixed peer, and the kernel passes it the ICMP errors about that peer: the first send() succeeds, and the next one fails with ECONNREFUSED (drawn as a failed send) and sends nothing. The error is reported once, so the send after it goes out again. The unconnected socket (sendto() with an address every time) never hears of the ICMP message: every send succeeds and every datagram is lost without a word.</source>
        <translation>接收方的端口上没有任何程序在监听：它在第一次发送前绑定后又被关闭。到达那里的每个数据报都被丢弃，内核回复一条 ICMP“端口不可达”消息。调用过 connect() 的 UDP 套接字有一个固定的对端，内核会把关于该对端的 ICMP 错误交给它：第一次 send() 成功，下一次以 ECONNREFUSED 失败（画成失败的发送）且什么也不发送。错误只报告一次，所以再下一次发送又会发出去。未连接的套接字（每次用 sendto() 带上地址）永远不会得知这条 ICMP 消息：每次发送都成功，每个数据报都悄无声息地丢失。</translation>
    </message>
    <message>
        <source>connected (connect(), send())</source>
        <translation>已连接（connect()、send()）</translation>
    </message>
    <message>
        <source>unconnected (sendto())</source>
        <translation>未连接（sendto()）</translation>
    </message>
</context>
<context>
    <name>sockscope::LessonExpectations</name>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TCP, simulated</source>
        <translation>TCP（模拟）</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP, simulated</source>
        <translation>UDP（模拟）</translation>
    </message>
    <message>
        <source>Nagle on</source>
        <translation>Nagle 开启</translation>
    </message>
    <message>
        <source>Nagle on, simulated</source>
        <translation>Nagle 开启（模拟）</translation>
    </message>
    <message>
        <source>TCP_NODELAY</source>
        <translation>TCP_NODELAY</translation>
    </message>
    <message>
        <source>TCP_NODELAY, simulated</source>
        <translation>TCP_NODELAY（模拟）</translation>
    </message>
    <message>
        <source>%1: no kernel evidence recorded</source>
        <translation>%1：没有记录内核证据</translation>
    </message>
    <message>
        <source>%1: %2 ms per request</source>
        <translation>%1：每个请求 %2 ms</translation>
    </message>
    <message>
        <source>each message was read before the next one arrived: a loaded machine delayed the sender</source>
        <translation>每条消息都在下一条到达之前被读走了：机器负载高，拖慢了发送方</translation>
    </message>
    <message>
        <source>every recv returned exactly one message: the reader kept pace with a sender slowed by a loaded machine</source>
        <translation>每次 recv 恰好返回一条消息：机器负载高拖慢了发送方，接收方跟上了它的节奏</translation>
    </message>
    <message>
        <source>not what a UDP socket does: was the trace edited?</source>
        <translation>UDP 套接字不会这样：这个 trace 被改过吗？</translation>
    </message>
    <message>
        <source>a datagram was longer than the recv() buffer</source>
        <translation>有数据报比 recv() 的缓冲区长</translation>
    </message>
    <message>
        <source>no kernel evidence was recorded (evidence off, or a platform without SIOCOUTQNSD)</source>
        <translation>没有记录内核证据（evidence 已关闭，或平台不支持 SIOCOUTQNSD）</translation>
    </message>
    <message>
        <source>the congestion window was full: a new connection lets a few dozen small segments leave before it waits for ACKs, Nagle or not</source>
        <translation>拥塞窗口已满：新连接先放出几十个小报文段，之后就要等 ACK，与 Nagle 无关</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>every piece was acknowledged before the next send(): the sender was slowed down (a loaded machine)</source>
        <translation>每一小块都在下一次 send() 之前被确认了：发送方被拖慢了（机器负载高）</translation>
    </message>
    <message>
        <source>no request answered</source>
        <translation>没有请求得到响应</translation>
    </message>
    <message>
        <source>no reply arrived, so there is no round trip</source>
        <translation>没有收到任何响应，所以没有往返时间</translation>
    </message>
    <message>
        <source>the server acknowledged at once (Linux&apos;s quick-ACK mode), or this kernel&apos;s delayed ACK is shorter</source>
        <translation>服务器立即发送了确认（Linux 的快速 ACK 模式），或者这个内核的延迟 ACK 更短</translation>
    </message>
    <message>
        <source>a loaded machine: the client or the server waited for a CPU</source>
        <translation>机器负载高：客户端或服务器在等待 CPU</translation>
    </message>
    <message>
        <source>the simulated network delayed the requests (loss, bandwidth or reordering)</source>
        <translation>模拟网络延误了请求（丢包、带宽或乱序）</translation>
    </message>
    <message>
        <source>one recv() took the whole reply</source>
        <translation>一次 recv() 就取走了整个响应</translation>
    </message>
    <message>
        <source>the buffers never filled: the reader kept up</source>
        <translation>缓冲区从未填满：接收方跟上了</translation>
    </message>
    <message>
        <source>%1 of %2 B received</source>
        <translation>%2 B 中收到 %1 B</translation>
    </message>
    <message>
        <source>bytes are missing: see the conservation check</source>
        <translation>有字节丢失：请看守恒检查</translation>
    </message>
    <message>
        <source>no datagram was longer than the recv() buffer</source>
        <translation>没有数据报比 recv() 的缓冲区长</translation>
    </message>
    <message>
        <source>the kernel reported %1</source>
        <translation>内核报告了 %1</translation>
    </message>
    <message>
        <source>the reader emptied the buffer in time, or the effective buffer is larger</source>
        <translation>接收方及时清空了缓冲区，或者实际生效的缓冲区更大</translation>
    </message>
    <message>
        <source>no empty message</source>
        <translation>没有空消息</translation>
    </message>
    <message>
        <source>this run sent no empty message</source>
        <translation>这次运行没有发送空消息</translation>
    </message>
    <message>
        <source>%1 B received; recvs of 0 bytes before the close: %2</source>
        <translation>收到 %1 B；连接关闭之前返回 0 字节的 recv：%2 次</translation>
    </message>
    <message>
        <source>a recv returned 0 bytes before the end: not what a TCP socket does: was the trace edited?</source>
        <translation>结束之前有 recv 返回了 0 字节：TCP 套接字不会这样：这个 trace 被改过吗？</translation>
    </message>
    <message>
        <source>empty datagrams read as a recv of 0 bytes: %1 of %2</source>
        <translation>以 0 字节 recv 读到的空数据报：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>the empty datagram was lost (UDP may drop any datagram)</source>
        <translation>空数据报丢失了（UDP 可能丢弃任何数据报）</translation>
    </message>
    <message>
        <source>the stream ended inside a frame</source>
        <translation>字节流在一帧的中间结束了</translation>
    </message>
    <message>
        <source>the decoder stopped: %1</source>
        <translation>解码器停止了：%1</translation>
    </message>
    <message>
        <source>TCP: a recv returns bytes of two or more messages (no message boundaries)</source>
        <translation>TCP：一次 recv 返回两条或更多消息的字节（没有消息边界）</translation>
    </message>
    <message>
        <source>The recvs do not follow the messages: some message is merged with another or split over several recvs</source>
        <translation>recv 不按消息划分：有消息和别的消息粘在一起，或被拆到几次 recv 中</translation>
    </message>
    <message>
        <source>With framing, the decoder recovers every message whole</source>
        <translation>有了分帧，解码器能完整还原每条消息</translation>
    </message>
    <message>
        <source>UDP: every recv returns at most one datagram, never two</source>
        <translation>UDP：每次 recv 最多返回一个数据报，绝不会是两个</translation>
    </message>
    <message>
        <source>Nagle on: bytes stay unsent after some sends (held back until the data before is acknowledged)</source>
        <translation>Nagle 开启：有些 send 调用后仍有字节未发送（要等之前的数据被确认后才发出）</translation>
    </message>
    <message>
        <source>TCP_NODELAY: most sends leave at once (bytes unsent after fewer than half of them)</source>
        <translation>TCP_NODELAY：大多数 send 立即发出（调用后仍有字节未发送的不到一半）</translation>
    </message>
    <message>
        <source>TCP_NODELAY: bytes stay unsent after fewer sends than with Nagle on</source>
        <translation>TCP_NODELAY：调用后仍有字节未发送的 send 比 Nagle 开启时少</translation>
    </message>
    <message>
        <source>Nagle on: the median request takes 30 ms or more (the body waits for the delayed ACK)</source>
        <translation>Nagle 开启：请求耗时的中位数不少于 30 ms（正文在等待延迟 ACK）</translation>
    </message>
    <message>
        <source>TCP_NODELAY: the median request takes less than 2 ms</source>
        <translation>TCP_NODELAY：请求耗时的中位数小于 2 ms</translation>
    </message>
    <message>
        <source>TCP_NODELAY: the median request takes at most the network&apos;s round trip (rtt_ms) plus 2 ms</source>
        <translation>TCP_NODELAY：请求耗时的中位数最多为网络往返时间（rtt_ms）加 2 ms</translation>
    </message>
    <message>
        <source>Some send() accepts fewer bytes than asked, or fails with EAGAIN</source>
        <translation>有的 send() 接受的字节少于要求，或以 EAGAIN 失败</translation>
    </message>
    <message>
        <source>Every byte arrives all the same: the sender loops until each one is accepted</source>
        <translation>每个字节照样都能到达：发送方循环调用，直到全部被接受</translation>
    </message>
    <message>
        <source>Every recvfrom returns one whole datagram: never two, never part of one</source>
        <translation>每次 recvfrom 返回一个完整的数据报：绝不会是两个，也不会只有一部分</translation>
    </message>
    <message>
        <source>A datagram longer than the buffer is cut to the buffer&apos;s size; the rest is gone</source>
        <translation>比缓冲区长的数据报被截断为缓冲区大小，其余部分丢失</translation>
    </message>
    <message>
        <source>The next recvfrom returns the next datagram, not the rest of the last one</source>
        <translation>下一次 recvfrom 返回下一个数据报，而不是上一个的剩余部分</translation>
    </message>
    <message>
        <source>No error is reported: Linux truncates silently</source>
        <translation>不报告任何错误：Linux 默默地截断</translation>
    </message>
    <message>
        <source>Some datagrams are lost while the receive buffer is full</source>
        <translation>接收缓冲区满时，有些数据报丢失</translation>
    </message>
    <message>
        <source>Neither send() nor recv() reports an error for them</source>
        <translation>send() 和 recv() 都不会为此报告错误</translation>
    </message>
    <message>
        <source>TCP: the empty send() adds nothing to the stream; only the close reads as 0 bytes</source>
        <translation>TCP：空的 send() 不往字节流里加任何东西；只有连接关闭时才读到 0 字节</translation>
    </message>
    <message>
        <source>UDP: the empty datagram arrives as a recv of 0 bytes</source>
        <translation>UDP：空数据报以一次 0 字节的 recv 到达</translation>
    </message>
    <message>
        <source>the run was stopped before the end</source>
        <translation>运行在结束之前被停止了</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>you changed %1: the claim is about the lesson&apos;s own settings</source>
        <translation>你修改了 %1：这条结论针对的是本课自带的设置</translation>
    </message>
    <message>
        <source>simulated: %1</source>
        <translation>模拟：%1</translation>
    </message>
    <message>
        <source>likely: %1</source>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <source>does not apply: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>the read for reply m1 returned %1 B of reply m0</source>
        <translation>读取响应 m1 的那次 recv 返回了响应 m0 的 %1 B</translation>
    </message>
    <message>
        <source>the client had read all of reply m0 before</source>
        <translation>客户端此前已读完响应 m0</translation>
    </message>
    <message>
        <source>One send() of reply m0 is split over two or more recvs</source>
        <translation>响应 m0 的一次 send() 被拆到两次或更多次 recv 中</translation>
    </message>
    <message>
        <source>The client&apos;s read for reply m1 returns bytes of reply m0</source>
        <translation>客户端读取响应 m1 时拿到的是响应 m0 的字节</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>another program sent to the socket, or a datagram was lost before it reached the socket</source>
        <translation>有其他程序向该套接字发送了数据，或有数据报在到达套接字之前就丢失了</translation>
    </message>
    <message>
        <source>The kernel&apos;s drop counter (SO_RXQ_OVFL) counts exactly the datagrams found lost</source>
        <translation>内核的丢包计数器（SO_RXQ_OVFL）恰好等于发现丢失的数据报数</translation>
    </message>
    <message>
        <source>Framing on</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>Framing on, simulated</source>
        <translation>分帧（模拟）</translation>
    </message>
    <message>
        <source>Framing off</source>
        <translation>不分帧</translation>
    </message>
    <message>
        <source>Framing off, simulated</source>
        <translation>不分帧（模拟）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv(s)</source>
        <translation>
            <numerusform>%n 次 recv 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n 次 send 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n 次 send() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n 个数据报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial send(s)</source>
        <translation>
            <numerusform>%n 次部分发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() or recv() call(s)</source>
        <translation>
            <numerusform>%n 次 send() 或 recv() 调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv)</source>
        <translation>%1：%2分在 %3中（一次 recv 最多 %4 条）</translation>
    </message>
    <message>
        <source>%1: bytes held unsent after %2 of %3</source>
        <translation>%1：%3中有 %2 次调用后仍有字节未发送</translation>
    </message>
    <message>
        <source>%1: reply m0 (%2 B) came in %3; the read for reply m1 returned %4 B of reply m0</source>
        <translation>%1：响应 m0（%2 B）分 %3到达；读取响应 m1 的那次 recv 返回了响应 m0 的 %4 B</translation>
    </message>
    <message>
        <source>%1: %2 and %3 EAGAIN in %4</source>
        <translation>%1：%4中有 %2、%3 次 EAGAIN</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cut to %4 B, %5 B gone</source>
        <translation>%1：%3中有 %2 个被截断为 %4 B，丢掉 %5 B</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lost, %4 reported</source>
        <translation>%1：%3丢失 %2 个，报告了 %4</translation>
    </message>
    <message>
        <source>%1: %2 became %3 B in the stream</source>
        <translation>%1：%2在字节流中共 %3 B</translation>
    </message>
    <message>
        <source>%1: %2 of %3 returned 0 bytes</source>
        <translation>%1：%3中有 %2 次返回 0 字节</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decoded whole from %4</source>
        <translation>%1：从 %4中完整解出 %3中的 %2 条</translation>
    </message>
    <message>
        <source>at most %1 in one recv (%2 for %3)</source>
        <translation>一次 recv 最多 %1（%3共 %2）</translation>
    </message>
    <message>
        <source>%1 merged whole into a shared recv, %2 split over several; at most %3 in one recv (%4 for %5)</source>
        <translation>%1 条整条粘进共用的 recv，%2 条被拆到多次 recv；一次 recv 最多含 %3（%5共 %4）</translation>
    </message>
    <message>
        <source>datagrams in one recv: at most %1 (%2)</source>
        <translation>一次 recv 中的数据报：最多 %1 个（共 %2）</translation>
    </message>
    <message>
        <source>%1; datagrams in one recv: at most %2; cut short: %3</source>
        <translation>%1；一次 recv 中的数据报：最多 %2 个；被截断：%3 个</translation>
    </message>
    <message>
        <source>bytes unsent after %1 of %2 (at most %3 B)</source>
        <translation>%2中有 %1 次调用后仍有字节未发送（最多 %3 B）</translation>
    </message>
    <message>
        <source>bytes unsent after %1 with TCP_NODELAY, %2 with Nagle on</source>
        <translation>调用后仍有字节未发送的 send：TCP_NODELAY 时 %1，Nagle 开启时 %2 次</translation>
    </message>
    <message>
        <source>two things at once: with Nagle on every piece was acknowledged before the next send() (the sender was slowed down, a loaded machine); with TCP_NODELAY the last %1 waited because the congestion window was full: a new connection lets a few dozen small segments leave before it waits for ACKs</source>
        <translation>两件事同时发生：Nagle 开启时，每一小块都在下一次 send() 之前被确认了（发送方被拖慢了，机器负载高）；TCP_NODELAY 时最后 %1一直在等待，因为拥塞窗口满了：新连接在等待 ACK 之前只放行几十个小报文段</translation>
    </message>
    <message>
        <source>two things at once: with Nagle on every piece was acknowledged before the next send() (the sender was slowed down, a loaded machine); with TCP_NODELAY bytes stayed unsent after %1 because TCP autocorking (tcp_autocorking) holds a small write while an earlier packet is still in the device queue</source>
        <translation>两件事同时发生：Nagle 开启时，每一小块都在下一次 send() 之前被确认了（发送方被拖慢了，机器负载高）；TCP_NODELAY 时有 %1之后仍有字节未发送，因为 TCP 自动塞住（tcp_autocorking）会在更早的报文仍在设备队列中时暂扣小的写入</translation>
    </message>
    <message>
        <source>median %1 ms over %2 (%3 – %4 ms)</source>
        <translation>%2的中位数 %1 ms（%3 – %4 ms）</translation>
    </message>
    <message>
        <source>reply m0 (%1 B) came in %2</source>
        <translation>响应 m0（%1 B）分 %2到达</translation>
    </message>
    <message>
        <source>%1, %2 failed with EAGAIN, in %3</source>
        <translation>%3中有 %1，%2 次以 EAGAIN 失败</translation>
    </message>
    <message>
        <source>%1 of %2 cut to %3 B, %4 B gone</source>
        <translation>%2中有 %1 个被截断为 %3 B，丢掉 %4 B</translation>
    </message>
    <message>
        <source>%1, %2 read by more than one</source>
        <translation>%1，有 %2被多次 recv 读取</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>%1 of %2 lost (%3 B), %4 arrived</source>
        <translation>%2丢失 %1 个（%3 B），到达 %4 个</translation>
    </message>
    <message>
        <source>the kernel dropped %1; found lost: %2</source>
        <translation>内核丢弃了 %1；发现丢失：%2 个</translation>
    </message>
    <message>
        <source>%1 of %2 decoded whole</source>
        <translation>%2中完整解出 %1 条</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 of %2 failed with EMSGSIZE, %3 B gone</source>
        <translation>%2中有 %1 次以 EMSGSIZE 失败，%3 B 丢失</translation>
    </message>
    <message>
        <source>the modelled system fails the recvfrom() and returns no bytes (Windows&apos; WSAEMSGSIZE)</source>
        <translation>所模拟的系统让 recvfrom() 失败且不返回任何字节（Windows 的 WSAEMSGSIZE）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed with EMSGSIZE, %4 B gone</source>
        <translation>%1：%3中有 %2 次以 EMSGSIZE 失败，%4 B 丢失</translation>
    </message>
    <message numerus="yes">
        <source>%n peek(s)</source>
        <translation>
            <numerusform>%n 次窥探</numerusform>
        </translation>
    </message>
    <message>
        <source>Without peek</source>
        <translation>不窥探</translation>
    </message>
    <message>
        <source>Without peek, simulated</source>
        <translation>不窥探，模拟</translation>
    </message>
    <message>
        <source>With peek</source>
        <translation>窥探</translation>
    </message>
    <message>
        <source>With peek, simulated</source>
        <translation>窥探，模拟</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connected, simulated</source>
        <translation>已连接，模拟</translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Unconnected, simulated</source>
        <translation>未连接，模拟</translation>
    </message>
    <message>
        <source>%1: %2 told the full size; %3 of %4 read whole</source>
        <translation>%1：%2 告知了完整大小；%4中有 %3 个被完整读出</translation>
    </message>
    <message>
        <source>%1: the largest datagram read was %2 B; %3 failed with EMSGSIZE</source>
        <translation>%1：读到的最大数据报为 %2 B；%3 以 EMSGSIZE 失败</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed with ECONNREFUSED</source>
        <translation>%1：%3中有 %2 次以 ECONNREFUSED 失败</translation>
    </message>
    <message>
        <source>%1 of %2 followed by a read of the size they returned (%3 B from a %4 B buffer)</source>
        <translation>%2中有 %1 次之后紧跟一次按其返回大小的读取（%4 B 的缓冲区得到 %3 B）</translation>
    </message>
    <message>
        <source>no datagram was longer than the peek&apos;s buffer</source>
        <translation>没有数据报比窥探的缓冲区长</translation>
    </message>
    <message>
        <source>another datagram came first: a second sender wrote to the port</source>
        <translation>另一个数据报先到了：有第二个发送方向该端口写入</translation>
    </message>
    <message>
        <source>%1 of %2 read whole by one recv each; %3 of %4 B received</source>
        <translation>%2中有 %1 个各由一次 recv 完整读出；收到 %4 B 中的 %3 B</translation>
    </message>
    <message>
        <source>a datagram was lost or cut: see the conservation check</source>
        <translation>有数据报丢失或被截断：见守恒检查</translation>
    </message>
    <message>
        <source>%1 of %2 arrived whole; the largest was %3 B</source>
        <translation>%2中有 %1 个完整到达；最大的为 %3 B</translation>
    </message>
    <message>
        <source>no message was 65,507 B or shorter</source>
        <translation>没有不超过 65,507 B 的消息</translation>
    </message>
    <message>
        <source>the receive buffer was full: a loaded machine delayed the reader</source>
        <translation>接收缓冲区满了：机器负载高，读取方被拖慢</translation>
    </message>
    <message>
        <source>%1 of %2 longer than 65,507 B refused with EMSGSIZE</source>
        <translation>%2 中超过 65,507 B 的有 %1 个以 EMSGSIZE 被拒绝</translation>
    </message>
    <message>
        <source>no message was longer than 65,507 B</source>
        <translation>没有超过 65,507 B 的消息</translation>
    </message>
    <message>
        <source>a datagram longer than 65,507 B was sent or read</source>
        <translation>有超过 65,507 B 的数据报被发送或读取</translation>
    </message>
    <message>
        <source>no send</source>
        <translation>没有发送</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>什么也没有发送</translation>
    </message>
    <message>
        <source>the first send() failed with %1</source>
        <translation>第一次 send() 以 %1 失败</translation>
    </message>
    <message>
        <source>an earlier datagram to the port left an error behind</source>
        <translation>之前发往该端口的数据报留下了一个错误</translation>
    </message>
    <message>
        <source>the first send() accepted %1 B</source>
        <translation>第一次 send() 接受了 %1 B</translation>
    </message>
    <message>
        <source>%1 of %2 failed with ECONNREFUSED</source>
        <translation>%2中有 %1 次以 ECONNREFUSED 失败</translation>
    </message>
    <message>
        <source>no ICMP error reached the socket before its last send</source>
        <translation>在最后一次发送之前没有 ICMP 错误到达该套接字</translation>
    </message>
    <message>
        <source>%1 failed; %2 of %3 lost</source>
        <translation>%1 失败；%3中有 %2 个丢失</translation>
    </message>
    <message>
        <source>a datagram was read: something was listening on the port</source>
        <translation>有数据报被读取：该端口上有程序在监听</translation>
    </message>
    <message>
        <source>fast reader</source>
        <translation>快的接收方</translation>
    </message>
    <message>
        <source>fast reader, simulated</source>
        <translation>快的接收方（模拟）</translation>
    </message>
    <message>
        <source>slow reader</source>
        <translation>慢的接收方</translation>
    </message>
    <message>
        <source>slow reader, simulated</source>
        <translation>慢的接收方（模拟）</translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation>TCP_CORK</translation>
    </message>
    <message>
        <source>TCP_CORK, simulated</source>
        <translation>TCP_CORK（模拟）</translation>
    </message>
    <message>
        <source>no cork</source>
        <translation>不加塞</translation>
    </message>
    <message>
        <source>no cork, simulated</source>
        <translation>不加塞（模拟）</translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation>TCP_QUICKACK</translation>
    </message>
    <message>
        <source>TCP_QUICKACK, simulated</source>
        <translation>TCP_QUICKACK（模拟）</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>delayed ACK, simulated</source>
        <translation>延迟确认（模拟）</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT</source>
        <translation>SO_RCVLOWAT</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT, simulated</source>
        <translation>SO_RCVLOWAT（模拟）</translation>
    </message>
    <message>
        <source>default SO_RCVLOWAT</source>
        <translation>默认 SO_RCVLOWAT</translation>
    </message>
    <message>
        <source>default SO_RCVLOWAT, simulated</source>
        <translation>默认 SO_RCVLOWAT（模拟）</translation>
    </message>
    <message>
        <source>blocking send()</source>
        <translation>阻塞的 send()</translation>
    </message>
    <message>
        <source>blocking send(), simulated</source>
        <translation>阻塞的 send()（模拟）</translation>
    </message>
    <message>
        <source>non-blocking send()</source>
        <translation>非阻塞的 send()</translation>
    </message>
    <message>
        <source>non-blocking send(), simulated</source>
        <translation>非阻塞的 send()（模拟）</translation>
    </message>
    <message numerus="yes">
        <source>%n data segment(s)</source>
        <translation>
            <numerusform>%n 个数据报文段</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 in one recv, %2 split (%3 for %4)</source>
        <translation>一次 recv 最多 %1，%2 条被拆开（%4共 %3）</translation>
    </message>
    <message>
        <source>the reader was late by more than the sender&apos;s sleep: a loaded machine</source>
        <translation>接收方迟到的时间超过了发送方的 sleep：机器负载高</translation>
    </message>
    <message>
        <source>%1: %2, data segments not measured</source>
        <translation>%1：%2，数据报文段未测量</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2，用了 %3</translation>
    </message>
    <message>
        <source>the corked bytes left before the uncork: a full segment, or the kernel&apos;s 200 ms ceiling</source>
        <translation>加塞的字节在拔塞之前就发出了：凑满了一个报文段，或到了内核 200 ms 的上限</translation>
    </message>
    <message>
        <source>TCP_INFO was not read</source>
        <translation>未读取 TCP_INFO</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2用了 %1</translation>
    </message>
    <message>
        <source>Nagle&apos;s algorithm held them: TCP_NODELAY was off</source>
        <translation>Nagle 算法扣住了它们：TCP_NODELAY 是关闭的</translation>
    </message>
    <message>
        <source>%1: %2, the smallest %3 B</source>
        <translation>%1：%2，最小的 %3 B</translation>
    </message>
    <message>
        <source>%1: %2 with a %3 B mark, the smallest but the last %4 B</source>
        <translation>%1：标记为 %3 B 时 %2，除最后一次外最小的 %4 B</translation>
    </message>
    <message>
        <source>%1; the smallest but the last %2 B, the last %3 B (mark %4 B)</source>
        <translation>%1；除最后一次外最小的 %2 B，最后一次 %3 B（标记 %4 B）</translation>
    </message>
    <message>
        <source>everything came in one recv: the reader was late</source>
        <translation>全部字节在一次 recv 中到来：接收方来晚了</translation>
    </message>
    <message>
        <source>a recv returned early: a signal or a stop interrupted it</source>
        <translation>有一次 recv 提前返回：被信号或停止打断</translation>
    </message>
    <message>
        <source>%1 with the mark, %2 without</source>
        <translation>有标记时 %1，没有标记时 %2 次</translation>
    </message>
    <message>
        <source>the reader without the mark was late too: a loaded machine merged its recvs</source>
        <translation>没有标记的接收方也来晚了：机器负载高，把它的 recv 合并了</translation>
    </message>
    <message>
        <source>%1: %2 for %3, the longest %4 ms</source>
        <translation>%1：%3用了 %2，最长的 %4 ms</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%2用了 %1，%3</translation>
    </message>
    <message>
        <source>a signal interrupted a blocking send() after it had taken part of the bytes</source>
        <translation>阻塞的 send() 收下部分字节后被信号打断</translation>
    </message>
    <message>
        <source>the longest send() took %1 ms</source>
        <translation>最长的 send() 用了 %1 ms</translation>
    </message>
    <message>
        <source>the buffers took every message at once: the reader kept up</source>
        <translation>缓冲区一下子就收下了每条消息：接收方跟得上</translation>
    </message>
    <message>
        <source>client %1, simulated: %2 in %3</source>
        <translation>客户端 %1（模拟）：%2，%3</translation>
    </message>
    <message>
        <source>client %1: %2 in %3</source>
        <translation>客户端 %1：%2，%3</translation>
    </message>
    <message>
        <source>%1 of %2 hold this client&apos;s next bytes; %3 of %4 B</source>
        <translation>%2中有 %1 次是这个客户端接下来的字节；%4 B 中的 %3 B</translation>
    </message>
    <message>
        <source>a recv held bytes this client did not send there: was the trace edited?</source>
        <translation>有一次 recv 含有这个客户端并未在该位置发送的字节：跟踪文件被改过吗？</translation>
    </message>
    <message>
        <source>sent and read while %1 of the %2 other connections did</source>
        <translation>收发期间，其他 %2 个连接中有 %1 个也在收发</translation>
    </message>
    <message>
        <source>a connection had finished before another began: a loaded machine delayed a client</source>
        <translation>一个连接在另一个开始之前就结束了：机器负载高，推迟了某个客户端</translation>
    </message>
    <message>
        <source>Fast reader: every recv returns one whole message (the sleeps seem to work)</source>
        <translation>快的接收方：每次 recv 返回一条完整的消息（sleep 看似管用）</translation>
    </message>
    <message>
        <source>Slow reader: a recv returns bytes of two or more messages, sleeps or not</source>
        <translation>慢的接收方：一次 recv 返回两条或更多消息的字节，sleep 也没用</translation>
    </message>
    <message>
        <source>TCP_CORK: bytes stay unsent after most sends (held until the uncork)</source>
        <translation>TCP_CORK：多数发送之后仍有字节未发出（扣到拔塞为止）</translation>
    </message>
    <message>
        <source>TCP_CORK: the sends leave in at most a quarter as many data segments (TCP_INFO)</source>
        <translation>TCP_CORK：这些发送离开时的数据报文段至多为发送次数的四分之一（TCP_INFO）</translation>
    </message>
    <message>
        <source>No cork: most sends leave at once (bytes unsent after fewer than half of them)</source>
        <translation>不加塞：多数发送立即发出（少于一半的调用之后仍有字节未发出）</translation>
    </message>
    <message>
        <source>Delayed ACK: the median request takes 30 ms or more (the body waits for the header&apos;s ACK)</source>
        <translation>延迟确认：请求耗时的中位数为 30 ms 或更多（请求体等待头部的 ACK）</translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the median request takes less than 2 ms, Nagle still on</source>
        <translation>TCP_QUICKACK：请求耗时的中位数小于 2 ms，Nagle 仍然开启</translation>
    </message>
    <message>
        <source>TCP_QUICKACK: the median request takes at most two round trips (rtt_ms) plus 2 ms</source>
        <translation>TCP_QUICKACK：请求耗时的中位数至多为两个往返时间（rtt_ms）加 2 ms</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: every recv but the last returns at least the mark</source>
        <translation>SO_RCVLOWAT：除最后一次外，每次 recv 至少返回标记的字节数</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT: fewer recvs than without the mark</source>
        <translation>SO_RCVLOWAT：recv 次数比没有标记时少</translation>
    </message>
    <message>
        <source>Blocking: one send() per message takes all of it</source>
        <translation>阻塞：每条消息一次 send()，全部收下</translation>
    </message>
    <message>
        <source>Blocking: a send() waits in the kernel (5 ms or more) until the buffer has taken it</source>
        <translation>阻塞：send() 在内核中等待（5 ms 或更久），直到缓冲区收下全部字节</translation>
    </message>
    <message>
        <source>Non-blocking: some send() accepts fewer bytes than asked, or fails with EAGAIN</source>
        <translation>非阻塞：有的 send() 接受的字节少于要求，或以 EAGAIN 失败</translation>
    </message>
    <message>
        <source>Non-blocking: every byte arrives all the same, as the loop calls again</source>
        <translation>非阻塞：循环再次调用，每个字节照样到达</translation>
    </message>
    <message>
        <source>Each connection&apos;s recvs return only its own client&apos;s bytes, in the order sent</source>
        <translation>每个连接的 recv 只返回它自己客户端的字节，并按发送顺序</translation>
    </message>
    <message>
        <source>The connections send and read at the same time</source>
        <translation>各个连接同时收发</translation>
    </message>
    <message>
        <source>Without peek: a datagram longer than the buffer is cut to the buffer&apos;s size; the rest is gone</source>
        <translation>不窥探：比缓冲区长的数据报被截断为缓冲区大小，其余部分丢失</translation>
    </message>
    <message>
        <source>With peek: recv(MSG_PEEK | MSG_TRUNC) returns the datagram&apos;s full size and leaves it queued for the next recv</source>
        <translation>窥探：recv(MSG_PEEK | MSG_TRUNC) 返回数据报的完整大小，并把它留在队列中给下一次 recv</translation>
    </message>
    <message>
        <source>With peek: every datagram is read whole, by one recv</source>
        <translation>窥探：每个数据报都由一次 recv 完整读出</translation>
    </message>
    <message>
        <source>Every datagram of at most 65,507 B arrives whole</source>
        <translation>每个不超过 65,507 B 的数据报都完整到达</translation>
    </message>
    <message>
        <source>Every send() of more than 65,507 B fails with EMSGSIZE, and nothing of it arrives</source>
        <translation>每次超过 65,507 B 的 send() 都以 EMSGSIZE 失败，且什么也没有到达</translation>
    </message>
    <message>
        <source>Connected: the first send() succeeds</source>
        <translation>已连接：第一次 send() 成功</translation>
    </message>
    <message>
        <source>Connected: a later send() fails with ECONNREFUSED and sends nothing</source>
        <translation>已连接：之后的某次 send() 以 ECONNREFUSED 失败，且什么也不发送</translation>
    </message>
    <message>
        <source>Unconnected: every sendto() succeeds, and every datagram is lost without an error</source>
        <translation>未连接：每次 sendto() 都成功，每个数据报都在没有任何错误的情况下丢失</translation>
    </message>
    <message>
        <source>%1 = %2 (at least %3)</source>
        <translation>%1 = %2（至少 %3）</translation>
    </message>
    <message>
        <source>%1 = %2 (at most %3)</source>
        <translation>%1 = %2（至多 %3）</translation>
    </message>
    <message>
        <source>%1 = %2 (exactly %3)</source>
        <translation>%1 = %2（恰好 %3）</translation>
    </message>
    <message>
        <source>this SockScope does not know what to measure</source>
        <translation>此版本的 SockScope 不知道要测量什么</translation>
    </message>
    <message>
        <source>the measured number is outside the lesson&apos;s bound</source>
        <translation>测得的数值超出了课程给定的界限</translation>
    </message>
    <message>
        <source>%1: %2 returned data</source>
        <translation>%1：%2 返回了数据</translation>
    </message>
    <message>
        <source>%1: at most %2 in one recv</source>
        <translation>%1：一次 recv 最多 %2</translation>
    </message>
    <message>
        <source>%1: recv #%2 returned the end of message %3</source>
        <translation>%1：recv #%2 返回了消息 %3 的末尾</translation>
    </message>
    <message>
        <source>%1: %2 of %3 arrived</source>
        <translation>%1：%3中到达了 %2 个</translation>
    </message>
    <message>
        <source>%1: one recv returned at most %2 B</source>
        <translation>%1：一次 recv 最多返回 %2 B</translation>
    </message>
    <message>
        <source>%1: reply m0 came in %2</source>
        <translation>%1：回复 m0 分 %2 到达</translation>
    </message>
    <message>
        <source>%1: the read for reply m1 returned %2 B of reply m0</source>
        <translation>%1：读取回复 m1 的那次读取返回了回复 m0 的 %2 B</translation>
    </message>
    <message>
        <source>%1: %2 B in the stream</source>
        <translation>%1：字节流中共 %2 B</translation>
    </message>
    <message>
        <source>%1: %2 reported</source>
        <translation>%1：报告了 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>recv #%1</source>
        <translation>recv #%1</translation>
    </message>
    <message>
        <source>%1 too late</source>
        <translation>晚了 %1</translation>
    </message>
    <message>
        <source>%1 too early</source>
        <translation>早了 %1</translation>
    </message>
    <message>
        <source>How many recvfrom() calls will return data for these %1?</source>
        <translation>这 %1，会有多少次 recvfrom() 调用返回数据？</translation>
    </message>
    <message>
        <source>How many recv() calls will TCP need for these %1?</source>
        <translation>这 %1，TCP 需要多少次 recv() 调用？</translation>
    </message>
    <message>
        <source>At most how many datagrams will one recvfrom() return?</source>
        <translation>一次 recvfrom() 最多返回几个数据报？</translation>
    </message>
    <message>
        <source>At most how many messages will one recv() return?</source>
        <translation>一次 recv() 最多返回几条消息？</translation>
    </message>
    <message>
        <source>Which recv() will return the end of message %1? (recvs are numbered from 0)</source>
        <translation>消息 %1 的末尾由哪一次 recv() 返回？（recv 从 0 开始编号）</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The server sends reply m0 (%1 B) with one send(). In how many recv() calls will it arrive?</source>
        <translation>服务器用一次 send() 发送回复 m0（%1 B）。它会分成几次 recv() 调用到达？</translation>
    </message>
    <message>
        <source>How many bytes of reply m0 will the read meant for reply m1 return?</source>
        <translation>本想读取回复 m1 的那次读取，会返回回复 m0 的多少字节？</translation>
    </message>
    <message>
        <source>How long will each request take with Nagle on?</source>
        <translation>开启 Nagle 时，每个请求需要多长时间？</translation>
    </message>
    <message>
        <source>How long will each request take with TCP_NODELAY?</source>
        <translation>使用 TCP_NODELAY 时，每个请求需要多长时间？</translation>
    </message>
    <message>
        <source>How long will each request take?</source>
        <translation>每个请求需要多长时间？</translation>
    </message>
    <message>
        <source>With Nagle on: after how many of the %1 will bytes still wait unsent in the kernel?</source>
        <translation>开启 Nagle：在这 %1中，有多少次之后内核里仍有未发出的字节？</translation>
    </message>
    <message>
        <source>With TCP_NODELAY: after how many of the %1 will bytes still wait unsent in the kernel?</source>
        <translation>使用 TCP_NODELAY：在这 %1中，有多少次之后内核里仍有未发出的字节？</translation>
    </message>
    <message>
        <source>How many send() calls will accept only part of their bytes?</source>
        <translation>有多少次 send() 调用只接受了部分字节？</translation>
    </message>
    <message>
        <source>How many send() calls will it take to send the %1?</source>
        <translation>发送这 %1 需要多少次 send() 调用？</translation>
    </message>
    <message>
        <source>With the framing: how many of the %1 will the decoder recover whole?</source>
        <translation>使用分帧：这 %1中，解码器能完整恢复多少条？</translation>
    </message>
    <message>
        <source>The messages hold %1 B in all, one of them empty. How many bytes will the TCP reader receive?</source>
        <translation>这些消息共 %1 B，其中一条为空。TCP 接收方会收到多少字节？</translation>
    </message>
    <message>
        <source>How many UDP recvfrom() calls will return 0 bytes?</source>
        <translation>有多少次 UDP recvfrom() 调用会返回 0 字节？</translation>
    </message>
    <message>
        <source>Each datagram holds %1 B and recvfrom() is given %2 B. How many bytes will one recvfrom() return at most?</source>
        <translation>每个数据报 %1 B，recvfrom() 的缓冲区为 %2 B。一次 recvfrom() 最多返回多少字节？</translation>
    </message>
    <message>
        <source>How many of the %1 will arrive?</source>
        <translation>这 %1中有多少个会到达？</translation>
    </message>
    <message>
        <source>How many errors will send() and recvfrom() report?</source>
        <translation>send() 和 recvfrom() 会报告多少个错误？</translation>
    </message>
    <message>
        <source>recording stopped at the event cap of %1 calls (--max-events)</source>
        <translation>记录在 %1 次调用的事件上限处停止（--max-events）</translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 never sent</source>
        <translation>%1：%2分在 %3中（一次 recv 最多 %4 条）；%5从未发出</translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 never sent, %6 unread</source>
        <translation>%1：%2分在 %3中（一次 recv 最多 %4 条）；%5从未发出，%6未读取</translation>
    </message>
    <message>
        <source>%1: %2 in %3 (at most %4 in one recv); %5 unread</source>
        <translation>%1：%2分在 %3中（一次 recv 最多 %4 条）；%5未读取</translation>
    </message>
</context>
<context>
    <name>sockscope::LessonFile</name>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>未知的键（应为 %1 之一）</translation>
    </message>
    <message>
        <source>the English text is required</source>
        <translation>必须提供英文文本</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>missing: a text {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</source>
        <translation>缺少：文本 {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>expected a text {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</source>
        <translation>应为文本 {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation>英文文本为空</translation>
    </message>
    <message>
        <source>a text is at most %1 characters</source>
        <translation>一段文本最多 %1 个字符</translation>
    </message>
    <message>
        <source>expected an object of scenario keys and values</source>
        <translation>应为由场景键和值组成的对象</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>最多 %1 项</translation>
    </message>
    <message>
        <source>expected a string, a number or true/false</source>
        <translation>应为字符串、数字或 true/false</translation>
    </message>
    <message>
        <source>expected an object {&quot;label&quot;: …, &quot;settings&quot;: {…}}</source>
        <translation>应为对象 {&quot;label&quot;: …, &quot;settings&quot;: {…}}</translation>
    </message>
    <message>
        <source>unknown runs &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的运行类别“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的测量项“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>give one of %1, not two</source>
        <translation>%1 只能给出一个，不能给两个</translation>
    </message>
    <message>
        <source>expected a whole number from 0</source>
        <translation>应为从 0 起的整数</translation>
    </message>
    <message>
        <source>missing: one of %1 with the bound</source>
        <translation>缺少：%1 之一及其界限</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>expected a name of lower-case letters, digits and &apos;-&apos; (at most %1), as &apos;run --lesson&apos; takes it</source>
        <translation>应为由小写字母、数字和 &apos;-&apos; 组成的名称（最多 %1 个字符），与 &apos;run --lesson&apos; 接受的一样</translation>
    </message>
    <message>
        <source>expected an object of scenario keys, as a scenario file has</source>
        <translation>应为由场景键组成的对象，与场景文件相同</translation>
    </message>
    <message>
        <source>expected a list of at most %1 variants</source>
        <translation>应为最多 %1 个变体的列表</translation>
    </message>
    <message>
        <source>expected an object {&quot;name&quot;: …, &quot;off&quot;: {…}, &quot;on&quot;: {…}}</source>
        <translation>应为对象 {&quot;name&quot;: …, &quot;off&quot;: {…}, &quot;on&quot;: {…}}</translation>
    </message>
    <message>
        <source>unknown headline &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的标题行“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>expected a list of at most %1 claims</source>
        <translation>应为最多 %1 条断言的列表</translation>
    </message>
    <message>
        <source>unknown claim &quot;%1&quot; (README lists the claims)</source>
        <translation>未知的断言“%1”（README 列出了所有断言）</translation>
    </message>
    <message>
        <source>expected a claim id, or an object of your own claim</source>
        <translation>应为断言标识，或描述你自己的断言的对象</translation>
    </message>
    <message>
        <source>claim &quot;%1&quot; is listed twice</source>
        <translation>断言“%1”列出了两次</translation>
    </message>
    <message>
        <source>not a lesson</source>
        <translation>不是课程</translation>
    </message>
    <message>
        <source>a lesson file is at most 1 MiB</source>
        <translation>课程文件最大 1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>a lesson file holds one JSON object</source>
        <translation>课程文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot open the lesson file (%2)</source>
        <translation>%1：无法打开课程文件（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation>%1：name：“%2”是内置课程的名称；请换一个</translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is taken by another file of the folder</source>
        <translation>%1：name：“%2”已被该文件夹中的另一个文件使用</translation>
    </message>
</context>
<context>
    <name>sockscope::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Custom scenario</source>
        <translation>自定义场景</translation>
    </message>
    <message>
        <source>Your own settings, run as one scenario. Pick a lesson to start from a prepared one.</source>
        <translation>用你自己的设置运行一个场景。选择一门课程，可以从准备好的设置开始。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Run only “%1”</source>
        <translation>只运行“%1”</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Run both, stacked: “%1” above, “%2” below</source>
        <translation>两者都运行并上下排列：上为“%1”，下为“%2”</translation>
    </message>
    <message>
        <source>%1 (file)</source>
        <translation>%1（文件）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>改动了：%1。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Not recorded: %1, which the lesson compares.</source>
        <translation>未记录：%1，而本课要比较它。</translation>
    </message>
    <message>
        <source>These runs were not recorded with the lesson&apos;s own settings.</source>
        <translation>这些运行不是用本课自己的设置记录的。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>记录时的设置：%1。</translation>
    </message>
    <message>
        <source>Effective: %1.</source>
        <translation>实际生效：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The lesson&apos;s own: %1.</source>
        <translation>本课自己的设置：%1。</translation>
    </message>
    <message>
        <source>The text below is the lesson&apos;s, for its own settings; “What happened” is measured on these runs.</source>
        <translation>下面的文字属于本课，针对的是它自己的设置；“发生了什么”是在这些运行上测量的。</translation>
    </message>
    <message>
        <source>The lesson, with its own settings: %1</source>
        <translation>本课（按它自己的设置）：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::LoopbackCapture</name>
    <message>
        <source>The wire lane of real runs needs permission to capture packets (CAP_NET_RAW): run &apos;sudo setcap cap_net_raw+ep $(command -v sockscope)&apos; once, or run SockScope as root. Until then real runs show no packets.</source>
        <translation>真实运行的线路通道需要抓包权限（CAP_NET_RAW）：运行一次 &apos;sudo setcap cap_net_raw+ep $(command -v sockscope)&apos;，或以 root 身份运行 SockScope。在此之前，真实运行不显示数据包。</translation>
    </message>
    <message>
        <source>Packet capture on loopback is not available (%1), so real runs show no packets.</source>
        <translation>无法在回环接口上抓包（%1），因此真实运行不显示数据包。</translation>
    </message>
    <message>
        <source>The capture missed packets: %1 of them arrived faster than SockScope read the capture&apos;s ring and were not kept, so the wire lanes lack them (and the --pcap file too); no recv() is linked to a captured datagram by its place in the queue.</source>
        <translation>抓包遗漏了数据包：其中 %1 个到达得比 SockScope 读取抓包环形缓冲区更快，未能保留，因此线路通道（以及 --pcap 文件）中缺少它们；不会按队列中的位置把 recv() 对应到抓取的数据报。</translation>
    </message>
</context>
<context>
    <name>sockscope::MainWindow</name>
    <message>
        <source>SockScope</source>
        <translation>SockScope</translation>
    </message>
    <message>
        <source>Lesson and settings</source>
        <translation>课程与设置</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export timeline…</source>
        <translation>导出时间轴(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>R&amp;eset to the lesson</source>
        <translation>恢复课程设置(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Compact time axis</source>
        <translation>紧凑时间轴(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Shorten the gaps between calls so that every box is readable; off = linear time</source>
        <translation>缩短调用之间的空隙，让每个方框都看得清；关闭 = 线性时间</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>%1 — SockScope</source>
        <translation>%1 — SockScope</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <source>Restarting with the new setting…</source>
        <translation>正在用新设置重新开始…</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Done in %1. Hover a box for details, click it to follow its bytes.</source>
        <translation>用时 %1 完成。鼠标悬停在方框上可查看详情，单击可追踪它的字节。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Custom scenario</source>
        <translation>自定义场景</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Run first.</source>
        <translation>还没有可导出的内容：请先按“运行”。</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>导出时间轴</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copied the timeline as an image (%1 × %2 pixels).</source>
        <translation>已将时间轴复制为图像（%1 × %2 像素）。</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios and traces (*.json);;All files (*)</source>
        <translation>场景和跟踪记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Open &amp;trace…</source>
        <translation>打开跟踪记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Save t&amp;race…</source>
        <translation>保存跟踪记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Opened the trace %1, as recorded. Run records it again.</source>
        <translation>已打开跟踪记录 %1，按录制时的样子显示。按“运行”会重新录制。</translation>
    </message>
    <message>
        <source>Nothing to save yet: press Run first.</source>
        <translation>还没有可保存的内容：请先按“运行”。</translation>
    </message>
    <message>
        <source>Saved the trace %1</source>
        <translation>已保存跟踪记录 %1</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开跟踪记录</translation>
    </message>
    <message>
        <source>Traces (*.json);;All files (*)</source>
        <translation>跟踪记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>无法显示 %1：
%2</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>保存跟踪记录</translation>
    </message>
    <message>
        <source>Traces (*.json)</source>
        <translation>跟踪记录 (*.json)</translation>
    </message>
    <message>
        <source>Payload &amp;encoding</source>
        <translation>载荷编码(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo reset</source>
        <translation>撤销恢复(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ready: press Run (F5) to send the messages over real sockets.</source>
        <translation>准备就绪：按“运行”（F5）通过真实套接字发送消息。</translation>
    </message>
    <message>
        <source>Reset to the lesson&apos;s settings. Undo reset (Ctrl+Z) brings yours back.</source>
        <translation>已恢复课程的设置。“撤销恢复”（Ctrl+Z）可找回你的设置。</translation>
    </message>
    <message>
        <source>Your settings are back.</source>
        <translation>你的设置已找回。</translation>
    </message>
    <message>
        <source>Setting changed: running again with the new value…</source>
        <translation>设置已更改：正在用新值重新运行…</translation>
    </message>
    <message>
        <source>Stop the run (F5)</source>
        <translation>停止运行（F5）</translation>
    </message>
    <message>
        <source>Run the scenario over real sockets (F5)</source>
        <translation>通过真实套接字运行场景（F5）</translation>
    </message>
    <message>
        <source>Opened %1: press Run (F5).</source>
        <translation>已打开 %1：请按“运行”（F5）。</translation>
    </message>
    <message>
        <source>&amp;Byte-stream view</source>
        <translation>字节流视图(&amp;B)</translation>
    </message>
    <message>
        <source>Show the run by stream offset instead of time: where the send() calls cut the bytes, and where the recv() calls did (B)</source>
        <translation>按流偏移量而不是时间显示运行：send() 调用在哪里切分字节，recv() 调用又在哪里切分（B）</translation>
    </message>
    <message>
        <source>Byte-stream view: the run&apos;s bytes by stream offset. B shows the timeline again.</source>
        <translation>字节流视图：按流偏移量显示运行的字节。按 B 回到时间线。</translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s calls in time. B shows the byte-stream view.</source>
        <translation>时间线：按时间显示运行的调用。按 B 显示字节流视图。</translation>
    </message>
    <message>
        <source>Simulated as %1: %2.</source>
        <translation>按 %1 模拟：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>That recv is in another run: pick one of the run the question is about.</source>
        <translation>这个 recv 属于另一个运行：请选取问题所问的那个运行中的 recv。</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>保存课程(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;worksheet…</source>
        <translation>导出练习单(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Predict first</source>
        <translation>先预测(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ask the lesson&apos;s questions before the run; the run is recorded hidden until Reveal (Ctrl+P)</source>
        <translation>运行前先提出课程的问题；运行会被录制并隐藏，直到揭晓（Ctrl+P）</translation>
    </message>
    <message>
        <source>Recording, hidden until you reveal it…</source>
        <translation>正在录制，揭晓前保持隐藏……</translation>
    </message>
    <message>
        <source>Enter a prediction first, or press Reveal.</source>
        <translation>请先填写一个预测，或按“揭晓”。</translation>
    </message>
    <message>
        <source>Recorded and hidden. Enter your predictions, then Reveal (F5).</source>
        <translation>已录制并隐藏。填写你的预测，然后揭晓（F5）。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Predict first: answer the questions above, then Run (F5). The run stays hidden until you reveal it.</source>
        <translation>先预测：回答上方的问题，然后运行（F5）。运行在揭晓之前保持隐藏。</translation>
    </message>
    <message>
        <source>Revealed: the run replays (P pauses, X shows all); each prediction is checked above the lanes.</source>
        <translation>已揭晓：运行正在回放（P 暂停，X 显示全部）；每个预测的核对结果显示在泳道上方。</translation>
    </message>
    <message>
        <source>A worksheet is made for a lesson: choose one first.</source>
        <translation>练习单是为课程制作的：请先选择一个课程。</translation>
    </message>
    <message>
        <source>The worksheet&apos;s answer key needs a finished run of the lesson on screen: press Run (and Reveal) first.</source>
        <translation>练习单的答案页需要屏幕上有该课程一次完成的运行：请先运行（并揭晓）。</translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation>导出练习单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lesson files (*.json);;All files (*)</source>
        <translation>课程文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation>%1：name：“%2”是内置课程的名称；请换一个</translation>
    </message>
    <message>
        <source>Opened the lesson %1: press Run (F5).</source>
        <translation>已打开课程 %1：按“运行”（F5）。</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Pick a lesson first: a lesson file starts from one, with your settings as its scenario.</source>
        <translation>请先选择一门课程：课程文件以它为起点，并以你的设置作为场景。</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>课程文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved the lesson %1 as %2</source>
        <translation>已将课程 %1 保存为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) not loaded: %1</source>
        <translation>
            <numerusform>%n 个课程文件未能加载：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1 cancelled: the window shows what it showed before.</source>
        <translation>已取消打开 %1：窗口仍显示之前的内容。</translation>
    </message>
</context>
<context>
    <name>sockscope::ManualPage</name>
    <message>
        <source>SCENARIO KEYS</source>
        <translation>场景键</translation>
    </message>
    <message>
        <source>Scenario files are JSON objects with these keys; run&apos;s --set key=value overrides any of them. A key that is not given has its default.</source>
        <translation>场景文件是含有以下键的 JSON 对象；run 的 --set key=value 可覆盖其中任意一个。未给出的键取默认值。</translation>
    </message>
    <message>
        <source>LESSONS</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The names run&apos;s --lesson takes; each lesson checks its own claims against the run.</source>
        <translation>run 的 --lesson 可用的名称；每个课程都会用运行结果检验自己的结论。</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>用户命令</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>see TCP streams and UDP datagrams happen</source>
        <translation>亲眼看到 TCP 字节流与 UDP 数据报</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>SockScope shows the difference between a TCP byte stream and UDP datagrams by making it happen on real sockets. It sends messages over loopback TCP and UDP with the cadence, Nagle setting, buffer sizes and recv() size chosen, records every send() and every recv() system call with the kernel&apos;s evidence, and draws each send against each recv: messages merged or split across recvs (sticky packets), Nagle&apos;s algorithm and the delayed ACK, partial sends, UDP truncation and silent loss.</source>
        <translation>SockScope 在真实套接字上让 TCP 字节流与 UDP 数据报的区别亲眼可见。它按所选的发送节奏、Nagle 设置、缓冲区大小和 recv() 大小，通过本机回环的 TCP 与 UDP 发送消息，记录每一次 send() 与 recv() 系统调用及内核证据，并把每次 send 与每次 recv 对照画出：消息在多次 recv 中被合并或拆分（粘包、拆包）、Nagle 算法与延迟确认、部分发送、UDP 截断与无声丢包。</translation>
    </message>
    <message>
        <source>Without a verb it opens the window on the default lesson. The verbs below do the same from the command line: they print a table for a projector and write the trace as JSON, CSV, a Chrome trace or pcapng, and the timeline as PNG, SVG or PDF. Every output is written whole or not at all; - is standard output.</source>
        <translation>不带子命令时，打开窗口并显示默认课程。下面的子命令在命令行中完成同样的工作：打印适合投影的表格，把轨迹写成 JSON、CSV、Chrome trace 或 pcapng，把时间轴写成 PNG、SVG 或 PDF。每个输出要么完整写入，要么完全不写；- 表示标准输出。</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>Without a verb</source>
        <translation>不带子命令</translation>
    </message>
    <message>
        <source>Print the usage of every verb and exit.</source>
        <translation>打印所有子命令的用法后退出。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>打印版本号后退出。</translation>
    </message>
    <message>
        <source>Any other option is left to Qt&apos;s window (for example -platform, -style).</source>
        <translation>其他选项都交给 Qt 窗口处理（例如 -platform、-style）。</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>Ctrl+C, SIGTERM or SIGHUP stop a run or an observation and keep what was recorded: the table is printed and the files are written.</source>
        <translation>Ctrl+C、SIGTERM 或 SIGHUP 会停止运行或观察，并保留已记录的内容：照常打印表格、写入文件。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The language of the command line&apos;s texts: Simplified Chinese for zh_CN, English otherwise. The window follows them unless View, Language says otherwise.</source>
        <translation>命令行文字的语言：zh_CN 为简体中文，其他为英文。窗口也跟随这些变量，除非在“视图 → 语言”中另有选择。</translation>
    </message>
    <message>
        <source>Qt&apos;s platform plugin. The verbs that draw images use offscreen when it is not set, so they need no display.</source>
        <translation>Qt 的平台插件。未设置时，绘制图片的子命令使用 offscreen，因此无需显示器。</translation>
    </message>
    <message>
        <source>When set, dense lanes are drawn event by event instead of as per-pixel marks, to check a figure against the exact drawing.</source>
        <translation>设置后，密集的泳道逐个事件绘制，而不是按像素列汇总，用于把图与精确绘制对照。</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The window&apos;s settings (language, network mode, payload encoding, the last scenario, the window&apos;s geometry); in $XDG_CONFIG_HOME when it is set. The command line reads none of it.</source>
        <translation>窗口的设置（语言、网络模式、负载编码、上次的场景、窗口位置与大小）；设置了 $XDG_CONFIG_HOME 时位于其中。命令行不读取其中任何内容。</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>The table of a lesson, for the projector.</source>
        <translation>课程的表格，用于投影。</translation>
    </message>
    <message>
        <source>Keep the trace and a figure of it.</source>
        <translation>保存轨迹及其图片。</translation>
    </message>
    <message>
        <source>The same lesson on loopback and on a simulated network, compared.</source>
        <translation>同一课程分别在本机回环与模拟网络上运行，并加以比较。</translation>
    </message>
    <message>
        <source>A saved trace again, drawn as replay shows it at 30 ms.</source>
        <translation>重新显示已保存的轨迹，按回放到 30 ms 时的样子绘制。</translation>
    </message>
    <message>
        <source>Record every recv() of a student&apos;s own client.</source>
        <translation>记录学生自己编写的客户端的每一次 recv()。</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>参见</translation>
    </message>
</context>
<context>
    <name>sockscope::ModeSwitch</name>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Real sockets on loopback: what this kernel really does</source>
        <translation>回环上的真实套接字：本机内核的真实行为</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>The same scenario on an imagined network (round trip, MSS, loss… under Simulated network), with the packets on the wire</source>
        <translation>同一场景在假想网络上运行（往返时间、MSS、丢包……见“模拟网络”），并显示线路上的数据包</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Predicted vs observed: each real run with its simulated twin right below it, on one time axis</source>
        <translation>预测与实测：每个真实运行的正下方是它的模拟运行，共用一条时间轴</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::NativeSocket</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>stopped while connecting</source>
        <translation>连接过程中被停止</translation>
    </message>
    <message>
        <source>connect() timed out after %1 ms</source>
        <translation>connect() 在 %1 ms 后超时</translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveCommand</name>
    <message>
        <source>Listen on a port and record every recv() of whatever program connects.</source>
        <translation>在一个端口上监听，记录任何连接上来的程序的每一次 recv()。</translation>
    </message>
    <message>
        <source>Observe TCP clients.</source>
        <translation>观察 TCP 客户端。</translation>
    </message>
    <message>
        <source>Observe UDP datagrams.</source>
        <translation>观察 UDP 数据报。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>要监听的端口；0 表示自动选一个空闲端口。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>要监听的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Decode TCP frames: none, length:N:be|le, delimiter:SEQ, fixed:N, json-header:N:be|le:FIELD.</source>
        <translation>解码 TCP 帧：none、length:N:be|le、delimiter:SEQ、fixed:N、json-header:N:be|le:FIELD。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Bytes asked of every recv() (default 1024 TCP, 65536 UDP).</source>
        <translation>每次 recv() 请求的字节数（默认 TCP 1024，UDP 65536）。</translation>
    </message>
    <message>
        <source>One recv() every MS milliseconds (default: when data is ready).</source>
        <translation>每 MS 毫秒调用一次 recv()（默认：数据一到就读）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: at Ctrl+C).</source>
        <translation>S 秒后停止（默认：按 Ctrl+C 时停止）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Largest frame the decoder accepts (default 16 MiB).</source>
        <translation>解码器接受的最大帧（默认 16 MiB）。</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>TCP clients recorded at once; more are closed (default 16).</source>
        <translation>同时记录的 TCP 客户端数；超出的连接会被关闭（默认 16）。</translation>
    </message>
    <message>
        <source>Forward every TCP client to this server, recording both directions.</source>
        <translation>把每个 TCP 客户端转发到这个服务器，并记录两个方向。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Allow a --relay address other than loopback.</source>
        <translation>允许 --relay 使用回环以外的地址。</translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation>不打印表格。</translation>
    </message>
    <message>
        <source>observe: give exactly one of --tcp and --udp</source>
        <translation>observe：--tcp 和 --udp 必须且只能给出一个</translation>
    </message>
    <message>
        <source>--port: required (0 picks a free port)</source>
        <translation>--port：必须给出（0 表示自动选一个空闲端口）</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1：应为 %2 到 %3 之间的整数，实际为 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>--relay: %1</source>
        <translation>--relay：%1</translation>
    </message>
    <message>
        <source>--relay: %1 is not a loopback address; add --allow-remote to relay to another machine</source>
        <translation>--relay：%1 不是回环地址；要中继到另一台机器，请加上 --allow-remote</translation>
    </message>
    <message>
        <source>observe: cannot listen on %1:%2: %3</source>
        <translation>observe：无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>warning: listening on %1, not loopback: other machines can connect; what they send is only displayed, never executed</source>
        <translation>警告：正在 %1 上监听，而不是回环地址：其他机器可以连接；它们发送的内容只会显示，绝不会被执行</translation>
    </message>
    <message>
        <source>warning: relaying to %1, another machine</source>
        <translation>警告：正在中继到另一台机器 %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>No client connected.</source>
        <translation>没有客户端连接。</translation>
    </message>
    <message>
        <source>--duration: expected a number of seconds greater than 0 and at most %1 (7 days), got &quot;%2&quot;</source>
        <translation>--duration：应为大于 0、不超过 %1（7 天）的秒数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>observe: %1</source>
        <translation>observe：%1</translation>
    </message>
    <message>
        <source>Memory all recordings may hold together; then recording stops, clients are still read (default 1024 MiB).</source>
        <translation>所有记录合计可占用的内存；达到后停止记录，客户端仍会被读取（默认 1024 MiB）。</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Close a TCP client that sends nothing for S seconds; 0: never (default 60).</source>
        <translation>关闭 S 秒内未发送任何数据的 TCP 客户端；0 表示从不（默认 60）。</translation>
    </message>
    <message>
        <source>--idle-timeout: expected seconds from 0 (never) to %1, got &quot;%2&quot;</source>
        <translation>--idle-timeout：应为 0（从不）到 %1 之间的秒数，实际为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveNotes</name>
    <message>
        <source>at %1 s: %2</source>
        <translation>第 %1 秒：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 more note(s) like the ones above were not kept (the first %2 were)</source>
        <translation>
            <numerusform>另有 %1 条与上面类似的备注未保留（只保留了前 %2 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveOptions</name>
    <message>
        <source>--bind: &quot;%1&quot; is not an IPv4 address</source>
        <translation>--bind：&quot;%1&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>--framing: %1</source>
        <translation>--framing：%1</translation>
    </message>
    <message>
        <source>--framing: applies to TCP byte streams; UDP keeps each datagram whole</source>
        <translation>--framing：只适用于 TCP 字节流；UDP 会保持每个数据报完整</translation>
    </message>
    <message>
        <source>--recv-size: expected 1 to %1 bytes, got %2</source>
        <translation>--recv-size：应为 1 到 %1 字节，实际为 %2</translation>
    </message>
    <message>
        <source>--read-interval-ms: expected 0 to 60000, got %1</source>
        <translation>--read-interval-ms：应为 0 到 60000，实际为 %1</translation>
    </message>
    <message>
        <source>--duration: expected a positive number of seconds</source>
        <translation>--duration：应为正的秒数</translation>
    </message>
    <message>
        <source>--max-frame: expected 1 to 4294967296 bytes, got %1</source>
        <translation>--max-frame：应为 1 到 4294967296 字节，实际为 %1</translation>
    </message>
    <message>
        <source>--max-clients: expected 1 to 1024, got %1</source>
        <translation>--max-clients：应为 1 到 1024，实际为 %1</translation>
    </message>
    <message>
        <source>max recvs: expected at least 1</source>
        <translation>recv 上限：至少应为 1</translation>
    </message>
    <message>
        <source>--relay: relays TCP connections only (use --tcp)</source>
        <translation>--relay：只能中继 TCP 连接（请用 --tcp）</translation>
    </message>
    <message>
        <source>--memory-budget: expected 1 to %1 MiB</source>
        <translation>--memory-budget：应为 1 到 %1 MiB</translation>
    </message>
    <message>
        <source>--idle-timeout: expected 0 (never) to %1 seconds</source>
        <translation>--idle-timeout：应为 0（从不）到 %1 秒</translation>
    </message>
</context>
<context>
    <name>sockscope::ObservePanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decoded</source>
        <translation>
            <numerusform>已解码 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad frame(s)</source>
        <translation>
            <numerusform>%n 个错误帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, message #%2: %3</source>
        <translation>%1，消息 #%2：%3</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>未在监听：%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>开始监听</translation>
    </message>
    <message>
        <source>Stop: the clients are disconnected, the trace is kept</source>
        <translation>停止：断开所有客户端，保留已记录的轨迹</translation>
    </message>
    <message>
        <source>Listen on the port and record every recv() of whatever connects</source>
        <translation>在该端口监听，并记录任何连接上来的程序的每次 recv()</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <source>Listening. Point your client at this address; each TCP connection becomes a run on the timeline.</source>
        <translation>正在监听。把你的客户端连到这个地址；每个 TCP 连接在时间线上成为一次运行。</translation>
    </message>
    <message>
        <source>From other computers: %1</source>
        <translation>其他电脑请连接：%1</translation>
    </message>
    <message>
        <source>Choose the settings on the left and press Start listening.</source>
        <translation>在左侧选择设置，然后按“开始监听”。</translation>
    </message>
    <message>
        <source>Observed on %1:%2</source>
        <translation>在 %1:%2 上观察</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>保存轨迹</translation>
    </message>
    <message>
        <source>Traces (*.json)</source>
        <translation>轨迹 (*.json)</translation>
    </message>
    <message>
        <source>Saved the trace %1</source>
        <translation>已保存轨迹 %1</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Listen for your own programs</source>
        <translation>监听你自己的程序</translation>
    </message>
    <message>
        <source>Save trace…</source>
        <translation>保存轨迹…</translation>
    </message>
    <message>
        <source>The recorded runs as trace JSON (sockscope show draws it again)</source>
        <translation>把记录的运行保存为轨迹 JSON（sockscope show 可重新绘制）</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>The timeline as PNG, SVG or PDF, with a caption and the legend</source>
        <translation>把时间线导出为 PNG、SVG 或 PDF，附说明文字和图例</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy the python3 client command</source>
        <translation>复制 python3 客户端命令</translation>
    </message>
    <message>
        <source>Copy the netcat command: type lines, each Enter sends one</source>
        <translation>复制 netcat 命令：逐行输入，每按一次回车发送一行</translation>
    </message>
    <message>
        <source>Notes (clients turned away, decoder errors)</source>
        <translation>备注（被拒绝的客户端、解码错误）</translation>
    </message>
    <message>
        <source>Observed timeline</source>
        <translation>观察到的时间线</translation>
    </message>
    <message>
        <source>recording stopped, %1 not recorded</source>
        <translation>记录已停止，%1 未记录</translation>
    </message>
    <message>
        <source>Listening on %1: waiting for a client.</source>
        <translation>正在监听 %1：等待客户端连接。</translation>
    </message>
    <message>
        <source>Listening on %1: %2.</source>
        <translation>正在监听 %1：%2。</translation>
    </message>
    <message>
        <source>Stopped listening: %1.</source>
        <translation>已停止监听：%1。</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Listening. Point your client at this address; every UDP datagram it sends here becomes a recv() on the timeline, and all of them one run.</source>
        <translation>正在监听。把你的客户端指向这个地址；它发到这里的每个 UDP 数据报在时间线上成为一次 recv()，全部数据报合为一次运行。</translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveSession</name>
    <message>
        <source>the listening socket failed: %1</source>
        <translation>监听套接字出错：%1</translation>
    </message>
    <message>
        <source>%1 turned away: %2 clients are connected already (--max-clients)</source>
        <translation>已拒绝 %1：已经有 %2 个客户端连接（--max-clients）</translation>
    </message>
    <message>
        <source>%1 turned away: no thread could be started for it (%2)</source>
        <translation>已拒绝 %1：无法为它启动线程（%2）</translation>
    </message>
    <message>
        <source>%1 turned away: out of memory</source>
        <translation>已拒绝 %1：内存不足</translation>
    </message>
    <message>
        <source>recording stopped: %1. After that %2 B in %3 were read but not recorded.</source>
        <translation>记录已停止：%1。此后 %3 读取了 %2 B，但未记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 datagram(s)</source>
        <translation>
            <numerusform>%1 个数据报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recv() call(s)</source>
        <translation>
            <numerusform>%1 次 recv() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 connection(s) made after that were served without a run in the trace.</source>
        <translation>
            <numerusform>此后建立的 %1 个连接仍被读取和转发，但在轨迹中没有对应的运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets are captured on loopback only: this session listens on or relays to another address, so its runs show no packets.</source>
        <translation>数据包只在回环接口上抓取：本次会话监听或转发到其他地址，因此其运行不显示数据包。</translation>
    </message>
    <message>
        <source>observe %1:%2</source>
        <translation>观察 %1:%2</translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveSettings</name>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>recv() size</source>
        <translation>recv() 大小</translation>
    </message>
    <message>
        <source>Read every</source>
        <translation>读取间隔</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>Max message</source>
        <translation>最大消息</translation>
    </message>
    <message>
        <source>Max clients</source>
        <translation>最大客户端数</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>The TCP or UDP port to listen on; 0 lets the kernel pick a free one</source>
        <translation>要监听的 TCP 或 UDP 端口；0 表示由内核挑选一个空闲端口</translation>
    </message>
    <message>
        <source>Let other computers connect</source>
        <translation>允许其他电脑连接</translation>
    </message>
    <message>
        <source>Off: only programs on this computer can connect (127.0.0.1)</source>
        <translation>关闭时：只有本机上的程序能连接（127.0.0.1）</translation>
    </message>
    <message>
        <source>The IPv4 address to listen on; 0.0.0.0 means every network interface</source>
        <translation>要监听的 IPv4 地址；0.0.0.0 表示所有网络接口</translation>
    </message>
    <message>
        <source>Anyone on this network can connect and send data. SockScope only displays what it receives, but check that this is what you want.</source>
        <translation>这个网络上的任何人都能连接并发送数据。SockScope 只会显示收到的内容，但请确认这是你想要的。</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>The size passed to every recv() call, as in the student&apos;s server</source>
        <translation>每次 recv() 调用传入的大小，与学生服务器中的一致</translation>
    </message>
    <message>
        <source>as soon as data is ready</source>
        <translation>数据一到就读</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>A slow reader: one recv() every N ms lets the kernel queue bytes, so recvs merge messages</source>
        <translation>慢速读取：每 N 毫秒一次 recv()，内核会积压字节，于是一次 recv 会合并多条消息（粘包）</translation>
    </message>
    <message>
        <source>How to cut the byte stream into messages: none, length:N:be|le, delimiter:\n, fixed:N or json-header:N:be|le:FIELD</source>
        <translation>如何把字节流切分成消息：none、length:N:be|le、delimiter:\n、fixed:N 或 json-header:N:be|le:FIELD</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A peer is untrusted: a longer message (or length prefix) is reported as an error, never allocated</source>
        <translation>对端不可信：更长的消息（或长度前缀）会报告为错误，绝不会为其分配内存</translation>
    </message>
    <message>
        <source>TCP connections recorded at once; more are turned away and noted</source>
        <translation>同时记录的 TCP 连接数；超出的会被拒绝并记入备注</translation>
    </message>
</context>
<context>
    <name>sockscope::ObserveWire</name>
    <message numerus="yes">
        <source>%n packet(s) captured after the memory budget was reached were not kept</source>
        <translation>
            <numerusform>达到内存预算后抓取的 %n 个数据包未保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::ObservedConnection</name>
    <message>
        <source>the server %1 refused the connection: %2; the client was reset</source>
        <translation>服务器 %1 拒绝了连接：%2；已重置客户端的连接</translation>
    </message>
    <message>
        <source>cannot reach the server %1: %2; the client was reset</source>
        <translation>无法连接服务器 %1：%2；已重置客户端的连接</translation>
    </message>
    <message>
        <source>the client reset the connection; the server %1 was reset</source>
        <translation>客户端重置了连接；已重置与服务器 %1 的连接</translation>
    </message>
    <message>
        <source>the server %1 reset the connection; the client was reset</source>
        <translation>服务器 %1 重置了连接；已重置客户端的连接</translation>
    </message>
    <message>
        <source>recv() from the client failed: %1; the server %2 was reset</source>
        <translation>从客户端 recv() 失败：%1；已重置与服务器 %2 的连接</translation>
    </message>
    <message>
        <source>recv() from the server %1 failed: %2; the client was reset</source>
        <translation>从服务器 %1 recv() 失败：%2；已重置客户端的连接</translation>
    </message>
    <message>
        <source>forwarding to the server %1 failed: send() %2; the client was reset</source>
        <translation>向服务器 %1 转发失败：send() %2；已重置客户端的连接</translation>
    </message>
    <message>
        <source>forwarding to the client failed: send() %1; the server %2 was reset</source>
        <translation>向客户端转发失败：send() %1；已重置与服务器 %2 的连接</translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation>客户端 %1：%2</translation>
    </message>
    <message>
        <source>no thread could be started for the relay: %1</source>
        <translation>无法为转发启动线程：%1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>sockscope::ObservedRunLabel</name>
    <message>
        <source>TCP from %1</source>
        <translation>来自 %1 的 TCP</translation>
    </message>
    <message>
        <source>%1 → %2 (client → server)</source>
        <translation>%1 → %2（客户端 → 服务器）</translation>
    </message>
    <message>
        <source>%1 → %2 (server → client)</source>
        <translation>%1 → %2（服务器 → 客户端）</translation>
    </message>
    <message>
        <source>UDP on %1:%2</source>
        <translation>%1:%2 上的 UDP</translation>
    </message>
</context>
<context>
    <name>sockscope::OutputFile</name>
    <message>
        <source>only %1 of %2 bytes could be written (disk full or file size limit?)</source>
        <translation>%2 字节中只写入了 %1 字节（磁盘已满或超出文件大小限制？）</translation>
    </message>
</context>
<context>
    <name>sockscope::PcapngWriter</name>
    <message>
        <source>%1: cannot write the pcapng file (%2)</source>
        <translation>%1：无法写入 pcapng 文件（%2）</translation>
    </message>
    <message>
        <source>--pcap: the trace has no packets to write: no simulated run (--mode sim or --mode both) and no packets captured on loopback (a saved trace keeps the captured segments, not the packets)</source>
        <translation>--pcap：该 trace 没有可写的数据包：没有模拟运行（--mode sim 或 --mode both），也没有在回环接口上抓取的数据包（保存的 trace 只保留抓取的报文段，不保留数据包）</translation>
    </message>
</context>
<context>
    <name>sockscope::PlatformProfile</name>
    <message>
        <source>the delayed ACK waits %1 ms (Linux: %2 ms)</source>
        <translation>延迟 ACK 等待 %1 ms（Linux：%2 ms）</translation>
    </message>
    <message>
        <source>a recvfrom() of a datagram longer than its buffer fails with WSAEMSGSIZE (Linux returns the cut datagram)</source>
        <translation>数据报比缓冲区长时，recvfrom() 以 WSAEMSGSIZE 失败（Linux 返回被截断的数据报）</translation>
    </message>
    <message>
        <source>a datagram of more than %1 B fails with EMSGSIZE (Linux: %2 B)</source>
        <translation>超过 %1 B 的数据报以 EMSGSIZE 失败（Linux：%2 B）</translation>
    </message>
    <message>
        <source>SO_SNDBUF and SO_RCVBUF are used as asked (Linux doubles them)</source>
        <translation>SO_SNDBUF 和 SO_RCVBUF 按请求的大小使用（Linux 会加倍）</translation>
    </message>
    <message>
        <source>TCP&apos;s default buffers are %1 B to send and %2 B to receive (Linux: %3 B and %4 B)</source>
        <translation>TCP 默认缓冲区：发送 %1 B，接收 %2 B（Linux：%3 B 和 %4 B）</translation>
    </message>
    <message>
        <source>UDP&apos;s default receive buffer is %1 B (Linux: %2 B)</source>
        <translation>UDP 默认接收缓冲区为 %1 B（Linux：%2 B）</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>simulated, %1</source>
        <translation>模拟，%1</translation>
    </message>
</context>
<context>
    <name>sockscope::PredictPanel</name>
    <message>
        <source>Predict first: answer each question, then Run (F5). The run is recorded but hidden until you reveal it.</source>
        <translation>先预测：回答每个问题，然后运行（F5）。运行会被录制，但在揭晓之前保持隐藏。</translation>
    </message>
    <message>
        <source>Recording, hidden… keep predicting.</source>
        <translation>正在录制（已隐藏）……请继续预测。</translation>
    </message>
    <message>
        <source>Recorded and hidden. Reveal (F5) replays the run and checks each prediction.</source>
        <translation>已录制并隐藏。揭晓（F5）会回放这次运行并核对每个预测。</translation>
    </message>
    <message>
        <source>Your predictions against what the run measured:</source>
        <translation>你的预测与这次运行的实测结果：</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Show the hidden run, replayed, and check each prediction (F5)</source>
        <translation>显示隐藏的运行（回放），并核对每个预测（F5）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The recv&apos;s number (recvs are numbered from 0); or press Pick and click the recv on the timeline</source>
        <translation>recv 的编号（从 0 开始）；或按“选取”，再在时间线上点击该 recv</translation>
    </message>
    <message>
        <source>Your prediction; ? = none</source>
        <translation>你的预测；? = 未填</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>选取</translation>
    </message>
    <message>
        <source>Then click a recv box on the timeline: its number is your answer</source>
        <translation>然后在时间线上点击一个 recv 方块：它的编号就是你的答案</translation>
    </message>
</context>
<context>
    <name>sockscope::PreviewText</name>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>GB18030 (GBK) cannot be decoded: this Qt was built without ICU.</source>
        <translation>无法解码 GB18030（GBK）：此 Qt 构建时未启用 ICU。</translation>
    </message>
</context>
<context>
    <name>sockscope::ProgressMeter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>sockscope::RecordingGate</name>
    <message>
        <source>%1: recording stopped: %2; what arrives is still read, and only counted</source>
        <translation>%1：记录已停止：%2；之后到达的数据仍会读取，但只计数</translation>
    </message>
    <message>
        <source>recording stopped: %1; every client is still read (and relayed), nothing more is recorded</source>
        <translation>记录已停止：%1；所有客户端仍会被读取（和转发），但不再记录任何内容</translation>
    </message>
    <message>
        <source>%1: recording stopped: %2; %3</source>
        <translation>%1：记录已停止：%2；%3</translation>
    </message>
</context>
<context>
    <name>sockscope::RemoteSender</name>
    <message>
        <source>the scenario sends over TCP and UDP at once; a server listens on one of them: add --set protocol=tcp or --set protocol=udp</source>
        <translation>该场景同时经 TCP 和 UDP 发送，而服务器只监听其中一种：请加上 --set protocol=tcp 或 --set protocol=udp</translation>
    </message>
    <message>
        <source>request/response scenarios (reply_size &gt; 0) need SockScope&apos;s own server; add --set reply_size=0</source>
        <translation>请求/响应场景（reply_size &gt; 0）需要 SockScope 自己的服务器；请加上 --set reply_size=0</translation>
    </message>
    <message>
        <source>TCP to %1</source>
        <translation>发往 %1 的 TCP</translation>
    </message>
    <message>
        <source>UDP to %1</source>
        <translation>发往 %1 的 UDP</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>several clients (clients &gt; 1) run against SockScope&apos;s own server; add --set clients=1</source>
        <translation>多个客户端（clients &gt; 1）只能连接 SockScope 自己的服务器；请加上 --set clients=1</translation>
    </message>
    <message>
        <source>TCP_CORK (cork=true) is uncorked by SockScope&apos;s own lesson client; add --set cork=false</source>
        <translation>TCP_CORK（cork=true）由 SockScope 自己的课程客户端拔塞；请加上 --set cork=false</translation>
    </message>
</context>
<context>
    <name>sockscope::ReplayBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation>暂停回放 (P)</translation>
    </message>
    <message>
        <source>Replay the run in slow motion, call by call (P)</source>
        <translation>逐个调用慢速回放本次运行 (P)</translation>
    </message>
    <message>
        <source>whole run · %1</source>
        <translation>整个运行 · %1</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 of %4</source>
        <translation>%1 / %2 · 第 %3 / %4 个</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Step back: hide the last call or packet shown (,)</source>
        <translation>后退一步：隐藏最后显示的调用或数据包 (,)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Step forward: show the next call or packet (.)</source>
        <translation>前进一步：显示下一个调用或数据包 (.)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Leave the replay and show the whole run again (X)</source>
        <translation>退出回放，重新显示整个运行 (X)</translation>
    </message>
    <message numerus="yes">
        <source>Replay speed: 1× plays the whole run in %n second(s) ([ slower, ] faster)</source>
        <translation>
            <numerusform>回放速度：1× 用 %n 秒播放完整个运行（[ 变慢，] 变快）</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Drag to any moment of the run</source>
        <translation>拖动到运行中的任意时刻</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>回放时间</translation>
    </message>
</context>
<context>
    <name>sockscope::RunCommand</name>
    <message>
        <source>Run a lesson or a scenario with real loopback sockets, on a simulated network, or both.</source>
        <translation>用真实的回环套接字、在模拟网络上、或两者同时运行一门课程或一个场景。</translation>
    </message>
    <message>
        <source>Lesson to run (see &apos;sockscope lessons&apos;).</source>
        <translation>要运行的课程（见 &apos;sockscope lessons&apos;）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Scenario file (JSON) to run.</source>
        <translation>要运行的场景文件（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Override a scenario key; repeatable.</source>
        <translation>覆盖一个场景参数；可重复使用。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>real: loopback sockets; sim: the simulated network (rtt_ms, mss, loss, ... keys); both: run both and compare.</source>
        <translation>real：回环套接字；sim：模拟网络（rtt_ms、mss、loss 等参数）；both：两者都运行并对比。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation>不打印表格。</translation>
    </message>
    <message>
        <source>Send to an external server instead of SockScope&apos;s own receiver.</source>
        <translation>发往外部服务器，而不是 SockScope 自己的接收方。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Allow --to/--relay addresses other than loopback.</source>
        <translation>允许 --to/--relay 使用回环以外的地址。</translation>
    </message>
    <message>
        <source>Sends and recvs recorded per run before it stops (default 10000000).</source>
        <translation>每次运行最多记录的 send 和 recv 数，达到后停止（默认 10000000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--max-events: expected a whole number from 1 to 1000000000, got &quot;%1&quot;</source>
        <translation>--max-events：应为 1 到 1000000000 之间的整数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: expected real, sim or both, got &quot;%1&quot;</source>
        <translation>--mode：应为 real、sim 或 both，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lesson: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation>--lesson：没有名为 &quot;%1&quot; 的课程（见 &apos;sockscope lessons&apos;）</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario：%1</translation>
    </message>
    <message>
        <source>--set: expected key=value, got &quot;%1&quot;</source>
        <translation>--set：应为 key=value，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--set: %1</source>
        <translation>--set：%1</translation>
    </message>
    <message>
        <source>--to: sends with real sockets; leave out --mode</source>
        <translation>--to：使用真实套接字发送；请去掉 --mode</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--to: %1 is not a loopback address; add --allow-remote to send to another machine</source>
        <translation>--to：%1 不是回环地址；要发往另一台机器，请加上 --allow-remote</translation>
    </message>
    <message>
        <source>warning: sending to %1, another machine</source>
        <translation>警告：正在发往另一台机器 %1</translation>
    </message>
    <message>
        <source>the scenario as set</source>
        <translation>按设置的场景</translation>
    </message>
    <message>
        <source>%1 is set, so only this lesson&apos;s matching variant runs: %2</source>
        <translation>已设置 %1，因此只运行本课中与之相符的变体：%2</translation>
    </message>
    <message>
        <source>Lesson file (JSON, README &quot;Lesson files&quot;) to run, with its own title, scenario and claims.</source>
        <translation>要运行的课程文件（JSON，见 README 的 “Lesson files”），使用它自己的标题、场景和断言。</translation>
    </message>
    <message>
        <source>run: give one of --lesson, --lesson-file and --scenario, not two</source>
        <translation>run：--lesson、--lesson-file 和 --scenario 只能给出一个</translation>
    </message>
    <message>
        <source>--lesson-file: %1</source>
        <translation>--lesson-file：%1</translation>
    </message>
    <message>
        <source>--lesson-file: %1: name: &quot;%2&quot; is a built-in lesson&apos;s name; choose another</source>
        <translation>--lesson-file：%1：name：“%2”是内置课程的名称；请换一个</translation>
    </message>
    <message>
        <source>--mode %1: %2</source>
        <translation>--mode %1：%2</translation>
    </message>
</context>
<context>
    <name>sockscope::RunHeader</name>
    <message>
        <source>TCP requests (client → server)</source>
        <translation>TCP 请求（客户端 → 服务器）</translation>
    </message>
    <message>
        <source>TCP replies (server → client)</source>
        <translation>TCP 响应（服务器 → 客户端）</translation>
    </message>
    <message>
        <source>TCP requests</source>
        <translation>TCP 请求</translation>
    </message>
    <message>
        <source>TCP replies</source>
        <translation>TCP 响应</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
</context>
<context>
    <name>sockscope::RunNarrative</name>
    <message>
        <source>The run failed at the socket level: %1</source>
        <translation>运行在套接字层面失败：%1</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有记录任何内容。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) accepted fewer bytes than asked; the sender had to call again.</source>
        <translation>
            <numerusform>有 %n 次 send() 调用接受的字节少于请求的数量；发送方不得不再次调用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes do not add up: %1 sent, %2 received.</source>
        <translation>字节数对不上：发送 %1，接收 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n 次 send() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s)</source>
        <translation>
            <numerusform>%n 次 recv() 调用</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP delivered %1 in %2: %3 merged with others and %4 split apart. A byte stream keeps no message boundaries.</source>
        <translation>TCP 把 %1的数据通过 %2交付：其中 %3与其他消息粘包，%4被拆包。字节流不保留消息边界。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP merged %1 into shared reads (%2 → %3): a byte stream keeps no message boundaries.</source>
        <translation>TCP 把 %1粘在了一起，挤进共同的读取中（%2 → %3）：字节流不保留消息边界。</translation>
    </message>
    <message>
        <source>TCP split %1 over several recv() calls: one send() is not one recv().</source>
        <translation>TCP 把 %1拆到了多次 recv() 调用中：一次 send() 不等于一次 recv()。</translation>
    </message>
    <message>
        <source>TCP sent nothing for the empty message: a 0-byte send() puts no bytes on the wire.</source>
        <translation>TCP 对空消息什么也没发：0 字节的 send() 不会往线路上放任何字节。</translation>
    </message>
    <message>
        <source>Every TCP message arrived in a recv() of its own this time, but TCP does not promise it: change the reader and watch.</source>
        <translation>这一次每条 TCP 消息都恰好由单独一次 recv() 收到，但 TCP 并不保证这一点：改一改接收方的设置再看看。</translation>
    </message>
    <message>
        <source>UDP lost %1 of %2 without any error on either side.</source>
        <translation>UDP 丢失了 %1（共 %2 个），双方都没有收到任何错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n 个数据报</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP cut %1 to the recv() size; the rest of each was discarded.</source>
        <translation>UDP 把 %1截断到 recv() 的大小；每个的剩余部分都被丢弃了。</translation>
    </message>
    <message>
        <source>The empty datagram arrived as a recv() of 0 bytes.</source>
        <translation>空数据报以一次返回 0 字节的 recv() 到达。</translation>
    </message>
    <message>
        <source>Every UDP datagram arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation>每个 UDP 数据报都完整地由单独一次 recv() 收到：数据报保留自己的边界。</translation>
    </message>
    <message>
        <source>SockScope sent %1 in %2.</source>
        <translation>SockScope 用 %2发送了 %1。</translation>
    </message>
    <message>
        <source>SockScope received %1 in %2.</source>
        <translation>SockScope 用 %2收到了 %1。</translation>
    </message>
    <message>
        <source>The kernel dropped %1 on this socket (its drop counter, SO_RXQ_OVFL): it counts this socket&apos;s full receive buffer only, not losses in the network or at the sender.</source>
        <translation>内核在此套接字上丢弃了 %1（它的丢包计数器，SO_RXQ_OVFL）：它只统计此套接字接收缓冲区已满造成的丢弃，不包括网络中或发送方的丢失。</translation>
    </message>
    <message>
        <source>The kernel&apos;s drop counter (SO_RXQ_OVFL) counted %1 dropped on the receiving socket.</source>
        <translation>内核的丢包计数器（SO_RXQ_OVFL）统计到接收套接字上丢弃了 %1。</translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO): it joined small sends into shared segments.</source>
        <translation>发送方内核用 %2（带数据）携带了 %1 的字节（TCP_INFO）：它把小的发送合并进了共同的报文段。</translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO).</source>
        <translation>发送方内核用 %2（带数据）携带了 %1 的字节（TCP_INFO）。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个报文段</numerusform>
        </translation>
    </message>
    <message>
        <source>It sent %1 again.</source>
        <translation>它重传了 %1。</translation>
    </message>
    <message>
        <source>The kernel&apos;s smoothed round-trip time for the connection was %1 ms (TCP_INFO).</source>
        <translation>内核对该连接的平滑往返时间为 %1 ms（TCP_INFO）。</translation>
    </message>
    <message>
        <source>TCP neither joined nor cut a send() this time, but it does not promise it: change the reader and watch.</source>
        <translation>这次 TCP 既没有合并也没有切开任何一次 send()，但它并不保证这一点：换个读法再看看。</translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO; %3 carried no bytes): it joined small sends into shared segments.</source>
        <translation>发送方内核用 %2（带数据）携带了 %1的字节（TCP_INFO；%3没有携带字节）：它把小的发送合并进了共同的报文段。</translation>
    </message>
    <message>
        <source>The sender&apos;s kernel carried the bytes of %1 in %2 with data (TCP_INFO; %3 carried no bytes).</source>
        <translation>发送方内核用 %2（带数据）携带了 %1的字节（TCP_INFO；%3没有携带字节）。</translation>
    </message>
    <message>
        <source>Elsewhere TCP joined send() calls: %1 returned the bytes of several.</source>
        <translation>另外，TCP 也合并过 send() 调用：有 %1返回了多次 send() 的字节。</translation>
    </message>
    <message>
        <source>The program wrote each of %1 in %2, and each of their recv() calls returned exactly one send()&apos;s bytes: the sender split them, not TCP.</source>
        <translation>程序把 %1中的每一条都分 %2写出，而它们的每次 recv() 都恰好返回一次 send() 的字节：是发送方把它们分开的，不是 TCP。</translation>
    </message>
    <message>
        <source>The program wrote each of %1 in several send() calls, and each of their recv() calls returned exactly one send()&apos;s bytes: the sender split them, not TCP.</source>
        <translation>程序把 %1中的每一条都分几次 send() 调用写出，而它们的每次 recv() 都恰好返回一次 send() 的字节：是发送方把它们分开的，不是 TCP。</translation>
    </message>
    <message>
        <source>Modelled on %1: %2.</source>
        <translation>按 %1 建模：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 failed (%2): nothing of them was sent.</source>
        <translation>%1失败（%2）：它们一个字节也没有发出。</translation>
    </message>
    <message>
        <source>Nothing listened on the port: the %1 that left were dropped there.</source>
        <translation>该端口上无人监听：发出的 %1在那里被丢弃。</translation>
    </message>
    <message>
        <source>Recording stopped at the event cap of %1 calls (--max-events); the trace holds the run until then.</source>
        <translation>记录在 %1 次调用的事件上限处停止（--max-events）；跟踪记录保存了运行到那时为止的内容。</translation>
    </message>
    <message>
        <source>%1 never left: the run ended before they were sent.</source>
        <translation>%1 从未发出：运行在发送它们之前就结束了。</translation>
    </message>
    <message>
        <source>Every UDP datagram that was sent arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation>每个已发送的 UDP 数据报都完整地由单独一次 recv() 收到：数据报保留自己的边界。</translation>
    </message>
    <message>
        <source>The run ended before the reader had read %1 whole: they are unread, not lost (a stream loses nothing while its connection lives).</source>
        <translation>运行结束时，接收方还没有完整读到 %1：它们是“未读取”，不是丢失（连接存续期间，字节流不会丢失任何数据）。</translation>
    </message>
    <message>
        <source>The run ended before a recv() returned %1 sent after the last that arrived: unread, still on their way or dropped, which the run did not wait to see.</source>
        <translation>最后一个到达的数据报之后发出的 %1，在运行结束前没有被任何 recv() 取走：它们是“未读取”——可能仍在路上或队列中，也可能已被丢弃，运行没有等到结果。</translation>
    </message>
    <message>
        <source>The run was stopped early, so not every byte was read.</source>
        <translation>运行被提前停止，所以并非每个字节都被读取。</translation>
    </message>
    <message>
        <source>Every TCP message that was read arrived in a recv() of its own this time, but TCP does not promise it: change the reader and watch.</source>
        <translation>这一次每条被读取的 TCP 消息都恰好由单独一次 recv() 收到，但 TCP 并不保证这一点：改一改接收方的设置再看看。</translation>
    </message>
    <message>
        <source>Every UDP datagram that was read arrived whole in a recv() of its own: datagrams keep their boundaries.</source>
        <translation>每个被读取的 UDP 数据报都完整地由单独一次 recv() 收到：数据报保留自己的边界。</translation>
    </message>
</context>
<context>
    <name>sockscope::Scenario</name>
    <message>
        <source>%1: expected a whole number, got &quot;%2&quot;</source>
        <translation>%1：应为整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1：%2 超出范围（%3 到 %4）</translation>
    </message>
    <message>
        <source>%1: expected a probability from 0 to 1, got &quot;%2&quot;</source>
        <translation>%1：应为 0 到 1 之间的概率，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (0 to 1)</source>
        <translation>%1：%2 超出范围（0 到 1）</translation>
    </message>
    <message>
        <source>%1: expected true or false, got &quot;%2&quot;</source>
        <translation>%1：应为 true 或 false，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>protocol: expected tcp, udp or both, got &quot;%1&quot;</source>
        <translation>protocol：应为 tcp、udp 或 both，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>size: expected a number of bytes or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>size：应为字节数或 &quot;auto&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>payload: a list must be a JSON array of strings, e.g. [&quot;hello&quot;,&quot;world&quot;]</source>
        <translation>payload：列表必须是字符串组成的 JSON 数组，例如 [&quot;hello&quot;,&quot;world&quot;]</translation>
    </message>
    <message>
        <source>payload: every item of the list must be a string</source>
        <translation>payload：列表的每一项都必须是字符串</translation>
    </message>
    <message>
        <source>payload: expected a string or a list of strings</source>
        <translation>payload：应为字符串或字符串列表</translation>
    </message>
    <message>
        <source>payload: the list is empty; give at least one string (&quot;&quot; for an empty message)</source>
        <translation>payload：列表为空；至少给出一个字符串（&quot;&quot; 表示空消息）</translation>
    </message>
    <message>
        <source>payload: a template longer than 16 MiB</source>
        <translation>payload：模板超过 16 MiB</translation>
    </message>
    <message>
        <source>framing: expected a string such as length:4:be</source>
        <translation>framing：应为字符串，例如 length:4:be</translation>
    </message>
    <message>
        <source>reply_read: expected full or once, got &quot;%1&quot;</source>
        <translation>reply_read：应为 full 或 once，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown scenario key &quot;%1&quot; (known: %2)</source>
        <translation>未知的场景参数 &quot;%1&quot;（可用：%2）</translation>
    </message>
    <message>
        <source>count × size: %1 bytes in one run is more than the 1 GiB limit</source>
        <translation>count × size：一次运行 %1 字节，超过 1 GiB 的上限</translation>
    </message>
    <message>
        <source>framing: a %1-byte length field cannot carry a %2-byte message</source>
        <translation>framing：%1 字节的长度字段表示不了 %2 字节的消息</translation>
    </message>
    <message>
        <source>framing: applies to TCP byte streams only (UDP keeps message boundaries); set protocol=tcp</source>
        <translation>framing：只适用于 TCP 字节流（UDP 保留消息边界）；请设置 protocol=tcp</translation>
    </message>
    <message>
        <source>reply_size: request/response runs need protocol=tcp</source>
        <translation>reply_size：请求/响应式运行需要 protocol=tcp</translation>
    </message>
    <message>
        <source>%1: cannot open the scenario file (%2)</source>
        <translation>%1：无法打开场景文件（%2）</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1：第 %2 字节处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: a scenario file holds one JSON object</source>
        <translation>%1：场景文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot write the scenario file (%2)</source>
        <translation>%1：无法写入场景文件（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>size auto</source>
        <translation>大小自动</translation>
    </message>
    <message>
        <source>%1 B each</source>
        <translation>每条 %1 B</translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>每 %1 ms</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>read every %1 ms</source>
        <translation>每 %1 ms 读一次</translation>
    </message>
    <message>
        <source>read when ready</source>
        <translation>数据一到就读</translation>
    </message>
    <message>
        <source>reader starts after %1 ms</source>
        <translation>接收方 %1 ms 后开始读</translation>
    </message>
    <message>
        <source>non-blocking send</source>
        <translation>非阻塞发送</translation>
    </message>
    <message>
        <source>%1 send() calls per message</source>
        <translation>每条消息 %1 次 send() 调用</translation>
    </message>
    <message>
        <source>reply %1 B (%2)</source>
        <translation>响应 %1 B（%2）</translation>
    </message>
    <message>
        <source>read fully</source>
        <translation>完整读取</translation>
    </message>
    <message>
        <source>one recv</source>
        <translation>只 recv 一次</translation>
    </message>
    <message>
        <source>framing %1</source>
        <translation>分帧 %1</translation>
    </message>
    <message>
        <source>simulated network: RTT %1 ms</source>
        <translation>模拟网络：RTT %1 ms</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>unlimited bandwidth</source>
        <translation>带宽不限</translation>
    </message>
    <message>
        <source>loss %1%</source>
        <translation>丢包 %1%</translation>
    </message>
    <message>
        <source>reorder %1%</source>
        <translation>乱序 %1%</translation>
    </message>
    <message>
        <source>duplicate %1%</source>
        <translation>重复 %1%</translation>
    </message>
    <message>
        <source>delayed ACK %1 ms</source>
        <translation>延迟确认 %1 ms</translation>
    </message>
    <message>
        <source>no delayed ACK</source>
        <translation>无延迟确认</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>`tcp`, `udp` or `both` (both at the same time)</source>
        <translation>`tcp`、`udp` 或 `both`（两者同时运行）</translation>
    </message>
    <message>
        <source>messages to send</source>
        <translation>要发送的消息数</translation>
    </message>
    <message>
        <source>bytes per message (`auto` = the payload&apos;s own length; longer sizes repeat it)</source>
        <translation>每条消息的字节数（`auto` = 载荷本身的长度；更大的值重复载荷）</translation>
    </message>
    <message>
        <source>pause between messages (0 = back to back)</source>
        <translation>两条消息之间的间隔（0 = 连续发送）</translation>
    </message>
    <message>
        <source>template, `{n}` = message number; a JSON list cycles: `[&quot;hello&quot;,&quot;world&quot;]`</source>
        <translation>模板，`{n}` = 消息序号；JSON 列表轮流使用：`[&quot;hello&quot;,&quot;world&quot;]`</translation>
    </message>
    <message>
        <source>`send()` calls per message (2 = write-write-read)</source>
        <translation>每条消息的 `send()` 调用次数（2 = 写-写-读）</translation>
    </message>
    <message>
        <source>`none`, `length:N:be|le`, `delimiter:\n`, `fixed:N`, `json-header:N:be|le:FIELD`</source>
        <translation>`none`、`length:N:be|le`、`delimiter:\n`、`fixed:N`、`json-header:N:be|le:FIELD`</translation>
    </message>
    <message>
        <source>`TCP_NODELAY` on the sender</source>
        <translation>发送方开启 `TCP_NODELAY`</translation>
    </message>
    <message>
        <source>`O_NONBLOCK` sender: partial sends and `EAGAIN` show</source>
        <translation>`O_NONBLOCK` 发送方：可以看到部分发送和 `EAGAIN`</translation>
    </message>
    <message>
        <source>`SO_SNDBUF` request (0 = kernel default); the effective value is read back</source>
        <translation>请求的 `SO_SNDBUF`（0 = 内核默认）；会读回实际生效的值</translation>
    </message>
    <message>
        <source>`SO_RCVBUF` request (0 = kernel default); the effective value is read back</source>
        <translation>请求的 `SO_RCVBUF`（0 = 内核默认）；会读回实际生效的值</translation>
    </message>
    <message>
        <source>size passed to every `recv()`</source>
        <translation>每次 `recv()` 传入的大小</translation>
    </message>
    <message>
        <source>0 = read when data is ready, else one `recv()` every N ms</source>
        <translation>0 = 数据一到就读，否则每 N ms 调用一次 `recv()`</translation>
    </message>
    <message>
        <source>the reader starts this late</source>
        <translation>接收方延迟这么久才开始读</translation>
    </message>
    <message>
        <source>TCP request/response: the server answers each message with this many bytes</source>
        <translation>TCP 请求/响应：服务器对每条消息回复这么多字节</translation>
    </message>
    <message>
        <source>`full` (loop until the reply is in) or `once` (one `recv()`, the classic bug)</source>
        <translation>`full`（循环读完整个响应）或 `once`（只调用一次 `recv()`，经典错误）</translation>
    </message>
    <message>
        <source>record kernel evidence (one `ioctl` per call)</source>
        <translation>记录内核证据（每次调用一次 `ioctl`）</translation>
    </message>
    <message>
        <source>simulated network: round-trip time</source>
        <translation>模拟网络：往返时间</translation>
    </message>
    <message>
        <source>simulated link speed, 0 = unlimited</source>
        <translation>模拟链路速率，0 = 不限</translation>
    </message>
    <message>
        <source>simulated TCP maximum segment size</source>
        <translation>模拟的 TCP 最大报文段长度</translation>
    </message>
    <message>
        <source>simulated probability that a packet is lost</source>
        <translation>模拟丢包概率</translation>
    </message>
    <message>
        <source>simulated probability that a packet is held back behind later ones</source>
        <translation>模拟数据包被后来的包超过的概率</translation>
    </message>
    <message>
        <source>simulated probability that a packet arrives twice</source>
        <translation>模拟数据包到达两次的概率</translation>
    </message>
    <message>
        <source>the simulator&apos;s random seed: same seed and scenario, byte-identical trace</source>
        <translation>模拟器的随机种子：相同种子和场景，得到逐字节相同的跟踪</translation>
    </message>
    <message>
        <source>%1: expected a number, got &quot;%2&quot;</source>
        <translation>%1：应为数字，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a scenario file is at most 4 MiB</source>
        <translation>%1：场景文件最大为 4 MiB</translation>
    </message>
    <message>
        <source>%1: the trace holds no &quot;scenario&quot; object to run again</source>
        <translation>%1：该轨迹中没有可重新运行的 &quot;scenario&quot; 对象</translation>
    </message>
    <message>
        <source>per run</source>
        <translation>每次运行不同</translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation>framing：%1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>back to back</source>
        <translation>连续发送</translation>
    </message>
    <message>
        <source>%1 model</source>
        <translation>%1 模型</translation>
    </message>
    <message>
        <source>platform: expected linux, windows or macos, got &quot;%1&quot;</source>
        <translation>platform：应为 linux、windows 或 macos，实际为“%1”</translation>
    </message>
    <message>
        <source>simulated operating system: `linux`, `windows` or `macos` (delayed ACK, UDP truncation, largest datagram, default buffers)</source>
        <translation>模拟的操作系统：`linux`、`windows` 或 `macos`（延迟 ACK、UDP 截断、最大数据报、默认缓冲区）</translation>
    </message>
    <message>
        <source>delayed_ack_ms: expected a number of milliseconds or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>delayed_ack_ms：应为毫秒数或“auto”，实际为“%1”</translation>
    </message>
    <message>
        <source>simulated delayed ACK (`auto` = the platform&apos;s: Linux 40, Windows 200, macOS 100; 0 = off)</source>
        <translation>模拟的延迟 ACK（`auto` = 平台自身的值：Linux 40，Windows 200，macOS 100；0 = 关闭）</translation>
    </message>
    <message>
        <source>connect() %1</source>
        <translation>connect() %1</translation>
    </message>
    <message>
        <source>connected (connect())</source>
        <translation>已连接（connect()）</translation>
    </message>
    <message>
        <source>no receiver (closed port)</source>
        <translation>无接收方（端口已关闭）</translation>
    </message>
    <message>
        <source>read interval per run</source>
        <translation>读取间隔每次运行不同</translation>
    </message>
    <message>
        <source>MSG_PEEK first</source>
        <translation>先 MSG_PEEK</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 个客户端</translation>
    </message>
    <message>
        <source>size auto, then %1 B more each</source>
        <translation>大小自动，之后每条多 %1 B</translation>
    </message>
    <message>
        <source>size auto, then %1 B less each</source>
        <translation>大小自动，之后每条少 %1 B</translation>
    </message>
    <message>
        <source>%1 B, then %2 B more each</source>
        <translation>%1 B，之后每条多 %2 B</translation>
    </message>
    <message>
        <source>%1 B, then %2 B less each</source>
        <translation>%1 B，之后每条少 %2 B</translation>
    </message>
    <message>
        <source>clients: several clients connect to one TCP server; set protocol=tcp</source>
        <translation>clients：多个客户端连接到同一个 TCP 服务器；请设置 protocol=tcp</translation>
    </message>
    <message>
        <source>TCP clients connecting to one server at once, one run per connection; `{c}` in the payload = client number</source>
        <translation>同时连接同一服务器的 TCP 客户端数，每个连接一次运行；payload 中的 `{c}` = 客户端编号</translation>
    </message>
    <message>
        <source>size: a UDP message of %1 bytes is longer than an IPv4 packet (at most %2 bytes; above 65,507 sendto() fails with EMSGSIZE)</source>
        <translation>size：%1 字节的 UDP 消息比 IPv4 数据包还长（最多 %2 字节；超过 65,507 时 sendto() 以 EMSGSIZE 失败）</translation>
    </message>
    <message>
        <source>message n is `size` (or its payload&apos;s length) plus n times `size_step` bytes, at least 0</source>
        <translation>第 n 条消息为 `size`（或其负载本身的长度）加上 n 乘以 `size_step` 字节，至少为 0</translation>
    </message>
    <message>
        <source>connect: applies to UDP sockets only (a TCP sender always connects); set protocol=udp</source>
        <translation>connect：只适用于 UDP 套接字（TCP 发送方总是会连接）；请设置 protocol=udp</translation>
    </message>
    <message>
        <source>UDP: `connect()` the sender, then `send()`; ICMP errors such as `ECONNREFUSED` reach it</source>
        <translation>UDP：发送方先 `connect()` 再 `send()`；`ECONNREFUSED` 等 ICMP 错误会传给它</translation>
    </message>
    <message>
        <source>cork: TCP_CORK is a TCP option; set protocol=tcp</source>
        <translation>cork：TCP_CORK 是 TCP 选项；请设置 protocol=tcp</translation>
    </message>
    <message>
        <source>`TCP_CORK` on the sender from the first `send()`, removed after the last</source>
        <translation>发送方从第一次 `send()` 起设置 `TCP_CORK`，最后一次之后拔掉</translation>
    </message>
    <message>
        <source>rcvlowat: SO_RCVLOWAT is shown on TCP streams; set protocol=tcp</source>
        <translation>rcvlowat：SO_RCVLOWAT 在 TCP 流上演示；请设置 protocol=tcp</translation>
    </message>
    <message>
        <source>`SO_RCVLOWAT` on the server (0 = kernel default, 1 byte): a blocking `recv()` waits for this many bytes</source>
        <translation>服务器的 `SO_RCVLOWAT`（0 = 内核默认，1 字节）：阻塞的 `recv()` 等到这么多字节</translation>
    </message>
    <message>
        <source>quickack: TCP_QUICKACK is a TCP option; set protocol=tcp</source>
        <translation>quickack：TCP_QUICKACK 是 TCP 选项；请设置 protocol=tcp</translation>
    </message>
    <message>
        <source>`TCP_QUICKACK` on the server, set again after every `recv()` (Linux clears it)</source>
        <translation>服务器的 `TCP_QUICKACK`，每次 `recv()` 之后重新设置（Linux 会清除它）</translation>
    </message>
    <message>
        <source>peek: applies to UDP datagrams only; set protocol=udp</source>
        <translation>peek：只适用于 UDP 数据报；请设置 protocol=udp</translation>
    </message>
    <message>
        <source>UDP: `recv(MSG_PEEK | MSG_TRUNC)` learns each datagram&apos;s size, then one `recv()` of that size reads it</source>
        <translation>UDP：先用 `recv(MSG_PEEK | MSG_TRUNC)` 得知每个数据报的大小，再用一次该大小的 `recv()` 读出</translation>
    </message>
    <message>
        <source>receiver: expected present or none, got &quot;%1&quot;</source>
        <translation>receiver：应为 present 或 none，得到的是“%1”</translation>
    </message>
    <message>
        <source>receiver: only a UDP run can send to a closed port; set protocol=udp</source>
        <translation>receiver：只有 UDP 运行才能向已关闭的端口发送；请设置 protocol=udp</translation>
    </message>
    <message>
        <source>UDP: `present`, or `none` (nothing listens: a port bound and closed before the first send)</source>
        <translation>UDP：`present`，或 `none`（无人监听：端口在第一次发送前绑定后又关闭）</translation>
    </message>
</context>
<context>
    <name>sockscope::ScenarioControls</name>
    <message>
        <source>TCP and UDP side by side</source>
        <translation>TCP 与 UDP 对照</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Which sockets to run; both run at the same time on one time axis.</source>
        <translation>要运行哪种套接字；两者会在同一条时间轴上同时运行。</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>back to back</source>
        <translation>连续发送</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>msg-{n};  or  [&quot;hello&quot;,&quot;world&quot;]</source>
        <translation>msg-{n};  或  [&quot;hello&quot;,&quot;world&quot;]</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>What each message says; {n} is its number. A JSON list cycles: [&quot;hello&quot;,&quot;world&quot;].</source>
        <translation>每条消息的内容；{n} 是消息编号。JSON 列表会循环使用：[&quot;hello&quot;,&quot;world&quot;]。</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>How TCP messages are delimited so the receiver can find them again.</source>
        <translation>TCP 消息如何划分边界，好让接收方重新找出它们。</translation>
    </message>
    <message>
        <source>TCP_NODELAY (Nagle off)</source>
        <translation>TCP_NODELAY（关闭 Nagle）</translation>
    </message>
    <message>
        <source>Non-blocking send (O_NONBLOCK)</source>
        <translation>非阻塞发送（O_NONBLOCK）</translation>
    </message>
    <message>
        <source>kernel default</source>
        <translation>内核默认</translation>
    </message>
    <message>
        <source>when data is ready</source>
        <translation>数据一到就读</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>no replies</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>read the whole reply</source>
        <translation>读完整个响应</translation>
    </message>
    <message>
        <source>one recv() per reply</source>
        <translation>每个响应只 recv() 一次</translation>
    </message>
    <message>
        <source>Reply reading</source>
        <translation>读取响应</translation>
    </message>
    <message>
        <source>The classic bug: one recv() per reply leaves the rest for later.</source>
        <translation>经典错误：每个响应只 recv() 一次，剩下的数据会留到以后。</translation>
    </message>
    <message>
        <source>Record kernel evidence</source>
        <translation>记录内核证据</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated network&lt;/b&gt; (sockscope run --mode sim)</source>
        <translation>&lt;b&gt;模拟网络&lt;/b&gt;（sockscope run --mode sim）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <source>Probability that a packet is lost.</source>
        <translation>数据包丢失的概率。</translation>
    </message>
    <message>
        <source>Reordering</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Probability that a packet is held back behind later ones.</source>
        <translation>数据包被压到后来的包之后的概率。</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Probability that a packet arrives twice.</source>
        <translation>数据包到达两次的概率。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>How many application messages the sender sends.</source>
        <translation>发送方发送多少条应用层消息。</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>消息大小</translation>
    </message>
    <message>
        <source>Bytes per message; auto = the payload&apos;s own length.</source>
        <translation>每条消息的字节数；自动 = 消息内容本身的长度。</translation>
    </message>
    <message>
        <source>Send interval</source>
        <translation>发送间隔</translation>
    </message>
    <message>
        <source>Pause between two messages.</source>
        <translation>两条消息之间的间隔。</translation>
    </message>
    <message>
        <source>send() calls per message</source>
        <translation>每条消息的 send() 次数</translation>
    </message>
    <message>
        <source>2 = the write-write-read pattern that meets delayed ACK.</source>
        <translation>2 = 会遇上延迟确认的“写-写-读”模式。</translation>
    </message>
    <message>
        <source>SO_SNDBUF</source>
        <translation>SO_SNDBUF</translation>
    </message>
    <message>
        <source>Send buffer to request; Linux doubles it and applies a floor.</source>
        <translation>要请求的发送缓冲区大小；Linux 会将其加倍，并设有下限。</translation>
    </message>
    <message>
        <source>SO_RCVBUF</source>
        <translation>SO_RCVBUF</translation>
    </message>
    <message>
        <source>Receive buffer to request; Linux doubles it (floor 2304 B).</source>
        <translation>要请求的接收缓冲区大小；Linux 会将其加倍（下限 2304 B）。</translation>
    </message>
    <message>
        <source>recv() size</source>
        <translation>recv() 大小</translation>
    </message>
    <message>
        <source>The size passed to every recv(): a UDP datagram longer than this is cut.</source>
        <translation>每次 recv() 传入的大小：比它长的 UDP 数据报会被截断。</translation>
    </message>
    <message>
        <source>Read every</source>
        <translation>读取间隔</translation>
    </message>
    <message>
        <source>A slow reader lets bytes pile up in the receive buffer.</source>
        <translation>读得慢，字节就会在接收缓冲区里越积越多。</translation>
    </message>
    <message>
        <source>Reader starts after</source>
        <translation>接收方延迟开始</translation>
    </message>
    <message>
        <source>The receiver&apos;s first recv() waits this long.</source>
        <translation>接收方的第一次 recv() 要等这么久。</translation>
    </message>
    <message>
        <source>Reply size</source>
        <translation>响应大小</translation>
    </message>
    <message>
        <source>TCP request/response: the server answers each message with this many bytes.</source>
        <translation>TCP 请求/响应：服务器对每条消息回复这么多字节。</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Propagation delay there and back.</source>
        <translation>一去一回的传播延迟。</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Link rate; unlimited = no serialisation delay.</source>
        <translation>链路速率；不限 = 没有发送（串行化）延迟。</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>TCP maximum segment size (1460 B on Ethernet).</source>
        <translation>TCP 最大报文段长度（以太网上为 1460 B）。</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Same seed and scenario, same simulated trace.</source>
        <translation>种子和场景相同，模拟出的跟踪记录就相同。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>effective: %1</source>
        <translation>实际生效：%1</translation>
    </message>
    <message>
        <source>Used by the simulator only: switch the network to Simulated or Both.</source>
        <translation>仅模拟器使用：请把网络切换为“模拟”或“两者”。</translation>
    </message>
    <message>
        <source>Varied by this lesson: each run has its own value. Click to pick one.</source>
        <translation>由本课各变体决定：每个运行用各自的值。点击可选定一个。</translation>
    </message>
    <message>
        <source>none (no framing)</source>
        <translation>无（none，不分帧）</translation>
    </message>
    <message>
        <source>effective, real and simulated: %1</source>
        <translation>实际生效（真实与模拟）：%1</translation>
    </message>
    <message>
        <source>effective, real: %1</source>
        <translation>实际生效（真实）：%1</translation>
    </message>
    <message>
        <source>effective, simulated: %1</source>
        <translation>实际生效（模拟）：%1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The operating system the simulator models: its delayed-ACK timer, what a recvfrom() of a too-long datagram does, the largest datagram, the default buffers. Real runs are this machine&apos;s Linux.</source>
        <translation>模拟器所模拟的操作系统：它的延迟 ACK 定时器、recvfrom() 遇到过长数据报时的行为、最大数据报、默认缓冲区。真实运行始终是本机的 Linux。</translation>
    </message>
    <message>
        <source>the platform&apos;s</source>
        <translation>平台默认</translation>
    </message>
    <message>
        <source>The receiver&apos;s delayed ACK timeout; the platform&apos;s: Linux 40 ms, Windows 200 ms, macOS 100 ms. 0 = off.</source>
        <translation>接收方的延迟 ACK 超时；平台默认：Linux 40 ms，Windows 200 ms，macOS 100 ms。0 = 关闭。</translation>
    </message>
    <message>
        <source>a socket reads the port</source>
        <translation>有套接字读取该端口</translation>
    </message>
    <message>
        <source>nothing (a closed port)</source>
        <translation>无（端口已关闭）</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端数</translation>
    </message>
    <message>
        <source>TCP clients connecting to the one server at once, each sending the messages on its own connection; {c} in the payload is the client&apos;s number.</source>
        <translation>同时连接同一服务器的 TCP 客户端数，每个客户端在自己的连接上发送消息；payload 中的 {c} 是客户端编号。</translation>
    </message>
    <message>
        <source>Size step</source>
        <translation>大小步长</translation>
    </message>
    <message>
        <source>Each message is this many bytes longer than the one before (negative: shorter).</source>
        <translation>每条消息比前一条长这么多字节（负数：更短）。</translation>
    </message>
    <message>
        <source>Connected UDP (connect())</source>
        <translation>已连接的 UDP（connect()）</translation>
    </message>
    <message>
        <source>connect() the UDP sender to the receiver&apos;s port and send(): the kernel then reports ICMP errors to it.</source>
        <translation>用 connect() 把 UDP 发送方连到接收方端口再 send()：内核随后会把 ICMP 错误报告给它。</translation>
    </message>
    <message>
        <source>TCP_CORK</source>
        <translation>TCP_CORK</translation>
    </message>
    <message>
        <source>Cork the sender before its first send() and uncork it after the last: the kernel holds partial segments (at most 200 ms).</source>
        <translation>在发送方第一次 send() 之前加塞，最后一次之后拔塞：内核扣住不满的报文段（最多 200 ms）。</translation>
    </message>
    <message>
        <source>SO_RCVLOWAT</source>
        <translation>SO_RCVLOWAT</translation>
    </message>
    <message>
        <source>A blocking recv() waits until this many bytes are queued (or the peer closes).</source>
        <translation>阻塞的 recv() 等到队列中有这么多字节（或对端关闭）。</translation>
    </message>
    <message>
        <source>TCP_QUICKACK</source>
        <translation>TCP_QUICKACK</translation>
    </message>
    <message>
        <source>The server acknowledges at once: TCP_QUICKACK is not permanent, so it is set again after every recv().</source>
        <translation>服务器立即确认：TCP_QUICKACK 不是永久的，所以每次 recv() 之后重新设置。</translation>
    </message>
    <message>
        <source>Peek at the size first (MSG_PEEK)</source>
        <translation>先窥探大小（MSG_PEEK）</translation>
    </message>
    <message>
        <source>recv(MSG_PEEK | MSG_TRUNC) returns the datagram&apos;s full size and leaves it queued; a buffer of that size then reads it whole.</source>
        <translation>recv(MSG_PEEK | MSG_TRUNC) 返回数据报的完整大小并把它留在队列中；随后用这么大的缓冲区完整读出。</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>none: the port is bound and closed again before the first send, so nothing listens on it.</source>
        <translation>none：端口在第一次发送前绑定后又关闭，所以没有任何程序在监听它。</translation>
    </message>
</context>
<context>
    <name>sockscope::SelectionSummary</name>
    <message>
        <source>No message selected. Ctrl+Left and Ctrl+Right select a message.</source>
        <translation>未选中消息。用 Ctrl+左/右方向键选择消息。</translation>
    </message>
    <message>
        <source>, sent at %1</source>
        <translation>，发送于 %1</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>所在的 recv：%1</translation>
    </message>
    <message>
        <source>%1, message #%2 of %3: &quot;%4&quot;, %5</source>
        <translation>%1，消息 #%2（共 %3 条）：“%4”，%5</translation>
    </message>
    <message>
        <source>recv() #%1 at %2</source>
        <translation>recv() #%1（%2）</translation>
    </message>
    <message>
        <source>%1, the datagram recv() #%2 read at %3: &quot;%4&quot;, %5</source>
        <translation>%1，recv() #%2 于 %3 读取的数据报：“%4”，%5</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 kept</source>
        <translation>截断：保留 %2 中的 %1</translation>
    </message>
    <message>
        <source>arrived as datagram #%1 at %2</source>
        <translation>于 %2 作为数据报 #%1 到达</translation>
    </message>
    <message>
        <source>%1, decoded message #%2: &quot;%3&quot;, %4</source>
        <translation>%1，解码出的消息 #%2：“%3”，%4</translation>
    </message>
</context>
<context>
    <name>sockscope::ShowCommand</name>
    <message>
        <source>Print no table.</source>
        <translation>不打印表格。</translation>
    </message>
    <message>
        <source>A trace JSON file written by --json.</source>
        <translation>由 --json 写出的跟踪记录 JSON 文件。</translation>
    </message>
    <message>
        <source>Show a saved trace again exactly as it was recorded: the table, the lesson&apos;s claims judged again from its data, and any of the outputs.</source>
        <translation>按记录时的原样重新显示已保存的轨迹：表格、依据轨迹数据重新检验的课程结论，以及任意输出文件。</translation>
    </message>
    <message>
        <source>reading %1: %2% of %3 MB</source>
        <translation>正在读取 %1：%3 MB 中的 %2%</translation>
    </message>
</context>
<context>
    <name>sockscope::Simulator</name>
    <message>
        <source>the simulator does not model TCP_CORK (cork=true): run it on real sockets (--mode real)</source>
        <translation>模拟器不模拟 TCP_CORK（cork=true）：请在真实套接字上运行（--mode real）</translation>
    </message>
</context>
<context>
    <name>sockscope::StderrNotes</name>
    <message>
        <source>recording %1</source>
        <translation>正在记录 %1</translation>
    </message>
</context>
<context>
    <name>sockscope::StreamReader</name>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() 失败：%1</translation>
    </message>
    <message>
        <source>%1 closed: the connection was idle for %2 s (--idle-timeout)</source>
        <translation>已关闭 %1：连接空闲了 %2 秒（--idle-timeout）</translation>
    </message>
</context>
<context>
    <name>sockscope::StreamSender</name>
    <message>
        <source>send() failed: %1</source>
        <translation>send() 失败：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::SummaryPanel</name>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>send() calls</source>
        <translation>send() 调用</translation>
    </message>
    <message>
        <source>recv() calls</source>
        <translation>recv() 调用</translation>
    </message>
    <message>
        <source>partial sends</source>
        <translation>部分发送</translation>
    </message>
    <message>
        <source>bytes sent</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <source>bytes received</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <source>bytes cut off</source>
        <translation>截断字节</translation>
    </message>
    <message>
        <source>bytes lost</source>
        <translation>丢失字节</translation>
    </message>
    <message>
        <source>conserved</source>
        <translation>字节守恒</translation>
    </message>
    <message>
        <source>yes ✓</source>
        <translation>是 ✓</translation>
    </message>
    <message>
        <source>no ✗</source>
        <translation>否 ✗</translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation>实际生效：%1</translation>
    </message>
    <message>
        <source>Predicted vs observed</source>
        <translation>预测与实测</translation>
    </message>
    <message>
        <source>Each real run (loopback: a round trip of microseconds, a 64 KiB MSS, no loss) has its simulated twin below it (%1).</source>
        <translation>每个真实运行（回环：往返只需微秒级，MSS 约 64 KiB，没有丢包）下方是它的模拟运行（%1）。</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>持续时间</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) have the same fate in both.</source>
        <translation>
            <numerusform>%n 条消息中有 %1 条在两者中结局相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>They agree: the model predicts what the kernel did.</source>
        <translation>两者一致：模型预测了内核的实际行为。</translation>
    </message>
    <message>
        <source>Why they differ:</source>
        <translation>差异原因：</translation>
    </message>
    <message>
        <source>not checked (stopped)</source>
        <translation>未检查（已停止）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recording…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The counts and the conservation check follow when the run ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;正在记录…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;运行结束后显示计数和守恒检查。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Run&lt;/b&gt; (F5) to send the messages over real sockets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按&lt;b&gt;运行&lt;/b&gt;（F5）通过真实套接字发送消息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>data segments on the wire</source>
        <translation>线路上的数据报文段</translation>
    </message>
    <message>
        <source>largest segment</source>
        <translation>最大报文段</translation>
    </message>
    <message>
        <source>longest ACK delay</source>
        <translation>最长 ACK 延迟</translation>
    </message>
    <message>
        <source>Why the packets differ:</source>
        <translation>数据包为何不同：</translation>
    </message>
    <message>
        <source>dropped by the kernel</source>
        <translation>被内核丢弃</translation>
    </message>
    <message>
        <source>segments with data (TCP_INFO)</source>
        <translation>带数据的报文段（TCP_INFO）</translation>
    </message>
    <message>
        <source>retransmitted segments</source>
        <translation>重传的报文段</translation>
    </message>
    <message>
        <source>recv() calls, EOF included</source>
        <translation>recv() 调用次数（含 EOF）</translation>
    </message>
    <message>
        <source>%1 + EOF</source>
        <translation>%1 + EOF</translation>
    </message>
    <message>
        <source>Each real run (loopback: a round trip of microseconds, no loss) has its simulated twin below it (%1).</source>
        <translation>每个真实运行（回环：往返只需微秒级，没有丢包）下方是它的模拟运行（%1）。</translation>
    </message>
    <message>
        <source>datagrams on the wire</source>
        <translation>线路上的数据报</translation>
    </message>
    <message>
        <source>largest datagram</source>
        <translation>最大数据报</translation>
    </message>
    <message>
        <source>Predicted for %1 vs observed on Linux</source>
        <translation>%1 的预测 vs Linux 上的观测</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hidden until Reveal.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What happened appears with the run, so that it does not give the answers away.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;揭晓前保持隐藏。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;“发生了什么”会随运行一起显示，以免提前泄露答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not checked (ended early)</source>
        <translation>未检查（提前结束）</translation>
    </message>
    <message>
        <source>bytes unread</source>
        <translation>未读取字节</translation>
    </message>
</context>
<context>
    <name>sockscope::TcpConnection</name>
    <message>
        <source>lost in the simulated network: it never arrived</source>
        <translation>在模拟网络中丢包：它从未到达</translation>
    </message>
    <message>
        <source>sent again after a retransmission timeout</source>
        <translation>重传超时后再次发送</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>窗口探测</translation>
    </message>
</context>
<context>
    <name>sockscope::TcpModel</name>
    <message>
        <source>the simulation did not finish within an hour of simulated time</source>
        <translation>模拟在一小时的模拟时间内没有结束</translation>
    </message>
    <message>
        <source>the simulated programs stopped before the end (a model error)</source>
        <translation>模拟的程序在结束前就停止了（模型错误）</translation>
    </message>
    <message>
        <source>connection timed out (ETIMEDOUT): %1 retransmissions without an ACK</source>
        <translation>连接超时（ETIMEDOUT）：重传 %1 次都没有收到 ACK</translation>
    </message>
</context>
<context>
    <name>sockscope::TcpRunner</name>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() 失败：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::TerminalProgress</name>
    <message>
        <source>writing %1: %2%</source>
        <translation>正在写入 %1：%2%</translation>
    </message>
</context>
<context>
    <name>sockscope::TextJoin</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>sockscope::TextReport</name>
    <message>
        <source>Request → reply round trip: min %1 ms, median %2 ms, max %3 ms</source>
        <translation>请求 → 响应往返时间：最短 %1 ms，中位数 %2 ms，最长 %3 ms</translation>
    </message>
    <message>
        <source>Lesson %1 — %2</source>
        <translation>课程 %1 — %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Socket options: SO_SNDBUF %1 → %2 effective</source>
        <translation>套接字选项：SO_SNDBUF %1 → 实际 %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Our socket: SO_RCVBUF %1 effective</source>
        <translation>我方套接字：SO_RCVBUF 实际 %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped before the end: the trace holds what happened until then.</source>
        <translation>在结束前停止：跟踪记录只包含此前发生的事。</translation>
    </message>
    <message>
        <source>The observation ended before the peer closed the connection.</source>
        <translation>观察在对端关闭连接之前就结束了。</translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 sent in %n send() call(s)</source>
        <translation>
            <numerusform>字节：共发送 %1，用了 %n 次 send() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial send(s) (accepted fewer bytes than asked)</source>
        <translation>
            <numerusform>%n 次部分发送（接受的字节少于请求的数量）</numerusform>
        </translation>
    </message>
    <message>
        <source>What the server&apos;s recv() calls got is for the server to show: run it behind &apos;sockscope observe --relay&apos; to see both.</source>
        <translation>服务器的 recv() 调用收到了什么，要由服务器那一侧来显示：把它放在 &apos;sockscope observe --relay&apos; 后面运行，就能同时看到两侧。</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) decoded</source>
        <translation>
            <numerusform>解出 %n 帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete or malformed</source>
        <translation>
            <numerusform>%n 帧不完整或格式错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel evidence: </source>
        <translation>内核证据：</translation>
    </message>
    <message>
        <source>largest datagram waiting before a recv %1 B</source>
        <translation>recv 之前等待的最大数据报 %1 B</translation>
    </message>
    <message>
        <source>max bytes queued before a recv %1 B</source>
        <translation>recv 之前排队的最多字节 %1 B</translation>
    </message>
    <message>
        <source>Socket options: SO_SNDBUF %1 → %2 effective, SO_RCVBUF %3 → %4 effective</source>
        <translation>套接字选项：SO_SNDBUF %1 → 实际 %2，SO_RCVBUF %3 → 实际 %4</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>msg</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>sent at ms / unsent after</source>
        <translation>发送时刻 ms / 之后未发送</translation>
    </message>
    <message>
        <source>fate</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>recvs</source>
        <translation>recv</translation>
    </message>
    <message numerus="yes">
        <source> (%n send() calls)</source>
        <translation>
            <numerusform>（%n 次 send() 调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … %n more message(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … 另有 %n 条消息，见 JSON/CSV 导出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary: %n message(s)</source>
        <translation>
            <numerusform>汇总：%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 intact, %2 merged, %3 split, %4 truncated, %5 lost, %6 empty</source>
        <translation>完整 %1，粘包 %2，拆包 %3，截断 %4，丢失 %5，空 %6</translation>
    </message>
    <message>
        <source>Bytes: %1 sent, %2 received</source>
        <translation>字节：发送 %1，接收 %2</translation>
    </message>
    <message>
        <source>, %1 cut off by truncation, %2 in lost datagrams</source>
        <translation>，其中截断丢掉 %1，随丢失的数据报丢掉 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s)</source>
        <translation>
            <numerusform>%n 次 send() 调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) failed with EAGAIN (buffer full)</source>
        <translation>
            <numerusform>%n 次 send() 调用以 EAGAIN 失败（缓冲区已满）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n recvs)</source>
        <translation>
            <numerusform>（%n 次 recv）</numerusform>
        </translation>
    </message>
    <message>
        <source>Recvs (one row per recv() call)</source>
        <translation>recv（每次 recv() 调用一行）</translation>
    </message>
    <message>
        <source>recv</source>
        <translation>recv</translation>
    </message>
    <message>
        <source>t ms</source>
        <translation>时刻 ms</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>got</source>
        <translation>得到</translation>
    </message>
    <message>
        <source>datagram</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>(0 bytes: the peer closed the connection)</source>
        <translation>（0 字节：对端关闭了连接）</translation>
    </message>
    <message>
        <source>  [truncated: %1 of %2 bytes kept]</source>
        <translation>  [截断：%2 字节只保留了 %1]</translation>
    </message>
    <message>
        <source>(an empty datagram)</source>
        <translation>（空数据报）</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more recv(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … 另有 %n 次 recv，见 JSON/CSV 导出</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends (one row per send() call)</source>
        <translation>send（每次 send() 调用一行）</translation>
    </message>
    <message>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <source>took</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>unsent</source>
        <translation>未发送</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more send(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … 另有 %n 次 send，见 JSON/CSV 导出</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded frames (%1)</source>
        <translation>解出的帧（%1）</translation>
    </message>
    <message>
        <source>%1 B from %2</source>
        <translation>%1 B，来自 %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <source>piggybacked on data</source>
        <translation>捎带在数据上</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>窗口探测</translation>
    </message>
    <message>
        <source>duplicate copy</source>
        <translation>重复副本</translation>
    </message>
    <message>
        <source>LOST on the way</source>
        <translation>途中丢失</translation>
    </message>
    <message>
        <source>DROPPED: receive buffer full</source>
        <translation>被丢弃：接收缓冲区已满</translation>
    </message>
    <message>
        <source>Wire (%1)</source>
        <translation>线路（%1）</translation>
    </message>
    <message>
        <source>arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>what</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more packet(s) in the JSON/CSV export</source>
        <translation>
            <numerusform>  … 另有 %n 个数据包，见 JSON/CSV 导出</numerusform>
        </translation>
    </message>
    <message>
        <source>back at ms</source>
        <translation>返回于 ms</translation>
    </message>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() 失败：%1</translation>
    </message>
    <message>
        <source>The sender of lesson %1, sending to a server that is not SockScope&apos;s</source>
        <translation>课程 %1 的发送方，发往不属于 SockScope 的服务器</translation>
    </message>
    <message>
        <source>  The decoder stopped at f%1: %2 B received after it were not decoded.</source>
        <translation>  解码器在 f%1 处停止：其后收到的 %2 B 没有被解码。</translation>
    </message>
    <message numerus="yes">
        <source>%1 B cut off by truncation in %n datagram(s)</source>
        <translation>
            <numerusform>%n 个数据报被截断，共丢弃 %1 B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recv() call(s) failed: %1</source>
        <translation>
            <numerusform>%n 次 recv() 调用失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>Lost: %n datagram(s) dropped by the kernel on this socket (its drop counter, SO_RXQ_OVFL; it counts a full receive buffer on this socket only, not losses in the network or at the sender)</source>
        <translation>
            <numerusform>丢失：内核在此套接字上丢弃了 %n 个数据报（它的丢包计数器，SO_RXQ_OVFL；只统计此套接字接收缓冲区已满造成的丢弃，不包括网络中或发送方的丢失）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kernel drop counter (SO_RXQ_OVFL): %n datagram(s) dropped on the receiving socket</source>
        <translation>
            <numerusform>内核丢包计数器（SO_RXQ_OVFL）：接收套接字上丢弃了 %n 个数据报</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP_INFO at the end, %1: %2 segments out (%3 with data), %4 in (%5 with data), %6 retransmitted, RTT %7 ms ± %8, MSS %9 out / %10 in</source>
        <translation>结束时的 TCP_INFO，%1：发出 %2 个报文段（%3 个带数据），收到 %4 个（%5 个带数据），重传 %6 个，RTT %7 ms ± %8，MSS 发送 %9 / 接收 %10</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>our socket</source>
        <translation>我们的套接字</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Bytes: %1 received in %2</source>
        <translation>字节：共接收 %1，用了 %2</translation>
    </message>
    <message>
        <source>after %1 of %2 bytes were still unsent (max %3 B)</source>
        <translation>%2中有 %1 次之后仍有字节未发送（最多 %3 B）</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n 次 send</numerusform>
        </translation>
    </message>
    <message>
        <source>Model&apos;s evidence: </source>
        <translation>模型证据：</translation>
    </message>
    <message>
        <source>  [peek: the %1-byte datagram stays queued]</source>
        <translation>  [窥探：%1 字节的数据报仍在队列中]</translation>
    </message>
    <message numerus="yes">
        <source>%n send() call(s) failed: %1</source>
        <translation>
            <numerusform>%n 次 send() 调用失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>conserved ✓</source>
        <translation>守恒 ✓</translation>
    </message>
    <message>
        <source>not checked: the run was stopped</source>
        <translation>未检查：运行已被停止</translation>
    </message>
    <message>
        <source>not checked: the run ended early</source>
        <translation>未检查：运行提前结束</translation>
    </message>
    <message>
        <source>NOT conserved ✗</source>
        <translation>不守恒 ✗</translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation>，%1 条未发送</translation>
    </message>
    <message>
        <source>, %1 unread (the run ended before the reader read them)</source>
        <translation>，%1 条未读取（运行在接收方读到它们之前就结束了）</translation>
    </message>
    <message>
        <source>, %1 in unread datagrams</source>
        <translation>，未读取的数据报中有 %1</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineExporter</name>
    <message>
        <source>drawing a picture needs a QGuiApplication (fonts); this program has none</source>
        <translation>绘制图像需要 QGuiApplication（字体）；本程序没有</translation>
    </message>
    <message>
        <source>SockScope trace</source>
        <translation>SockScope 跟踪记录</translation>
    </message>
    <message>
        <source>Simulated by SockScope&apos;s network model.</source>
        <translation>由 SockScope 的网络模型模拟。</translation>
    </message>
    <message>
        <source>Recorded by SockScope with real sockets on loopback: one box per system call.</source>
        <translation>由 SockScope 在回环上用真实套接字记录：每个方框对应一次系统调用。</translation>
    </message>
    <message>
        <source>Compact time axis: the gaps between calls are shortened, so distances are not to scale.</source>
        <translation>紧凑时间轴：调用之间的空隙被缩短，距离不按比例。</translation>
    </message>
    <message>
        <source>an image of %1 × %2 pixels is too large; choose a smaller scale</source>
        <translation>%1 × %2 像素的图像太大；请选择更小的缩放比例</translation>
    </message>
    <message>
        <source>%1: cannot write the image (%2)</source>
        <translation>%1：无法写入图像（%2）</translation>
    </message>
    <message>
        <source>%1: writing the PNG failed</source>
        <translation>%1：写入 PNG 失败</translation>
    </message>
    <message>
        <source>%1: cannot start the SVG</source>
        <translation>%1：无法开始写 SVG</translation>
    </message>
    <message>
        <source>%1: cannot write the document (%2)</source>
        <translation>%1：无法写入文档（%2）</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法开始写 PDF</translation>
    </message>
    <message>
        <source>%1: unknown image type &quot;%2&quot; (use .png, .svg or .pdf)</source>
        <translation>%1：未知的图像类型 &quot;%2&quot;（请用 .png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>Real sockets on loopback (one box per system call) next to the lanes predicted by SockScope&apos;s network model.</source>
        <translation>回环上的真实套接字（每个系统调用一个方框），旁边是 SockScope 网络模型预测的泳道。</translation>
    </message>
    <message>
        <source>Both directions through a relay, as its recv() calls saw them</source>
        <translation>经过中继的两个方向：中继的 recv() 调用所见</translation>
    </message>
    <message>
        <source>UDP datagrams as SockScope&apos;s recv() calls saw them</source>
        <translation>UDP 数据报：SockScope 的 recv() 调用所见</translation>
    </message>
    <message>
        <source>TCP clients as SockScope&apos;s recv() calls saw them</source>
        <translation>TCP 客户端：SockScope 的 recv() 调用所见</translation>
    </message>
    <message>
        <source>SockScope&apos;s send() calls to an external server</source>
        <translation>SockScope 向外部服务器的 send() 调用</translation>
    </message>
    <message>
        <source>Recorded by SockScope as the receiving program: one box per recv() system call on its own socket; the peers&apos; send() calls are not visible.</source>
        <translation>由 SockScope 作为接收程序记录：每个框是它自己套接字上的一次 recv() 系统调用；对端的 send() 调用不可见。</translation>
    </message>
    <message>
        <source>Recorded by SockScope as a relay: one box per recv() system call of the relay in each direction, every byte forwarded unchanged; the programs&apos; own calls are not visible.</source>
        <translation>由 SockScope 作为中继记录：每个框是中继在各个方向上的一次 recv() 系统调用，每个字节原样转发；两端程序自己的调用不可见。</translation>
    </message>
    <message>
        <source>Recorded by SockScope as the sending program: one box per send() system call; what the server&apos;s recv() calls got is for the server to show.</source>
        <translation>由 SockScope 作为发送程序记录：每个框是一次 send() 系统调用；服务器的 recv() 调用收到了什么，由服务器自己展示。</translation>
    </message>
    <message>
        <source>Byte-stream view: the axis is the stream offset, not time. Each byte has its message&apos;s colour; boxes above the bar are send() calls, boxes under it recv() calls, and the ticks on the bar mark where each call began and ended.</source>
        <translation>字节流视图：横轴是流偏移量，不是时间。每个字节使用其所属消息的颜色；条带上方的方框是 send() 调用，下方的方框是 recv() 调用，条带上的刻度标出每次调用开始和结束的位置。</translation>
    </message>
    <message>
        <source>TCP keeps the bytes but not the sender&apos;s boundaries: a recv() can end anywhere.</source>
        <translation>TCP 保留字节，但不保留发送方的边界：一次 recv() 可以在任何位置结束。</translation>
    </message>
    <message>
        <source>UDP: one block per datagram; hatched bytes never reached the application (cut off by a short recv buffer, or a lost datagram).</source>
        <translation>UDP：每个数据报一块；带斜线的字节从未到达应用程序（被过短的接收缓冲区截掉，或数据报丢失）。</translation>
    </message>
    <message>
        <source>The decoded row shows the receiver&apos;s framing: its boundaries are the sender&apos;s messages again.</source>
        <translation>解码行显示接收方的分帧：它的边界又与发送方的消息一致了。</translation>
    </message>
    <message>
        <source>Wire lanes: the packets captured on loopback for the real runs, the model&apos;s packets for the simulated ones.</source>
        <translation>线路通道：真实运行为在回环接口上抓取的数据包，模拟运行为模型的数据包。</translation>
    </message>
    <message>
        <source>Wire lane: the packets captured on loopback while it recorded (libpcap).</source>
        <translation>线路通道：录制期间在回环接口上抓取的数据包（libpcap）。</translation>
    </message>
    <message>
        <source>Wire lane: the packets of SockScope&apos;s network model.</source>
        <translation>线路通道：SockScope 网络模型的数据包。</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineLegend</name>
    <message>
        <source>one box per system call; colour = message</source>
        <translation>每个方框是一次系统调用；颜色 = 消息</translation>
    </message>
    <message>
        <source>merged: one recv() holds several messages</source>
        <translation>粘包：一次 recv() 包含多条消息</translation>
    </message>
    <message>
        <source>split: one message spans several recv()</source>
        <translation>拆包：一条消息分散在多次 recv() 中</translation>
    </message>
    <message>
        <source>truncated: cut-off bytes are lost</source>
        <translation>截断：被截掉的字节丢失了</translation>
    </message>
    <message>
        <source>lost: sent, never received</source>
        <translation>丢失：已发送，从未收到</translation>
    </message>
    <message>
        <source>empty, EOF or failed call</source>
        <translation>空、EOF 或失败的调用</translation>
    </message>
    <message>
        <source>kernel bytes unsent / queued</source>
        <translation>内核中未发送 / 排队的字节</translation>
    </message>
    <message>
        <source>decoded message, bracketed to the recv() bytes it came from</source>
        <translation>解码出的消息，括线指向它所来自的 recv() 字节</translation>
    </message>
    <message>
        <source>decoder error or incomplete message</source>
        <translation>解码错误或不完整的消息</translation>
    </message>
    <message>
        <source>wire: packet, ACK, ✕ dropped</source>
        <translation>线路：数据包、ACK、✕ 丢弃</translation>
    </message>
    <message>
        <source>one box per system call</source>
        <translation>每个方框对应一次系统调用</translation>
    </message>
    <message>
        <source>bytes unsent / queued (kernel or model)</source>
        <translation>未发送 / 排队的字节（内核或模型）</translation>
    </message>
    <message>
        <source>bytes unsent / queued (model)</source>
        <translation>未发送 / 排队的字节（模型）</translation>
    </message>
    <message>
        <source>peek: MSG_PEEK told the size, the datagram stayed queued</source>
        <translation>窥探：MSG_PEEK 告知了大小，数据报仍留在队列中</translation>
    </message>
    <message>
        <source>dense calls: a bar per pixel column; on a linear axis, height = bytes</source>
        <translation>调用太密：每个像素列一根柱；线性时间轴上，高度 = 字节数</translation>
    </message>
    <message>
        <source>a lost, truncated or failed call in that column</source>
        <translation>该列中有丢失、截断或失败的调用</translation>
    </message>
    <message>
        <source>recv() bars: messages per recv() there (below 1: split, above 1: merged)</source>
        <translation>recv() 柱：该处每次 recv() 平均包含的消息数（小于 1：拆包，大于 1：粘包）</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineRenderer</name>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>recv()</source>
        <translation>recv()</translation>
    </message>
    <message>
        <source>unsent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 of %2 · cut</source>
        <translation>%1 / %2 · 截断</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view: zoom in to see which bytes each recv() holds</source>
        <translation>
            <numerusform>视图中有 %n 个事件：放大后可以看到每次 recv() 包含哪些字节</numerusform>
        </translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>compact time</source>
        <translation>紧凑时间</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有记录任何内容。</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>已解码</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>m%1</source>
        <translation>m%1</translation>
    </message>
    <message>
        <source>m%1–m%2</source>
        <translation>m%1–m%2</translation>
    </message>
    <message numerus="yes">
        <source>✕ %n lost</source>
        <translation>
            <numerusform>✕ 丢失 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>real, loopback</source>
        <translation>真实，回环</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>peek</source>
        <translation>窥探</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>大小 %1</translation>
    </message>
</context>
<context>
    <name>sockscope::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceComparison</name>
    <message>
        <source>the model drops %1% of packets at random (loss=%2); loopback never loses a packet on the way</source>
        <translation>模型随机丢弃 %1% 的数据包（loss=%2）；回环在途中从不丢包</translation>
    </message>
    <message>
        <source>the receive buffer overflows differently: the model charges a fixed overhead per datagram and its reader wakes exactly on time; the kernel&apos;s charge and the reader&apos;s wake-ups vary</source>
        <translation>接收缓冲区溢出的情况不同：模型对每个数据报计入固定开销，接收方也准时醒来；而内核计入的开销和接收方醒来的时刻都有波动</translation>
    </message>
    <message>
        <source>the model reorders or duplicates datagrams (reorder=%1, duplicate=%2); loopback keeps them in order</source>
        <translation>模型会打乱或重复数据报（reorder=%1，duplicate=%2）；回环则保持顺序</translation>
    </message>
    <message>
        <source>Nagle holds small sends until the previous one is acknowledged: one round trip, %1 ms in the model (rtt_ms) but microseconds on loopback, so the two merge different sends</source>
        <translation>Nagle 会攒住小数据，直到前一段被确认：即一个往返时间，模型中为 %1 ms（rtt_ms），回环上却只有几微秒，所以两者合并的 send 不同</translation>
    </message>
    <message>
        <source>the model cuts the stream into %1-byte segments (mss) that arrive %2 ms apart in time; loopback&apos;s MSS is ~%3 B and its round trip microseconds, so recvs cut the stream elsewhere</source>
        <translation>模型把字节流切成 %1 字节的报文段（mss），相隔 %2 ms 到达；回环的 MSS 约为 %3 B，往返只需几微秒，所以 recv 切分字节流的位置不同</translation>
    </message>
    <message>
        <source>bytes arrive at other moments: the model&apos;s round trip is %1 ms (rtt_ms), loopback&apos;s a few microseconds, so each recv finds a different amount queued</source>
        <translation>字节到达的时刻不同：模型的往返时间是 %1 ms（rtt_ms），回环只有几微秒，所以每次 recv 遇到的排队数据量不同</translation>
    </message>
    <message>
        <source>round trips differ (%1 ms observed, %2 ms predicted): the model adds rtt_ms=%3 ms per exchange that loopback does not have</source>
        <translation>往返时间不同（实测 %1 ms，预测 %2 ms）：模型每次交互都加上 rtt_ms=%3 ms，而回环没有这段延迟</translation>
    </message>
    <message>
        <source>the kernel grows its buffers as it goes (autotuning) and frees them per packet; the model&apos;s buffers are fixed, so send() accepts different amounts</source>
        <translation>内核会边运行边扩大缓冲区（自动调优），并按数据包释放；模型的缓冲区是固定的，所以 send() 接受的数据量不同</translation>
    </message>
    <message>
        <source>the model cuts the stream into segments of at most %1 B (mss); loopback&apos;s MSS is %2 B, so the kernel sent %3 B in one segment</source>
        <translation>模型把字节流切成最多 %1 B 的报文段（mss）；回环接口的 MSS 是 %2 B，因此内核在一个报文段中发送了 %3 B</translation>
    </message>
    <message>
        <source>with TCP_NODELAY the kernel still merged sends into fewer segments: autocorking holds a small segment while the previous one is still queued on the device, which the model does not do</source>
        <translation>即使开启 TCP_NODELAY，内核仍把多次发送合并成更少的报文段：当前一个报文段还在设备队列中时，自动塞住（autocorking）会暂扣小报文段，而模型不会这样做</translation>
    </message>
    <message>
        <source>Nagle and the ACKs work on the model&apos;s %1 ms round trip and the kernel&apos;s microseconds, so small sends gather into different segments</source>
        <translation>Nagle 和 ACK 在模型中按 %1 ms 的往返时间工作，而内核只需几微秒，因此小的发送被合并进不同的报文段</translation>
    </message>
    <message>
        <source>the receiver&apos;s longest ACK delay was %1 ms on loopback and %2 ms in the model: the kernel acknowledges at once when its receiver reads or has a full segment, and delays only otherwise (40 ms at first, up to 200 ms)</source>
        <translation>接收方最长的 ACK 延迟在回环接口上是 %1 ms，在模型中是 %2 ms：当接收方读取数据或收满一个报文段时内核立即确认，否则才延迟（起初 40 ms，最长 200 ms）</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceCsvWriter</name>
    <message>
        <source>%1: cannot write the CSV file (%2)</source>
        <translation>%1：无法写入 CSV 文件（%2）</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceDescription</name>
    <message>
        <source>TCP relay to %1</source>
        <translation>TCP 中继，转发到 %1</translation>
    </message>
    <message>
        <source>TCP relay %1 → %2</source>
        <translation>TCP 中继 %1 → %2</translation>
    </message>
    <message>
        <source>Observing UDP</source>
        <translation>观察 UDP</translation>
    </message>
    <message>
        <source>Observing TCP</source>
        <translation>观察 TCP</translation>
    </message>
    <message>
        <source>Observing UDP on %1</source>
        <translation>在 %1 上观察 UDP</translation>
    </message>
    <message>
        <source>Observing TCP on %1</source>
        <translation>在 %1 上观察 TCP</translation>
    </message>
    <message>
        <source>one recv() every %1 ms</source>
        <translation>每 %1 ms 调用一次 recv()</translation>
    </message>
    <message>
        <source>recv() as soon as data is ready</source>
        <translation>数据一到就调用 recv()</translation>
    </message>
    <message>
        <source>no framing decoder</source>
        <translation>不解码分帧</translation>
    </message>
    <message>
        <source>framing %1 (frames up to %2)</source>
        <translation>分帧 %1（帧最大 %2）</translation>
    </message>
    <message>
        <source>framing %1</source>
        <translation>分帧 %1</translation>
    </message>
    <message>
        <source>for %1 s</source>
        <translation>持续 %1 秒</translation>
    </message>
    <message>
        <source>no kernel evidence</source>
        <translation>不记录内核证据</translation>
    </message>
    <message>
        <source>no datagram arrived</source>
        <translation>没有收到数据报</translation>
    </message>
    <message>
        <source>no client connected</source>
        <translation>没有客户端连接</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n 个发送方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceJsonReader</name>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>not a preview (printable ASCII and \xNN escapes)</source>
        <translation>不是预览文本（应为可打印 ASCII 和 \xNN 转义）</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>应为 true、false 或 null</translation>
    </message>
    <message>
        <source>expected data or ack</source>
        <translation>应为 data 或 ack</translation>
    </message>
    <message>
        <source>expected tcp or udp</source>
        <translation>应为 tcp 或 udp</translation>
    </message>
    <message>
        <source>expected real or sim</source>
        <translation>应为 real 或 sim</translation>
    </message>
    <message>
        <source>expected loopback, observer, relay or sender</source>
        <translation>应为 loopback、observer、relay 或 sender</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>not a SockScope trace (no &quot;format&quot;: &quot;sockscope-trace&quot;)</source>
        <translation>不是 SockScope 跟踪记录（没有 &quot;format&quot;: &quot;sockscope-trace&quot;）</translation>
    </message>
    <message>
        <source>trace format version %1 was written by a newer SockScope; this one reads version %2</source>
        <translation>跟踪记录格式版本 %1 由更新的 SockScope 写出；本版本只能读取版本 %2</translation>
    </message>
    <message>
        <source>version: expected %1</source>
        <translation>version：应为 %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a whole number from %2 to %3</source>
        <translation>%1 超出范围：应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1 bytes: a preview holds at most the first %2</source>
        <translation>%1 字节：预览最多只包含前 %2 个字节</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the run&apos;s peers</source>
        <translation>&quot;%1&quot; 不是本次运行的对端之一</translation>
    </message>
    <message>
        <source>cannot read the trace (%1)</source>
        <translation>无法读取跟踪记录（%1）</translation>
    </message>
    <message>
        <source>expected max_recvs or memory_budget</source>
        <translation>应为 max_recvs 或 memory_budget</translation>
    </message>
    <message>
        <source>cannot open the trace (%1)</source>
        <translation>无法打开跟踪记录（%1）</translation>
    </message>
    <message>
        <source>expected simulated or captured</source>
        <translation>应为 simulated 或 captured</translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation>字符串中有控制字符（必须转义）</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>无效的 UTF-8 字符串</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>非法数字</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>文档嵌套过深</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>文档末尾有多余内容</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>对象未结束</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>非法值</translation>
    </message>
    <message>
        <source>a pipe or device of more than %1 bytes (it would be read into memory whole: save it to a file); not read</source>
        <translation>管道或设备的数据超过 %1 字节（它会被整个读入内存：请先保存为文件）；未读取</translation>
    </message>
    <message>
        <source>larger than %1 bytes, the most a trace takes (a run at the event cap of %2 sends and %2 recvs); not read</source>
        <translation>大于 %1 字节，超过了跟踪记录的最大大小（一次运行达到 %2 次 send 和 %2 次 recv 的事件上限时的大小）；未读取</translation>
    </message>
    <message>
        <source>expected intact, merged, split, truncated, lost, empty, unsent or unread</source>
        <translation>应为 intact、merged、split、truncated、lost、empty、unsent 或 unread</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceJsonWriter</name>
    <message>
        <source>%1: cannot write the trace (%2)</source>
        <translation>%1：无法写入跟踪记录（%2）</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceOutputs</name>
    <message>
        <source>Write the trace JSON to FILE.</source>
        <translation>把跟踪记录 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write one CSV row per event to FILE.</source>
        <translation>把每个事件作为一行 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>Write a Chrome trace (Perfetto, chrome://tracing) to FILE.</source>
        <translation>把 Chrome 跟踪文件（Perfetto、chrome://tracing）写入 FILE。</translation>
    </message>
    <message>
        <source>Write the timeline as a PNG image.</source>
        <translation>把时间轴写成 PNG 图像。</translation>
    </message>
    <message>
        <source>Write the timeline as an SVG image.</source>
        <translation>把时间轴写成 SVG 图像。</translation>
    </message>
    <message>
        <source>Write the timeline as a PDF page.</source>
        <translation>把时间轴写成 PDF 页面。</translation>
    </message>
    <message>
        <source>PNG pixels per point: 1, 2 or 4.</source>
        <translation>PNG 每点像素数：1、2 或 4。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--scale: expected 1, 2 or 4, got &quot;%1&quot;</source>
        <translation>--scale：应为 1、2 或 4，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How payloads are shown in the table, CSV, Chrome trace and images: utf-8, gb18030 (GBK) or hex. The trace JSON keeps its escaped form.</source>
        <translation>载荷在表格、CSV、Chrome trace 和图片中的显示方式：utf-8、gb18030（GBK）或 hex。trace JSON 保持其转义形式。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Draw the PNG, SVG and PDF images as replay shows them at T ms: only what had happened by then. The JSON and CSV stay complete.</source>
        <translation>按回放在 T 毫秒时的样子绘制 PNG、SVG 和 PDF 图像：只画出那时已经发生的内容。JSON 和 CSV 仍然完整。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--until-ms: expected a number of milliseconds, 0 or more, got &quot;%1&quot;</source>
        <translation>--until-ms：应为 0 或更大的毫秒数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--encoding: expected utf-8, gb18030 or hex, got &quot;%1&quot;</source>
        <translation>--encoding：应为 utf-8、gb18030 或 hex，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--encoding: %1</source>
        <translation>--encoding：%1</translation>
    </message>
    <message>
        <source>Which picture --png, --svg and --pdf draw: time (the calls on a time axis) or bytes (the stream&apos;s bytes by offset: where the sends and the recvs cut it).</source>
        <translation>--png、--svg 和 --pdf 画哪一种图：time（时间轴上的调用）或 bytes（按偏移量排列的流字节：send 和 recv 在哪里切分它）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>--view: expected time or bytes, got &quot;%1&quot;</source>
        <translation>--view：应为 time 或 bytes，实际为“%1”</translation>
    </message>
    <message>
        <source>--pcap: %1</source>
        <translation>--pcap：%1</translation>
    </message>
    <message>
        <source>Write the packets as pcapng (Wireshark, tshark) to FILE: those captured on loopback during real runs and observe, relay and send-to sessions, the simulated wire lane of simulated runs.</source>
        <translation>将数据包以 pcapng 格式（Wireshark、tshark）写入 FILE：真实运行以及观察、中继和发送会话期间在回环接口上抓取的数据包，以及模拟运行的模拟线路通道。</translation>
    </message>
    <message>
        <source>--pcap: SockScope captures packets on the loopback device only, and this session listens on, relays to or sends to another address</source>
        <translation>--pcap：SockScope 只在回环接口上抓取数据包，而本次会话监听、转发或发送到其他地址</translation>
    </message>
</context>
<context>
    <name>sockscope::TraceValidator</name>
    <message>
        <source>%1 is not a run of this trace</source>
        <translation>%1 不是本跟踪记录中的运行</translation>
    </message>
    <message>
        <source>only an observe, relay or send-to run has peers</source>
        <translation>只有观察、中继或 send-to（--to）运行才有对端</translation>
    </message>
    <message>
        <source>an observe or relay run has no sends</source>
        <translation>观察或中继运行没有 send</translation>
    </message>
    <message>
        <source>a one-sided run (observe, relay, send-to) has no messages</source>
        <translation>单侧运行（观察、中继、send-to）没有消息</translation>
    </message>
    <message>
        <source>a send-to run has no recvs</source>
        <translation>send-to 运行没有 recv</translation>
    </message>
    <message>
        <source>%1 is not a requests run of this trace</source>
        <translation>%1 不是本跟踪记录中的请求运行</translation>
    </message>
    <message>
        <source>%1, expected %2 (ids count 0, 1, 2, …)</source>
        <translation>%1，应为 %2（id 按 0、1、2、… 依次编号）</translation>
    </message>
    <message>
        <source>%1 bytes, expected %2 (the first of %3)</source>
        <translation>%1 字节，应为 %2 字节（%3的开头部分）</translation>
    </message>
    <message>
        <source>the %1 bytes the call was asked to send</source>
        <translation>调用要求发送的 %1 个字节</translation>
    </message>
    <message>
        <source>the %1 bytes the call returned</source>
        <translation>调用返回的 %1 个字节</translation>
    </message>
    <message>
        <source>the message&apos;s %1 bytes</source>
        <translation>消息的 %1 个字节</translation>
    </message>
    <message>
        <source>%1 comes after message %2: sends go in message order</source>
        <translation>%1 出现在消息 %2 之后：send 必须按消息顺序排列</translation>
    </message>
    <message>
        <source>%1 is not a message of this run</source>
        <translation>%1 不是本次运行中的消息</translation>
    </message>
    <message>
        <source>%1 bytes, but message %2 is %3 bytes (a datagram is exactly its message)</source>
        <translation>%1 字节，但消息 %2 是 %3 字节（一个数据报恰好就是它的消息）</translation>
    </message>
    <message>
        <source>stream bytes %1 to %2 are not in message %3 (bytes %4 to %5)</source>
        <translation>字节流中第 %1 到 %2 字节不在消息 %3 之内（该消息占第 %4 到 %5 字节）</translation>
    </message>
    <message>
        <source>%1, expected %2 (each message starts where the one before ended)</source>
        <translation>%1，应为 %2（每条消息都从上一条结束的位置开始）</translation>
    </message>
    <message>
        <source>null, but send %1 carries this message</source>
        <translation>为 null，但 send %1 携带了这条消息</translation>
    </message>
    <message>
        <source>%1 is not a send of this run</source>
        <translation>%1 不是本次运行中的 send</translation>
    </message>
    <message>
        <source>send %1 carries message %2, not this one</source>
        <translation>send %1 携带的是消息 %2，而不是这一条</translation>
    </message>
    <message>
        <source>send %1 is not the message&apos;s first send: send %2 is</source>
        <translation>send %1 不是这条消息的第一个 send：第一个是 send %2</translation>
    </message>
    <message>
        <source>%1 is not a recv of this run</source>
        <translation>%1 不是本次运行中的 recv</translation>
    </message>
    <message>
        <source>%1 is before the packet left (t_ns %2)</source>
        <translation>%1 早于数据包发出的时间（t_ns %2）</translation>
    </message>
    <message>
        <source>only a simulated run has a simulated wire</source>
        <translation>只有模拟运行才有模拟线路</translation>
    </message>
    <message>
        <source>only a real run has a captured wire</source>
        <translation>只有真实运行才有抓取的线路</translation>
    </message>
    <message>
        <source>a run without &quot;wire&quot; has no segments</source>
        <translation>没有 &quot;wire&quot; 的运行不能有 segments</translation>
    </message>
    <message>
        <source>only a real run that receives UDP has the kernel&apos;s drop counter</source>
        <translation>只有接收 UDP 的真实运行才有内核丢包计数器</translation>
    </message>
    <message>
        <source>only a real TCP run has TCP_INFO</source>
        <translation>只有真实的 TCP 运行才有 TCP_INFO</translation>
    </message>
    <message>
        <source>an observe or relay run has TCP_INFO of its own socket only, the receiver</source>
        <translation>观察或中继运行只有它自己的套接字（接收方）的 TCP_INFO</translation>
    </message>
    <message>
        <source>a send-to run has no receiving socket</source>
        <translation>发送到（send-to）运行没有接收套接字</translation>
    </message>
    <message>
        <source>only a UDP socket reports a drop counter</source>
        <translation>只有 UDP 套接字才报告丢包计数器</translation>
    </message>
    <message>
        <source>a captured packet was seen on the wire, once</source>
        <translation>抓取的数据包是在线路上看到的，且只有一次</translation>
    </message>
    <message>
        <source>%1 is more than the frame&apos;s length %2</source>
        <translation>%1 超过了该帧的长度 %2</translation>
    </message>
    <message>
        <source>only a UDP datagram names its recv()</source>
        <translation>只有 UDP 数据报才会指明读取它的 recv()</translation>
    </message>
    <message>
        <source>%1 is not after the recv of an earlier datagram (%2)</source>
        <translation>%1 不在更早数据报的 recv（%2）之后</translation>
    </message>
    <message>
        <source>only a UDP recv can be a peek</source>
        <translation>只有 UDP 的 recv 才能是窥探</translation>
    </message>
    <message>
        <source>a peek reads no datagram away: it has no seq and is not truncated</source>
        <translation>窥探不会取走数据报：它没有 seq，也不会被截断</translation>
    </message>
</context>
<context>
    <name>sockscope::UdpObserver</name>
    <message>
        <source>recvmsg() failed: %1</source>
        <translation>recvmsg() 失败：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::UdpRunner</name>
    <message>
        <source>recvmsg() failed: %1</source>
        <translation>recvmsg() 失败：%1</translation>
    </message>
</context>
<context>
    <name>sockscope::Unrecorded</name>
    <message>
        <source>the observation reached its memory budget of %1 MiB (--memory-budget)</source>
        <translation>观察达到了 %1 MiB 的内存预算（--memory-budget）</translation>
    </message>
    <message numerus="yes">
        <source>the run reached its cap of %1 datagram(s)</source>
        <translation>
            <numerusform>本次运行达到了 %1 个数据报的上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the run reached its cap of %1 recv() call(s)</source>
        <translation>
            <numerusform>本次运行达到了 %1 次 recv() 调用的上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 later datagram(s)</source>
        <translation>
            <numerusform>之后的 %1 个数据报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 later recv() call(s)</source>
        <translation>
            <numerusform>之后的 %1 次 recv() 调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B in %2 were read but not recorded</source>
        <translation>%2 读取了 %1 B，但未记录</translation>
    </message>
    <message>
        <source>Recording stopped at %1 s: %2; %3.</source>
        <translation>记录在第 %1 秒停止：%2；%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s) captured on the wire after that were not kept</source>
        <translation>
            <numerusform>此后在线路上抓取的 %1 个数据包未保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::WireCapture</name>
    <message>
        <source>SockScope simulated network: TCP 127.0.0.1:%1 → 127.0.0.1:%2</source>
        <translation>SockScope 模拟网络：TCP 127.0.0.1:%1 → 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>SockScope simulated network: UDP 127.0.0.1:%1 → 127.0.0.1:%2</source>
        <translation>SockScope 模拟网络：UDP 127.0.0.1:%1 → 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>lost in the simulated network: it never arrived</source>
        <translation>在模拟网络中丢包：它从未到达</translation>
    </message>
    <message>
        <source>dropped by the receiver: its receive buffer was full</source>
        <translation>被接收方丢弃：接收缓冲区已满</translation>
    </message>
</context>
<context>
    <name>sockscope::WirePainter</name>
    <message>
        <source>wire</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>again</source>
        <translation>重传</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) in view: zoom in to see each one</source>
        <translation>
            <numerusform>视图中有 %n 个数据包：放大以逐个查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sockscope::WireSummary</name>
    <message>
        <source>datagrams: %1 (%2 B)</source>
        <translation>数据报：%1（%2 B）</translation>
    </message>
    <message>
        <source>read by a recv(): %1</source>
        <translation>被 recv() 读取：%1</translation>
    </message>
    <message>
        <source>dropped at the full receive buffer: %1</source>
        <translation>因接收缓冲区满被丢弃：%1</translation>
    </message>
    <message>
        <source>lost on the way: %1</source>
        <translation>途中丢失：%1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未被读取：%1</translation>
    </message>
    <message>
        <source>not matched to a recv() (still queued when the run ended, or the evidence does not say which recv() read it): %1</source>
        <translation>未对应到 recv()（运行结束时仍在队列中，或证据无法说明是哪个 recv() 读取了它）：%1</translation>
    </message>
    <message>
        <source>data segments: %1 (%2 B)</source>
        <translation>数据报文段：%1（%2 B）</translation>
    </message>
    <message>
        <source>pure ACKs: %1</source>
        <translation>纯 ACK：%1</translation>
    </message>
    <message>
        <source>ACKs riding on data: %1</source>
        <translation>捎带在数据上的 ACK：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>retransmissions: %1</source>
        <translation>重传：%1</translation>
    </message>
    <message>
        <source>Wire (simulated): %1</source>
        <translation>线路（模拟）：%1</translation>
    </message>
    <message>
        <source>Wire (captured on loopback): %1</source>
        <translation>线路（在回环接口上抓取）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>data segments: %1 (%2 B, of which %3 B retransmitted)</source>
        <translation>数据报文段：%1（%2 B，其中 %3 B 是重传的）</translation>
    </message>
    <message>
        <source>in segments of at most the MSS (%1 B), as TCP_INFO counts them: %2</source>
        <translation>按 TCP_INFO 的计法（每段最多一个 MSS，%1 B）：%2</translation>
    </message>
</context>
<context>
    <name>sockscope::WorksheetCommand</name>
    <message>
        <source>Write a lesson&apos;s worksheet as a PDF: its explanation and prediction questions with room to answer, then the answer key (the timeline of a run and each measured answer).</source>
        <translation>将课程的练习单写成 PDF：课程说明和留有作答空间的预测题，然后是答案页（一次运行的时间线和每题的实测答案）。</translation>
    </message>
    <message>
        <source>Lesson of the worksheet (see &apos;sockscope lessons&apos;).</source>
        <translation>练习单所属的课程（见 &apos;sockscope lessons&apos;）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Language of the worksheet: en or zh_CN (default: the system&apos;s).</source>
        <translation>练习单的语言：en 或 zh_CN（默认：系统语言）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>The worksheet to write (PDF).</source>
        <translation>要写入的练习单（PDF）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Fill the answer key from this saved trace of the lesson instead of recording a run.</source>
        <translation>用该课程已保存的 trace 填写答案页，而不录制新的运行。</translation>
    </message>
    <message>
        <source>The run of the answer key: real (loopback sockets) or sim (the simulated network).</source>
        <translation>答案页所用的运行：real（回环套接字）或 sim（模拟网络）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>--lang: expected %1, got &quot;%2&quot;</source>
        <translation>--lang：应为 %1，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>worksheet: --pdf FILE is required</source>
        <translation>worksheet：必须给出 --pdf FILE</translation>
    </message>
    <message>
        <source>--pdf: the folder %1 does not exist</source>
        <translation>--pdf：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>--mode: expected real or sim, got &quot;%1&quot;</source>
        <translation>--mode：应为 real 或 sim，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--trace: %1</source>
        <translation>--trace：%1</translation>
    </message>
    <message>
        <source>--lesson: no lesson named &quot;%1&quot; (see &apos;sockscope lessons&apos;)</source>
        <translation>--lesson：没有名为 &quot;%1&quot; 的课程（见 &apos;sockscope lessons&apos;）</translation>
    </message>
    <message>
        <source>--trace: the trace is of %1, not of the lesson %2</source>
        <translation>--trace：该 trace 属于 %1，而不是课程 %2</translation>
    </message>
    <message>
        <source>no lesson</source>
        <translation>无课程</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sockscope::WorksheetWriter</name>
    <message>
        <source>Worksheet · %1</source>
        <translation>练习单 · %1</translation>
    </message>
    <message>
        <source>What runs: %1</source>
        <translation>运行内容：%1</translation>
    </message>
    <message>
        <source>Predict before the run</source>
        <translation>运行前先预测</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>你的预测：</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>实测：</translation>
    </message>
    <message>
        <source>Name: ____________________    Date: ____________</source>
        <translation>姓名：____________________    日期：____________</translation>
    </message>
    <message>
        <source>Answer key: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>Measured answers</source>
        <translation>实测答案</translation>
    </message>
    <message>
        <source>Answer: %1 — %2</source>
        <translation>答案：%1——%2</translation>
    </message>
    <message>
        <source>Not measured: this run has nothing the question asks about.</source>
        <translation>未测得：这次运行中没有该问题所问的内容。</translation>
    </message>
    <message>
        <source>drawing a worksheet needs a QGuiApplication (fonts); this program has none</source>
        <translation>绘制练习单需要 QGuiApplication（字体）；本程序没有</translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation>练习单：%1</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法创建 PDF</translation>
    </message>
    <message>
        <source>%1: cannot write the worksheet (%2)</source>
        <translation>%1：无法写入练习单（%2）</translation>
    </message>
</context>
</TS>
