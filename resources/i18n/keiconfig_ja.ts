<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Make it &amp;quicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text, thick lines and a high-contrast light palette for a projector; hides the advanced controls (intercooler, cycle, valves, redline, pinned figures) until you turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guess First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the times until the class has guessed the 0–100 km/h time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default car (one step you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the &amp;Model Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s equations with this car&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classroom Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Class Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank a folder of builds, as keiconfig rank does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed Plot as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the speed-time plot as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed Plot as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the speed-time plot as a scalable drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the acceleration run, sample by sample, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;Sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page sheet: outline, figures, rules and the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin Current Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a snapshot of this build to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a saved build to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race Pinned Builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a 400 m race of the pinned builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin every build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Previous Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashed line of the run before your last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race &amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pr&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export speed plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export speed plot as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export build sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guess first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s hidden until you guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed plot is hidden until you guess the 0–100 km/h time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you guess the 0–100 km/h time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new build from the default car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a build file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a famous kei car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the build under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, e.g. for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at the system size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build&apos;s name, shown in the title bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year. Only a label for the build: it does not change weight or times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatchback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall wagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saloon (sedan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-roader (SUV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kei truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change body style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body style. Sets the default wheelbase and seats, the body&apos;s weight and its air drag (tall and boxy bodies are slower at speed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall length. A longer body weighs more (slower to 100 km/h). Kei limit today: 3,400 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall width. Wider adds weight and frontal area (drag). Kei limit today: 1,480 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall height. Taller adds weight and frontal area, so more drag and a lower top speed. Kei limit: 2,000 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance between the axles. Auto derives it from length and style. Longer spreads the load, so a little more grip off the line; it must stay shorter than the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of seats (Auto: by style). Each seat adds a little weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable hard top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof type. Open roofs need a stiffer floor (more weight); a glass roof is heavier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change driven wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dri&amp;ven wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which wheels push. Four-wheel drive grips best off the line but adds weight and losses; rear drive gains grip as weight shifts back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gearbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearbox type. A manual loses least; an automatic loses more and shifts slower; a CVT keeps the engine near peak power but loses more in the belt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward gears. More gears keep the engine nearer peak power (quicker) and add a few kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change gears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gea&amp;rs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cylinders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cylinders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ylinders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cylinders. More, smaller cylinders rev higher (more power) but each one adds weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swept volume. More cc gives more torque and power (quicker times) and a heavier engine. Kei limit today: 660 cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naturally aspirated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supercharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How air gets in. A turbo or supercharger adds a lot of power and torque (quicker) and some weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cools the charged air: more power from a turbo or supercharger, a few kg more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change intercooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntercooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-stroke or four-stroke. A two-stroke is light and punchy for its size but revs lower; the 1950s-70s rules allowed them a little more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valves per cylinder. Four breathe better than two: more power at high rpm and a higher redline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valves per cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change valves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valves per cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change engine position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the engine sits. Over the driven wheels it adds grip at the start (e.g. rear engine, rear drive): a quicker getaway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest engine speed (Auto: from cylinder size, valves and induction). Higher revs give more power and longer gears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The makers&apos; voluntary power limit (64 PS since 1987). On: peak power is held at this value, so times stop improving past it. Off: unrestricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power &amp;cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove power cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply power cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change power cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only forced induction has an intercooler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-stroke engine has ports, not valves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the kerb weight instead of estimating it (e.g. a published figure). Heavier is slower to 100 km/h; top speed hardly changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak po&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin peak power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the peak power instead of estimating it. More power: quicker times and a higher top speed. The power cap still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak &amp;torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin peak torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the peak torque instead of estimating it. More torque: a quicker getaway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a real kei car. The model&apos;s 0–100 km/h time stands beside the published figure where one is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 km/h
model (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 km/h
published (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the kei limit of {limit:.0f} {unit} by {over:.0f} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassFolderDialog</name>
    <message>
        <source>Class folder: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class folder league table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class folder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>League table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a build (or press Enter) to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d builds: %d ranked, %d break a kei law, %d cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The top %d are on the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Cars of this &amp;era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareLegend</name>
    <message>
        <source>Legend of the compared builds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed against time of the compared builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race time: drag to scrub the race replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin &amp;Current Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a snapshot of the build you are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected builds (click a build&apos;s column heading to select it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ace Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a 400 m race of the pinned builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the compared builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s bold: best in the row. (+/−): difference from the first build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The comparison already has %d builds, the most it can show. Remove one to add “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d builds compared: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select this build (then Remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of the compared builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kei rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (makers&apos; agreement, not law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly at the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{margin} to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{margin} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {limit} {unit} — {margin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: {status}, {detail}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the car by at least {margin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the car at least {margin} narrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the car by at least {margin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an engine of {limit} or less (at least {margin} smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the power at {limit} to keep to the makers&apos; agreement (it is not law).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not a kei car under the rules since {date}: {count} rule broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not a kei car under the rules since {date}: {count} rules broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ A kei car under the rules since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But it is above the makers&apos; power agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Value not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrivetrainPanel</name>
    <message>
        <source>Drivetrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change gearbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CVT has no fixed gears: its ratio changes continuously.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnginePanel</name>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraCarsPanel</name>
    <message>
        <source>Cars of this era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference cars of the chosen era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with your build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this car as a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars built under the %s: select one to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference cars from the %s era.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a car to see it beside your build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraOfferBar</name>
    <message>
        <source>Era of this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car is from %d: judge it by the %s rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %s rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuessBar</name>
    <message>
        <source>Guess first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess for 0–100 km/h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess for 0–100 km/h, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the model&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess and the model&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time in seconds, e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuessMode</name>
    <message>
        <source>What limits it: shown once you have guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times hidden: type your guess, then Reveal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message>
        <source>Make it quicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What limits the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What limits it:&lt;/b&gt; {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One change at a time: what each does to the %s time (click to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single change moves the time by a tenth of a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} — ⚠ breaks the {era} rules ({rules})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to apply this change (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({file})[*] — keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with warnings: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset {name}: save it to keep your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and go back to the saved {file}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;keiconfig {v}&lt;/b&gt;&lt;p&gt;Build your own Japanese kei car and see its weight, power, acceleration and whether it fits the kei rules of its era.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>How the Model Works — keiconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s equations with **%s**&apos;s own numbers filled in. Change the car and the numbers follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you guess (Guess First).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>To-scale outline of the car inside the legal box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticks out of the legal box: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits inside the legal box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side: %s long × %s high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %s × %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: %s wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dashed: %s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverridesPanel</name>
    <message>
        <source>Pinned figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <source>traction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gear shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed against time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 km/h (62 mph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torque and power against engine speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine speed (rpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N·m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading legend: what limits the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches %s; 0–100 km/h in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped at %s; the engine could make %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak torque %s at %s; peak power %s at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %s, %s, gear %d, limited by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading, what limits the car: %s. ▲ with a number: gear change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%s&quot;&gt;━━ torque (left axis)&lt;/span&gt;  &lt;span style=&quot;color:%s&quot;&gt;╍╍ power (right axis)&lt;/span&gt;  &lt;span style=&quot;color:%s&quot;&gt;▬ power held at the cap&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>Race replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race time read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing order over %s: as the cars cross the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s does not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing order over %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceTrack</name>
    <message>
        <source>Race replay: the cars on a 400 m track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s, %s, gear %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin two to four builds in the comparison, then press Race Them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power to weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–60 mph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 km/h (0–62 mph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¼ mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the weight is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned at {pinned}; the parts below are the model&apos;s estimate ({estimate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightBars</name>
    <message>
        <source>Kerb weight by part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Kerb weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-to-weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-60 mph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-100 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kei-legal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>[Wheelspin] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Engine power] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Gear changes] hold it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The rev limiter] holds it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Air drag] holds it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[wheelspin]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[engine power]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[gear changes]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the rev limiter]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[air drag]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelspin (tyre grip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev limiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and it never reaches {speed}</source>
        <extracomment>Ends the &quot;what limits it&quot; sentence of a car that never reaches {speed}.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Gear changes] hold it back all the way{never}.</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with {time} lost to {count} [gear change]</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with {time} lost to {count} [gear changes]</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; near its {speed} top speed, [air drag] holds it back</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at its {speed} top speed it runs out of revs and sits on [the rev limiter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opening} all the way</source>
        <extracomment>Keep [brackets] around the words naming the limit. {opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opening} up to {speed}</source>
        <extracomment>{opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opening} until {time}</source>
        <extracomment>{opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then {limit} for the rest of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then {limit} up to {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earlier}, {later}</source>
        <extracomment>Joins the clauses of the &quot;what limits it&quot; sentence, in time order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clauses}{shifts}{top_speed}{never}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body shell mass per square metre of the car&apos;s outer surface (kg/m²)</source>
        <extracomment>The whole &quot;what limits it&quot; sentence: {clauses} in time order (&quot;Wheelspin limits it until 2.1 s, then engine power up to 98 km/h&quot;), then the optional parts {shifts} (&quot;, with 0.7 s lost to two gear changes&quot;), {top_speed} (&quot;; near its 142 km/h top speed, air drag holds it back&quot;) and {never} (&quot;, and it never reaches 100 km/h&quot;), each empty when it does not apply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra mass per square metre that a modern car carries over a 1955 one: crash structure, airbags, air conditioning, sound deadening (kg/m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder frame mass per square metre of footprint of a four-wheel-drive SUV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine output law: the basic power per litre per 1000 rpm (as a logarithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra output of a turbo or supercharger (as a logarithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra output of a two-stroke engine (as a logarithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how much more a modern engine makes than a 1955 one (as a logarithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many years engines took to get most of the way to modern output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the engine&apos;s power that reaches the wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tyre grip coefficient μ: grip force ÷ load on the tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale on the drag coefficient of each body style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag coefficient of a 1950s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time a manual gear change takes (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerb weight = {kg} kg, pinned by you (the model&apos;s own estimate by part is not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kg} kg {part}</source>
        <extracomment>one term of the kerb weight sum, e.g. &quot;70 kg engine&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerb weight = {terms} = {kg} kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {kg} kg ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerb weight = {kg} kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model adds up the weight of each part of the car from its size and equipment. A heavier car needs more force for the same acceleration (force = mass × acceleration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power = {ps} PS ({kw} kW) at {rpm} rpm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak torque = {nm} N·m at {rpm} rpm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power = torque × engine speed: P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could make {uncapped} PS, but the power cap (or a pinned figure) holds it to {capped} PS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power figure is pinned by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torque figure is pinned by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-to-weight = {ps} PS ÷ {tonnes} t = {ratio} PS per tonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CVT varies its ratio smoothly from {low} to {high}, so the engine can stay near its best speed and there are no gear changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gear ratios: {ratios}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gear ratios are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final drive: {final}. The force at the driving wheels = engine torque × gear ratio × final drive ÷ tyre radius (less driveline losses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <extracomment>Which wheels drive, in the tyre grip sentence (&quot;... on the {wheels} wheels&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag force at 100 km/h = ½·ρ·Cd·A·v² = ½ × {rho} kg/m³ × {cda} m² (Cd·A) × ({v} m/s)² = {drag} N. It grows with the square of speed: little when pulling away, and it decides the top speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling resistance = Crr × m × g = {crr} × {m} kg × {g} m/s² = {roll} N (the kerb weight plus {driver} kg for the driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre grip limit = μ × load on the driven wheels = {mu} × {m} kg × {g} m/s² × {share} on the {wheels} wheels ≈ {grip} N standing still. As the car speeds up, load moves to the rear wheels, which helps rear-wheel drive and hurts front-wheel drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force at the wheels in the lowest gear = torque × gear ratio × final drive × efficiency ÷ tyre radius = {nm} N·m × {ratio} × {final} × {eta} ÷ {r} m ≈ {force} N at peak torque. When this is more than the grip limit, the wheels spin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the {speed} km/h top speed, drag and rolling take (½·ρ·Cd·A·v² + Crr·m·g) × v = {need} kW; the engine&apos;s {kw} kW less driveline losses can give no more (or the engine reaches its redline in top gear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag force = ½·ρ·Cd·A·v²: it grows with the square of speed, so it matters little when pulling away and decides the top speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre grip limit = μ × load on the driven wheels: the tyres can push the car only so hard before they spin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each instant the car accelerates with (driving force − drag − rolling resistance) ÷ mass, where the driving force is the smaller of what the engine delivers through the gears and what the tyres can grip. The plot&apos;s shading shows which one it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <extracomment>The title of the run section (the page hides it while Guess First hides the times).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-100 km/h: {t100}; 0-60 mph: {t60mph}; 400 m: {t400}; quarter mile: {tqm}; top speed: {top} km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers were fitted so that the model matches the published figures of real kei cars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is simple on purpose. It leaves out: the driver (launch technique, reaction time), road slope and wind, weather and temperature, tyre wear and tyre type, clutch slip beyond a fixed gear-change time, turbo lag, engine wear and fuel quality, load shifting between the wheels as the car accelerates beyond a simple estimate, and the extra weight of passengers and luggage. Its figures are estimates for comparing builds, not measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{source}: this is not a regular file, so not a build file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: this is a folder, not a build file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: permission to read the file was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file could not be read ({reason}).</source>
        <extracomment>{reason} is the operating system&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is larger than {megabytes} MB; a build file is a few hundred bytes, so this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is encoded as UTF-16; build files must be UTF-8 (re-save it as UTF-8 in your editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is not UTF-8 text (undecodable byte at position {position}); it may be a binary or damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the data is larger than 1 MB and is not a build file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the JSON is nested far too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <extracomment>{name} is NaN, Infinity or -Infinity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file contains NUL bytes; it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the JSON is broken at line {line}, column {column}: {problem}.</source>
        <extracomment>{problem} is Python&apos;s JSON parser&apos;s own words, e.g. &quot;expecting value&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file holds a number with thousands of digits; no build field can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <extracomment>A problem in a build file: &quot;Beat.kei.json: NaN is not a number JSON allows.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {where} holds a lone surrogate escape (such as \ud800), which is not a character; such text cannot be saved as UTF-8.</source>
        <extracomment>{where} is a field path in quotes, &quot;a key of ...&quot; or &quot;the data&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: a build file holds one JSON object ({{...}}), but this one holds {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: this is not a keiconfig build file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: &quot;format&quot; is {found}, but a build file has &quot;{format}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the required field &quot;version&quot; is missing (this keiconfig reads version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is version {version}, made by a newer keiconfig; this keiconfig reads version {readable}. Update keiconfig to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {warning}</source>
        <extracomment>A warning about a build file: &quot;Beat.kei.json: unknown key ... was ignored.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <extracomment>A problem in a build file: &quot;Beat.kei.json: &quot;engine.cylinders&quot; must be ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the data is too large or deeply nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key of &quot;{path}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; was ignored (a typo, or a field of a newer keiconfig?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;published.{key}&quot; was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {low} to {high}{unit}</source>
        <extracomment>An allowed range, e.g. &quot;from 1500 to 6000 mm&quot;; {unit} is empty or starts with a space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>What a field must be; &quot;true&quot; and &quot;false&quot; are JSON&apos;s words, keep them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} more problem after this one.)</source>
        <extracomment>Follows the first problem of a file that has two.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} more problems after this one.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;{path}&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be one of {expected} (found {found}).</source>
        <extracomment>{expected} lists the allowed values as they are written in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind}, {range} (found {found}).</source>
        <extracomment>{kind} is e.g. &quot;a whole number&quot;, {range} e.g. &quot;from 1500 to 6000 mm&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind} (found {found}).</source>
        <extracomment>{kind} is e.g. &quot;a whole number&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {range} (found {found}).</source>
        <extracomment>{range} is e.g. &quot;from 1500 to 6000 mm&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be at least {limit} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be at most {limit} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be more than {limit} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be less than {limit} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be a finite number (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must not be empty (at least {count} character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is too long: at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{path}&quot;: {problem} (found {found}).</source>
        <extracomment>{problem} is the validation library&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission to write in {folder} was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be saved: {reason}. The previous version of the file is unchanged.</source>
        <extracomment>{reason} is e.g. &quot;the disk is full&quot;, or the operating system&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open class folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a build to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kei builds (*.kei.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save build as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kei builds (*.kei.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regulations</name>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <extracomment>The 64 PS makers&apos; agreement, as a rule a change may break.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cc} cc, 2-stroke {cc_2stroke} cc</source>
        <extracomment>A kei era&apos;s limit for a four-stroke engine and for a two-stroke one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{era} rules ({length} × {width} mm, {displacement})</source>
        <extracomment>A kei era, e.g. &quot;1998 rules (3400 × 1480 mm, 660 cc)&quot;; {displacement} is the engine limit, e.g. &quot;660 cc&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Could not add the build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <source>All-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turbo instead of naturally aspirated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turbo instead of supercharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supercharger instead of naturally aspirated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supercharger instead of turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naturally aspirated instead of turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naturally aspirated instead of supercharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} gears instead of {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual gearbox instead of CVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual gearbox instead of automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 valves per cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the {power} PS cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cc} cc engine (+{more} cc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cc} cc engine (−{less} cc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} seats instead of {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadster body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 mm lower ({height} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 kg lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer does {measure}</source>
        <extracomment>{measure} is &quot;0-100 km/h&quot; or &quot;400 m&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: {time}, {weight}</source>
        <extracomment>A suggested change and its effect: &quot;All-wheel drive: −0.8 s, +52 kg&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: {time}</source>
        <extracomment>A suggested change and its effect: &quot;Turbo instead of naturally aspirated: −1.2 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weight</name>
    <message>
        <source>hatchback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tall wagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sedan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removable hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cylinders} cyl, {cc} cc, {cycle}-stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbocharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbo, pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supercharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blower, belt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core, ducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gears}-speed manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gears}-speed automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gearbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drive shafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prop shaft, rear axle and differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer case, prop shaft, second differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driven axles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-engine layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear subframe, long coolant and fuel lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheels, brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} seats, trim, dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roof mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fluids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tank} L tank 90 % full, oil, coolant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{style}, {area} m² envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crash structure, airbags, air conditioning, electrics (rises with the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate chassis frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
