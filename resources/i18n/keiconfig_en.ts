<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>, with {time} lost to {count} [gear change(s)]</source>
        <extracomment>Keep [brackets] around the words naming the limit. {count} is the number in words (&quot;two&quot;); a translation may give the figure (%n) instead.</extracomment>
        <translation>
            <numerusform>, with {time} lost to {count} [gear change]</numerusform>
            <numerusform>, with {time} lost to {count} [gear changes]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n seat(s)</source>
        <translation>
            <numerusform>at least %n seat</numerusform>
            <numerusform>at least %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: the file is damaged: %n byte(s) at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again.</source>
        <translation>
            <numerusform>{source}: the file is damaged: %n byte at {where} is not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again.</numerusform>
            <numerusform>{source}: the file is damaged: %n bytes at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more problem(s) after this one.)</source>
        <extracomment>Follows the first problem of a file that has more than one.</extracomment>
        <translation>
            <numerusform> (%n more problem after this one.)</numerusform>
            <numerusform> (%n more problems after this one.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;{path}&quot; must not be empty (at least %n character(s)).</source>
        <translation>
            <numerusform>&quot;{path}&quot; must not be empty (at least %n character).</numerusform>
            <numerusform>&quot;{path}&quot; must not be empty (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), trim, dashboard</source>
        <translation>
            <numerusform>%n seat, trim, dashboard</numerusform>
            <numerusform>%n seats, trim, dashboard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>%n ranked</numerusform>
            <numerusform>%n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) a kei law</source>
        <translation>
            <numerusform>%n breaks a kei law</numerusform>
            <numerusform>%n break a kei law</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) the challenge&apos;s rules</source>
        <translation>
            <numerusform>%n breaks the challenge&apos;s rules</numerusform>
            <numerusform>%n break the challenge&apos;s rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>%n cannot be read</numerusform>
            <numerusform>%n cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading was cancelled after {read} of %n file(s).</source>
        <translation>
            <numerusform>Reading was cancelled after {read} of %n file.</numerusform>
            <numerusform>Reading was cancelled after {read} of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The top %n build(s) are on the comparison.</source>
        <translation>
            <numerusform>The top build is on the comparison.</numerusform>
            <numerusform>The top %n are on the comparison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln build(s) judged; best legal so far: {value}</source>
        <translation>
            <numerusform>%Ln build judged; best legal so far: {value}</numerusform>
            <numerusform>%Ln builds judged; best legal so far: {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln build(s); the map is not drawn.</source>
        <translation>
            <numerusform>Cancelled after %Ln build; the map is not drawn.</numerusform>
            <numerusform>Cancelled after %Ln builds; the map is not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln build(s).</source>
        <translation>
            <numerusform>Cancelled after %Ln build.</numerusform>
            <numerusform>Cancelled after %Ln builds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln build(s) judged.</source>
        <translation>
            <numerusform>%Ln build judged.</numerusform>
            <numerusform>%Ln builds judged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal build(s) are in the table.</source>
        <translation>
            <numerusform>%n legal build is in the table.</numerusform>
            <numerusform>%n legal builds are in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map drawn: %Ln build(s).</source>
        <translation>
            <numerusform>Map drawn: %Ln build.</numerusform>
            <numerusform>Map drawn: %Ln builds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal build(s) (dots)</source>
        <translation>
            <numerusform>%Ln legal build (dots)</numerusform>
            <numerusform>%Ln legal builds (dots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that break(s) a rule (grey crosses)</source>
        <translation>
            <numerusform>%Ln that breaks a rule (grey crosses)</numerusform>
            <numerusform>%Ln that break a rule (grey crosses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The front&apos;s %n point(s) stand for {builds}: builds that do alike are one point.</source>
        <translation>
            <numerusform>The front&apos;s %n point stands for {builds}: builds that do alike are one point.</numerusform>
            <numerusform>The front&apos;s %n points stand for {builds}: builds that do alike are one point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n build(s) alike here)</source>
        <translation>
            <numerusform>(%n build alike here)</numerusform>
            <numerusform>(%n builds alike here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n build(s) judged</source>
        <translation>
            <numerusform>{done}/%n build judged</numerusform>
            <numerusform>{done}/%n builds judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>judged %n build(s) (seed {seed})</source>
        <translation>
            <numerusform>judged %n build (seed {seed})</numerusform>
            <numerusform>judged %n builds (seed {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pareto front, {objective} against {figure} (%n build(s)):</source>
        <translation>
            <numerusform>Pareto front, {objective} against {figure} (%n build):</numerusform>
            <numerusform>Pareto front, {objective} against {figure} (%n builds):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n build file(s) in {folder}.</source>
        <translation>
            <numerusform>wrote %n build file in {folder}.</numerusform>
            <numerusform>wrote %n build files in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n file(s) they replaced are kept beside them as .bak.</source>
        <translation>
            <numerusform>The %n file it replaced is kept beside it as .bak.</numerusform>
            <numerusform>The %n files they replaced are kept beside them as .bak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder} are from an earlier search, not this one: {files}.</source>
        <translation>
            <numerusform>%n file in {folder} is from an earlier search, not this one: {files}.</numerusform>
            <numerusform>%n files in {folder} are from an earlier search, not this one: {files}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) name other rules to be judged by (judged_by): a ranking judges every build by the same rules.</source>
        <translation>
            <numerusform>%n file names other rules to be judged by (judged_by): a ranking judges every build by the same rules.</numerusform>
            <numerusform>%n files name other rules to be judged by (judged_by): a ranking judges every build by the same rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden folder(s) such as .git or __MACOSX</source>
        <translation>
            <numerusform>%n hidden folder such as .git or __MACOSX</numerusform>
            <numerusform>%n hidden folders such as .git or __MACOSX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to other folders</source>
        <translation>
            <numerusform>%n link to another folder</numerusform>
            <numerusform>%n links to other folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) more than {depth} levels down</source>
        <translation>
            <numerusform>%n folder more than {depth} levels down</numerusform>
            <numerusform>%n folders more than {depth} levels down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) that cannot be opened</source>
        <translation>
            <numerusform>%n folder that cannot be opened</numerusform>
            <numerusform>%n folders that cannot be opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zip file(s) (unzip them first)</source>
        <translation>
            <numerusform>%n zip file (unzip it first)</numerusform>
            <numerusform>%n zip files (unzip them first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build file(s)</source>
        <translation>
            <numerusform>%n build file</numerusform>
            <numerusform>%n build files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%n sub-folder</numerusform>
            <numerusform>%n sub-folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more entry(ies) named *.json not read: folders or special files, not build files.</source>
        <translation>
            <numerusform>%n more entry named *.json not read: a folder or special file, not a build file.</numerusform>
            <numerusform>%n more entries named *.json not read: folders or special files, not build files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) named *.json.txt not read: rename each to end in .json to rank it.</source>
        <translation>
            <numerusform>%n more file named *.json.txt not read: rename it to end in .json to rank it.</numerusform>
            <numerusform>%n more files named *.json.txt not read: rename each to end in .json to rank it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Controls hidden for the {docks} panel(s): close them ({close}), or leave projector mode ({key}).</source>
        <translation>
            <numerusform>Controls hidden for the {docks} panel: close it ({close}), or leave projector mode ({key}).</numerusform>
            <numerusform>Controls hidden for the {docks} panels: close them ({close}), or leave projector mode ({key}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Controls hidden for the {docks} panel(s): close them ({close}), or widen the window.</source>
        <translation>
            <numerusform>Controls hidden for the {docks} panel: close it ({close}), or widen the window.</numerusform>
            <numerusform>Controls hidden for the {docks} panels: close them ({close}), or widen the window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the {docks} panel(s) ({close})</source>
        <translation>
            <numerusform>Close the {docks} panel ({close})</numerusform>
            <numerusform>Close the {docks} panels ({close})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged: %n byte(s) at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again</source>
        <translation>
            <numerusform>the file is damaged: %n byte at {where} is not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again</numerusform>
            <numerusform>the file is damaged: %n bytes at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassFolderDialog</name>
    <message numerus="yes">
        <source>Reading %v of %n file(s)</source>
        <translation>
            <numerusform>Reading %v of %n file</numerusform>
            <numerusform>Reading %v of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>Removed %n build(s). Ctrl+Z here takes that back.</source>
        <translation>
            <numerusform>Removed %n build. Ctrl+Z here takes that back.</numerusform>
            <numerusform>Removed %n builds. Ctrl+Z here takes that back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) compared: %s.</source>
        <translation>
            <numerusform>%n build compared: %s.</numerusform>
            <numerusform>%n builds compared: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message numerus="yes">
        <source>Pinned {file}; %n unknown key(s) were ignored.</source>
        <translation>
            <numerusform>Pinned {file}; %n unknown key was ignored.</numerusform>
            <numerusform>Pinned {file}; %n unknown keys were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned {file} with %n warning(s).</source>
        <translation>
            <numerusform>Pinned {file} with %n warning.</numerusform>
            <numerusform>Pinned {file} with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message numerus="yes">
        <source>✖ Not a kei car under the rules since {date}: %n rule(s) broken.</source>
        <translation>
            <numerusform>✖ Not a kei car under the rules since {date}: %n rule broken.</numerusform>
            <numerusform>✖ Not a kei car under the rules since {date}: %n rules broken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GearingPlot</name>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h at the limiter; without it the top gear would meet the road load at %s km/h.</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h at the limiter; without it the top gear would meet the road load at %s km/h.</numerusform>
            <numerusform>%n curves; top speed %s km/h at the limiter; without it the top gear would meet the road load at %s km/h.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h at the limiter; without it the fastest curve would meet the road load at %s km/h.</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h at the limiter; without it the fastest curve would meet the road load at %s km/h.</numerusform>
            <numerusform>%n curves; top speed %s km/h at the limiter; without it the fastest curve would meet the road load at %s km/h.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h, where the top gear&apos;s curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h, where the top gear&apos;s curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</numerusform>
            <numerusform>%n curves; top speed %s km/h, where the top gear&apos;s curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h, where the fastest curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h, where the fastest curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</numerusform>
            <numerusform>%n curves; top speed %s km/h, where the fastest curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h where the top gear meets the road load.</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h where the top gear meets the road load.</numerusform>
            <numerusform>%n curves; top speed %s km/h where the top gear meets the road load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h where the fastest curve meets the road load.</source>
        <translation>
            <numerusform>%n curve; top speed %s km/h where the fastest curve meets the road load.</numerusform>
            <numerusform>%n curves; top speed %s km/h where the fastest curve meets the road load.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message numerus="yes">
        <source>…and %n more change(s) that make it slower.</source>
        <translation>
            <numerusform>…and %n more change that makes it slower.</numerusform>
            <numerusform>…and %n more changes that make it slower.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more change(s), not shown.</source>
        <translation>
            <numerusform>…and %n more change, not shown.</numerusform>
            <numerusform>…and %n more changes, not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Opened {file}; %n unknown key(s) were ignored.</source>
        <translation>
            <numerusform>Opened {file}; %n unknown key was ignored.</numerusform>
            <numerusform>Opened {file}; %n unknown keys were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {file} with %n warning(s).</source>
        <translation>
            <numerusform>Opened {file} with %n warning.</numerusform>
            <numerusform>Opened {file} with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {file}, the first of the files dropped; %n other(s) not opened (Compare &gt; Add File… puts builds side by side).</source>
        <translation>
            <numerusform>Opened {file}, the first of the files dropped; %n other not opened (Compare &gt; Add File… puts builds side by side).</numerusform>
            <numerusform>Opened {file}, the first of the files dropped; %n others not opened (Compare &gt; Add File… puts builds side by side).</numerusform>
        </translation>
    </message>
</context>
</TS>
