<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Japanese for Qt's own texts that the qtbase_ja.qm shipped with PySide6 (6.11) lacks:
Qt renamed them ("Look in:" became "&Look in:") or added them since. Qt's file dialog
(File > Open, Save As, exports, a class folder, where the desktop has no dialog of its
own: openbox) showed them in English in the Japanese window. keiconfig installs these
before Qt's own translations, so they are used only where Qt's have nothing. Each entry
is Qt's exact context, source and disambiguation (comment); the words follow
qtbase_ja.qm's ("Look in:" アドレス:, "Folder" フォルダ).
-->
<TS version="2.1" language="ja_JP">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>アドレス(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
</TS>
