<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Make it &amp;quicker</source>
        <translation>もっと速く(&amp;Q)</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>プロジェクターモード(&amp;P)</translation>
    </message>
    <message>
        <source>Large text, thick lines and a high-contrast light palette for a projector; hides the advanced controls (intercooler, cycle, valves, redline, pinned figures) until you turn it off</source>
        <translation>プロジェクター向けに大きな文字・太い線・明るい高コントラスト配色にします。オフにするまで上級者向けの設定(インタークーラー、サイクル、バルブ数、レッドゾーン、固定した数値)を隠します</translation>
    </message>
    <message>
        <source>&amp;Guess First</source>
        <translation>先に予想(&amp;G)</translation>
    </message>
    <message>
        <source>Hide the times until the class has guessed the 0–100 km/h time</source>
        <translation>クラスが0-100km/h加速タイムを予想するまでタイムを隠します</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>すべてリセット(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the default car (one step you can undo)</source>
        <translation>初期状態の車に戻します(1回の操作で元に戻せます)</translation>
    </message>
    <message>
        <source>How the &amp;Model Works</source>
        <translation>モデルのしくみ(&amp;M)</translation>
    </message>
    <message>
        <source>The model&apos;s equations with this car&apos;s numbers</source>
        <translation>この車の数値を入れたモデルの計算式</translation>
    </message>
    <message>
        <source>&amp;Classroom Panel</source>
        <translation>教室パネル(&amp;C)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Race Replay</source>
        <translation>レース再生</translation>
    </message>
    <message>
        <source>Open &amp;Class Folder…</source>
        <translation>クラスフォルダーを開く(&amp;C)…</translation>
    </message>
    <message>
        <source>Rank a folder of builds, as keiconfig rank does</source>
        <translation>フォルダー内のビルドを順位付けします(keiconfig rank と同じ)</translation>
    </message>
    <message>
        <source>Speed Plot as &amp;PNG…</source>
        <translation>速度グラフをPNGで(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the speed-time plot as an image</source>
        <translation>速度-時間グラフを画像として保存します</translation>
    </message>
    <message>
        <source>Speed Plot as &amp;SVG…</source>
        <translation>速度グラフをSVGで(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the speed-time plot as a scalable drawing</source>
        <translation>速度-時間グラフを拡大縮小できる図として保存します</translation>
    </message>
    <message>
        <source>Run as &amp;CSV…</source>
        <translation>加速データをCSVで(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the acceleration run, sample by sample, for a spreadsheet</source>
        <translation>加速テストの全データを表計算ソフト用に保存します</translation>
    </message>
    <message>
        <source>&amp;Build Sheet as PDF…</source>
        <translation>ビルドシートをPDFで(&amp;B)…</translation>
    </message>
    <message>
        <source>A one-page sheet: outline, figures, rules and the run</source>
        <translation>1ページのシート:外形図、諸元、規格、加速テスト</translation>
    </message>
    <message>
        <source>&amp;Pin Current Build</source>
        <translation>現在のビルドをピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Add a snapshot of this build to the comparison</source>
        <translation>このビルドの現在の状態を比較に加えます</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a saved build to the comparison</source>
        <translation>保存したビルドを比較に加えます</translation>
    </message>
    <message>
        <source>&amp;Race Pinned Builds</source>
        <translation>ピン留めしたビルドでレース(&amp;R)</translation>
    </message>
    <message>
        <source>Replay a 400 m race of the pinned builds</source>
        <translation>ピン留めしたビルドのゼロヨン(0-400 m)レースを再生します</translation>
    </message>
    <message>
        <source>C&amp;lear Comparison</source>
        <translation>比較をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Unpin every build</source>
        <translation>すべてのビルドのピン留めを外します</translation>
    </message>
    <message>
        <source>Show Pre&amp;vious Run</source>
        <translation>前回の走りを表示(&amp;V)</translation>
    </message>
    <message>
        <source>A dashed line of the run before your last change</source>
        <translation>最後の変更の前の走りを破線で表示します</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <source>Race &amp;Replay</source>
        <translation>レース再生(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Add Pr&amp;eset</source>
        <translation>プリセットを追加(&amp;E)</translation>
    </message>
    <message>
        <source>Export speed plot as PNG</source>
        <translation>速度グラフをPNGでエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Export speed plot as SVG</source>
        <translation>速度グラフをSVGでエクスポート</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation>加速データをCSVでエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export build sheet as PDF</source>
        <translation>ビルドシートをPDFでエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>%s をエクスポートしました</translation>
    </message>
    <message>
        <source>guess first</source>
        <translation>先に予想</translation>
    </message>
    <message>
        <source>%s hidden until you guess</source>
        <translation>予想するまで%sは非表示</translation>
    </message>
    <message>
        <source>Hidden until you guess</source>
        <translation>予想するまで非表示</translation>
    </message>
    <message>
        <source>What limits it: shown once you have guessed.</source>
        <translation>加速を制限するもの:予想したあとに表示します。</translation>
    </message>
    <message>
        <source>The speed plot is hidden until you guess the 0–100 km/h time.</source>
        <translation>0-100km/h加速タイムを予想するまで速度グラフは表示されません。</translation>
    </message>
    <message>
        <source>Hidden until you guess the 0–100 km/h time</source>
        <translation>0-100km/h加速タイムを予想するまで非表示</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new build from the default car</source>
        <translation>初期状態の車から新しいビルドを始めます</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a build file</source>
        <translation>ビルドファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Preset…</source>
        <translation>プリセットを開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from a famous kei car</source>
        <translation>有名な軽自動車から始めます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the build</source>
        <translation>ビルドを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the build under a new name</source>
        <translation>ビルドを新しい名前で保存します</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>保存した状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Go back to the saved file</source>
        <translation>保存したファイルの状態に戻します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit keiconfig</source>
        <translation>keiconfig を終了します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>L&amp;arger Text</source>
        <translation>文字を大きく(&amp;A)</translation>
    </message>
    <message>
        <source>Larger text, e.g. for a projector</source>
        <translation>文字を大きくします(プロジェクター用など)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さくします</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>Text at the system size</source>
        <translation>システムの文字サイズに戻します</translation>
    </message>
    <message>
        <source>Reset La&amp;yout</source>
        <translation>レイアウトを元に戻す(&amp;Y)</translation>
    </message>
    <message>
        <source>The window&apos;s size and panel widths as at first start, fitted to this screen</source>
        <translation>ウィンドウの大きさとパネルの幅を、この画面に合わせて最初の状態に戻します</translation>
    </message>
    <message>
        <source>Show Con&amp;trols</source>
        <translation>設定欄を表示(&amp;T)</translation>
    </message>
    <message>
        <source>Close the panels the controls made room for</source>
        <translation>設定欄を隠しているパネルを閉じる</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>これは何?(&amp;T)</translation>
    </message>
    <message>
        <source>Click any part of the window to read what it is for (Enter: the part with the focus)</source>
        <translation>ウィンドウのどこかをクリックすると、その部分の説明を表示します(Enterキー:フォーカスのある部分)</translation>
    </message>
    <message>
        <source>&amp;About keiconfig</source>
        <translation>keiconfig について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>教室(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>探索(&amp;E)</translation>
    </message>
    <message>
        <source>Build name</source>
        <translation>ビルド名</translation>
    </message>
    <message>
        <source>The build&apos;s name, shown in the title bar.</source>
        <translation>ビルドの名前。タイトルバーに表示されます。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年式</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年式</translation>
    </message>
    <message>
        <source>Model year: the era the car is built in. The engine&apos;s power per litre, the weight of the safety equipment, the body&apos;s drag and a turbo&apos;s boost band follow it (a 1960 build weighs some 200 kg less). Not set: today&apos;s.</source>
        <translation>年式:車が造られた時代。エンジンのリッターあたり出力、安全装備の重量、ボディの空気抵抗、ターボの過給域がこれに従います(1960年のビルドはおよそ200 kg軽くなります)。未設定:現在。</translation>
    </message>
    <message>
        <source>Hatchback</source>
        <translation>ハッチバック</translation>
    </message>
    <message>
        <source>Tall wagon</source>
        <translation>トールワゴン</translation>
    </message>
    <message>
        <source>Saloon (sedan)</source>
        <translation>セダン</translation>
    </message>
    <message>
        <source>Coupé</source>
        <translation>クーペ</translation>
    </message>
    <message>
        <source>Roadster</source>
        <translation>ロードスター</translation>
    </message>
    <message>
        <source>Off-roader (SUV)</source>
        <translation>クロカン(SUV)</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>バン</translation>
    </message>
    <message>
        <source>Kei truck</source>
        <translation>軽トラック</translation>
    </message>
    <message>
        <source>Open challenge</source>
        <translation>課題を開く</translation>
    </message>
    <message>
        <source>Class challenges (*.challenge.json *.json)</source>
        <translation>クラスの課題 (*.challenge.json *.json)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>規格の年代</translation>
    </message>
    <message>
        <source>The kei rules every build found must keep</source>
        <translation>見つかるビルドがすべて満たす軽自動車規格</translation>
    </message>
    <message>
        <source>Makers&apos; &amp;64 PS agreement</source>
        <translation>メーカーの64 PS自主規制(&amp;6)</translation>
    </message>
    <message>
        <source>Keep the makers&apos; 64 PS agreement too (not law): untick to allow more power</source>
        <translation>メーカーの64 PS自主規制も守ります(法規ではありません)。外すと、より高い出力も探します</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>At least this many seats</source>
        <translation>乗車定員の下限</translation>
    </message>
    <message>
        <source>Every build found has at least this many seats</source>
        <translation>見つかるビルドはすべて、少なくともこの乗車定員です</translation>
    </message>
    <message>
        <source>At &amp;least seats:</source>
        <translation>乗車定員の下限(&amp;L):</translation>
    </message>
    <message>
        <source>Body style</source>
        <translation>ボディタイプ</translation>
    </message>
    <message>
        <source>Every build found has this body style</source>
        <translation>見つかるビルドはすべて、このボディタイプです</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Kerb weight ceiling</source>
        <translation>車両重量の上限</translation>
    </message>
    <message>
        <source>Every build found weighs at most this (kerb weight)</source>
        <translation>見つかるビルドはすべて、車両重量がこれ以下です</translation>
    </message>
    <message>
        <source>Wei&amp;ght at most:</source>
        <translation>車両重量の上限(&amp;G):</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>weighted mix…</source>
        <translation>重み付きの組み合わせ…</translation>
    </message>
    <message>
        <source>What the search makes best: a time as short, or top speed, power to weight or range as high as it can; or a weighted mix of figures</source>
        <translation>探索で最良にするもの:タイムはできるだけ短く、最高速度・パワーウェイトレシオ・航続距離はできるだけ高く。または数値の重み付きの組み合わせ</translation>
    </message>
    <message>
        <source>Weights of the mix</source>
        <translation>組み合わせの重み</translation>
    </message>
    <message>
        <source>Figures and weights, e.g. zero_to_100kmh_s=1, top_speed_kmh=0.5</source>
        <translation>項目と重み(例:zero_to_100kmh_s=1, top_speed_kmh=0.5)</translation>
    </message>
    <message>
        <source>Vary (the rest stays as in your build)</source>
        <translation>変える項目(それ以外はあなたのビルドのまま)</translation>
    </message>
    <message>
        <source>Fields to vary</source>
        <translation>変える項目</translation>
    </message>
    <message>
        <source>Tick the fields the search may change and type each one&apos;s range in From and To; every other field stays as in your build</source>
        <translation>探索で変えてよい項目にチェックを入れ、その範囲を「最小」「最大」に入力します。ほかの項目はあなたのビルドのままです</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>To</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Stops the search or sweep that is running</source>
        <translation>実行中の探索またはスイープを止めます</translation>
    </message>
    <message>
        <source>How far the search or sweep has got: the builds judged so far, of all it judges</source>
        <translation>探索またはスイープの進み具合:判定する全ビルドのうち、これまでに判定したビルドの数</translation>
    </message>
    <message>
        <source>every option</source>
        <translation>すべての選択肢</translation>
    </message>
    <message>
        <source>from</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>to</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Builds to judge</source>
        <translation>評価するビルドの数</translation>
    </message>
    <message>
        <source>How many builds the search judges: more may find a better one, and take longer</source>
        <translation>探索で評価するビルドの数:多いほど良いビルドが見つかることがありますが、時間がかかります</translation>
    </message>
    <message>
        <source>The same seed gives the same answer</source>
        <translation>同じシードなら同じ答えになります</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>探索(&amp;S)</translation>
    </message>
    <message>
        <source>Tries about as many builds as Builds to judge says, changing every checked field, and keeps the best legal ones (differential evolution: each round mixes the best builds so far into new ones)</source>
        <translation>チェックしたすべての項目を変えながら、「評価するビルドの数」ほどのビルドを試し、規格に適合する最良のものを残します(差分進化法:回ごとに、それまでの良いビルドを混ぜ合わせて新しいビルドを作ります)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>探索の進み具合</translation>
    </message>
    <message>
        <source>%v of %m builds</source>
        <translation>%v / %m ビルド</translation>
    </message>
    <message>
        <source>Choose what may vary, then Search.</source>
        <translation>変えてよい項目を選んで「探索」を押してください。</translation>
    </message>
    <message>
        <source>Your build against the best found</source>
        <translation>あなたのビルドと、見つかった最良のビルド</translation>
    </message>
    <message>
        <source>Best legal builds</source>
        <translation>規格に適合する最良のビルド</translation>
    </message>
    <message>
        <source>Double-click a build (or press Enter) to open it</source>
        <translation>ビルドをダブルクリック(またはEnter)で開きます</translation>
    </message>
    <message>
        <source>&amp;Open This Build</source>
        <translation>このビルドを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Make the selected build the open build (one undo step)</source>
        <translation>選んだビルドを開いているビルドにします(1回の操作で元に戻せます)</translation>
    </message>
    <message>
        <source>Best b&amp;uilds</source>
        <translation>最良のビルド(&amp;U)</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>横軸</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>縦軸</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>横軸:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>縦軸:</translation>
    </message>
    <message>
        <source>P&amp;areto</source>
        <translation>パレート(&amp;A)</translation>
    </message>
    <message>
        <source>Every build judged, one figure across and one up. The line joins the legal builds that no other legal build beats in both (the Pareto front): the best trade-offs between the two</source>
        <translation>評価したすべてのビルドを、横軸と縦軸の2つの数値で示します。線は、両方の数値で自分に勝るビルドがほかにない、規格に適合するビルドを結んだもの(パレートフロント):2つの数値の最良の兼ね合いです</translation>
    </message>
    <message>
        <source>Sweep Each Chec&amp;ked Field Alone</source>
        <translation>チェックした項目を1つずつスイープ(&amp;K)</translation>
    </message>
    <message>
        <source>How far each checked field alone moves the objective, the rest as in your build</source>
        <translation>チェックした各項目を1つだけ変えたとき、目標の値がどれだけ動くか(それ以外はあなたのビルドのまま)</translation>
    </message>
    <message>
        <source>Dra&amp;w Map</source>
        <translation>マップを描く(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>マップ(&amp;M)</translation>
    </message>
    <message>
        <source>Sens&amp;itivity</source>
        <translation>感度(&amp;I)</translation>
    </message>
    <message>
        <source>Tries every combination of the one or two checked fields in even steps (a grid), the rest as in your build</source>
        <translation>チェックした1〜2項目のすべての組み合わせを等間隔で試します(格子状)。それ以外はあなたのビルドのままです</translation>
    </message>
    <message>
        <source>Changes of the selected build</source>
        <translation>選んだビルドの変更点</translation>
    </message>
    <message>
        <source>Map across</source>
        <translation>マップの横軸</translation>
    </message>
    <message>
        <source>Map up</source>
        <translation>マップの縦軸</translation>
    </message>
    <message>
        <source>Two fields over their ranges, each cell shaded by the objective; a blank cell breaks a rule</source>
        <translation>2つの項目をそれぞれの範囲で変え、各マスを目標の値で色分けします。空白のマスは規格違反です</translation>
    </message>
    <message>
        <source>An electric car has no engine or gearbox to vary</source>
        <translation>電気自動車には変えるエンジンもギアボックスもありません</translation>
    </message>
    <message>
        <source>A car with an engine has no motor or battery to vary</source>
        <translation>エンジン車には変えるモーターもバッテリーもありません</translation>
    </message>
    <message>
        <source>Cannot search: {why}</source>
        <translation>探索できません:{why}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>探索中…</translation>
    </message>
    <message>
        <source>A sweep takes one or two checked fields; Search takes any number.</source>
        <translation>スイープはチェックした1〜2項目で行います。探索は何項目でもできます。</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>スイープ中…</translation>
    </message>
    <message>
        <source>Sweeping each field alone…</source>
        <translation>項目を1つずつスイープ中…</translation>
    </message>
    <message>
        <source>Choose two different fields for the map.</source>
        <translation>マップには異なる2つの項目を選んでください。</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>マップを描画中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln build(s) judged; best legal so far: {value}</source>
        <translation>
            <numerusform>%Ln件のビルドを評価、これまでの規格適合の最良:{value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln build(s); the map is not drawn.</source>
        <translation>
            <numerusform>%Ln件のビルドを評価したところでキャンセルしました。マップは描いていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln build(s).</source>
        <translation>
            <numerusform>%Ln件のビルドを評価したところでキャンセルしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln build(s) judged.</source>
        <translation>
            <numerusform>%Ln件のビルドを評価しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal build(s) are in the table.</source>
        <translation>
            <numerusform>規格に適合するビルド%n件を表に示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map drawn: %Ln build(s).</source>
        <translation>
            <numerusform>マップを描きました:%Ln件のビルド。</numerusform>
        </translation>
    </message>
    <message>
        <source>the model&apos;s gear ratios</source>
        <translation>ギア比はモデルのもの</translation>
    </message>
    <message>
        <source>The search stopped: {why}</source>
        <translation>探索が止まりました:{why}</translation>
    </message>
    <message>
        <source>E&amp;ra:</source>
        <translation>規格の年代(&amp;R):</translation>
    </message>
    <message>
        <source>Bod&amp;y style:</source>
        <translation>ボディタイプ(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Best:</source>
        <translation>最良にする項目(&amp;B):</translation>
    </message>
    <message>
        <source>Mi&amp;x:</source>
        <translation>組み合わせ(&amp;X):</translation>
    </message>
    <message>
        <source>Builds to &amp;judge:</source>
        <translation>評価するビルドの数(&amp;J):</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>シード(&amp;D):</translation>
    </message>
    <message>
        <source>Swee&amp;p</source>
        <translation>スイープ(&amp;P)</translation>
    </message>
    <message>
        <source>No legal build was found: widen the ranges or the rules.</source>
        <translation>規格に適合するビルドは見つかりませんでした。範囲か規格の条件を広げてください。</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Changes from your build</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Each checked field swept alone over its range.</source>
        <translation>チェックした各項目を、1つずつ範囲全体でスイープしました。</translation>
    </message>
    <message>
        <source>Your build: {value}</source>
        <translation>あなたのビルド:{value}</translation>
    </message>
    <message>
        <source>(breaks: {rules})</source>
        <translation>(違反:{rules})</translation>
    </message>
    <message>
        <source>; best found: {value}</source>
        <translation>、見つかった最良:{value}</translation>
    </message>
    <message>
        <source>Cannot open that build on yours as it is now: {why}</source>
        <translation>今のあなたのビルドにはそのビルドを開けません:{why}</translation>
    </message>
    <message>
        <source>Open explored build</source>
        <translation>探索したビルドを開く</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>&amp;Explore…</source>
        <translation>探索(&amp;E)…</translation>
    </message>
    <message>
        <source>Search for the best legal builds an era allows</source>
        <translation>その規格で許される最良のビルドを探します</translation>
    </message>
    <message>
        <source>Open C&amp;hallenge…</source>
        <translation>課題を開く(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a class challenge file</source>
        <translation>クラスの課題ファイルを開きます</translation>
    </message>
    <message>
        <source>Hidden until you guess the 0–100 km/h time: the explorer shows your build&apos;s times.</source>
        <translation>0-100km/h加速タイムを予想するまで非表示です。探索にはあなたのビルドのタイムが表示されます。</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Could not open the challenge</source>
        <translation>課題を開けませんでした</translation>
    </message>
    <message>
        <source>Change body style</source>
        <translation>ボディタイプの変更</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>ボディタイプ(&amp;Y)</translation>
    </message>
    <message>
        <source>Body style. Sets the default wheelbase and seats, the body&apos;s weight and its air drag (tall and boxy bodies are slower at speed).</source>
        <translation>ボディタイプ。標準のホイールベースと乗車定員、ボディの重さと空気抵抗が決まります(背が高く箱型のボディは高速で遅くなります)。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>全長</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>全長(&amp;L)</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>全長の変更</translation>
    </message>
    <message>
        <source>Overall length. A longer body weighs more (slower to 100 km/h). Kei limit today: 3,400 mm.</source>
        <translation>全長。長いボディほど重くなります(0-100km/h加速が遅くなる)。現行の軽自動車規格の上限:3,400 mm。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>全幅</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>全幅(&amp;W)</translation>
    </message>
    <message>
        <source>Change width</source>
        <translation>全幅の変更</translation>
    </message>
    <message>
        <source>Overall width. Wider adds weight and frontal area (drag). Kei limit today: 1,480 mm.</source>
        <translation>全幅。広いほど重くなり、前面投影面積(空気抵抗)も増えます。現行の軽自動車規格の上限:1,480 mm。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>全高</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名前(&amp;M)</translation>
    </message>
    <message>
        <source>Hidden characters in the name</source>
        <translation>名前の中の見えない文字</translation>
    </message>
    <message>
        <source>Ye&amp;ar</source>
        <translation>年式(&amp;A)</translation>
    </message>
    <message>
        <source>Hei&amp;ght</source>
        <translation>全高(&amp;G)</translation>
    </message>
    <message>
        <source>Change height</source>
        <translation>全高の変更</translation>
    </message>
    <message>
        <source>Overall height. Taller adds weight and frontal area, so more drag and a lower top speed. Kei limit: 2,000 mm.</source>
        <translation>全高。高いほど重くなり前面投影面積も増えるので、空気抵抗が大きく最高速度は下がります。軽自動車規格の上限:2,000 mm。</translation>
    </message>
    <message>
        <source>Wheelbase</source>
        <translation>ホイールベース</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Change wheelbase</source>
        <translation>ホイールベースの変更</translation>
    </message>
    <message>
        <source>Wheel&amp;base</source>
        <translation>ホイールベース(&amp;B)</translation>
    </message>
    <message>
        <source>Distance between the axles. Auto derives it from length and style. Longer spreads the load, so a little more grip off the line; it must stay shorter than the car.</source>
        <translation>前後の車軸の間隔。「自動」では全長とボディタイプから決めます。長いほど荷重が分散し、発進時のグリップが少し増えます。全長より短くなければなりません。</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>乗車定員</translation>
    </message>
    <message>
        <source>Change seats</source>
        <translation>乗車定員の変更</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>乗車定員(&amp;S)</translation>
    </message>
    <message>
        <source>Number of seats (Auto: by style). Each seat adds a little weight.</source>
        <translation>座席の数(自動:ボディタイプから)。座席ごとに少し重くなります。</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定ルーフ</translation>
    </message>
    <message>
        <source>Soft top</source>
        <translation>ソフトトップ(幌)</translation>
    </message>
    <message>
        <source>Targa</source>
        <translation>タルガトップ</translation>
    </message>
    <message>
        <source>Removable hard top</source>
        <translation>脱着式ハードトップ</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>ガラスルーフ</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>ルーフ</translation>
    </message>
    <message>
        <source>Change roof</source>
        <translation>ルーフの変更</translation>
    </message>
    <message>
        <source>R&amp;oof</source>
        <translation>ルーフ(&amp;O)</translation>
    </message>
    <message>
        <source>Roof type. Open roofs need a stiffer floor (more weight); a glass roof is heavier.</source>
        <translation>ルーフの種類。オープンにはフロアの補強が必要です(重くなる)。ガラスルーフはさらに重くなります。</translation>
    </message>
    <message>
        <source>Sliding</source>
        <translation>スライド式</translation>
    </message>
    <message>
        <source>Sliding rear doors</source>
        <translation>後席スライドドア</translation>
    </message>
    <message>
        <source>Change rear doors</source>
        <translation>後席ドアの変更</translation>
    </message>
    <message>
        <source>Rear &amp;doors</source>
        <translation>後席ドア(&amp;D)</translation>
    </message>
    <message>
        <source>Sliding rear doors (a tall wagon&apos;s or a van&apos;s) instead of hinged ones: rails, rollers and a reinforced opening, about 30 kg more.</source>
        <translation>ヒンジドアではなくスライドドア(トールワゴンやバンのもの)。レール、ローラー、開口部の補強で約30 kg重くなります。</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>車体構造</translation>
    </message>
    <message>
        <source>Change construction</source>
        <translation>車体構造の変更</translation>
    </message>
    <message>
        <source>Constr&amp;uction</source>
        <translation>車体構造(&amp;U)</translation>
    </message>
    <message>
        <source>How the body carries its loads. Monocoque: a steel shell. Ladder frame: a separate chassis under the body (an off-roader, a cab-over kei truck), about 25 kg per m² of footprint more. Space frame: a tubular frame with light panels and no doors or roof (a Caterham Seven), much lighter. Auto: a ladder frame for a four-wheel-drive off-roader and a cab-over truck, else a monocoque.</source>
        <translation>車体が荷重を受け持つ方式。モノコック:鋼板のボディそのもの。ラダーフレーム:ボディの下の独立したシャシー(クロカン、キャブオーバーの軽トラック)で、設置面積1 m²あたり約25 kg重くなります。スペースフレーム:パイプのフレームに軽いパネルを張り、ドアも屋根もないもの(ケータハム・セブン)で、ずっと軽くなります。自動:4WDのクロカンとキャブオーバーの軽トラックはラダーフレーム、それ以外はモノコック。</translation>
    </message>
    <message>
        <source>Driven wheels</source>
        <translation>駆動方式</translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation>前輪駆動</translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation>後輪駆動</translation>
    </message>
    <message>
        <source>Four-wheel drive</source>
        <translation>四輪駆動(4WD)</translation>
    </message>
    <message>
        <source>Change driven wheels</source>
        <translation>駆動方式の変更</translation>
    </message>
    <message>
        <source>&amp;Driven wheels</source>
        <translation>駆動方式(&amp;D)</translation>
    </message>
    <message>
        <source>Which wheels push. Four-wheel drive grips best off the line but adds weight and losses; rear drive gains grip as weight shifts back.</source>
        <translation>どの車輪で駆動するか。4WDは発進時のグリップが最も高い一方、重量と駆動損失が増えます。後輪駆動は加速で荷重が後ろに移るぶんグリップが増えます。</translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation>トランスミッション</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>MT</translation>
    </message>
    <message>
        <source>Twin-clutch</source>
        <translation>DCT</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>CVT</source>
        <translation>CVT</translation>
    </message>
    <message>
        <source>Gearbo&amp;x</source>
        <translation>トランスミッション(&amp;X)</translation>
    </message>
    <message>
        <source>Gears</source>
        <translation>段数</translation>
    </message>
    <message>
        <source>&amp;Gears</source>
        <translation>段数(&amp;G)</translation>
    </message>
    <message>
        <source>Speed limiter</source>
        <translation>スピードリミッター</translation>
    </message>
    <message>
        <source>&amp;Speed limiter</source>
        <translation>スピードリミッター(&amp;S)</translation>
    </message>
    <message>
        <source>Cylinders</source>
        <translation>気筒数</translation>
    </message>
    <message>
        <source>Change cylinders</source>
        <translation>気筒数の変更</translation>
    </message>
    <message>
        <source>Cylinder&amp;s</source>
        <translation>気筒数(&amp;S)</translation>
    </message>
    <message>
        <source>Number of cylinders. More, smaller cylinders rev higher (more power) but each one adds weight.</source>
        <translation>気筒数。小さな気筒を多くするほど高回転まで回り(出力が上がる)、1気筒ごとに重くなります。</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>排気量</translation>
    </message>
    <message>
        <source>Change displacement</source>
        <translation>排気量の変更</translation>
    </message>
    <message>
        <source>Displace&amp;ment</source>
        <translation>排気量(&amp;M)</translation>
    </message>
    <message>
        <source>Swept volume. More cc gives more torque and power (quicker times) and a heavier engine. Kei limit today: 660 cc.</source>
        <translation>総排気量。大きいほどトルクと出力が増え(タイムが速くなる)、エンジンは重くなります。現行の軽自動車規格の上限:660 cc。</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>過給</translation>
    </message>
    <message>
        <source>Naturally aspirated</source>
        <translation>自然吸気(NA)</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>ターボ</translation>
    </message>
    <message>
        <source>Supercharger</source>
        <translation>スーパーチャージャー</translation>
    </message>
    <message>
        <source>Change induction</source>
        <translation>過給の変更</translation>
    </message>
    <message>
        <source>Ind&amp;uction</source>
        <translation>過給(&amp;U)</translation>
    </message>
    <message>
        <source>How air gets in. A turbo or supercharger adds a lot of power and torque (quicker) and some weight.</source>
        <translation>空気の吸い込み方。ターボやスーパーチャージャーは出力とトルクを大きく上げ(速くなる)、少し重くなります。</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>装着</translation>
    </message>
    <message>
        <source>Intercooler</source>
        <translation>インタークーラー</translation>
    </message>
    <message>
        <source>Change intercooler</source>
        <translation>インタークーラーの変更</translation>
    </message>
    <message>
        <source>Intercoo&amp;ler</source>
        <translation>インタークーラー(&amp;L)</translation>
    </message>
    <message>
        <source>Engine cycle</source>
        <translation>サイクル</translation>
    </message>
    <message>
        <source>Four-stroke</source>
        <translation>4ストローク</translation>
    </message>
    <message>
        <source>Two-stroke</source>
        <translation>2ストローク</translation>
    </message>
    <message>
        <source>Change cycle</source>
        <translation>サイクルの変更</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>サイクル(&amp;Y)</translation>
    </message>
    <message>
        <source>Coolin&amp;g</source>
        <translation>冷却(&amp;G)</translation>
    </message>
    <message>
        <source>Positio&amp;n</source>
        <translation>搭載位置(&amp;N)</translation>
    </message>
    <message>
        <source>Po&amp;wer cap</source>
        <translation>出力自主規制(&amp;W)</translation>
    </message>
    <message>
        <source>Two-stroke or four-stroke. A two-stroke is light and punchy for its size but revs lower; the 1950s-70s rules allowed them a little more.</source>
        <translation>2ストロークか4ストロークか。2ストロークは軽く排気量のわりに力強いものの、回転は低めです。1950〜70年代の規格では2ストロークの排気量上限が少し大きく認められていました。</translation>
    </message>
    <message>
        <source>Valves per cylinder</source>
        <translation>1気筒あたりのバルブ数</translation>
    </message>
    <message>
        <source>Change valves</source>
        <translation>バルブ数の変更</translation>
    </message>
    <message>
        <source>V&amp;alves per cylinder</source>
        <translation>1気筒あたりのバルブ数(&amp;A)</translation>
    </message>
    <message>
        <source>Engine cooling</source>
        <translation>エンジンの冷却方式</translation>
    </message>
    <message>
        <source>Water-cooled</source>
        <translation>水冷</translation>
    </message>
    <message>
        <source>Air-cooled</source>
        <translation>空冷</translation>
    </message>
    <message>
        <source>Change engine cooling</source>
        <translation>冷却方式の変更</translation>
    </message>
    <message>
        <source>Water (a radiator and coolant) or air (fins and a blower, as on many 1950s-70s kei engines). An air-cooled engine is about 10 kg lighter.</source>
        <translation>水冷(ラジエーターと冷却水)または空冷(フィンとブロワー、1950〜70年代の多くの軽のエンジン)。空冷エンジンは約10 kg軽くなります。</translation>
    </message>
    <message>
        <source>Engine position</source>
        <translation>エンジン搭載位置</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>フロント</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>ミッドシップ</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>リア</translation>
    </message>
    <message>
        <source>Change engine position</source>
        <translation>エンジン搭載位置の変更</translation>
    </message>
    <message>
        <source>Where the engine sits. Over the driven wheels it adds grip at the start (e.g. rear engine, rear drive): a quicker getaway.</source>
        <translation>エンジンの位置。駆動輪の上にあると発進時のグリップが増え(例:RR)、スタートが速くなります。</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>レッドゾーン</translation>
    </message>
    <message>
        <source>Change redline</source>
        <translation>レッドゾーンの変更</translation>
    </message>
    <message>
        <source>Re&amp;dline</source>
        <translation>レッドゾーン(&amp;D)</translation>
    </message>
    <message>
        <source>Highest engine speed (Auto: from cylinder size, valves and induction). Higher revs give more power and longer gears.</source>
        <translation>エンジンの最高回転数(自動:1気筒の大きさ、バルブ数、過給から)。高回転ほど出力が上がり、ギアも高くできます。</translation>
    </message>
    <message>
        <source>Power cap</source>
        <translation>出力自主規制</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Remove power cap</source>
        <translation>出力自主規制を外す</translation>
    </message>
    <message>
        <source>Apply power cap</source>
        <translation>出力自主規制をかける</translation>
    </message>
    <message>
        <source>Change power cap</source>
        <translation>出力自主規制の変更</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Over the kei limit of {limit:.0f} {unit} by {over:.0f} {unit}</source>
        <translation>軽自動車規格の上限 {limit:.0f} {unit} を {over:.0f} {unit} 超えています</translation>
    </message>
    <message>
        <source>Only forced induction has an intercooler.</source>
        <translation>インタークーラーは過給エンジンにだけ付きます。</translation>
    </message>
    <message>
        <source>A two-stroke engine has ports, not valves.</source>
        <translation>2ストロークエンジンにはバルブがなく、ポートで吸排気します。</translation>
    </message>
    <message>
        <source>the automatic copy could not be written ({reason}). Your changes are still open here; save them to keep them.</source>
        <translation>自動コピーを書き込めませんでした({reason})。変更はここで開いたままです。残すには保存してください。</translation>
    </message>
    <message>
        <source>permission to write in {folder} was denied</source>
        <translation>{folder} に書き込む権限がありません</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て容量を使い切りました</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} はフォルダーではありません</translation>
    </message>
    <message>
        <source>the automatic copy of your changes could not be written: {reason}. Your changes are still open here; save them to keep them.</source>
        <translation>変更の自動コピーを書き込めませんでした:{reason}。変更はここで開いたままです。残すには保存してください。</translation>
    </message>
    <message>
        <source>the autosave lock {lock} could not be made</source>
        <translation>自動保存のロック {lock} を作れませんでした</translation>
    </message>
    <message>
        <source>the autosave lock {lock} is held by another process</source>
        <translation>自動保存のロック {lock} を別のプロセスが使っています</translation>
    </message>
    <message>
        <source>An automatic copy of unsaved changes could not be read: {reason} It was moved to {folder}, where it stays.</source>
        <translation>保存されていない変更の自動コピーを読み込めませんでした:{reason} このコピーは {folder} に移し、そこに残してあります。</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>フォルダー {folder} が存在しません</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}.</source>
        <translation>{name} を書き出せませんでした:{why}。</translation>
    </message>
    <message>
        <source>The plot could not be turned into a PNG image.</source>
        <translation>グラフをPNG画像にできませんでした。</translation>
    </message>
    <message>
        <source>Speed against time</source>
        <translation>速度-時間</translation>
    </message>
    <message>
        <source>Kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>最大トルク</translation>
    </message>
    <message>
        <source>Power-to-weight</source>
        <translation>パワーウェイトレシオ</translation>
    </message>
    <message>
        <source>torque in N·m only</source>
        <extracomment>Translate as &quot;torque also in kgf·m&quot; where spec sheets give torque in kgf·m too.</extracomment>
        <translation>torque also in kgf·m</translation>
    </message>
    <message>
        <source>kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>torque</source>
        <translation>最大トルク</translation>
    </message>
    <message>
        <source>1/4 mile</source>
        <translation>1/4マイル</translation>
    </message>
    <message>
        <source>top speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>quarter mile first</source>
        <extracomment>Translate as &quot;400 m first&quot; where magazines quote the 400 m time (Japanese).</extracomment>
        <translation>400 m first</translation>
    </message>
    <message>
        <source>WLTC range</source>
        <translation>一充電走行距離(WLTC)</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>complies</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>breaks the rules</source>
        <translation>規格違反</translation>
    </message>
    <message>
        <source>kei rules of {era}: {verdict}</source>
        <translation>{era}の軽自動車規格:{verdict}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <extracomment>An error of the command line; {prog} is the command (&quot;keiconfig rank&quot;), {message} the sentence.</extracomment>
        <translation>{prog}: エラー: {message}</translation>
    </message>
    <message>
        <source>ok (a class challenge)</source>
        <translation>OK(クラスの課題ファイル)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{file}: the build could not be evaluated ({reason}).</source>
        <extracomment>{reason}: the model&apos;s own words (English).</extracomment>
        <translation>{file}: ビルドを評価できませんでした({reason})。</translation>
    </message>
    <message>
        <source>{speed} km/h (limited; about {free} without the limiter)</source>
        <translation>{speed} km/h(リミッター作動、なしで約{free} km/h)</translation>
    </message>
    <message>
        <source>0–60 mph</source>
        <translation>0-60 mph</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0-100km/h加速</translation>
    </message>
    <message>
        <source>complies, but is above the makers&apos; power agreement (not law)</source>
        <translation>適合(ただし、メーカーの出力自主規制を超えています。法規ではありません)</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>超過</translation>
    </message>
    <message>
        <source> (agreement, not law)</source>
        <translation>(自主規制、法規ではない)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>余裕</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年式</translation>
    </message>
    <message>
        <source>0–100 s</source>
        <translation>0-100km/h (秒)</translation>
    </message>
    <message>
        <source>published 0–100 s</source>
        <translation>公表値 0-100km/h (秒)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>{file} already exists in this folder and was not named, so it is not replaced; name the file to write ({command}) or remove it first</source>
        <translation>{file} はこのフォルダーにすでにあり、名前を指定されていないので置き換えません。書き込むファイルを指定する({command})か、先に削除してください</translation>
    </message>
    <message>
        <source>{folder} is not a folder, so {file} cannot be written there</source>
        <translation>{folder} はフォルダーではないので、{file} をそこに書き込めません</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file} を書き込みました</translation>
    </message>
    <message>
        <source>The window and the commands use these constants from now on.</source>
        <translation>ウィンドウとコマンドは、これからこの定数を使います。</translation>
    </message>
    <message>
        <source>The window and the other commands keep using the shipped constants ({file}); the figures below are this fit&apos;s.</source>
        <translation>ウィンドウとほかのコマンドは、付属の定数({file})を使い続けます。下の数値はこのフィットのものです。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>era</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>status</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>{year}</source>
        <extracomment>An era in a table too narrow for its whole name (1998年(平成10年)): {year} is the year its rules came in (&quot;1998&quot;). Japanese: {year}年.</extracomment>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>読み込めなかったファイル:</translation>
    </message>
    <message>
        <source>{file} is a keiconfig build file, not a CSV file, so the ranking does not replace it; name another file (such as ranking.csv).</source>
        <translation>{file} は keiconfig のビルドファイルで、CSV ファイルではないため、順位表で置き換えません。別のファイル名(ranking.csv など)を指定してください。</translation>
    </message>
    <message>
        <source>{file} is a class challenge, not a CSV file, so the ranking does not replace it; name another file (such as ranking.csv).</source>
        <translation>{file} はクラスの課題ファイルで、CSV ファイルではないため、順位表で置き換えません。別のファイル名(ranking.csv など)を指定してください。</translation>
    </message>
    <message>
        <source>the CSV file {problem}</source>
        <extracomment>{problem}: why the file could not be written, a sentence that names it.</extracomment>
        <translation>CSVファイル: {problem}</translation>
    </message>
    <message>
        <source>{file} was replaced; its previous version is kept as {backup}.</source>
        <translation>{file} を置き換えました。以前の版は {backup} に残してあります。</translation>
    </message>
    <message>
        <source>Judged by the kei rules of {era}.</source>
        <translation>{era}の軽自動車規格で判定しています。</translation>
    </message>
    <message>
        <source>Each build judged by the kei rules of its year (the rules of {era} for a build without a year).</source>
        <translation>各ビルドをその年式の軽自動車規格で判定しています(年式のないビルドは{era}の規格)。</translation>
    </message>
    <message>
        <source>Judged by the current kei rules ({era}); --era picks another era.</source>
        <translation>現行の軽自動車規格({era})で判定しています。--era で別の規格を選べます。</translation>
    </message>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as in a remote shell). The command-line tools work without one: try &apos;keiconfig --help&apos;.</source>
        <translation>ウィンドウを表示するディスプレイがありません(リモートシェルのように、DISPLAY も WAYLAND_DISPLAY も設定されていません)。コマンドラインのツールはディスプレイなしで使えます。「keiconfig --help」を試してください。</translation>
    </message>
    <message>
        <source>the window cannot start because a part of it is missing ({reason}). The command-line tools still work: try &apos;keiconfig --help&apos;.</source>
        <extracomment>{reason}: Python&apos;s words for the part that is missing.</extracomment>
        <translation>ウィンドウの一部が見つからないため、ウィンドウを起動できません({reason})。コマンドラインのツールは使えます。「keiconfig --help」を試してください。</translation>
    </message>
    <message>
        <source>a build file (.kei.json)</source>
        <translation>ビルドファイル(.kei.json)</translation>
    </message>
    <message>
        <source>Build your own Japanese kei car. With no arguments, or a build file, opens the window; the commands below work without it.</source>
        <translation>軽自動車を自分で組み立てます。引数なし、またはビルドファイルを1つ指定すると、ウィンドウを開きます。下のコマンドはウィンドウなしで使えます。</translation>
    </message>
    <message>
        <source>Run &apos;keiconfig COMMAND --help&apos; for the options of a command.</source>
        <translation>コマンドのオプションは「keiconfig COMMAND --help」で表示します。</translation>
    </message>
    <message>
        <source>check build files (and class challenges); print problems and warnings</source>
        <translation>ビルドファイル(とクラスの課題)を検査し、問題と警告を表示</translation>
    </message>
    <message>
        <source>Check build files as the window reads them: &apos;ok&apos; or the problem in one sentence, and a warning for each key the format does not define. A class challenge (resources/challenge-format.md) is checked as one. Exit status 1 if any file is invalid.</source>
        <translation>ビルドファイルをウィンドウと同じように読んで検査します。「OK」か、問題を1文で表示し、形式にないキーにはそれぞれ警告を出します。クラスの課題(resources/challenge-format.md)は課題として検査します。正しくないファイルが1つでもあれば終了コードは1です。</translation>
    </message>
    <message>
        <source>print the JSON Schema of a build file</source>
        <translation>ビルドファイルの JSON Schema を表示</translation>
    </message>
    <message>
        <source>Print the JSON Schema of a build file: every field, its type and the values it allows (the format is described in resources/build-format.md).</source>
        <translation>ビルドファイルの JSON Schema(すべての項目、その型と使える値)を表示します(形式の説明は resources/build-format.md)。</translation>
    </message>
    <message>
        <source>judge by the rules of this era ({eras}); default: current rules</source>
        <translation>この年代の規格で判定({eras})。既定: 現行規格</translation>
    </message>
    <message>
        <source>weight, power, times and kei compliance of builds</source>
        <translation>ビルドの重量・出力・タイムと軽規格への適合</translation>
    </message>
    <message>
        <source>Print the model&apos;s kerb weight, power, torque, times and top speed of each build, and whether it keeps the kei rules of an era, rule by rule. Exit status 1 if a file cannot be read (the others are still evaluated).</source>
        <translation>各ビルドについて、モデルによる車両重量・最高出力・最大トルク・タイム・最高速度と、ある年代の軽規格に項目ごとに適合するかを表示します。読み込めないファイルがあれば終了コードは1です(ほかのファイルは評価します)。</translation>
    </message>
    <message>
        <source>judge by the rules of this era ({eras}); default: the era a file names (&quot;judged_by&quot;), else the current rules</source>
        <translation>この年代の規格で判定({eras})。既定: ファイルが指定する年代(&quot;judged_by&quot;)、なければ現行規格</translation>
    </message>
    <message>
        <source>judge each build by the era of its year</source>
        <translation>各ビルドをその年式の年代の規格で判定</translation>
    </message>
    <message>
        <source>print one JSON array, one object per file (its fields: resources/build-format.md, &apos;What keiconfig evaluate prints&apos;)</source>
        <translation>JSON の配列を1つ出力(ファイルごとに1つのオブジェクト。項目は resources/build-format.md の「What keiconfig evaluate prints」)</translation>
    </message>
    <message>
        <source>list the shipped real-car presets</source>
        <translation>付属の実車プリセットの一覧</translation>
    </message>
    <message>
        <source>List the real cars that ship with keiconfig: each one&apos;s id, year, the model&apos;s kerb weight, power and 0–100 km/h, the published 0–100 km/h where there is one, and its name. An id can be given to &apos;keiconfig explore --from&apos;; the window opens them with File &gt; Open Preset.</source>
        <translation>keiconfig に付属する実車の一覧です。それぞれの ID、年式、モデルによる車両重量・最高出力・0-100km/h加速、あればカタログ値の0-100km/h加速、名前を表示します。ID は「keiconfig explore --from」に指定できます。ウィンドウでは ファイル &gt; プリセットを開く で開きます。</translation>
    </message>
    <message>
        <source>Rank every build file (*.json) in a folder, best first by one figure (0–100 km/h unless --by names another), judged by the rules of an era: builds that break a rule follow, unranked, and a file that cannot be read is listed with its problem.</source>
        <translation>フォルダー内のすべてのビルドファイル(*.json)に、1つの数値(--by で指定しなければ0-100km/h加速)で良い順に順位を付け、ある年代の規格で判定します。規格に適合しないビルドは順位なしでその後に続き、読み込めないファイルは問題とともに示します。</translation>
    </message>
    <message>
        <source>give the CSV file a name, e.g. --csv table.csv (for a program, --json writes the table to standard output)</source>
        <translation>CSVファイルの名前を指定してください。例: --csv table.csv(プログラム向けには、--json で表を標準出力に書き出せます)</translation>
    </message>
    <message>
        <source>the output could not be written: the disk is full</source>
        <translation>出力を書き込めませんでした: ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>compare the model with the published figures of the reference cars</source>
        <translation>モデルを参照車のカタログ値と比較</translation>
    </message>
    <message>
        <source>unreadable (see below)</source>
        <translation>読み込めません(下記)</translation>
    </message>
    <message>
        <source>Compare the model with the published figures of the reference cars.</source>
        <translation>モデルを参照車のカタログ値と比較します。</translation>
    </message>
    <message>
        <source>re-fit the global constants and write them to FILE (by default model_constants.json in the current folder, never replaced unnamed); the report is then this fit&apos;s. The model keeps reading its shipped resources/model_constants.json: to change the model, name that file</source>
        <translation>全体の定数をフィットし直して FILE に書き込む(既定は現在のフォルダーの model_constants.json。名前を指定しなければ置き換えません)。表示はこのフィットのもの。モデルは付属の resources/model_constants.json を読み続けます。モデルを変えるにはそのファイルを指定してください</translation>
    </message>
    <message>
        <source>add leave-one-out errors (refit without each car, predict it; a few minutes)</source>
        <translation>1台抜き(leave-one-out)の誤差を追加(各車を除いてフィットし直し、その車を予測。数分かかります)</translation>
    </message>
    <message>
        <source>add grouped cross-validation: leave one maker out, and one decade out (refit without the group, predict its cars; a few minutes)</source>
        <translation>グループ交差検証を追加: メーカーごと、年代(10年)ごとに除外(そのグループを除いてフィットし直し、その車を予測。数分かかります)</translation>
    </message>
    <message>
        <source>write the golden figures of DIR/builds/*.kei.json and every preset into DIR</source>
        <translation>DIR/builds/*.kei.json とすべてのプリセットの基準値(golden)を DIR に書き込む</translation>
    </message>
    <message>
        <source>re-fit the electric model&apos;s battery and regeneration constants and write them to FILE (by default electric_constants.json in the current folder, never replaced unnamed)</source>
        <translation>電気自動車モデルのバッテリーと回生の定数をフィットし直して FILE に書き込む(既定は現在のフォルダーの electric_constants.json。名前を指定しなければ置き換えません)</translation>
    </message>
    <message>
        <source>the electric cars&apos; WLTC range against the published, also with their platform left out of the fit</source>
        <translation>電気自動車の WLTC 航続距離をカタログ値と比較(その車台をフィットから除いた場合も)</translation>
    </message>
    <message>
        <source>rank every build file in a folder</source>
        <translation>フォルダー内のすべてのビルドファイルに順位を付ける</translation>
    </message>
    <message>
        <source>a folder of build files (a class&apos;s)</source>
        <translation>ビルドファイルのフォルダー(クラスのもの)</translation>
    </message>
    <message>
        <source>judge each build by its year&apos;s era</source>
        <translation>各ビルドをその年式の年代の規格で判定</translation>
    </message>
    <message>
        <source>figure to rank by (default {field}); one of: {fields}</source>
        <translation>順位を付ける数値(既定 {field})。次のどれか: {fields}</translation>
    </message>
    <message>
        <source>print one JSON array, a row per file (with --challenge: one object, the challenge and its rows)</source>
        <translation>JSON の配列を1つ出力(ファイルごとに1行。--challenge では課題とその行を1つのオブジェクトで)</translation>
    </message>
    <message>
        <source>also write the table to a CSV file</source>
        <translation>表を CSV ファイルにも書き込む</translation>
    </message>
    <message>
        <source>rank by a class challenge file (its era, constraints and objective; instead of --era and --by)</source>
        <translation>クラスの課題ファイルで順位を付ける(その年代・条件・目標を使い、--era と --by の代わり)</translation>
    </message>
    <message>
        <source>the window opens one build file at a time, and {count} were given; open one ({command}) and put the others beside it with Compare &gt; Add File…, or compare them here: {evaluate}</source>
        <translation>ウィンドウで開けるビルドファイルは一度に1つですが、{count}個指定されました。1つを開き({command})、ほかは 比較 &gt; ファイルを追加… で並べるか、ここで比べてください: {evaluate}</translation>
    </message>
    <message>
        <source>unknown command {word}; commands are {commands}, or give a single build file to open it</source>
        <translation>{word} というコマンドはありません。コマンドは {commands} です。ビルドファイルを1つ指定すると、それを開きます</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>Quarter mile</source>
        <translation>1/4マイル</translation>
    </message>
    <message>
        <source>400 m</source>
        <translation>ゼロヨン (0-400 m)</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>✓ within</source>
        <translation>✓ 範囲内</translation>
    </message>
    <message>
        <source>✗ over by {m}</source>
        <translation>✗ {m}超過</translation>
    </message>
    <message>
        <source>{v} of {limit}</source>
        <translation>{v} / {limit}</translation>
    </message>
    <message>
        <source>{era} · keiconfig {v}, model {m} · {date}</source>
        <translation>{era} · keiconfig {v}、モデル {m} · {date}</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>諸元</translation>
    </message>
    <message>
        <source>Kei rules</source>
        <translation>軽自動車規格</translation>
    </message>
    <message>
        <source>* the 64 PS limit is the makers&apos; agreement, not law</source>
        <translation>* 64 PSはメーカーの自主規制で、法規ではありません</translation>
    </message>
    <message>
        <source>✓ Kei-legal</source>
        <translation>✓ 軽自動車規格に適合</translation>
    </message>
    <message>
        <source>✗ Not kei-legal</source>
        <translation>✗ 軽自動車規格に不適合</translation>
    </message>
    <message>
        <source>Speed (km/h) against time (s)</source>
        <translation>速度 (km/h) - 時間 (s)</translation>
    </message>
    <message>
        <source>Made with keiconfig {v} (model {m})</source>
        <translation>keiconfig {v} で作成(モデル {m})</translation>
    </message>
    <message>
        <source>&amp;Kerb weight</source>
        <translation>車両重量(&amp;K)</translation>
    </message>
    <message>
        <source>Pin kerb weight</source>
        <translation>車両重量を固定</translation>
    </message>
    <message>
        <source>Pin the kerb weight instead of estimating it (e.g. a published figure). Heavier is slower to 100 km/h; top speed hardly changes.</source>
        <translation>車両重量を推定せずに固定します(カタログ値など)。重いほど0-100km/h加速は遅くなりますが、最高速度はほとんど変わりません。</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Peak po&amp;wer</source>
        <translation>最高出力(&amp;W)</translation>
    </message>
    <message>
        <source>Pin peak power</source>
        <translation>最高出力を固定</translation>
    </message>
    <message>
        <source>Pin the peak power instead of estimating it. More power: quicker times and a higher top speed. The pin is the power after any cap: the cap no longer limits it.</source>
        <translation>最高出力を推定せずに固定します。出力が高いほどタイムは速く、最高速度も上がります。固定した値は出力自主規制を適用した後の出力で、自主規制ではもう制限されません。</translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation>最大トルク</translation>
    </message>
    <message>
        <source>Peak tor&amp;que</source>
        <translation>最大トルク(&amp;Q)</translation>
    </message>
    <message>
        <source>Pin peak torque</source>
        <translation>最大トルクを固定</translation>
    </message>
    <message>
        <source>Pin the peak torque instead of estimating it. More torque: a quicker getaway.</source>
        <translation>最大トルクを推定せずに固定します。トルクが大きいほど発進が速くなります。</translation>
    </message>
    <message>
        <source>Open Preset</source>
        <translation>プリセットを開く</translation>
    </message>
    <message>
        <source>Open a real kei car as your build, to change from there. Type in the filter box to find a car by name; Up and Down choose one in the list; Enter opens it.</source>
        <translation>実在の軽自動車をビルドとして開き、そこから変更します。絞り込み欄に入力すると名前で車を探せます。上下キーで一覧から選び、Enterで開きます。</translation>
    </message>
    <message>
        <source>Start from a real kei car. The model&apos;s 0–100 km/h time stands beside the published figure where one is known.</source>
        <translation>実在の軽自動車から始めます。公表値がある車は、モデルの0-100km/h加速タイムを公表値と並べて表示します。</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>名前で絞り込み…</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>プリセットを絞り込む</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車種</translation>
    </message>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>0–100 km/h
model (s)</source>
        <translation>0-100km/h
モデル (秒)</translation>
    </message>
    <message>
        <source>0–100 km/h
published (s)</source>
        <translation>0-100km/h
公表値 (秒)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>The file is in the folder “{folder}”.</source>
        <extracomment>A sentence after a file&apos;s problem: the folder the file is in, whole, in quotation marks so that the full stop after it is not read as the path&apos;s last character.</extracomment>
        <translation>ファイルは「{folder}」フォルダーにあります。</translation>
    </message>
    <message>
        <source>{file} is a link to another file, {target}, and that is the file this is about.</source>
        <extracomment>A sentence after a file&apos;s problem, when the file opened is a symbolic link: the problem is the file it leads to ({target}, whole).</extracomment>
        <translation>{file} は別のファイル {target} へのリンクで、この内容はそのファイルについてです。</translation>
    </message>
    <message>
        <source>This says what could not be done, and why. OK, Enter or Escape closes it; then you can try again, for example with another file or folder.</source>
        <translation>できなかったこととその理由を示しています。OK、Enter、Escapeのどれかで閉じます。そのあと、別のファイルやフォルダーなどでもう一度試せます。</translation>
    </message>
    <message>
        <source>Answer with a button: its underlined letter with Alt, or Tab to it and Space. Enter presses the button shown as the default; Escape cancels, and nothing is changed.</source>
        <translation>ボタンで答えてください。Altと下線の付いた文字、またはTabでボタンに移ってSpaceで押せます。Enterで既定のボタンを押します。Escapeで取り消し、何も変わりません。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>A fault inside keiconfig, not in your build. Your build is still open: saving it under a new name first is a good idea. Copy details puts the report below on the clipboard, to send with a bug report; Close goes back to your build.</source>
        <translation>keiconfig内部の不具合で、ビルドの問題ではありません。ビルドは開いたままです。まず別の名前で保存しておくことをおすすめします。「詳細をコピー」で下の報告をクリップボードにコピーし、不具合報告に添えて送れます。「閉じる」でビルドに戻ります。</translation>
    </message>
    <message>
        <source>Something went wrong inside keiconfig. Your build is still open; saving it now under a new name is a good idea.</source>
        <translation>keiconfig の内部で問題が起きました。ビルドは開いたままです。今のうちに新しい名前で保存しておくことをおすすめします。</translation>
    </message>
    <message>
        <source>The details were also written to {path}.</source>
        <translation>詳細は {path} にも書き出しました。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{cc} (two-stroke {cc_2stroke})</source>
        <translation>{cc}(2ストローク {cc_2stroke})</translation>
    </message>
    <message>
        <source>Since {date} — {size} m, {engine}</source>
        <translation>{date}から — {size} m、{engine}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>{date}から</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>日時不明</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>{style}, {l} × {w} × {h} mm; electric, {kw} kW motor, {kwh} kWh battery</source>
        <translation>{style}、{l} × {w} × {h} mm、電気自動車、モーター{kw} kW、バッテリー{kwh} kWh</translation>
    </message>
    <message>
        <source>{style}, {l} × {w} × {h} mm; {cyl}-cylinder {cc} cc, {asp}</source>
        <translation>{style}、{l} × {w} × {h} mm、{cyl}気筒 {cc} cc、{asp}</translation>
    </message>
    <message>
        <source>⚠ The file on disk was saved {when}, after these changes began: it is newer than this autosave. Restoring opens the autosaved build; the file stays as it is until you save, and saving asks before it replaces that newer file.</source>
        <translation>⚠ ディスク上のファイルは、これらの変更を始めたあとの{when}に保存されており、この自動保存より新しいものです。復元すると自動保存したビルドを開きます。ファイルは保存するまでそのままで、保存するときはその新しいファイルを置き換える前に確認します。</translation>
    </message>
    <message>
        <source>“{text}” in {box}</source>
        <translation>{box}に「{text}」</translation>
    </message>
    <message>
        <source>Recover unsaved build</source>
        <translation>保存されていないビルドの復元</translation>
    </message>
    <message>
        <source>keiconfig stopped last time before this build was saved, and had kept a copy of it. Restore opens the copy (not yet saved); Discard deletes it; Later keeps it and asks again at the next start.</source>
        <translation>前回、keiconfigはこのビルドを保存する前に終了しましたが、そのコピーを残していました。「復元」はコピーを開きます(まだ保存されていません)。「破棄」はコピーを削除します。「あとで」はコピーを残し、次回の起動時にもう一度尋ねます。</translation>
    </message>
    <message>
        <source>keiconfig stopped before “{name}” was saved. An automatic copy of your changes was kept. Restore it?</source>
        <translation>「{name}」を保存する前に keiconfig が終了しました。変更の自動コピーが残っています。復元しますか?</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>ファイルに保存されていません</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>ビルド:</translation>
    </message>
    <message>
        <source>Autosaved:</source>
        <translation>自動保存:</translation>
    </message>
    <message>
        <source>Original file:</source>
        <translation>元のファイル:</translation>
    </message>
    <message>
        <source>Car:</source>
        <translation>車:</translation>
    </message>
    <message>
        <source>Judged by:</source>
        <extracomment>The recovery dialog&apos;s row naming the kei rules the autosaved build is judged by.</extracomment>
        <translation>判定の規格:</translation>
    </message>
    <message>
        <source>Typed, not entered:</source>
        <translation>入力したが未確定:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>あとで(&amp;L)</translation>
    </message>
    <message>
        <source>Open the autosaved build, marked as not saved</source>
        <translation>自動保存したビルドを、未保存の状態で開きます</translation>
    </message>
    <message>
        <source>Delete the autosaved copy</source>
        <translation>自動保存したコピーを削除します</translation>
    </message>
    <message>
        <source>Keep the copy and ask again next time</source>
        <translation>コピーを残し、次回また確認します</translation>
    </message>
    <message>
        <source>Restored the autosaved “{name}”: save it to keep it</source>
        <translation>自動保存した「{name}」を復元しました:残すには保存してください</translation>
    </message>
    <message>
        <source>; typed but not entered, and not put back: {typing}</source>
        <translation>。入力したが未確定で、戻せなかった内容:{typing}</translation>
    </message>
    <message>
        <source>; the file on disk is newer (saved {when})</source>
        <translation>。ディスク上のファイルのほうが新しくなっています({when}に保存)</translation>
    </message>
    <message>
        <source>Autosave damaged</source>
        <translation>自動保存の破損</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>“{file}” was changed by another program or window after you opened it.</source>
        <translation>「{file}」は、開いたあとに別のプログラムかウィンドウによって変更されました。</translation>
    </message>
    <message>
        <source>Saving now would replace those changes with yours. What do you want to do?</source>
        <translation>今保存すると、その変更があなたの変更で置き換わります。どうしますか?</translation>
    </message>
    <message>
        <source>&amp;Overwrite Theirs</source>
        <translation>相手の変更を上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Save Mine &amp;As…</source>
        <translation>自分の変更に名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs (Discard Mine)</source>
        <translation>相手の変更を読み込む(自分の変更は破棄)(&amp;R)</translation>
    </message>
    <message>
        <source>Another program or window saved this file after you opened it. Overwrite Theirs saves your build over it: their changes are lost. Save Mine As… keeps both: yours goes in a new file. Reload Theirs opens their file in place of your build: your changes are lost. Cancel goes back to your build, nothing saved and nothing lost.</source>
        <translation>このファイルは、開いたあとに別のプログラムやウィンドウで保存されました。「相手の変更を上書き」はあなたのビルドで上書き保存し、相手の変更は失われます。「自分の変更に名前を付けて保存」は両方を残し、あなたのビルドは新しいファイルに保存されます。「相手の変更を読み込む」はあなたのビルドの代わりに相手のファイルを開き、あなたの変更は失われます。「キャンセル」はビルドに戻り、何も保存されず、何も失われません。</translation>
    </message>
    <message>
        <source>Save it under another name or in another folder?</source>
        <translation>別の名前で、または別のフォルダーに保存しますか?</translation>
    </message>
    <message>
        <source>The build could not be saved where it is. Save As… asks for another name or folder to save it in; Cancel goes back to your build, not saved.</source>
        <translation>ビルドを今の場所に保存できませんでした。「名前を付けて保存」で別の名前やフォルダーを選んで保存します。「キャンセル」は保存せずにビルドに戻ります。</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>読み取り専用のファイル</translation>
    </message>
    <message>
        <source>“{file}” is read-only. Replace it anyway (it stays read-only)?</source>
        <translation>「{file}」は読み取り専用です。それでも置き換えますか(読み取り専用のままになります)?</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルがあります</translation>
    </message>
    <message>
        <source>“{file}” already exists. Replace it?</source>
        <translation>「{file}」はすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>“{file}” was replaced by a link that leads back to itself: save your build under another name to keep it.</source>
        <translation>「{file}」は自分自身を指すリンクに置き換えられました。ビルドを残すには、別の名前で保存してください。</translation>
    </message>
    <message>
        <source>“{file}” was replaced by a folder: save your build under another name to keep it.</source>
        <translation>「{file}」はフォルダーに置き換えられました。ビルドを残すには、別の名前で保存してください。</translation>
    </message>
    <message>
        <source>“{file}” was replaced by {kind}: save your build under another name to keep it.</source>
        <extracomment>{kind}: &quot;a named pipe&quot;, &quot;a device&quot;, &quot;a socket&quot;.</extracomment>
        <translation>「{file}」は{kind}に置き換えられました。ビルドを残すには、別の名前で保存してください。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Open the file as it is on disk now</source>
        <translation>ディスク上の現在のファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>もう一度保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write the build open here to the file again</source>
        <translation>ここで開いているビルドをもう一度ファイルに書き込みます</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>無視(&amp;I)</translation>
    </message>
    <message>
        <source>Keep what is open here</source>
        <translation>ここで開いている内容をそのまま使います</translation>
    </message>
    <message>
        <source>“{file}” can no longer be read (its permissions were changed by another program); your build is kept here.</source>
        <translation>「{file}」を読み込めなくなりました(別のプログラムによってアクセス権が変更されました)。ビルドはここに残っています。</translation>
    </message>
    <message>
        <source>“{file}” now leads to another file (a link was put in its place).</source>
        <translation>「{file}」は別のファイルを指すようになりました(リンクに置き換えられました)。</translation>
    </message>
    <message>
        <source>“{file}” was changed by another program.</source>
        <translation>「{file}」は別のプログラムによって変更されました。</translation>
    </message>
    <message>
        <source>“{file}” was deleted or moved by another program: save it to keep it.</source>
        <translation>「{file}」は別のプログラムによって削除または移動されました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Save the build open here under another name or in another folder</source>
        <translation>ここで開いているビルドを、別の名前または別のフォルダーに保存します</translation>
    </message>
    <message>
        <source>Could not save the build</source>
        <translation>ビルドを保存できませんでした</translation>
    </message>
    <message>
        <source>Rank a class folder</source>
        <translation>クラスフォルダーの順位付け</translation>
    </message>
    <message>
        <source>best {figure}</source>
        <translation>最良の{figure}</translation>
    </message>
    <message>
        <source>best score of {mix}</source>
        <translation>{mix}の最良スコア</translation>
    </message>
    <message>
        <source>A class challenge: the rules every build must keep and the figure that wins. Explore the Best Legal Build asks the explorer for the best builds these rules allow; Rank a Class Folder ranks the class&apos;s builds by it.</source>
        <translation>クラスの課題です:すべてのビルドが守る規格と、勝ち負けを決める数値を示します。「規格に適合する最良のビルドを探索」は、この規格で可能な最良のビルドを探索で探します。「クラスフォルダーを順位付け」は、クラスのビルドをこの課題で順位付けします。</translation>
    </message>
    <message>
        <source>Challenge: {title}</source>
        <translation>課題:{title}</translation>
    </message>
    <message>
        <source>Rules: {rules}.</source>
        <translation>規格:{rules}。</translation>
    </message>
    <message>
        <source>Objective: {objective}.</source>
        <translation>目標:{objective}。</translation>
    </message>
    <message>
        <source>&amp;Explore the Best Legal Build</source>
        <translation>規格に適合する最良のビルドを探索(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rank a Class Folder…</source>
        <translation>クラスフォルダーを順位付け(&amp;R)…</translation>
    </message>
    <message>
        <source>Pareto plot</source>
        <translation>パレート図</translation>
    </message>
    <message>
        <source>Point at a dot to read it; click a legal one to open it.</source>
        <translation>点にマウスを重ねると値を読めます。規格に適合する点をクリックすると開きます。</translation>
    </message>
    <message>
        <source>Left and Right step along the front&apos;s points; Enter opens the one ringed.</source>
        <translation>左右の矢印キーでフロントの点を順に選び、Enterで丸印の点のビルドを開きます。</translation>
    </message>
    <message>
        <source> (Enter to open it)</source>
        <translation>(Enterで開く)</translation>
    </message>
    <message>
        <source> (your build now: the star)</source>
        <translation>(今のあなたのビルド:星印)</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>breaks: {rules}</source>
        <translation>違反:{rules}</translation>
    </message>
    <message>
        <source>{legal}, {illegal}; {front} on the front (line). The star is your build.</source>
        <translation>{legal}、{illegal}、パレートフロント上に{front}件(線)。星印はあなたのビルドです。</translation>
    </message>
    <message numerus="yes">
        <source>%n legal build(s) (dots)</source>
        <translation>
            <numerusform>規格に適合するビルド%Ln件(点)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that break(s) a rule (grey crosses)</source>
        <translation>
            <numerusform>規格違反%Ln件(灰色の×)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The front&apos;s %n point(s) stand for {builds}: builds that do alike are one point.</source>
        <translation>
            <numerusform>パレートフロントの%n点は{builds}を表します(同じ結果のビルドは1点)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n build(s) alike here)</source>
        <translation>
            <numerusform>(ここに同じ結果のビルド%n件)</numerusform>
        </translation>
    </message>
    <message>
        <source> (click to open it)</source>
        <translation>(クリックで開く)</translation>
    </message>
    <message>
        <source>Sensitivity chart</source>
        <translation>感度チャート</translation>
    </message>
    <message>
        <source>Sweep each checked field alone to see how far each one moves the objective.</source>
        <translation>チェックした項目を1つずつスイープすると、それぞれが目標をどれだけ動かすかがわかります。</translation>
    </message>
    <message>
        <source>Up and Down step through the fields&apos; bars.</source>
        <translation>上下の矢印キーで各項目の棒を順に読めます。</translation>
    </message>
    <message>
        <source>Each field swept alone over its range, the rest as in your build (the line). {field} matters most: {best} at {best_setting}, {worst} at {worst_setting}.</source>
        <translation>各項目を1つずつ範囲全体でスイープし、それ以外はあなたのビルドのままにしています(線)。最も効くのは{field}:{best_setting}で{best}、{worst_setting}で{worst}。</translation>
    </message>
    <message>
        <source>No field could be swept within the rules.</source>
        <translation>規格の範囲内でスイープできる項目はありませんでした。</translation>
    </message>
    <message>
        <source>{field}: {best} at {best_setting}, {worst} at {worst_setting}.</source>
        <translation>{field}:{best_setting}で{best}、{worst_setting}で{worst}。</translation>
    </message>
    <message>
        <source>Two-field map</source>
        <translation>2項目のマップ</translation>
    </message>
    <message>
        <source>Draw the map: two fields, shaded by the objective.</source>
        <translation>マップを描くと、2つの項目を目標の値で色分けして示します。</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Shaded by {objective}; blank cells break a rule; dashed lines are the legal limits.</source>
        <translation>色の濃さは{objective}。空白のマスは規格違反、破線は規格の上限です。</translation>
    </message>
    <message>
        <source>{builds}: {ranked}, {illegal}, {unreadable}.</source>
        <translation>{builds}:{ranked}、{illegal}、{unreadable}。</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s)</source>
        <translation>
            <numerusform>ビルド%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>順位付け%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) a kei law</source>
        <translation>
            <numerusform>軽自動車の規格違反%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) the challenge&apos;s rules</source>
        <translation>
            <numerusform>課題の条件違反%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be read</source>
        <translation>
            <numerusform>読み込めないもの%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged by the kei rules of %s (the window&apos;s era).</source>
        <translation>%s(ウィンドウで選んでいる規格)で判定しています。</translation>
    </message>
    <message numerus="yes">
        <source>Reading was cancelled after {read} of %n file(s).</source>
        <translation>
            <numerusform>{read} / %n ファイルを読んだところで読み込みをキャンセルしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The top %n build(s) are on the comparison.</source>
        <translation>
            <numerusform>上位%n件を比較に表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} {sentence}</source>
        <extracomment>A sentence after the text before it (Japanese: no space after 。).</extracomment>
        <translation>{text}{sentence}</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>パワートレイン</translation>
    </message>
    <message>
        <source>Petrol engine</source>
        <translation>ガソリンエンジン</translation>
    </message>
    <message>
        <source>Electric motor</source>
        <translation>電気モーター</translation>
    </message>
    <message>
        <source>Motor power</source>
        <translation>モーター出力</translation>
    </message>
    <message>
        <source>Motor torque</source>
        <translation>モータートルク</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>バッテリー容量</translation>
    </message>
    <message>
        <source>Motor top speed</source>
        <translation>モーター最高回転数</translation>
    </message>
    <message>
        <source>P&amp;owertrain</source>
        <translation>パワートレイン(&amp;O)</translation>
    </message>
    <message>
        <source>A petrol engine through a gearbox, or an electric motor and battery through a single-speed reduction: full torque from standstill, no gear changes.</source>
        <translation>ガソリンエンジンと変速機、または電気モーターとバッテリーと1段の減速機。モーターは停止状態から最大トルクを出し、変速はありません。</translation>
    </message>
    <message>
        <source>The motor&apos;s maximum output. Kei cars keep to 47 kW, the makers&apos; 64 PS agreement, which applies to an electric motor too.</source>
        <translation>モーターの最高出力。軽自動車はメーカーの64馬力自主規制に合わせて47kWに抑えています。この自主規制は電気モーターにも当てはまります。</translation>
    </message>
    <message>
        <source>Motor torq&amp;ue</source>
        <translation>モータートルク(&amp;U)</translation>
    </message>
    <message>
        <source>The motor&apos;s maximum torque, there from standstill up to its base speed (where torque × speed reaches the maximum power): the flat launch.</source>
        <translation>モーターの最大トルク。停止状態から基底回転数(トルク×回転速度が最高出力に達する回転数)まで一定です。これが平らな発進加速です。</translation>
    </message>
    <message>
        <source>B&amp;attery</source>
        <translation>バッテリー(&amp;A)</translation>
    </message>
    <message>
        <source>Battery capacity. More kWh: more range, and more weight (slower).</source>
        <translation>バッテリー容量。kWhが大きいほど航続距離は伸びますが、重くなります(遅くなります)。</translation>
    </message>
    <message>
        <source>The maker&apos;s limit on this electric car&apos;s speed (Sakura, i-MiEV: 130 km/h). On: the car stops accelerating there, and the reduction is chosen so the motor reaches its top speed there. The kei speed limiter (Drivetrain: the makers&apos; agreement) applies as well: the lower of the two holds the car.</source>
        <translation>メーカーがこの電気自動車に設けた速度の上限(サクラ、i-MiEV: 130 km/h)。オン: その速度で加速が止まり、減速比はモーターがその速度で最高回転数に達するように選ばれます。軽自動車の速度リミッター(駆動系:メーカーの自主規制)も併せて働き、二つのうち低い方で頭打ちになります。</translation>
    </message>
    <message>
        <source>&amp;Motor top speed</source>
        <translation>モーター最高回転数(&amp;M)</translation>
    </message>
    <message>
        <source>The motor&apos;s highest rpm (Auto: 4.5 × its base speed, at most 10,455 rpm, the Sakura&apos;s motor: a rotor&apos;s top speed does not rise with its power).</source>
        <translation>モーターの最高回転数(自動: 基底回転数の4.5倍、ただしサクラのモーターと同じ10,455 rpmまで。ローターの最高回転数は出力を上げても上がらない)。</translation>
    </message>
    <message>
        <source>Make it electric</source>
        <translation>電気自動車にする</translation>
    </message>
    <message>
        <source>Make it petrol</source>
        <translation>ガソリン車にする</translation>
    </message>
    <message>
        <source>Final drive</source>
        <translation>最終減速比</translation>
    </message>
    <message>
        <source>Final drive: Auto</source>
        <translation>最終減速比: 自動</translation>
    </message>
    <message>
        <source>Ratio the run uses</source>
        <translation>走行計算で使う変速比</translation>
    </message>
    <message>
        <source>The CVT&apos;s lowest and highest ratio, lowest first (engine turns per turn of its output). Between them its ratio changes smoothly, holding the engine near its peak power; the highest must be lower than the lowest. Auto: the model&apos;s own ratios.</source>
        <translation>CVTの最もローな変速比と最もハイな変速比(ローから順に。出力軸1回転あたりのエンジン回転数)。その間で変速比は連続的に変わり、エンジンを最高出力付近に保ちます。ハイ側はロー側より小さくなければなりません。自動: モデルが決めた変速比。</translation>
    </message>
    <message>
        <source>Gearbox ratios, first gear first (engine turns per turn of the gearbox output). Higher numbers push harder but run out of revs sooner; each gear must be lower than the one before. Auto: the model&apos;s own ratios.</source>
        <translation>変速機のギア比(1速から順に。変速機の出力軸1回転あたりのエンジン回転数)。数値が大きいほど強く押し出しますが、早く回転の上限に達します。各ギアは前のギアより小さくなければなりません。自動: モデルが決めたギア比。</translation>
    </message>
    <message>
        <source>CVT lowest ratio</source>
        <translation>CVTの最もローな変速比</translation>
    </message>
    <message>
        <source>CVT highest ratio</source>
        <translation>CVTの最もハイな変速比</translation>
    </message>
    <message>
        <source>Gear %d ratio</source>
        <translation>%d速のギア比</translation>
    </message>
    <message>
        <source>the highest ratio lower than the lowest</source>
        <translation>ハイ側の変速比はロー側より小さく</translation>
    </message>
    <message>
        <source>each gear lower than the one before</source>
        <translation>各ギアの比は1つ前のギアより小さく</translation>
    </message>
    <message>
        <source>Gear rati&amp;os</source>
        <translation>ギア比(&amp;O)</translation>
    </message>
    <message>
        <source>Fin&amp;al drive</source>
        <translation>最終減速比(&amp;A)</translation>
    </message>
    <message>
        <source>The run uses a reduction of %1, not the %2 shown: that one is too tall for the motor to move the car off.</source>
        <translation>走行計算は表示の%2ではなく減速比%1を使います。%2ではハイすぎて、モーターで車を動かし出せません。</translation>
    </message>
    <message>
        <source>The run uses a lowest ratio of %1, not the %2 shown: that one is too tall to move the car off.</source>
        <translation>走行計算は表示の%2ではなく最もローな変速比%1を使います。%2ではハイすぎて、車を動かし出せません。</translation>
    </message>
    <message>
        <source>The run uses a first gear of %1, not the %2 shown: that one is too tall to move the car off.</source>
        <translation>走行計算は表示の%2ではなく1速%1を使います。%2ではハイすぎて、車を動かし出せません。</translation>
    </message>
    <message>
        <source>Model&apos;s own gear ratios</source>
        <translation>モデルのギア比に戻す</translation>
    </message>
    <message>
        <source>Set gear ratios</source>
        <translation>ギア比を指定</translation>
    </message>
    <message>
        <source>Change final drive</source>
        <translation>最終減速比を変更</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>減速比</translation>
    </message>
    <message>
        <source>Red&amp;uction</source>
        <translation>減速比(&amp;U)</translation>
    </message>
    <message>
        <source>The gearing plot shows the top speed: hidden.</source>
        <translation>ギア比のグラフは最高速度を示すため隠しています。</translation>
    </message>
    <message>
        <source>Motor speed limit</source>
        <translation>モーターの速度上限</translation>
    </message>
    <message>
        <source>Motor po&amp;wer</source>
        <translation>モーター出力(&amp;W)</translation>
    </message>
    <message>
        <source>Motor &amp;speed limit</source>
        <translation>モーターの速度上限(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>, with {time} lost to {count} [gear change(s)]</source>
        <extracomment>Keep [brackets] around the words naming the limit. {count} is the number in words (&quot;two&quot;); a translation may give the figure (%n) instead.</extracomment>
        <translation>
            <numerusform>、[変速]%n回で{time}のロス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n seat(s)</source>
        <translation>
            <numerusform>乗車定員%n名以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: the file is damaged: %n byte(s) at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again.</source>
        <translation>
            <numerusform>{source}:ファイルが壊れています。{where}の%nバイトがUTF-8として正しくありません(ほかはUTF-8です。コピーが途中で切れたか、途中で書き換わったものです)。ファイルをもう一度送ってもらってください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more problem(s) after this one.)</source>
        <extracomment>Follows the first problem of a file that has more than one.</extracomment>
        <translation>
            <numerusform>(このほかに問題が%n件あります。)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;{path}&quot; must not be empty (at least %n character(s)).</source>
        <translation>
            <numerusform>&quot;{path}&quot; は空にできません(%n文字以上)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), trim, dashboard</source>
        <translation>
            <numerusform>座席%n席、内張り、ダッシュボード</numerusform>
        </translation>
    </message>
    <message>
        <source>search for the quickest (or best) legal build an era&apos;s rules allow</source>
        <translation>ある年代の規格で許される、最も速い(または最良の)適合ビルドを探索</translation>
    </message>
    <message>
        <source>Vary some fields of a build (the rest stay as in --from) and search, with differential evolution, for the best builds that keep an era&apos;s kei rules.</source>
        <translation>ビルドのいくつかの項目を変え(ほかは --from のまま)、差分進化法で、ある年代の軽規格に適合する最良のビルドを探索します。</translation>
    </message>
    <message>
        <source>the build to start from (a build file or a preset id); default: the default car</source>
        <translation>探索を始めるビルド(ビルドファイルかプリセットの ID)。既定: 初期状態の車</translation>
    </message>
    <message>
        <source>the rules to keep (1949 ... 1998; default: the challenge&apos;s, or those the --from file is judged by (&quot;judged_by&quot;), or 1998)</source>
        <translation>守る規格(1949 … 1998。既定は課題のもの、または --from のファイルが判定に使う規格(&quot;judged_by&quot;)、なければ1998)</translation>
    </message>
    <message>
        <source>ignore the makers&apos; 64 PS agreement (only the laws count)</source>
        <translation>メーカーの64 PS自主規制を無視(法規だけで判定)</translation>
    </message>
    <message>
        <source>fields to vary (default: {default}; for an electric car, less its unused engine and gearbox fields); any of: {fields}</source>
        <translation>変える項目(既定: {default}。電気自動車では使わないエンジンとトランスミッションの項目を除く)。次のどれでも: {fields}</translation>
    </message>
    <message>
        <source>narrow or widen a field&apos;s range, e.g. body.length_mm=3000:3400; or a choice&apos;s options, e.g. engine.aspiration=na:turbo</source>
        <translation>項目の範囲を狭める・広げる(例: body.length_mm=3000:3400)、または選択肢を指定(例: engine.aspiration=na:turbo)</translation>
    </message>
    <message>
        <source>what to make best (default zero_to_100kmh_s): one of {figures}, or a weighted mix such as zero_to_100kmh_s=1,top_speed_kmh=0.5</source>
        <translation>最良にするもの(既定 zero_to_100kmh_s): {figures} のどれか、または zero_to_100kmh_s=1,top_speed_kmh=0.5 のような重み付きの組み合わせ</translation>
    </message>
    <message>
        <source>a class challenge file: its era, agreement, constraints, objective and fields</source>
        <translation>クラスの課題ファイル(その年代・自主規制・条件・目標・項目を使う)</translation>
    </message>
    <message>
        <source>at least N seats</source>
        <translation>乗車定員N名以上</translation>
    </message>
    <message>
        <source>the body must be this style (repeat for several)</source>
        <translation>このボディタイプに限る(複数なら繰り返す)</translation>
    </message>
    <message>
        <source>kerb weight ceiling</source>
        <translation>車両重量の上限</translation>
    </message>
    <message>
        <source>builds to judge (default {default}; at most {most})</source>
        <translation>評価するビルドの数(既定 {default}、最大 {most})</translation>
    </message>
    <message>
        <source>worker processes (default: one per CPU; 0: none, judge here; at most four per CPU)</source>
        <translation>ワーカープロセスの数(既定: CPUごとに1つ。0: 使わずここで評価。最大でCPUごとに4つ)</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same answer (default {seed})</source>
        <translation>乱数のシード: 同じシードなら同じ結果(既定 {seed})</translation>
    </message>
    <message>
        <source>best builds to print (default 5)</source>
        <translation>表示する最良のビルドの数(既定 5)</translation>
    </message>
    <message>
        <source>the Pareto front&apos;s second figure (default kerb_weight_kg); one of: {figures}</source>
        <translation>パレートフロントの2つめの数値(既定 kerb_weight_kg)。次のどれか: {figures}</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>JSON のオブジェクトを1つ出力</translation>
    </message>
    <message>
        <source>write the best builds as build files here</source>
        <translation>最良のビルドをビルドファイルとしてここに書き込む</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n build(s) judged</source>
        <translation>
            <numerusform>{done}/%n件を評価</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>judged %n build(s) (seed {seed})</source>
        <translation>
            <numerusform>%n件のビルドを評価(シード {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pareto front, {objective} against {figure} (%n build(s)):</source>
        <translation>
            <numerusform>パレートフロント:{objective}と{figure}(%n件):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n build file(s) in {folder}.</source>
        <translation>
            <numerusform>{folder} にビルドファイルを%n件書き込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n file(s) they replaced are kept beside them as .bak.</source>
        <translation>
            <numerusform>置き換えた%n件のファイルは .bak として横に残してあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in {folder} are from an earlier search, not this one: {files}.</source>
        <translation>
            <numerusform>{folder} の%n件のファイルは今回ではなく以前の探索のものです: {files}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) name other rules to be judged by (judged_by): a ranking judges every build by the same rules.</source>
        <translation>
            <numerusform>%n件のファイルは別の規格での判定を指定していますが(judged_by)、ランキングではすべての車を同じ規格で判定します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden folder(s) such as .git or __MACOSX</source>
        <translation>
            <numerusform>隠しフォルダー%n件(.git や __MACOSX など)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to other folders</source>
        <translation>
            <numerusform>ほかのフォルダーへのリンク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) more than {depth} levels down</source>
        <translation>
            <numerusform>{depth}階層より深いフォルダー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) that cannot be opened</source>
        <translation>
            <numerusform>開けないフォルダー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zip file(s) (unzip them first)</source>
        <translation>
            <numerusform>zipファイル%n件(先に展開してください)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build file(s)</source>
        <translation>
            <numerusform>ビルドファイル%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>サブフォルダー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more entry(ies) named *.json not read: folders or special files, not build files.</source>
        <translation>
            <numerusform>ほかに *.json という名前の %n 件は読み込んでいません:フォルダーか特殊ファイルで、ビルドファイルではありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) named *.json.txt not read: rename each to end in .json to rank it.</source>
        <translation>
            <numerusform>ほかに *.json.txt という名前の %n 件は読み込んでいません(順位に入れるには、それぞれ名前の末尾を .json に変えてください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
    <message>
        <source>Controls hidden at this text size: make the text smaller ({smaller}), or leave projector mode ({key}).</source>
        <translation>この文字サイズのため設定欄を隠しています。文字を小さくする({smaller})か、プロジェクターモードを終える({key})と戻ります。</translation>
    </message>
    <message>
        <source>Controls hidden at this text size: make the text smaller ({smaller}).</source>
        <translation>この文字サイズのため設定欄を隠しています。文字を小さくする({smaller})と戻ります。</translation>
    </message>
    <message numerus="yes">
        <source>Controls hidden for the {docks} panel(s): close them ({close}), or leave projector mode ({key}).</source>
        <translation>
            <numerusform>{docks}パネルのため設定欄を隠しています。パネルを閉じる({close})か、プロジェクターモードを終える({key})と戻ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Controls hidden for the {docks} panel(s): close them ({close}), or widen the window.</source>
        <translation>
            <numerusform>{docks}パネルのため設定欄を隠しています。パネルを閉じる({close})か、ウィンドウを広げると戻ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the {docks} panel(s) ({close})</source>
        <translation>
            <numerusform>{docks}パネルを閉じる({close})</numerusform>
        </translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>設定欄を表示</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>ファイルではなく、デバイスかパイプです</translation>
    </message>
    <message>
        <source>The settings in {path} could not be read ({why}): keiconfig starts with its first settings and keeps none of this session&apos;s.</source>
        <translation>{path} の設定を読み込めませんでした（{why}）。keiconfig は初期設定で起動し、今回の設定は保存しません。</translation>
    </message>
    <message>
        <source>The settings in {path} are read-only: keiconfig starts with them but keeps none of this session&apos;s changes (text size, window, recent files).</source>
        <translation>{path} の設定は読み取り専用です。keiconfig はその設定で起動しますが、今回の変更(文字サイズ、ウィンドウ、最近使ったファイル)は保存しません。</translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged: %n byte(s) at {where} are not valid UTF-8, though the rest of it is (a copy cut short or changed on the way); ask for the file again</source>
        <translation>
            <numerusform>ファイルが壊れています。{where}の%nバイトがUTF-8として正しくありません(ほかはUTF-8です。コピーが途中で切れたか、途中で書き換わったものです)。ファイルをもう一度送ってもらってください</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter presses the button shown as the default; Escape closes the dialog.</source>
        <translation>Enterで既定のボタンを押します。Escapeでダイアログを閉じます。</translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <source>&amp;Body</source>
        <translation>ボディ(&amp;B)</translation>
    </message>
    <message>
        <source>Monocoque</source>
        <translation>モノコック</translation>
    </message>
    <message>
        <source>Ladder frame</source>
        <translation>ラダーフレーム</translation>
    </message>
    <message>
        <source>Space frame</source>
        <translation>スペースフレーム</translation>
    </message>
    <message>
        <source>Rename build</source>
        <translation>ビルド名の変更</translation>
    </message>
    <message>
        <source>A build needs a name: it keeps “{name}”.</source>
        <translation>名前は空にできません:「{name}」のままです。</translation>
    </message>
    <message>
        <source>Change year</source>
        <translation>年式の変更</translation>
    </message>
    <message>
        <source>⚠ This name holds characters that do not show or that turn its text round: the window writes it “{name}”.</source>
        <translation>⚠ この名前には、表示されない文字か文字の向きを逆にする文字があります。ウィンドウでは「{name}」と書きます。</translation>
    </message>
    <message>
        <source>Auto ({construction})</source>
        <translation>自動({construction})</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Over the kei limit of {limit:.0f} {unit} by {over:.0f} {unit}</source>
        <translation>軽自動車規格の上限 {limit:.0f} {unit} を {over:.0f} {unit} 超えています</translation>
    </message>
</context>
<context>
    <name>ClassFolderDialog</name>
    <message>
        <source>0–100 km/h (s)</source>
        <translation>0-100km/h加速 (秒)</translation>
    </message>
    <message>
        <source>0–60 mph (s)</source>
        <translation>0-60 mph (秒)</translation>
    </message>
    <message>
        <source>Quarter mile (s)</source>
        <translation>1/4マイル (秒)</translation>
    </message>
    <message>
        <source>400 m (s)</source>
        <translation>ゼロヨン 0-400 m (秒)</translation>
    </message>
    <message>
        <source>Kerb weight (kg)</source>
        <translation>車両重量 (kg)</translation>
    </message>
    <message>
        <source>Power (PS)</source>
        <translation>最高出力 (PS)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>最高出力 (kW)</translation>
    </message>
    <message>
        <source>Torque (N·m)</source>
        <translation>最大トルク (N·m)</translation>
    </message>
    <message>
        <source>Top speed (km/h)</source>
        <translation>最高速度 (km/h)</translation>
    </message>
    <message>
        <source>Power-to-weight (PS/t)</source>
        <translation>パワーウェイトレシオ (PS/t)</translation>
    </message>
    <message>
        <source>WLTC range (km)</source>
        <translation>航続距離 WLTC (km)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kei-legal</source>
        <translation>軽規格適合</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>違反した規格</translation>
    </message>
    <message>
        <source>Meets the rules</source>
        <translation>課題の条件を満たす</translation>
    </message>
    <message>
        <source>Sub-folder</source>
        <translation>サブフォルダー</translation>
    </message>
    <message>
        <source>Class folder: %s</source>
        <translation>クラスフォルダー: %s</translation>
    </message>
    <message>
        <source>Class folder league table</source>
        <translation>クラスフォルダーの順位表</translation>
    </message>
    <message>
        <source>Every build in the folder, ranked by the figure chosen. Enter (or a double-click) opens the build chosen; Reload reads the folder again.</source>
        <translation>フォルダー内のすべてのビルドを、選んだ数値で順位付けします。Enter(またはダブルクリック)で選んだビルドを開きます。「再読み込み」でフォルダーをもう一度読み込みます。</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>順位の基準</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>順位の基準(&amp;R):</translation>
    </message>
    <message>
        <source>Challenge: %s</source>
        <translation>課題:%s</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Read the folder again</source>
        <translation>フォルダーを読み直します</translation>
    </message>
    <message>
        <source>Class folder summary</source>
        <translation>クラスフォルダーの概要</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>順位表</translation>
    </message>
    <message>
        <source>Why the file cannot be read</source>
        <translation>ファイルを読み込めない理由</translation>
    </message>
    <message>
        <source>Double-click a build (or press Enter) to open it</source>
        <translation>ビルドをダブルクリック(またはEnter)で開きます</translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation>フォルダーを読み込み中</translation>
    </message>
    <message>
        <source>&amp;Cancel Reading</source>
        <translation>読み込みをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop reading; rank the files read so far</source>
        <translation>読み込みをやめ、ここまでに読んだファイルで順位を付けます</translation>
    </message>
    <message>
        <source>&amp;Open Build</source>
        <translation>ビルドを開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %v of %n file(s)</source>
        <translation>
            <numerusform>%v / %n ファイルを読み込み中</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s を読み込み中…</translation>
    </message>
    <message>
        <source>⚠ %s</source>
        <translation>⚠ %s</translation>
    </message>
    <message>
        <source>⚠ cannot be read</source>
        <translation>⚠ 読み込めません</translation>
    </message>
    <message>
        <source>Select a file marked ⚠ to read here why it cannot be read.</source>
        <translation>⚠ の付いたファイルを選ぶと、読み込めない理由がここに出ます。</translation>
    </message>
    <message>
        <source>Score (lower is better)</source>
        <translation>スコア(小さいほど良い)</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ 適合</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ 不適合</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Cars of th&amp;is era</source>
        <translation>この規格の車(&amp;I)</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>すべてリセット</translation>
    </message>
</context>
<context>
    <name>CompareLegend</name>
    <message>
        <source>Legend of the compared builds</source>
        <translation>比較するビルドの凡例</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Speed against time of the compared builds</source>
        <translation>比較するビルドの速度-時間グラフ</translation>
    </message>
    <message>
        <source>limited</source>
        <comment>a top speed a speed limiter holds</comment>
        <translation>リミッター作動</translation>
    </message>
    <message>
        <source>%s bold: best in the row. Hover for differences.</source>
        <translation>%s 太字:その行で最良。差は数値を指すと表示。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>速度 (km/h)</translation>
    </message>
    <message>
        <source>Race time: drag to scrub the race replay</source>
        <translation>レースの時刻:ドラッグしてレース再生の位置を動かせます</translation>
    </message>
    <message>
        <source>The pinned builds&apos; standing-start runs: speed against time at full throttle, one line per build (the legend names them). The mouse wheel zooms in (+ and - with the plot focused), a drag moves along; double-click or press Home to see it as first drawn.</source>
        <translation>ピン留めしたビルドの静止からの全開加速:速度と時間の関係を、ビルドごとに1本の線で示します(凡例に名前)。マウスホイールで拡大(グラフにフォーカスがあるときは+と-)、ドラッグで移動できます。ダブルクリックかHomeキーで元の表示に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Pin Current Build</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Add a snapshot of the build you are editing</source>
        <translation>編集中のビルドの現在の状態を加えます</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected builds (click a build&apos;s column heading to select it)</source>
        <translation>選んだビルドを外します(ビルドの列見出しをクリックで選択)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pinned build (Ctrl+Z here takes that back)</source>
        <translation>ピン留めしたビルドをすべて外します(ここでCtrl+Zを押すと元に戻ります)</translation>
    </message>
    <message>
        <source>R&amp;ace Them</source>
        <translation>レース(&amp;A)</translation>
    </message>
    <message>
        <source>Replay a 400 m race of the pinned builds</source>
        <translation>ピン留めしたビルドのゼロヨン(0-400 m)レースを再生します</translation>
    </message>
    <message>
        <source>Comparison message</source>
        <translation>比較のメッセージ</translation>
    </message>
    <message>
        <source>The pinned builds side by side: a column per build, a row per figure. In bold, the best of each row; in brackets, each build&apos;s difference from the first.</source>
        <translation>ピン留めしたビルドを並べた表:列がビルド、行が数値です。太字はその行で最良、かっこ内は最初のビルドとの差です。</translation>
    </message>
    <message>
        <source>Figures of the compared builds</source>
        <translation>比較するビルドの諸元</translation>
    </message>
    <message>
        <source>Removed “%s”. Ctrl+Z here takes that back.</source>
        <translation>「%s」を外しました。ここでCtrl+Zを押すと元に戻ります。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n build(s). Ctrl+Z here takes that back.</source>
        <translation>
            <numerusform>%n台を外しました。ここでCtrl+Zを押すと元に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>({era} rules)</source>
        <extracomment>The comparison&apos;s row saying whether each build is a kei car, and under which era&apos;s rules ({era}: &quot;1976&quot;): &quot;Kei-legal&quot; / &quot;(1976 rules)&quot;.</extracomment>
        <translation>({era}年の規格)</translation>
    </message>
    <message>
        <source>Every build here is judged by the rules the open build is judged by: {rules}. Choose others in Rules.</source>
        <translation>ここの車はすべて、開いている車と同じ規格で判定します:{rules}。ほかの規格は「規格」で選べます。</translation>
    </message>
    <message>
        <source>limited</source>
        <comment>a top speed a speed limiter holds, short</comment>
        <translation>リミッター</translation>
    </message>
    <message>
        <source>{star} bold: best in the row. {letters}: as in the legend.</source>
        <translation>{star} 太字:その行で最良。{letters}:凡例の記号。</translation>
    </message>
    <message>
        <source>%s bold: best in the row. (+/−): difference from the first build.</source>
        <translation>%s 太字:その行で最良。(+/−):最初のビルドとの差。</translation>
    </message>
    <message>
        <source>km/h</source>
        <comment>the speed axis&apos;s title where the plot is low</comment>
        <translation>km/h</translation>
    </message>
    <message>
        <source>⚠ The comparison already has %d builds, the most it can show. Remove one to add “%s”.</source>
        <translation>⚠ 比較にはすでに表示できる上限の%d台があります。「%s」を加えるには1台外してください。</translation>
    </message>
    <message>
        <source>Pinned “%s”.</source>
        <translation>「%s」をピン留めしました。</translation>
    </message>
    <message>
        <source>current build</source>
        <translation>現在のビルド</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Pin Current Build adds the build you are editing, Compare &gt; Add Preset a real car: up to four, side by side.</source>
        <translation>まだ比較するビルドがありません。「ピン留め」で編集中のビルドを、「比較 &gt; プリセットを追加」で実在の車を加えられます(最大4台を並べて比較)。</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) compared: %s.</source>
        <translation>
            <numerusform>%n台を比較中:%s。</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %s</source>
        <translation>出典:%s</translation>
    </message>
    <message>
        <source>Click to select this build (then Remove)</source>
        <translation>クリックでこのビルドを選択(そのあと「外す」)</translation>
    </message>
    <message>
        <source>Best of the compared builds</source>
        <translation>比較したビルドの中で最良</translation>
    </message>
    <message>
        <source>limited; about %s without the limiter</source>
        <translation>リミッター作動(なしで約⁠%s)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>Hidden until you guess the 0–100 km/h time: the open build is pinned here, with its times.</source>
        <translation>0-100km/h加速タイムを予想するまで非表示です。開いているビルドがタイムと一緒にここにピン留めされています。</translation>
    </message>
    <message>
        <source>Pin one more build ({key}) to race them.</source>
        <translation>レースするには、もう1台ピン留めしてください({key})。</translation>
    </message>
    <message>
        <source>Pin two builds ({key}) to race them.</source>
        <translation>レースするには、ビルドを2台ピン留めしてください({key})。</translation>
    </message>
    <message>
        <source>Pinned with warnings: {w}</source>
        <translation>警告付きで比較に加えました:{w}</translation>
    </message>
    <message numerus="yes">
        <source>Pinned {file}; %n unknown key(s) were ignored.</source>
        <translation>
            <numerusform>{file} を比較に加えました(不明なキー%n個を無視)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned {file} with %n warning(s).</source>
        <translation>
            <numerusform>{file} を比較に加えました(警告%n件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned with warnings</source>
        <translation>警告付きで比較に加えました</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Kei rules</source>
        <translation>軽自動車規格</translation>
    </message>
    <message>
        <source>The kei rules of the era chosen above, one row per rule: the car&apos;s figure against the era&apos;s limit, and how much is to spare or over. A rule the car breaks says what to change. The power row is the makers&apos; 64 PS agreement, not law: above it the car is still a kei car.</source>
        <translation>上で選んだ年代の軽自動車規格を、規格ごとに1行で示します:車の数値と規格の上限、どれだけ余裕があるか(または超えているか)。満たしていない規格には、何を変えればよいかを示します。出力の行はメーカーの64 PS自主規制で、法規ではありません。超えても軽自動車であることに変わりはありません。</translation>
    </message>
    <message>
        <source>Regulation era</source>
        <translation>規格の年代</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>規格(&amp;R):</translation>
    </message>
    <message>
        <source>The rules the build is judged by: saved with it; Ctrl+Z takes a choice back.</source>
        <translation>この車を判定する規格です。ビルドと一緒に保存され、Ctrl+Zで選択を取り消せます。</translation>
    </message>
    <message>
        <source>✔ Pass</source>
        <translation>✔ 適合</translation>
    </message>
    <message>
        <source>⚠ Above</source>
        <translation>⚠ 超過</translation>
    </message>
    <message>
        <source>✖ Over</source>
        <translation>✖ 違反</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>全長</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>全幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>全高</translation>
    </message>
    <message>
        <source>Engine size</source>
        <translation>排気量</translation>
    </message>
    <message>
        <source>Power (makers&apos; agreement, not law)</source>
        <translation>出力(自主規制)</translation>
    </message>
    <message>
        <source>exactly at the limit</source>
        <translation>ちょうど上限</translation>
    </message>
    <message>
        <source>{margin} to spare</source>
        <translation>余裕 {margin}</translation>
    </message>
    <message>
        <source>{margin} over</source>
        <translation>{margin}超過</translation>
    </message>
    <message>
        <source>{value} of {limit} {unit} — {margin}</source>
        <translation>{value} / {limit} {unit} — {margin}</translation>
    </message>
    <message>
        <source>{rule}: {status}, {detail}. {advice}</source>
        <translation>{rule}:{status}、{detail}。{advice}</translation>
    </message>
    <message>
        <source>Shorten the car by at least {margin}.</source>
        <translation>全長を{margin}以上短くしてください。</translation>
    </message>
    <message>
        <source>Make the car at least {margin} narrower.</source>
        <translation>全幅を{margin}以上狭くしてください。</translation>
    </message>
    <message>
        <source>Lower the car by at least {margin}.</source>
        <translation>全高を{margin}以上低くしてください。</translation>
    </message>
    <message>
        <source>Use an engine of {limit} or less (at least {margin} smaller).</source>
        <translation>排気量{limit}以下のエンジンにしてください({margin}以上小さく)。</translation>
    </message>
    <message>
        <source>Cap the power at {limit} to keep to the makers&apos; agreement (it is not law).</source>
        <translation>メーカーの自主規制を守るには、出力を{limit}に抑えてください(法規ではありません)。</translation>
    </message>
    <message numerus="yes">
        <source>✖ Not a kei car under the rules since {date}: %n rule(s) broken.</source>
        <translation>
            <numerusform>✖ {date}〜の軽規格に不適合(%n項目が規格外)</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ A kei car under the rules since {date}.</source>
        <translation>✔ {date}〜の軽規格に適合</translation>
    </message>
    <message>
        <source>But it is above the makers&apos; power agreement.</source>
        <translation>ただし、メーカーの出力自主規制を超えています。</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Value not possible</source>
        <translation>この値にはできません</translation>
    </message>
</context>
<context>
    <name>DockKeys</name>
    <message>
        <source>&amp;Floating Panels</source>
        <translation>パネルの切り離し(&amp;F)</translation>
    </message>
    <message>
        <source>Context Menu</source>
        <translation>コンテキストメニュー</translation>
    </message>
    <message>
        <source>&amp;Move Panel</source>
        <translation>パネルを移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Size Panel</source>
        <translation>パネルのサイズ変更(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Float</source>
        <translation>切り離す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ変更(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Rules: {era}</source>
        <extracomment>An undo step: the kei rules of an era chosen to judge the build by; {era} is the era&apos;s name (&quot;1976&quot;; Japanese: 1976年(昭和51年)).</extracomment>
        <translation>規格の変更: {era}</translation>
    </message>
</context>
<context>
    <name>DrivetrainPanel</name>
    <message>
        <source>Gearbox type. A manual loses least; a twin-clutch box changes gear without a break in drive but weighs more; an automatic loses more and shifts slower; a CVT keeps the engine near peak power but loses more in the belt.</source>
        <translation>トランスミッションの種類。MTは損失が最も少なく、デュアルクラッチ(DCT)は駆動を途切れさせずに変速しますが重くなります。ATは損失が大きく変速も遅くなります。CVTはエンジンを最高出力付近に保てますが、ベルトでの損失が大きくなります。</translation>
    </message>
    <message>
        <source>Forward gears. More gears keep the engine nearer peak power (quicker) and add a few kg.</source>
        <translation>前進段数。段数が多いほどエンジンを最高出力付近に保てて(速くなる)、数kg重くなります。</translation>
    </message>
    <message>
        <source>Dr&amp;ivetrain</source>
        <translation>駆動系(&amp;I)</translation>
    </message>
    <message>
        <source>Change gears</source>
        <translation>段数の変更</translation>
    </message>
    <message>
        <source>Fit the speed limiter</source>
        <translation>スピードリミッターを付ける</translation>
    </message>
    <message>
        <source>Remove the speed limiter</source>
        <translation>スピードリミッターを外す</translation>
    </message>
    <message>
        <source>Change gearbox</source>
        <translation>トランスミッションの変更</translation>
    </message>
    <message>
        <source>Single-speed reduction</source>
        <translation>1段減速機</translation>
    </message>
    <message>
        <source>A CVT has no fixed gears: its ratio changes continuously.</source>
        <translation>CVTには決まった段がなく、変速比が連続的に変わります。</translation>
    </message>
    <message>
        <source>Japanese makers limit a kei car&apos;s speed (a voluntary agreement, like the 64 PS one, from about 1990). Off: the car runs to its own top speed.</source>
        <translation>日本のメーカーは軽自動車の速度を制限しています(64 PS と同じ自主規制、1990 年ごろから)。オフにすると、車は本来の最高速度まで走ります。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>An electric car has a second limit of its own, the motor&apos;s speed limit (Motor and battery): the maker&apos;s top speed. The lower of the two holds the car.</source>
        <translation>電気自動車にはもう一つ、モーター側の速度制限(モーターとバッテリー)があります。メーカーが決めた最高速度です。二つのうち低い方で頭打ちになります。</translation>
    </message>
    <message>
        <source>On (%1 km/h: the motor&apos;s %2 km/h limit comes first)</source>
        <translation>オン(%1 km/h:先にモーター側の %2 km/h 制限が効きます)</translation>
    </message>
    <message>
        <source>An electric car has a single-speed reduction, no gearbox.</source>
        <translation>電気自動車は1段の減速機で、変速機はありません。</translation>
    </message>
</context>
<context>
    <name>EnginePanel</name>
    <message>
        <source>Cools the charged air: more power from a turbo or supercharger, a few kg more.</source>
        <translation>過給した空気を冷やします。ターボやスーパーチャージャーの出力が上がり、数kg重くなります。</translation>
    </message>
    <message>
        <source>Valves per cylinder. Four breathe better than two: more power at high rpm and a higher redline.</source>
        <translation>1気筒あたりのバルブ数。4バルブは2バルブより吸排気が良く、高回転で出力が上がりレッドゾーンも高くなります。</translation>
    </message>
    <message>
        <source>The makers&apos; voluntary power limit (64 PS since 1987). On: peak power is held at this value, so times stop improving past it. Off: unrestricted.</source>
        <translation>メーカーの自主規制による出力上限(1987年以降は64 PS)。オン:最高出力をこの値で頭打ちにするので、それ以上タイムは縮みません。オフ:制限なし。</translation>
    </message>
    <message>
        <source>E&amp;ngine</source>
        <translation>エンジン(&amp;N)</translation>
    </message>
    <message>
        <source>Motor a&amp;nd battery</source>
        <translation>モーターとバッテリー(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EraCarsPanel</name>
    <message>
        <source>Cars of this era</source>
        <translation>この規格の車</translation>
    </message>
    <message>
        <source>Reference cars of the chosen era</source>
        <translation>選んだ規格の実在車</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車種</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年式</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0-100km/h加速</translation>
    </message>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <comment>a column of times, as short as it can be</comment>
        <translation>0-100km/h</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Comparison with your build</source>
        <translation>あなたのビルドとの比較</translation>
    </message>
    <message>
        <source>Open this car</source>
        <translation>この車を開く</translation>
    </message>
    <message>
        <source>Start from this car as a preset</source>
        <translation>この車をプリセットとして始めます</translation>
    </message>
    <message>
        <source>Cars built under the %s: select one to compare</source>
        <translation>%sの車:選ぶと比較できます</translation>
    </message>
    <message>
        <source>No reference cars from the %s era.</source>
        <translation>%sの実在車のデータはありません。</translation>
    </message>
    <message>
        <source>kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Published: %s</source>
        <translation>カタログ値:%s</translation>
    </message>
    <message>
        <source>Select a car to see it beside your build.</source>
        <translation>車を選ぶと、あなたのビルドと並べて表示します。</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>Your build</source>
        <translation>あなたのビルド</translation>
    </message>
</context>
<context>
    <name>EraOfferBar</name>
    <message>
        <source>Era of this car</source>
        <translation>この車の規格</translation>
    </message>
    <message>
        <source>This car is from %d: judge it by the %s rules?</source>
        <translation>この車は%d年式です。%s年の規格で判定しますか?</translation>
    </message>
    <message>
        <source>Use %s rules</source>
        <translation>%s年で判定</translation>
    </message>
    <message>
        <source>Keep %s rules</source>
        <translation>%s年のまま</translation>
    </message>
</context>
<context>
    <name>GearingPlot</name>
    <message>
        <source>The push at the driving wheels in each gear (a line per gear, numbered) against road speed, with the road load (rolling resistance and drag, dashed) and the tyres&apos; grip (dotted). Where the top gear meets the road load is the top speed, unless the redline or a limiter comes first (under a limiter, a dot marks where the top gear would meet the road load); the gaps between the gears are the gear changes.</source>
        <translation>各ギアでの駆動輪の駆動力(ギアごとに番号付きの線)を車速に対して示し、走行抵抗(転がり抵抗と空気抵抗、破線)とタイヤのグリップ(点線)を重ねています。トップギアの線が走行抵抗と交わるところが最高速度です。ただしレッドゾーンやリミッターが先に来る場合はそこが最高速度で、リミッターのときはトップギアが走行抵抗と交わるはずの点を点で示します。ギアの線の間のすき間が変速です。</translation>
    </message>
    <message>
        <source>%s limiter</source>
        <translation>リミッター %s</translation>
    </message>
    <message>
        <source>about %s without the limiter</source>
        <translation>リミッターなしで約⁠%s</translation>
    </message>
    <message>
        <source>about %s</source>
        <translation>約⁠%s</translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h at the limiter; without it the top gear would meet the road load at %s km/h.</source>
        <translation>
            <numerusform>曲線%n本。最高速度はリミッターの%s km/hです。リミッターがなければ、最高段の曲線は%s km/hで走行抵抗と交わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h at the limiter; without it the fastest curve would meet the road load at %s km/h.</source>
        <translation>
            <numerusform>曲線%n本。最高速度はリミッターの%s km/hです。リミッターがなければ、最も速い曲線は%s km/hで走行抵抗と交わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h, where the top gear&apos;s curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</source>
        <translation>
            <numerusform>曲線%n本。最高速度は%s km/hで、最高段の曲線が走行抵抗より上で終わるところです(エンジンのレッドゾーン、またはモーターの最高回転数か制限)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h, where the fastest curve ends above the road load (the engine&apos;s redline, or the motor&apos;s top speed or limit).</source>
        <translation>
            <numerusform>曲線%n本。最高速度は%s km/hで、最も速い曲線が走行抵抗より上で終わるところです(エンジンのレッドゾーン、またはモーターの最高回転数か制限)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h where the fastest curve meets the road load.</source>
        <translation>
            <numerusform>曲線%n本。最も速い曲線が走行抵抗と交わる最高速度は%s km/hです。</numerusform>
        </translation>
    </message>
    <message>
        <source>━━ single speed  ╍╍ road load  ┈┈ grip  │ top speed</source>
        <translation>━━ 1段  ╍╍ 走行抵抗  ┈┈ グリップ  │ 最高速度</translation>
    </message>
    <message>
        <source>Force at the wheels through the motor&apos;s single speed against road speed. Where it meets the road load (rolling resistance + drag) is the top speed, unless the motor&apos;s top speed or a limiter comes first: the line marks the top speed, and under a limiter a dot marks where it would meet the road load. Dotted: the tyres&apos; grip at rest.</source>
        <translation>モーターの1段の減速で駆動輪が路面を押す力と車速の関係。曲線が走行抵抗(転がり抵抗+空気抵抗)と交わる点が最高速度です。ただしモーターの最高回転やリミッターが先に来る場合は縦線がその最高速度を示し、リミッターのときは曲線が走行抵抗と交わるはずの点を点で示します。点線: 停止時のタイヤのグリップ。</translation>
    </message>
    <message>
        <source>The push at the driving wheels through the motor&apos;s single reduction against road speed: one line, flat while the motor gives its full torque, then falling as its power runs out. With it the road load (rolling resistance and drag, dashed) and the tyres&apos; grip (dotted). Where the line meets the road load is the top speed, unless the motor&apos;s top speed or a limiter comes first (under a limiter, a dot marks where it would meet the road load). There is no gear to change.</source>
        <translation>モーターの1段の減速を通した駆動輪の駆動力を車速に対して示します。線は1本で、モーターが最大トルクを出す間は平らで、出力の上限に達すると下がります。走行抵抗(転がり抵抗と空気抵抗、破線)とタイヤのグリップ(点線)を重ねています。線が走行抵抗と交わるところが最高速度です。ただしモーターの最高回転やリミッターが先に来る場合はそこが最高速度で、リミッターのときは走行抵抗と交わるはずの点を点で示します。変速するギアはありません。</translation>
    </message>
    <message>
        <source>━━ CVT ratios  ╍╍ road load  ┈┈ grip  │ top speed</source>
        <translation>━━ CVTの変速比  ╍╍ 走行抵抗  ┈┈ グリップ  │ 最高速度</translation>
    </message>
    <message>
        <source>Force at the wheels through the CVT against road speed: at its lowest ratio, at its highest, and between them with the engine held near its peak power. Where they meet the road load (rolling resistance + drag) is the top speed, unless the redline or a limiter comes first: the line marks the top speed, and under a limiter a dot marks where they would meet the road load. Dotted: the tyres&apos; grip at rest.</source>
        <translation>CVTを通して駆動輪が路面を押す力と車速の関係。最もローな変速比、最もハイな変速比、その間はエンジンを最高出力付近に保ったときの線です。これらが走行抵抗(転がり抵抗+空気抵抗)と交わる点が最高速度です。ただしレッドゾーンやリミッターが先に来る場合は縦線がその最高速度を示し、リミッターのときは走行抵抗と交わるはずの点を点で示します。点線: 停止時のタイヤのグリップ。</translation>
    </message>
    <message>
        <source>The push at the driving wheels through the CVT against road speed: a line at its lowest ratio, one at its highest, and between them the line of the engine held near its peak power, each named. With them the road load (rolling resistance and drag, dashed) and the tyres&apos; grip (dotted). Where the lines meet the road load is the top speed, unless the redline or a limiter comes first (under a limiter, a dot marks where they would meet the road load). A CVT changes its ratio smoothly: there is no gear change.</source>
        <translation>CVTを通した駆動輪の駆動力を車速に対して示します。最もローな変速比の線、最もハイな変速比の線、その間のエンジンを最高出力付近に保つ線で、それぞれ名前が付いています。走行抵抗(転がり抵抗と空気抵抗、破線)とタイヤのグリップ(点線)を重ねています。線が走行抵抗と交わるところが最高速度です。ただしレッドゾーンやリミッターが先に来る場合はそこが最高速度で、リミッターのときは走行抵抗と交わるはずの点を点で示します。CVTは変速比が連続的に変わるので、変速はありません。</translation>
    </message>
    <message>
        <source>Force at the wheels in each gear (numbered) against road speed. Where the top gear meets the road load (rolling resistance + drag) is the top speed, unless the redline or a limiter comes first: the line marks the top speed, and under a limiter a dot marks where the top gear would meet the road load. The gaps between the curves are the gear changes. Dotted: the tyres&apos; grip at rest.</source>
        <translation>各ギア(番号付き)で駆動輪が路面を押す力と車速の関係。最高段の曲線が走行抵抗(転がり抵抗+空気抵抗)と交わる点が最高速度です。ただしレッドゾーンやリミッターが先に来る場合は縦線がその最高速度を示し、リミッターのときは最高段の曲線が走行抵抗と交わるはずの点を点で示します。曲線のすき間がシフトチェンジです。点線: 停止時のタイヤのグリップ。</translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation>ギア比</translation>
    </message>
    <message>
        <source>Gearing: force at the wheels against speed</source>
        <translation>ギア比: 車速に対する駆動輪の駆動力</translation>
    </message>
    <message>
        <source>Force at the wheels against road speed</source>
        <translation>車速に対する駆動輪の駆動力</translation>
    </message>
    <message>
        <source>Road speed (km/h)</source>
        <translation>車速 (km/h)</translation>
    </message>
    <message>
        <source>kN</source>
        <translation>kN</translation>
    </message>
    <message numerus="yes">
        <source>%n curve(s); top speed %s km/h where the top gear meets the road load.</source>
        <translation>
            <numerusform>曲線%n本。最高段の曲線が走行抵抗と交わる最高速度は%s km/hです。</numerusform>
        </translation>
    </message>
    <message>
        <source>━━ gears  ╍╍ road load  ┈┈ grip  │ top speed</source>
        <translation>━━ 各ギア  ╍╍ 走行抵抗  ┈┈ グリップ  │ 最高速度</translation>
    </message>
</context>
<context>
    <name>GeometryKeys</name>
    <message>
        <source>Size the panel: the arrow keys move its right and bottom edges (Shift: finer); Enter keeps the size, Escape puts it back.</source>
        <translation>パネルのサイズ変更: 矢印キーで右端と下端を動かします(Shift: 細かく)。Enter でそのサイズに、Esc で元に戻します。</translation>
    </message>
    <message>
        <source>Move the panel: the arrow keys move it (Shift: finer); Enter keeps the place, Escape puts it back.</source>
        <translation>パネルの移動: 矢印キーで動かします(Shift: 細かく)。Enter でその位置に、Esc で元に戻します。</translation>
    </message>
</context>
<context>
    <name>GuessBar</name>
    <message>
        <source>Guess first</source>
        <translation>先に予想</translation>
    </message>
    <message>
        <source>Your guess for 0–100 km/h:</source>
        <translation>0-100km/h加速の予想:</translation>
    </message>
    <message>
        <source>Your guess for 0–100 km/h, in seconds</source>
        <translation>0-100km/h加速の予想(秒)</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>例:12.5</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>答え合わせ(&amp;R)</translation>
    </message>
    <message>
        <source>Reveal the model&apos;s times</source>
        <translation>モデルのタイムを表示します</translation>
    </message>
    <message>
        <source>Your guess and the model&apos;s answer</source>
        <translation>あなたの予想とモデルの答え</translation>
    </message>
    <message>
        <source>Type a time in seconds, e.g. 12.5</source>
        <translation>タイムを秒で入力してください(例:12.5)</translation>
    </message>
</context>
<context>
    <name>GuessMode</name>
    <message>
        <source>You guessed {guess} s — the model says it never reaches 100 km/h</source>
        <translation>予想は{guess}秒 — モデルでは100 km/hに達しません</translation>
    </message>
    <message>
        <source>You guessed {guess} s — the model says {model} s (spot on!)</source>
        <translation>予想は{guess}秒 — モデルでは{model}秒(ぴったり!)</translation>
    </message>
    <message>
        <source>You guessed {guess} s — the model says {model} s ({diff} s quicker)</source>
        <translation>予想は{guess}秒 — モデルでは{model}秒(予想より{diff}秒速い)</translation>
    </message>
    <message>
        <source>You guessed {guess} s — the model says {model} s ({diff} s slower)</source>
        <translation>予想は{guess}秒 — モデルでは{model}秒(予想より{diff}秒遅い)</translation>
    </message>
    <message>
        <source>Times hidden: type your guess, then Reveal.</source>
        <translation>タイムは非表示:予想を入力して「答え合わせ」を押してください。</translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message>
        <source>Make it quicker</source>
        <translation>もっと速く</translation>
    </message>
    <message>
        <source>What limits the car</source>
        <translation>加速を制限するもの</translation>
    </message>
    <message>
        <source>The model&apos;s run in one sentence: what limits the car in each stretch of it, from standstill to its top speed, and the time the gear changes cost. The words of each limit are highlighted in the colour the speed plot shades that stretch in.</source>
        <translation>モデルの加速を一文で表したものです:静止から最高速度までの各区間で加速を制限しているものと、変速で失う時間。制限の語は、速度グラフでその区間を網掛けしている色で強調表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What limits it:&lt;/b&gt; {sentence}</source>
        <translation>&lt;b&gt;加速を制限するもの:&lt;/b&gt;{sentence}</translation>
    </message>
    <message>
        <source>One change at a time: what each does to the %s time (click to apply)</source>
        <translation>%sタイムの変化:1か所ずつ変えたとき(クリックで適用)</translation>
    </message>
    <message>
        <source>No single change makes it quicker by more than the model can tell apart (±{margin} s).</source>
        <translation>モデルが見分けられる差(±{margin}秒)を超えて速くなる単独の変更はありません。</translation>
    </message>
    <message>
        <source>No single change moves the time by a tenth of a second.</source>
        <translation>1か所だけの変更では、タイムは0.1秒も変わりません。</translation>
    </message>
    <message>
        <source>About the same: within ±{margin} s, which the model cannot tell apart</source>
        <translation>ほぼ同じ(±{margin}秒以内:モデルには見分けられない)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅くなる</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more change(s) that make it slower.</source>
        <translation>
            <numerusform>…ほかに遅くなる変更が%n件あります(表示していません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more change(s), not shown.</source>
        <translation>
            <numerusform>…ほかに%n件の変更があります(表示していません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — ⚠ above the makers&apos; power agreement (not law)</source>
        <translation>{change} — ⚠ メーカーの出力自主規制を超過(法規ではない)</translation>
    </message>
    <message>
        <source>Click to apply this change (you can undo it)</source>
        <translation>クリックでこの変更を適用(元に戻せます)</translation>
    </message>
    <message>
        <source>Apply %s</source>
        <translation>%sを適用</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>{name} ({file})[*] — keiconfig</source>
        <translation>{name} ({file})[*] — keiconfig</translation>
    </message>
    <message>
        <source>{name}[*] — keiconfig</source>
        <translation>{name}[*] — keiconfig</translation>
    </message>
    <message>
        <source>New build</source>
        <translation>新しいビルド</translation>
    </message>
    <message>
        <source>Could not open the build</source>
        <translation>ビルドを開けませんでした</translation>
    </message>
    <message>
        <source>Opened with warnings: {w}</source>
        <translation>警告付きで開きました:{w}</translation>
    </message>
    <message numerus="yes">
        <source>Opened {file} with %n warning(s).</source>
        <translation>
            <numerusform>{file} を開きました(警告%n件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>警告付きで開きました</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} を開きました</translation>
    </message>
    <message>
        <source>Preset {name}: save it to keep your changes</source>
        <translation>プリセット {name}:変更を残すには保存してください</translation>
    </message>
    <message>
        <source>Saved {file}; the version it replaced, changed by another program or window, is kept as {backup}.</source>
        <translation>{file} を保存しました。置き換えた版(別のプログラムまたはウィンドウが変更したもの)は {backup} に残してあります。</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} を保存しました</translation>
    </message>
    <message>
        <source>“{file}” is now a folder or another thing that is not your saved build, so there is no saved version to go back to. Your build is kept here: save it under another name to keep it.</source>
        <translation>「{file}」はフォルダーなど、保存したビルドではないものになりました。戻る先の保存済みの版がありません。ビルドはここに残っています。残すには別の名前で保存してください。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>保存した状態に戻す</translation>
    </message>
    <message>
        <source>“{file}” is no longer on disk (deleted or moved), so there is no saved version to go back to. Your build is kept here: save it to keep it.</source>
        <translation>「{file}」はディスク上にありません(削除または移動されました)。戻る先の保存済みの版がありません。ビルドはここに残っています。残すには保存してください。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>やり直す操作はありません。</translation>
    </message>
    <message>
        <source>{name} ({file}) [read-only][*] — keiconfig</source>
        <extracomment>The window&apos;s title for a file that cannot be saved where it is (a read-only file, or one in a folder that cannot be written in); [*] is where the * of unsaved changes goes.</extracomment>
        <translation>{name} ({file}) [読み取り専用][*] — keiconfig</translation>
    </message>
    <message numerus="yes">
        <source>Opened {file}; %n unknown key(s) were ignored.</source>
        <translation>
            <numerusform>{file} を開きました(不明なキー%n個を無視)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {file}, judged by the current rules ({era}): it names no others.</source>
        <extracomment>The status bar after File &gt; Open changed the rules shown: the file names no rules to be judged by ({era}: &quot;1998&quot;).</extracomment>
        <translation>{file} を開きました。判定の規格を指定していないため、現行の規格({era})で判定します。</translation>
    </message>
    <message>
        <source>Opened {file}, judged by the {era} rules it was saved with.</source>
        <extracomment>The status bar after File &gt; Open changed the rules shown to the ones the file was saved judged by ({era}: &quot;1976&quot;).</extracomment>
        <translation>{file} を開きました。保存時の{era}の規格で判定します。</translation>
    </message>
    <message>
        <source>{file} is read-only: save your changes under another name or in another folder.</source>
        <extracomment>The status bar when Save goes to Save As for a read-only file.</extracomment>
        <translation>{file} は読み取り専用です。変更は別の名前で、または別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>{file} is in a folder that cannot be written in: save your changes in another folder.</source>
        <extracomment>The status bar when Save goes to Save As for a file whose folder cannot be written in (a read-only folder or disk).</extracomment>
        <translation>{file} は書き込めないフォルダーにあります。変更は別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>Discard your changes and go back to the saved {file}?</source>
        <translation>変更を破棄して、保存した {file} に戻しますか?</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>自動保存に失敗しました:{why}</translation>
    </message>
    <message>
        <source>About keiconfig</source>
        <translation>keiconfig について</translation>
    </message>
    <message>
        <source>&lt;b&gt;keiconfig {v}&lt;/b&gt;&lt;p&gt;Build your own Japanese kei car and see its weight, power, acceleration and whether it fits the kei rules of its era.&lt;/p&gt;</source>
        <translation>&lt;b&gt;keiconfig {v}&lt;/b&gt;&lt;p&gt;自分だけの軽自動車をつくり、重さ・出力・加速、そしてその時代の軽自動車規格に収まるかを確かめられます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help &gt; How the Model Works (F1 in the window) shows how each figure is worked out, with your build&apos;s numbers. Help &gt; What&apos;s This? (Shift+F1), then a click or Enter, says what any part of the window is for.</source>
        <translation>ヘルプ &gt; モデルのしくみ(ウィンドウでF1)は、各数値の求め方をあなたのビルドの数値で示します。ヘルプ &gt; これは何?(Shift+F1)のあと、クリックまたはEnterで、ウィンドウの各部分が何のためのものかを示します。</translation>
    </message>
    <message>
        <source>“{link}” is a web address: save the file from there first, then open it here.</source>
        <translation>「{link}」はWebのアドレスなので、そこからファイルを保存してから、ここで開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Opened {file}, the first of the files dropped; %n other(s) not opened (Compare &gt; Add File… puts builds side by side).</source>
        <translation>
            <numerusform>ドロップされたファイルのうち最初の {file} を開きました。ほかの%n件は開いていません(比較 &gt; ファイルを追加… でビルドを並べて比べられます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>New here? Drag a slider, or start from a real car: File &gt; Open Preset ({keys}). Help: F1; Shift+F1, then click on anything.</source>
        <translation>はじめての方へ:スライダーを動かすか、ファイル &gt; プリセットを開く ({keys})。ヘルプはF1、各部の説明はShift+F1とクリック。</translation>
    </message>
    <message>
        <source>The places of the panels saved last time could not be read: they open where they first do.</source>
        <translation>前回保存したパネルの配置を読み込めませんでした。パネルは最初の位置に開きます。</translation>
    </message>
    <message>
        <source>Projector mode is on again: keiconfig stopped in it last time without closing (F5 turns it off).</source>
        <translation>プロジェクターモードに戻しました。前回、keiconfig がこのモードのまま閉じずに止まったためです(F5 で解除)。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>How the Model Works — keiconfig</source>
        <translation>モデルのしくみ — keiconfig</translation>
    </message>
    <message>
        <source>How each figure of your build is worked out: the model&apos;s equations with the build&apos;s own numbers, which follow the build as you change it. Ctrl+= and Ctrl+- change the text size; F5 is projector mode.</source>
        <translation>ビルドの各数値の求め方です:モデルの式にビルド自身の数値を入れて示し、ビルドを変えると数値も変わります。Ctrl+=とCtrl+-で文字の大きさを変えます。F5でプロジェクターモードになります。</translation>
    </message>
    <message>
        <source>How the model works</source>
        <translation>モデルのしくみ</translation>
    </message>
    <message>
        <source>The model&apos;s equations with **%s**&apos;s own numbers filled in. Change the car and the numbers follow.</source>
        <translation>モデルの計算式に **%s** の数値を入れたものです。車を変えると数値も変わります。</translation>
    </message>
    <message>
        <source>Hidden until you guess (Guess First).</source>
        <translation>予想するまで非表示です(先に予想)。</translation>
    </message>
</context>
<context>
    <name>NumberControl</name>
    <message>
        <source>{name}: from {lo} to {hi}</source>
        <translation>{name}:{lo}から{hi}まで</translation>
    </message>
    <message>
        <source>or {word}</source>
        <translation>または{word}</translation>
    </message>
</context>
<context>
    <name>OutOfReach</name>
    <message>
        <source>out of reach</source>
        <extracomment>In place of a 0–100 km/h (or 0–60 mph) time the car never reaches: in the preset gallery&apos;s column, on a results card, in the comparison table. Short: columns are narrow.</extracomment>
        <translation>到達せず</translation>
    </message>
    <message>
        <source>The model&apos;s run never reaches {target} (top speed {speed} km/h)</source>
        <extracomment>Why a time is &quot;out of reach&quot; ({target}: &quot;100 km/h&quot; or &quot;60 mph&quot;; {speed}: a number).</extracomment>
        <translation>モデルの加速では{target}に達しません(最高速度 {speed} km/h)</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>To-scale outline of the car inside the legal box</source>
        <translation>規格の枠の中に描いた車の外形(縮尺どおり)</translation>
    </message>
    <message>
        <source>The car from the side and from above, to scale, inside the largest box the era&apos;s rules allow (length, width and height).</source>
        <translation>車を横と上から同じ縮尺で描き、その年代の規格で許される最大の箱(全長・全幅・全高)の中に示します。</translation>
    </message>
    <message>
        <source>Sticks out of the legal box: %s.</source>
        <translation>規格の枠からはみ出しています:%s。</translation>
    </message>
    <message>
        <source>Fits inside the legal box.</source>
        <translation>規格の枠に収まっています。</translation>
    </message>
    <message>
        <source>Side: %s long × %s high</source>
        <translation>側面:全長 %s × 全高 %s</translation>
    </message>
    <message>
        <source>limit %s × %s</source>
        <translation>上限 %s × %s</translation>
    </message>
    <message>
        <source>Top: %s wide</source>
        <translation>上面:全幅 %s</translation>
    </message>
    <message>
        <source>limit %s</source>
        <translation>上限 %s</translation>
    </message>
    <message>
        <source>(dashed: %s)</source>
        <translation>(破線:%s)</translation>
    </message>
</context>
<context>
    <name>OverridesPanel</name>
    <message>
        <source>&amp;Pinned figures</source>
        <translation>固定する数値(&amp;P)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <source>traction</source>
        <translation>トラクション</translation>
    </message>
    <message>
        <source>power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>gear shift</source>
        <translation>変速</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>空気抵抗</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Speed against time</source>
        <translation>速度-時間</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>速度 (km/h)</translation>
    </message>
    <message>
        <source>100 km/h (62 mph)</source>
        <translation>100 km/h</translation>
    </message>
    <message>
        <source>The engine&apos;s torque and power against its speed in rpm (an electric car&apos;s motor: flat torque to its base speed, then flat power). Power is torque times engine speed, so it peaks higher up than the torque. The mouse wheel zooms in along the rpm (+ and - with the plot focused), a drag moves along; double-click or press Home to see it as first drawn.</source>
        <translation>エンジン回転数(rpm)に対するトルクと出力です(電気自動車のモーターでは、基底回転数までトルク一定、その先は出力一定)。出力はトルク×回転数なので、トルクより高い回転で最大になります。マウスホイールで回転数の方向に拡大(グラフにフォーカスがあるときは+と-)、ドラッグで移動できます。ダブルクリックかHomeキーで元の表示に戻ります。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%s&quot;&gt;▬ power held at the cap&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%s&quot;&gt;▬ 自主規制で抑えた出力&lt;/span&gt;</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Torque and power against engine speed</source>
        <translation>エンジン回転数に対するトルクと出力</translation>
    </message>
    <message>
        <source>Engine speed (rpm)</source>
        <translation>エンジン回転数 (rpm)</translation>
    </message>
    <message>
        <source>N·m</source>
        <translation>N·m</translation>
    </message>
    <message>
        <source>rev or speed limiter</source>
        <translation>回転上限・スピードリミッター</translation>
    </message>
    <message>
        <source>The model&apos;s standing-start run: speed against time at full throttle. The shading says what limits the car at each moment (the legend below names the colours), a triangle with a number marks a change up into that gear (a CVT and an electric car&apos;s single speed have none to change), and the dashed line is 100 km/h: where the curve crosses it is the 0–100 km/h time. The mouse wheel zooms in (+ and - with the plot focused), a drag moves along; double-click or press Home to see it as first drawn.</source>
        <translation>モデルによる静止からの全開加速:速度と時間の関係です。色分けは各瞬間に加速を制限しているもの(色の意味は下の凡例)、番号付きの三角はそのギアへのシフトアップ(CVTと電気自動車の1段には変速がありません)、破線は100 km/hで、曲線が破線と交わる時刻が0-100km/h加速のタイムです。マウスホイールで拡大(グラフにフォーカスがあるときは+と-)、ドラッグで移動できます。ダブルクリックかHomeキーで元の表示に戻ります。</translation>
    </message>
    <message>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <source>Shading legend: what limits the car</source>
        <translation>網掛けの凡例:加速を制限するもの</translation>
    </message>
    <message>
        <source>The colours of the speed plot&apos;s shading: each names what limits the car at that moment of the run. A triangle with a number on the plot marks a change up into that gear.</source>
        <translation>速度グラフの網掛けの色の意味です:それぞれ、その瞬間に加速を制限しているものを表します。グラフ上の番号付きの三角は、そのギアへのシフトアップです。</translation>
    </message>
    <message>
        <source>The lines of the torque and power plot: the torque against the left axis, the power against the right one, and where a power cap holds the engine back, the power it is held at.</source>
        <translation>トルク・出力グラフの線です:トルクは左軸、出力は右軸で読みます。出力自主規制でエンジンが抑えられている所には、抑えられた出力も示します。</translation>
    </message>
    <message>
        <source>Move the mouse over a plot to read values.</source>
        <translation>グラフにマウスを重ねると値を読めます。</translation>
    </message>
    <message>
        <source>Plot read-out</source>
        <translation>グラフの読み取り値</translation>
    </message>
    <message>
        <source>What the plot under the mouse reads there: on the speed plot the time, the speed, the gear and what limits the car; on the torque plot the engine speed, the torque and the power.</source>
        <translation>マウスを重ねたグラフのその位置の値です:速度グラフでは時間・速度・ギア・加速を制限しているもの、トルクグラフではエンジン回転数・トルク・出力。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Torque and power</source>
        <translation>トルクと出力</translation>
    </message>
    <message>
        <source>Plot shown</source>
        <translation>表示するグラフ</translation>
    </message>
    <message>
        <source>The window has no room for every plot side by side: they take turns here. Click a tab, or press Ctrl+PageDown and Ctrl+PageUp in the plot shown. A larger window shows them all.</source>
        <translation>ウィンドウにグラフをすべて並べる広さがないため、ここで切り替えて表示します。タブをクリックするか、表示中のグラフでCtrl+PageDownとCtrl+PageUpを押してください。ウィンドウを広げるとすべて並びます。</translation>
    </message>
    <message>
        <source>The window has no room for every plot, nor for their tabs: choose the plot shown here, or press Ctrl+PageDown and Ctrl+PageUp in the plot. A larger window shows the tabs, or every plot side by side.</source>
        <translation>ウィンドウにグラフを並べる広さもタブの広さもないため、ここで表示するグラフを選びます。グラフでCtrl+PageDownとCtrl+PageUpを押しても切り替わります。ウィンドウを広げるとタブが出るか、すべて並びます。</translation>
    </message>
    <message>
        <source>Plot shown: %s</source>
        <translation>表示中のグラフ:%s</translation>
    </message>
    <message>
        <source>Reaches %s; 0–100 km/h in %s.</source>
        <translation>最高速度 %s、0-100km/h加速 %s。</translation>
    </message>
    <message>
        <source>100 km/h</source>
        <comment>the 100 km/h line&apos;s name where the plot is narrow</comment>
        <translation>100 km/h</translation>
    </message>
    <message>
        <source>km/h</source>
        <comment>the speed axis&apos;s title where the plot is low</comment>
        <translation>km/h</translation>
    </message>
    <message>
        <source>Motor speed (rpm)</source>
        <translation>モーター回転数 (rpm)</translation>
    </message>
    <message>
        <source>capped at %s; the engine could make %s</source>
        <translation>%sで頭打ち(エンジン本来は%s)</translation>
    </message>
    <message>
        <source>capped at %s</source>
        <translation>%sで頭打ち</translation>
    </message>
    <message>
        <source>Peak torque %s from standstill up to the motor&apos;s base speed, %s; peak power %s from there up to its top speed, %s.</source>
        <translation>最大トルク %s は停止状態からモーターの基底回転数 %s まで、最高出力 %s はそこから最高回転数 %s まで。</translation>
    </message>
    <message>
        <source>Peak torque %s from standstill up to the motor&apos;s top speed; peak power %s at its top speed, %s.</source>
        <translation>最大トルク %s は停止状態からモーターの最高回転数まで、最高出力 %s は最高回転数 %s で。</translation>
    </message>
    <message>
        <source>Peak torque %s at %s; peak power %s at %s.</source>
        <translation>最大トルク %s / %s、最高出力 %s / %s。</translation>
    </message>
    <message>
        <source>The power is %s.</source>
        <translation>出力は%s。</translation>
    </message>
    <message>
        <source>t = %s, %s, limited by %s</source>
        <translation>t = %s、%s、制限:%s</translation>
    </message>
    <message>
        <source>t = %s, %s, gear %d, limited by %s</source>
        <translation>t = %s、%s、%d速、制限:%s</translation>
    </message>
    <message>
        <source>%s: %s, %s</source>
        <translation>%s:%s、%s</translation>
    </message>
    <message>
        <source>Shading, what limits the car: %s. ▲ with a number: gear change.</source>
        <translation>網掛けは加速を制限するもの:%s。▲と数字:変速。</translation>
    </message>
    <message>
        <source>Shading, what limits the car: %s.</source>
        <translation>網掛けは加速を制限するもの:%s。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%s&quot;&gt;━━ torque (left axis)&lt;/span&gt;  &lt;span style=&quot;color:%s&quot;&gt;╍╍ power (right axis)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%s&quot;&gt;━━ トルク(左軸)&lt;/span&gt;  &lt;span style=&quot;color:%s&quot;&gt;╍╍ 出力(右軸)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>gear change</source>
        <translation>シフトアップ</translation>
    </message>
</context>
<context>
    <name>PresetGallery</name>
    <message>
        <source>No published 0–100 km/h time for this car</source>
        <translation>この車の0-100km/h加速の公表値はありません</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>Race replay</source>
        <translation>レース再生</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>再生/一時停止(スペース)</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>1コマ戻る</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>1コマ進む</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>最初に戻る</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Race time</source>
        <translation>レースの時刻</translation>
    </message>
    <message>
        <source>Race time read-out</source>
        <translation>レースの時刻表示</translation>
    </message>
    <message>
        <source>Finishing order</source>
        <translation>着順</translation>
    </message>
    <message>
        <source>Finishing order over %s: as the cars cross the line.</source>
        <translation>%sの着順:ゴールした順に表示します。</translation>
    </message>
    <message>
        <source>%s does not finish</source>
        <translation>%sは完走できません</translation>
    </message>
    <message>
        <source>Finishing order over %s: %s</source>
        <translation>%sの着順:%s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>RaceTrack</name>
    <message>
        <source>Race replay: the cars on a 400 m track</source>
        <translation>レース再生:0-400 mのコースを走る車</translation>
    </message>
    <message>
        <source>No race.</source>
        <translation>レースはありません。</translation>
    </message>
    <message>
        <source>%s: %s in %s</source>
        <translation>%s:%s(%s)</translation>
    </message>
    <message>
        <source>%s: %s, %s</source>
        <translation>%s:%s、%s</translation>
    </message>
    <message>
        <source>%s: %s, %s, gear %d</source>
        <translation>%s:%s、%s、%d速</translation>
    </message>
    <message>
        <source>Pin two to four builds in the comparison, then press Race Them.</source>
        <translation>比較にビルドを2〜4台ピン留めして、「レース」を押してください。</translation>
    </message>
    <message>
        <source>{speed} · gear {gear}</source>
        <translation>{speed} · {gear}速</translation>
    </message>
    <message>
        <source>t = %s</source>
        <translation>t = %s</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>最大トルク</translation>
    </message>
    <message>
        <source>Power to weight</source>
        <translation>パワーウェイトレシオ</translation>
    </message>
    <message>
        <source>0–60 mph</source>
        <translation>0-60 mph</translation>
    </message>
    <message>
        <source>0–100 km/h (0–62 mph)</source>
        <translation>0-100km/h加速</translation>
    </message>
    <message>
        <source>¼ mile</source>
        <translation>1/4マイル</translation>
    </message>
    <message>
        <source>0–400 m</source>
        <translation>ゼロヨン (0-400 m)</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>Peak torque: the most twisting force the engine or motor gives. Through the gears it becomes the push at the wheels that accelerates the car.</source>
        <translation>最大トルク:エンジンまたはモーターが出す最大の回転力。ギアを通して、車を加速させる駆動輪の駆動力になります。</translation>
    </message>
    <message>
        <source>Peak power for each tonne of kerb weight: a quick guide to how fast a car can be, before gearing, grip and drag have their say.</source>
        <translation>車両重量1トンあたりの最高出力。ギア比、グリップ、空気抵抗を考える前の、車の速さのおおまかな目安です。</translation>
    </message>
    <message>
        <source>Time from standstill to 60 mph (96.6 km/h) in the model&apos;s run: full throttle on a level road with no wind, one 75 kg driver, the tyres&apos; grip and every gear change counted.</source>
        <translation>モデルの加速で、静止から60 mph(96.6 km/h)までのタイム:平坦で無風の道を全開で、ドライバー1名(75 kg)、タイヤのグリップとすべての変速を含みます。</translation>
    </message>
    <message>
        <source>Time from standstill to 100 km/h (62 mph) in the model&apos;s run: full throttle on a level road with no wind, one 75 kg driver, the tyres&apos; grip and every gear change counted.</source>
        <translation>モデルの加速で、静止から100 km/h(62 mph)までのタイム:平坦で無風の道を全開で、ドライバー1名(75 kg)、タイヤのグリップとすべての変速を含みます。</translation>
    </message>
    <message>
        <source>Time to cover a quarter mile (402.3 m) from standstill in the model&apos;s run.</source>
        <translation>モデルの加速で、静止から1/4マイル(402.3 m)を走るタイム。</translation>
    </message>
    <message>
        <source>Time to cover 400 m from standstill in the model&apos;s run: the figure Japanese magazines quote.</source>
        <translation>モデルの加速で、静止から400 mを走るタイム(ゼロヨン):日本の自動車雑誌が載せる値です。</translation>
    </message>
    <message>
        <source>The highest speed of the model&apos;s run: where the push at the wheels meets rolling resistance and air drag, unless the rev limiter or a speed limiter stops the car first (the note then says how fast it would go without it).</source>
        <translation>モデルの加速で達する最高の速度:駆動輪の駆動力が転がり抵抗と空気抵抗とつり合うところです。その前にレブリミッターやスピードリミッターが効く場合は、それで止まります(そのときは、リミッターがなければどこまで出るかを注記します)。</translation>
    </message>
    <message>
        <source>An electric car&apos;s range on the Japanese WLTC test cycle, from the model&apos;s energy balance; point at the figure to read its assumptions.</source>
        <translation>電気自動車の日本のWLTCモードでの航続距離。モデルのエネルギー収支から求めます。数値にポインターを合わせると、前提条件を表示します。</translation>
    </message>
    <message>
        <source>torque in N·m only</source>
        <extracomment>Translate as &quot;torque also in kgf·m&quot; where spec sheets give torque in kgf·m too (Japanese), else keep &quot;torque in N·m only&quot;.</extracomment>
        <translation>torque also in kgf·m</translation>
    </message>
    <message>
        <source>quarter mile first</source>
        <extracomment>Which standing-start time the results show: translate as &quot;400 m first&quot; where magazines quote the 400 m time (Japanese), else keep &quot;quarter mile first&quot;.</extracomment>
        <translation>400 m first</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Where the weight is</source>
        <translation>重量の内訳</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>limited; about %s without the limiter</source>
        <translation>リミッター作動(なしで約⁠%s)</translation>
    </message>
    <message>
        <source>published: %s</source>
        <translation>カタログ値:%s</translation>
    </message>
    <message>
        <source>Pinned at {pinned}; the parts below are the model&apos;s estimate ({estimate}).</source>
        <translation>{pinned}に固定。下の内訳はモデルの推定値({estimate})です。</translation>
    </message>
    <message>
        <source>Kerb weight: the car ready to drive, with its fluids and a full tank, without the driver. The model adds it up from the car&apos;s parts (Help &gt; How the Model Works shows the sum); pin it when you know the real figure.</source>
        <translation>車両重量:油脂類と満タンの燃料を入れ、すぐ走れる状態の重さ(ドライバーは含みません)。モデルは部品ごとの重さを足し合わせて求めます(内訳は ヘルプ &gt; モデルのしくみ)。実際の値がわかっていれば固定できます。</translation>
    </message>
    <message>
        <source>Peak power of the engine, after its power cap (the makers&apos; 64 PS agreement holds a kei engine at 64 PS even when it could make more), or of an electric car&apos;s motor. 1 PS = 0.7355 kW.</source>
        <translation>エンジンの最高出力(出力自主規制を適用した後の値。メーカーの64 PS自主規制により、軽自動車のエンジンはそれ以上出せる場合でも64 PSに抑えられます)、または電気自動車のモーターの最高出力。1 PS = 0.7355 kW。</translation>
    </message>
    <message>
        <source>%s (doubtful: point here for why)</source>
        <translation>%s (要注意:ここを指すと、理由を表示)</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>リミッター作動</translation>
    </message>
    <message>
        <source>▲ out of reach</source>
        <extracomment>Under a time on a card: after a change the car no longer reaches the speed (100 km/h) or the distance at all.</extracomment>
        <translation>▲ 到達せず 悪化</translation>
    </message>
    <message>
        <source>▼ within reach</source>
        <extracomment>Under a time on a card: after a change the car reaches it again.</extracomment>
        <translation>▼ 到達可能に 改善</translation>
    </message>
    <message>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>悪化</translation>
    </message>
    <message>
        <source>Range (WLTC)</source>
        <translation>航続距離 (WLTC)</translation>
    </message>
    <message>
        <source>Range on the Japanese WLTC mode (low, medium and high phases), from the model&apos;s energy balance (model.md). At a steady %1 km/h: %2 km; at %3 km/h: %4 km.</source>
        <translation>日本のWLTCモード(市街地・郊外・高速)での航続距離。モデルのエネルギー収支から計算(model.md)。一定速度%1 km/hでは%2 km、%3 km/hでは%4 km。</translation>
    </message>
</context>
<context>
    <name>WeightBars</name>
    <message>
        <source>Kerb weight by part</source>
        <extracomment>The share of the weight bars&apos; width the bars keep, however long a part&apos;s name.</extracomment>
        <translation>部位ごとの車両重量</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>ズームを戻す</translation>
    </message>
    <message>
        <source>The plot as first drawn again (Home, or double-click the plot)</source>
        <translation>グラフを元の表示に戻します(Homeキー、またはグラフをダブルクリック)</translation>
    </message>
</context>
<context>
    <name>_RatioRow</name>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Gear ratios: Auto</source>
        <translation>ギア比: 自動</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The start of the usage line, before the command: keep the space at the end.</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <extracomment>%s: the arguments missing (FILE, FOLDER).</extracomment>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <extracomment>%s: what was typed and not understood.</extracomment>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <extracomment>%(argument_name)s: the option (--era); %(message)s: what is wrong with it.</extracomment>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値が1つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値が1つ以上必要です</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値が%s個必要です</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値が%s個必要です</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <extracomment>%(value)r: what was typed; %(choices)s: the allowed values.</extracomment>
        <translation>%(value)r は選べません(次から選んでください: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <extracomment>%(type)s: the kind of value (int, float); %(value)r: what was typed.</extracomment>
        <translation>%(value)r は %(type)s の値として正しくありません</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <extracomment>%(option)s: what was typed; %(matches)s: the options it could be.</extracomment>
        <translation>%(option)s はあいまいです。次のどれにも当てはまります: %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のどれかが必要です</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された値 %r は使えません</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>思いがけないオプションです: %s</translation>
    </message>
</context>
<context>
    <name>body_notes</name>
    <message>
        <source>Construction (Auto) is now a ladder frame, as under a 4WD off-roader: {kg}. For a crossover, choose Monocoque.</source>
        <translation>車体構造(自動)が4WDオフローダーのラダーフレームになりました:{kg}。クロスオーバーならモノコックを選んでください。</translation>
    </message>
    <message>
        <source>Construction (Auto) is now a ladder frame, as under a cab-over kei truck: {kg}. For a car-based pickup, choose Monocoque.</source>
        <translation>車体構造(自動)がキャブオーバー軽トラックのラダーフレームになりました:{kg}。乗用車ベースのピックアップならモノコックを選んでください。</translation>
    </message>
    <message>
        <source>Construction (Auto) is now a monocoque, with no ladder frame: {kg}. To keep the frame, choose Ladder frame.</source>
        <translation>車体構造(自動)がモノコックになり、ラダーフレームがなくなりました:{kg}。フレームを残すならラダーフレームを選んでください。</translation>
    </message>
    <message>
        <source>An open top: the sills, floor and scuttle are stiffened for the roof that no longer carries loads, and the top has a mechanism: {kg}.</source>
        <translation>オープントップ:荷重を受けなくなった屋根の代わりにサイドシル、フロア、スカットルを補強し、幌などの機構も加わります:{kg}。</translation>
    </message>
    <message>
        <source>A fixed roof carries loads again: the open top&apos;s stiffening and mechanism come off: {kg}.</source>
        <translation>固定ルーフが再び荷重を受けます:オープンボディの補強と機構がなくなります:{kg}。</translation>
    </message>
</context>
<context>
    <name>build</name>
    <message>
        <source>My kei car</source>
        <extracomment>The name of a new build.</extracomment>
        <translation>マイ軽カー</translation>
    </message>
</context>
<context>
    <name>challenge</name>
    <message>
        <source>the file is larger than 100 kB; a challenge is a few lines, so this is not one</source>
        <translation>ファイルが 100 kB より大きいです。課題は数行なので、これは課題ではありません</translation>
    </message>
    <message>
        <source>the file holds nothing but zero bytes: its contents were never written (a USB stick removed too early, or a copy cut short), so ask for it again</source>
        <translation>ファイルの中身がゼロのバイトだけで、内容が書き込まれていない(USBメモリーを早く抜いたか、コピーが途中で切れた)ので、もう一度送ってもらってください</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and at {kilobytes} KB it is far larger than a challenge (a few KB), so the encoding it is in is not worked out; re-save it as UTF-8 in your editor</source>
        <translation>ファイルはUTF-8ではなく、{kilobytes} KBとチャレンジ(数KB)よりはるかに大きいため、どの文字コードかは調べません。エディターでUTF-8として保存し直してください</translation>
    </message>
    <message>
        <source>the file was not saved as UTF-8, and its letters look like Russian, “{russian}” (Windows-1251, Russian Windows&apos; encoding), which keiconfig does not read. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file</source>
        <extracomment>{russian} is the file&apos;s title (or first words) read as Russian.</extracomment>
        <translation>ファイルはUTF-8で保存されておらず、その文字はロシア語の「{russian}」(Windows-1251、ロシア語版Windowsの文字コード)のようですが、keiconfigはこの文字コードを読み込みません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください</translation>
    </message>
    <message>
        <source>the file was not saved as UTF-8, and its letters could be {first_language}, “{first}” ({first_encoding}), or {other_language}, “{other}” ({other_encoding}): the file does not say which, so it is not read on a guess. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file</source>
        <extracomment>{first} and {other} are the same bytes of the file (its title, most often) read in two encodings, e.g. &quot;Koláø&quot; and &quot;Kolář&quot;; {first_language} is whose letters {first} are (&quot;Western European&quot;) and {first_encoding} its encoding&apos;s name (&quot;Windows-1252&quot;), and so on.</extracomment>
        <translation>ファイルはUTF-8で保存されておらず、その文字は{first_language}の「{first}」({first_encoding})とも{other_language}の「{other}」({other_encoding})とも読めます。ファイルからはどちらか分からないため、推測では読み込みません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください</translation>
    </message>
    <message>
        <source>the file was not saved as UTF-8, and its letters could be Japanese, “{japanese}” (Shift_JIS), or {language}, “{other}” ({encoding}): the file does not say which, so it is not read on a guess. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file</source>
        <extracomment>{japanese} and {other} are the same bytes of the file (its title, most often) read in two encodings, e.g. &quot;ﾀﾝﾄ&quot; and &quot;АЭД&quot;; {language} is whose letters {other} are (&quot;Russian&quot;), {encoding} its encoding.</extracomment>
        <translation>ファイルはUTF-8で保存されておらず、その文字は日本語の「{japanese}」(Shift_JIS)とも{language}の「{other}」({encoding})とも読めます。ファイルからはどちらか分からないため、推測では読み込みません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください</translation>
    </message>
    <message>
        <source>the file is JSON text in an encoding other than UTF-8 that cannot be told for sure; re-save it as UTF-8 in your editor</source>
        <translation>ファイルはUTF-8以外の、確かには見分けられない文字コードで書かれたJSONテキストなので、エディターでUTF-8として保存し直してください</translation>
    </message>
    <message>
        <source>the file is encoded as {encoding}; challenge files must be UTF-8 (re-save it as UTF-8 in your editor)</source>
        <extracomment>{encoding} is UTF-16 or Shift_JIS.</extracomment>
        <translation>ファイルが{encoding}で書かれています。課題ファイルはUTF-8でなければなりません(エディターでUTF-8として保存し直してください)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; it may be a binary or damaged file</source>
        <translation>ファイルが UTF-8 のテキストではありません。バイナリか壊れたファイルかもしれません</translation>
    </message>
    <message>
        <source>the file is a zip archive, not a challenge file; unzip it and open the challenge file inside</source>
        <translation>ファイルはzipアーカイブで課題ファイルではないので、展開して中の課題ファイルを開いてください</translation>
    </message>
    <message>
        <source>the file is rich text (RTF), as macOS TextEdit saves it, not plain JSON; in TextEdit choose Format &gt; Make Plain Text and save it again</source>
        <translation>ファイルはmacOSのテキストエディットが保存するリッチテキスト(RTF)で、プレーンなJSONではないので、テキストエディットで「フォーマット」&gt;「標準テキストにする」を選んで保存し直してください</translation>
    </message>
    <message>
        <source>the file is a web page (HTML), not a challenge file; a link&apos;s page was saved instead of the file, so download the file itself (on GitHub, its Raw button)</source>
        <translation>ファイルはWebページ(HTML)で課題ファイルではない(ファイルの代わりにリンク先のページが保存された)ので、ファイルそのものをダウンロードし直してください(GitHubではRawボタンから)</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} は JSON で使える数ではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; appears twice in the same object; a challenge gives each field once (delete one of them)</source>
        <translation>&quot;{key}&quot; が同じオブジェクトに2回あります。課題ファイルでは各項目は1回だけです(どちらかを削除してください)</translation>
    </message>
    <message>
        <source>the file ends too early (at line {line}): it was probably cut off while it was copied or saved</source>
        <translation>ファイルが途中({line}行目)で終わっています。コピーか保存の途中で切れたのかもしれません</translation>
    </message>
    <message>
        <source>this is not a keiconfig class challenge file, nor JSON at all (a challenge file is JSON text, starting with {mark})</source>
        <extracomment>{mark} is the opening brace, {.</extracomment>
        <translation>keiconfig のクラスの課題ファイルではなく、JSON でもありません(課題ファイルは {mark} で始まる JSON テキストです)</translation>
    </message>
    <message>
        <source>the JSON is broken at line {line}, column {column}: {problem}</source>
        <extracomment>{problem} is Python&apos;s JSON parser&apos;s own words, e.g. &quot;expecting value&quot;.</extracomment>
        <translation>JSON が {line} 行 {column} 文字目で壊れています: {problem}</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply</source>
        <translation>JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>. On a Mac, TextEdit does it: hold Option, choose File &gt; Save As, set Plain Text Encoding to Unicode (UTF-8), and save</source>
        <extracomment>Said after the Notepad steps (Japanese: no space before it); no full stop at the end, as the sentence before it.</extracomment>
        <translation>。Macではテキストエディットで、Optionキーを押しながら「ファイル」&gt;「別名で保存」を選び、「標準テキストのエンコーディング」を「Unicode (UTF-8)」にして保存してください</translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <extracomment>A problem in a challenge file: &quot;quick.challenge.json: the file is empty.&quot;</extracomment>
        <translation>{source}: {problem}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a text of 1 to {limit} characters</source>
        <translation>&quot;{key}&quot; は 1〜{limit} 文字のテキストにしてください</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is longer than {limit} characters</source>
        <translation>&quot;{key}&quot; が {limit} 文字より長いです</translation>
    </message>
    <message>
        <source>a challenge file holds one JSON object { ... }</source>
        <translation>課題ファイルには JSON オブジェクト { ... } を1つ書きます</translation>
    </message>
    <message>
        <source>this is a build file, not a challenge; open it with File &gt; Open (a challenge has &quot;format&quot;: &quot;keiconfig-challenge&quot;)</source>
        <translation>これはビルドファイルで、課題ではありません。ファイル &gt; 開く で開いてください (課題には &quot;format&quot;: &quot;keiconfig-challenge&quot; があります)</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;{format}&quot;; this is not a challenge file</source>
        <translation>&quot;format&quot; は &quot;{format}&quot; でなければなりません。これは課題ファイルではありません</translation>
    </message>
    <message>
        <source>&quot;version&quot; is {version}; this keiconfig reads version {supported} challenges (a newer keiconfig may read this one)</source>
        <translation>&quot;version&quot; が {version} です。この keiconfig が読めるのはバージョン {supported} の課題です (新しい keiconfig なら読めるかもしれません)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a field of a challenge; the fields are: {fields}</source>
        <translation>&quot;{key}&quot; は課題の項目ではありません。項目は次のとおりです: {fields}</translation>
    </message>
    <message>
        <source>&quot;era&quot; must be one of {eras}</source>
        <translation>&quot;era&quot; は {eras} のどれかにしてください</translation>
    </message>
    <message>
        <source>&quot;era&quot; is {era}; it must be one of {eras}</source>
        <translation>&quot;era&quot; が {era} です。{eras} のどれかにしてください</translation>
    </message>
    <message>
        <source>&quot;agreement&quot; must be true or false</source>
        <translation>&quot;agreement&quot; は true か false にしてください</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be an object { ... }</source>
        <translation>&quot;constraints&quot; はオブジェクト { ... } にしてください</translation>
    </message>
    <message>
        <source>&quot;constraints.{key}&quot; is not a constraint keiconfig knows; the constraints are: {keys}</source>
        <translation>&quot;constraints.{key}&quot; は keiconfig の知らない条件です。条件は次のとおりです: {keys}</translation>
    </message>
    <message>
        <source>&quot;constraints.min_seats&quot; must be a whole number from 1 to 8</source>
        <translation>&quot;constraints.min_seats&quot; は 1〜8 の整数にしてください</translation>
    </message>
    <message>
        <source>&quot;constraints.body_styles&quot; must be a list of body styles</source>
        <translation>&quot;constraints.body_styles&quot; はボディタイプのリストにしてください</translation>
    </message>
    <message>
        <source>&quot;constraints.body_styles&quot;: {style} is not a body style; the styles are: {styles}</source>
        <translation>&quot;constraints.body_styles&quot;: {style} はボディタイプではありません。形式は次のとおりです: {styles}</translation>
    </message>
    <message>
        <source>&quot;constraints.max_kerb_weight_kg&quot; must be a number of kilograms, 150 to 5000</source>
        <translation>&quot;constraints.max_kerb_weight_kg&quot; は 150〜5000 のキログラム数にしてください</translation>
    </message>
    <message>
        <source>&quot;vary&quot; must be a list of build fields such as &quot;body.length_mm&quot;</source>
        <translation>&quot;vary&quot; は &quot;body.length_mm&quot; のような車の項目のリストにしてください</translation>
    </message>
    <message>
        <source>&quot;vary&quot;: {field} is not a field an exploration can vary; choose from: {fields}</source>
        <translation>&quot;vary&quot;: {field} は探索で変えられる項目ではありません。次から選んでください: {fields}</translation>
    </message>
    <message>
        <source>&quot;objective.{figure}&quot; must be a positive number (a weight)</source>
        <translation>&quot;objective.{figure}&quot; は正の数 (重み) にしてください</translation>
    </message>
    <message>
        <source>&quot;objective&quot; must be a figure, e.g. &quot;zero_to_100kmh_s&quot;, or an object of weights such as {{&quot;zero_to_100kmh_s&quot;: 1, &quot;top_speed_kmh&quot;: 0.5}}; the figures are: {figures}</source>
        <translation>&quot;objective&quot; は &quot;zero_to_100kmh_s&quot; のような数値名か、{{&quot;zero_to_100kmh_s&quot;: 1, &quot;top_speed_kmh&quot;: 0.5}} のような重みのオブジェクトにしてください。数値名は次のとおりです: {figures}</translation>
    </message>
    <message>
        <source>{source}: could not be evaluated ({reason}).</source>
        <translation>{source}: 評価できませんでした ({reason})。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{value} is not a whole number from {low} to {high}</source>
        <translation>{value} は {low} から {high} までの整数ではありません</translation>
    </message>
    <message>
        <source>{value} is not a number from {low} to {high}</source>
        <translation>{value} は {low} から {high} までの数ではありません</translation>
    </message>
    <message>
        <source>{value} is not a whole number, at least {low}</source>
        <translation>{value} は {low} 以上の整数ではありません</translation>
    </message>
    <message>
        <source>{value} is not a number, at least {low}</source>
        <translation>{value} は {low} 以上の数ではありません</translation>
    </message>
    <message>
        <source>--from {spec}: no such file, and {problem}</source>
        <extracomment>{problem}: &quot;there is no preset called …; available presets: …&quot;</extracomment>
        <translation>--from {spec}: そのファイルはありません。また、{problem}</translation>
    </message>
    <message>
        <source>--range {item}: {value} is not one of {values}</source>
        <translation>--range {item}: {value} は {values} のどれでもありません</translation>
    </message>
    <message>
        <source>--range {item}: give it as {form}, e.g. {example}</source>
        <translation>--range {item}: {form} の形で指定してください(例: {example})</translation>
    </message>
    <message>
        <source>--front {figure} is not a figure; choose from: {figures}</source>
        <translation>--front {figure} は数値の名前ではありません。次から選んでください: {figures}</translation>
    </message>
    <message>
        <source>challenge: {title}</source>
        <translation>課題:{title}</translation>
    </message>
    <message>
        <source>rules: {rules}; objective: {objective}</source>
        <translation>規格:{rules}、目標:{objective}</translation>
    </message>
    <message>
        <source>varied: {fields}</source>
        <translation>変える項目:{fields}</translation>
    </message>
    <message>
        <source> (breaks: {rules})</source>
        <translation>(違反:{rules})</translation>
    </message>
    <message>
        <source>no legal build found</source>
        <translation>規格に適合するビルドは見つかりませんでした</translation>
    </message>
    <message>
        <source>your build: {mine}; best found: {found}</source>
        <translation>あなたのビルド:{mine}、見つかった最良:{found}</translation>
    </message>
    <message>
        <source>best legal builds:</source>
        <translation>規格に適合する最良のビルド:</translation>
    </message>
    <message>
        <source>{folder} is a link that leads to no folder (nowhere, or back to itself); --out needs a folder.</source>
        <translation>{folder} はどのフォルダーも指していないリンクです(リンク先がないか、自分自身を指しています)。--out にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>{folder} is not a folder; --out needs a folder.</source>
        <translation>{folder} はフォルダーではありません。--out にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be made: {system} is a folder of the system, whose files are the computer&apos;s own, and nothing can be saved in it.</source>
        <translation>フォルダー {folder} を作れません: {system} はシステムのフォルダーで、その中のファイルはコンピューター自身のものです。ここには何も保存できません。</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be made: a part of its path is a file, not a folder.</source>
        <translation>フォルダー {folder} を作れません: パスの途中がフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be made ({reason}).</source>
        <extracomment>{reason} is the operating system&apos;s own words.</extracomment>
        <translation>フォルダー {folder} を作れません({reason})。</translation>
    </message>
    <message>
        <source>unreadable (see below)</source>
        <translation>読み込めません(下記)</translation>
    </message>
    <message>
        <source>complies</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>breaks: {rules}</source>
        <translation>違反:{rules}</translation>
    </message>
    <message>
        <source>Challenge: {title} ({rules}).</source>
        <translation>課題:{title}({rules})。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>no file was given (the name is empty)</source>
        <translation>ファイルが指定されていません(名前が空です)</translation>
    </message>
    <message>
        <source>no build file or preset was given (the name is empty)</source>
        <translation>ビルドファイルもプリセットも指定されていません(名前が空です)</translation>
    </message>
    <message>
        <source>no folder was given (the name is empty)</source>
        <translation>フォルダーが指定されていません(名前が空です)</translation>
    </message>
    <message>
        <source>no build file was given to open (the name is empty)</source>
        <translation>開くビルドファイルが指定されていません(名前が空です)</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>最大トルク</translation>
    </message>
    <message>
        <source>Power-to-weight</source>
        <translation>パワーウェイトレシオ</translation>
    </message>
    <message>
        <source>0–60 mph</source>
        <translation>0-60 mph</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0-100km/h加速</translation>
    </message>
    <message>
        <source>Quarter mile</source>
        <translation>1/4マイル</translation>
    </message>
    <message>
        <source>400 m</source>
        <translation>ゼロヨン (0-400 m)</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>WLTC range</source>
        <translation>航続距離 (WLTC)</translation>
    </message>
    <message>
        <source>Kei-legal</source>
        <translation>軽規格適合</translation>
    </message>
    <message>
        <source>quarter mile first</source>
        <extracomment>Which standing-start times the comparison shows: translate as &quot;400 m first&quot; where magazines quote the 400 m and 0-100 km/h only (Japanese: no 0-60 mph or quarter mile row), else keep &quot;quarter mile first&quot;.</extracomment>
        <translation>400 m first</translation>
    </message>
</context>
<context>
    <name>electric</name>
    <message>
        <source>The range assumes {usable} % of the battery usable, {load} kg of driver and load, {aux} W for the car&apos;s own systems (air conditioning off) and the motor doing {regen} % of the braking (fitted to the makers&apos; WLTC ranges).</source>
        <translation>一充電走行距離の前提:バッテリー容量の{usable} %が使用可能、ドライバーと荷物で{load} kg、車両自体の電装品などに{aux} W(エアコンはオフ)、制動の{regen} %をモーター(回生)が受け持つ(この割合はメーカーのWLTC値に合わせた推定値)。</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>[Wheelspin] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[ホイールスピン]による制限</translation>
    </message>
    <message>
        <source>[Engine power] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[エンジン出力]による制限</translation>
    </message>
    <message>
        <source>[Gear changes] hold it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[変速]によるロス</translation>
    </message>
    <message>
        <source>[The rev limiter] holds it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[レブリミッター]による頭打ち</translation>
    </message>
    <message>
        <source>[Air drag] holds it back</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[空気抵抗]による頭打ち</translation>
    </message>
    <message>
        <source>[wheelspin]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[ホイールスピン]</translation>
    </message>
    <message>
        <source>[engine power]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[エンジン出力]</translation>
    </message>
    <message>
        <source>[gear changes]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[変速]</translation>
    </message>
    <message>
        <source>[the rev limiter]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[レブリミッター]</translation>
    </message>
    <message>
        <source>[air drag]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[空気抵抗]</translation>
    </message>
    <message>
        <source>[The motor] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[モーター]による制限</translation>
    </message>
    <message>
        <source>[the motor]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;.</extracomment>
        <translation>[モーター]</translation>
    </message>
    <message>
        <source>[The slipping clutch] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence of a car whose gearing is too tall for the clutch ever to take up the drive. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[滑り続けるクラッチ]による制限</translation>
    </message>
    <message>
        <source>[The slipping torque converter] limits it</source>
        <extracomment>Opens the &quot;what limits it&quot; sentence of a car whose gearing is too tall for the torque converter ever to couple. Keep [brackets] around the words naming the limit.</extracomment>
        <translation>[滑り続けるトルクコンバーター]による制限</translation>
    </message>
    <message>
        <source>[the slipping clutch]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;: a clutch that never takes up the drive.</extracomment>
        <translation>[滑り続けるクラッチ]</translation>
    </message>
    <message>
        <source>[the slipping torque converter]</source>
        <extracomment>A limit later in the sentence, as {limit} in &quot;then {limit} up to {speed}&quot;: a torque converter that never couples.</extracomment>
        <translation>[滑り続けるトルクコンバーター]</translation>
    </message>
    <message>
        <source>Wheelspin (tyre grip)</source>
        <translation>ホイールスピン(タイヤのグリップ)</translation>
    </message>
    <message>
        <source>Engine power</source>
        <translation>エンジン出力</translation>
    </message>
    <message>
        <source>Gear change</source>
        <translation>変速</translation>
    </message>
    <message>
        <source>Rev limiter</source>
        <translation>レブリミッター</translation>
    </message>
    <message>
        <source>Air drag</source>
        <translation>空気抵抗</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>one</source>
        <translation>1</translation>
    </message>
    <message>
        <source>two</source>
        <translation>2</translation>
    </message>
    <message>
        <source>three</source>
        <translation>3</translation>
    </message>
    <message>
        <source>four</source>
        <translation>4</translation>
    </message>
    <message>
        <source>five</source>
        <translation>5</translation>
    </message>
    <message>
        <source>six</source>
        <translation>6</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>7</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>8</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>9</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>10</translation>
    </message>
    <message>
        <source>There is no run to explain.</source>
        <translation>説明できる走行データがありません。</translation>
    </message>
    <message>
        <source>, and it never reaches {speed}</source>
        <extracomment>Ends the &quot;what limits it&quot; sentence of a car that never reaches {speed}.</extracomment>
        <translation>、{speed}には届きません</translation>
    </message>
    <message>
        <source>[Gear changes] hold it back all the way{never}.</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation>最初から最後まで[変速]によるロスが足かせ{never}。</translation>
    </message>
    <message>
        <source>; near its {speed} top speed, [air drag] holds it back</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation>。最高速度{speed}付近では[空気抵抗]が伸びを抑えます</translation>
    </message>
    <message>
        <source>; at its {speed} top speed the motor is at [its highest speed]</source>
        <extracomment>An electric car at its motor&apos;s highest speed (no limiter holds it). Keep [brackets] around the words naming the limit.</extracomment>
        <translation>。最高速度{speed}ではモーターが[最高回転]に達する</translation>
    </message>
    <message>
        <source>; at {speed} [the motor&apos;s own speed limit] holds it</source>
        <extracomment>An electric car held by its motor&apos;s own speed limit (the Sakura&apos;s 130 km/h, the maker&apos;s top speed), not the kei 140 km/h speed limiter. Keep [brackets] around the limit&apos;s words.</extracomment>
        <translation>。{speed}で[モーター側の速度制限]が作動して頭打ち</translation>
    </message>
    <message>
        <source>; at {speed} [the speed limiter] holds it</source>
        <extracomment>At the maker&apos;s speed limiter. Keep [brackets] around the limit&apos;s words.</extracomment>
        <translation>。{speed}で[スピードリミッター]が作動して頭打ち</translation>
    </message>
    <message>
        <source>; at its {speed} top speed it runs out of revs and sits on [the rev limiter]</source>
        <extracomment>Keep [brackets] around the words naming the limit.</extracomment>
        <translation>。最高速度{speed}で回転が上限に達し、[レブリミッター]に当たります</translation>
    </message>
    <message>
        <source>{opening} all the way</source>
        <extracomment>{opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation>最初から最後まで{opening}</translation>
    </message>
    <message>
        <source>{opening} up to {speed}</source>
        <extracomment>{opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation>{speed}までは{opening}</translation>
    </message>
    <message>
        <source>{opening} until {time}</source>
        <extracomment>{opening} is a clause such as &quot;Wheelspin limits it&quot;.</extracomment>
        <translation>{time}までは{opening}</translation>
    </message>
    <message>
        <source>then {limit} for the rest of the run</source>
        <translation>その後は最後まで{limit}</translation>
    </message>
    <message>
        <source>then {limit} up to {speed}</source>
        <translation>その後{speed}までは{limit}</translation>
    </message>
    <message>
        <source>{earlier}, {later}</source>
        <extracomment>Joins the clauses of the &quot;what limits it&quot; sentence, in time order.</extracomment>
        <translation>{earlier}、{later}</translation>
    </message>
    <message>
        <source>{clauses}{shifts}{top_speed}{never}.</source>
        <extracomment>The whole &quot;what limits it&quot; sentence: {clauses} in time order (&quot;Wheelspin limits it until 2.1 s, then engine power up to 98 km/h&quot;), then the optional parts {shifts} (&quot;, with 0.7 s lost to two gear changes&quot;), {top_speed} (&quot;; near its 142 km/h top speed, air drag holds it back&quot;) and {never} (&quot;, and it never reaches 100 km/h&quot;), each empty when it does not apply.</extracomment>
        <translation>{clauses}{shifts}{top_speed}{never}。</translation>
    </message>
    <message>
        <source>body shell mass per square metre of the car&apos;s outer surface (kg/m²)</source>
        <translation>車の外表面1平方メートルあたりのボディシェル質量 (kg/m²)</translation>
    </message>
    <message>
        <source>extra mass per square metre that a modern car carries over a 1955 one: crash structure, airbags, air conditioning, sound deadening (kg/m²)</source>
        <translation>現代の車が1955年の車より1平方メートルあたり余分に持つ質量:衝突安全構造、エアバッグ、エアコン、遮音材 (kg/m²)</translation>
    </message>
    <message>
        <source>engine output law: the basic power per litre per 1000 rpm (as a logarithm)</source>
        <translation>エンジン出力の法則:1000 rpmあたり・排気量1リットルあたりの基本出力(対数)</translation>
    </message>
    <message>
        <source>extra output of a turbo or supercharger (as a logarithm)</source>
        <translation>ターボやスーパーチャージャーによる出力増加(対数)</translation>
    </message>
    <message>
        <source>extra output of a two-stroke engine (as a logarithm)</source>
        <translation>2ストロークエンジンによる出力増加(対数)</translation>
    </message>
    <message>
        <source>how much more a modern engine makes than a 1955 one (as a logarithm)</source>
        <translation>現代のエンジンが1955年のエンジンよりどれだけ多く出力するか(対数)</translation>
    </message>
    <message>
        <source>extra output of one throttle or carburettor per cylinder (as a logarithm)</source>
        <translation>1気筒に1つのスロットルやキャブレター(独立スロットル)による出力増加(対数)</translation>
    </message>
    <message>
        <source>how many years engines took to get most of the way to modern output</source>
        <translation>エンジンが現代の出力に近づくまでにかかった年数</translation>
    </message>
    <message>
        <source>share of the engine&apos;s power that reaches the wheels</source>
        <translation>エンジン出力のうち車輪に届く割合</translation>
    </message>
    <message>
        <source>tyre grip coefficient μ: grip force ÷ load on the tyre</source>
        <translation>タイヤの摩擦係数 μ:グリップ力 ÷ タイヤにかかる荷重</translation>
    </message>
    <message>
        <source>scale on the drag coefficient of each body style</source>
        <translation>ボディタイプごとの空気抵抗係数にかける倍率</translation>
    </message>
    <message>
        <source>extra drag of a 1955 body over a modern one, as a share of its drag coefficient</source>
        <translation>1955年のボディが現代のボディより余分に受ける空気抵抗（空気抵抗係数に対する割合）</translation>
    </message>
    <message>
        <source>time a manual gear change takes (s)</source>
        <translation>MTの変速にかかる時間 (s)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Kerb weight = {kg} kg, pinned by you (the model&apos;s own estimate by part is not used).</source>
        <translation>車両重量 = {kg} kg(あなたが固定した値。モデルの部位ごとの推定は使いません)。</translation>
    </message>
    <message>
        <source>{kg} kg {part}</source>
        <extracomment>one term of the kerb weight sum, e.g. &quot;70 kg engine&quot;</extracomment>
        <translation>{part} {kg} kg</translation>
    </message>
    <message>
        <source>Kerb weight = {terms} = {kg} kg.</source>
        <translation>車両重量 = {terms} = {kg} kg。</translation>
    </message>
    <message>
        <source>{part}: {kg} kg ({detail})</source>
        <translation>{part}:{kg} kg({detail})</translation>
    </message>
    <message>
        <source>Kerb weight = {kg} kg.</source>
        <translation>車両重量 = {kg} kg。</translation>
    </message>
    <message>
        <source>The model adds up the weight of each part of the car from its size and equipment. A heavier car needs more force for the same acceleration (force = mass × acceleration).</source>
        <translation>モデルは、車の大きさと装備から部位ごとの重さを足し合わせます。重い車ほど、同じ加速をするのに大きな力が必要です(力 = 質量 × 加速度)。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Peak power = {ps} PS ({kw} kW), from the motor&apos;s base speed of {base} rpm up to its top speed of {top} rpm.</source>
        <translation>最高出力 = {ps} PS ({kw} kW)、モーターの基底回転数 {base} rpm から最高回転数 {top} rpm まで。</translation>
    </message>
    <message>
        <source>Peak torque = {nm} N·m, from standstill up to the base speed of {base} rpm.</source>
        <translation>最大トルク = {nm} N·m、停止状態から基底回転数 {base} rpm まで。</translation>
    </message>
    <message>
        <source>Peak power = {ps} PS ({kw} kW) at the motor&apos;s top speed of {top} rpm.</source>
        <translation>最高出力 = {ps} PS ({kw} kW)、モーターの最高回転数 {top} rpm で。</translation>
    </message>
    <message>
        <source>Peak torque = {nm} N·m, from standstill up to the top speed of {top} rpm.</source>
        <translation>最大トルク = {nm} N·m、停止状態から最高回転数 {top} rpm まで。</translation>
    </message>
    <message>
        <source>Peak power = {ps} PS ({kw} kW) at {rpm} rpm.</source>
        <translation>最高出力 = {ps} PS ({kw} kW) / {rpm} rpm。</translation>
    </message>
    <message>
        <source>Peak torque = {nm} N·m at {rpm} rpm.</source>
        <translation>最大トルク = {nm} N·m / {rpm} rpm。</translation>
    </message>
    <message>
        <source>Power = torque × engine speed: P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.</source>
        <translation>出力 = トルク × エンジン回転数:P (kW) = T (N·m) × rpm ÷ 9549、1 PS = 0.7355 kW。</translation>
    </message>
    <message>
        <source>Power = torque × motor speed: P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.</source>
        <translation>出力 = トルク × モーター回転数:P (kW) = T (N·m) × rpm ÷ 9549、1 PS = 0.7355 kW。</translation>
    </message>
    <message>
        <source>Peak torque is held at {nm} N·m, a mean effective pressure of {bar} bar: the most any engine in the reference data makes (boost is held below knock), so the curve is flat there.</source>
        <translation>最大トルクは{nm} N·m(平均有効圧{bar} bar)で頭打ちになります。参照データのどのエンジンもこれ以上は出していません(過給圧はノッキングの手前に抑えられます)。そのためトルク曲線はそこで平らになります。</translation>
    </message>
    <message>
        <source>Without boost a cylinder is filled with at most the air the atmosphere pushes in, so the engine&apos;s whole curve is scaled down to a mean effective pressure of {bar} bar, a little more than any naturally aspirated engine in the reference data makes; its power falls with it.</source>
        <translation>過給がなければ、シリンダーに入る空気は大気が押し込む分までです。そのためエンジンのトルク曲線全体が、平均有効圧{bar} barまで縮められます。これは参照データのどの自然吸気エンジンよりもわずかに高い値で、出力もそれに合わせて下がります。</translation>
    </message>
    <message>
        <source>Torque per litre comes from the induction, the valves, the intake and the era, not from the number of cylinders: the reference cars cannot tell whether more, smaller cylinders make more or less of it (most are 3-cylinder engines; their few 2- and 4-cylinder ones differ in era and valves too, and their torque sits on both sides of the model&apos;s). More, smaller cylinders rev higher (the default redline), so they make their peak power higher up and more of it.</source>
        <translation>1リットルあたりのトルクは、過給の方式、バルブ数、吸気、年代で決まり、気筒数では決まりません。小さな気筒を多くするとトルクが増えるか減るかは、参照データの車からは分かりません(ほとんどが3気筒で、わずかな2気筒・4気筒のエンジンは年代やバルブ数も違い、そのトルクはモデルの値の上にも下にもあります)。小さな気筒を多くすると高回転まで回るので(既定のレッドゾーン)、最高出力はより高い回転数で、より大きくなります。</translation>
    </message>
    <message>
        <source>The engine could make {uncapped} PS, but the power cap (or a pinned figure) holds it to {capped} PS.</source>
        <translation>エンジンは{uncapped} PSを出せますが、出力自主規制(または固定した数値)で{capped} PSに抑えています。</translation>
    </message>
    <message>
        <source>The power figure is pinned by you.</source>
        <translation>出力はあなたが固定した値です。</translation>
    </message>
    <message>
        <source>The torque figure is pinned by you.</source>
        <translation>トルクはあなたが固定した値です。</translation>
    </message>
    <message>
        <source>Power-to-weight = {ps} PS ÷ {tonnes} t = {ratio} PS per tonne.</source>
        <translation>パワーウェイトレシオ = {ps} PS ÷ {tonnes} t = 1トンあたり{ratio} PS。</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>モーター</translation>
    </message>
    <message>
        <source>A single-speed reduction of {final}: the motor turns {final} times for each turn of the wheels, and there are no gear changes. The force at the driving wheels = motor torque × {final} ÷ tyre radius (less driveline losses).</source>
        <translation>1段の減速比 {final}:車輪が1回転する間にモーターが {final} 回転し、変速はありません。駆動輪の力 = モータートルク × {final} ÷ タイヤ半径(駆動系の損失を除く)。</translation>
    </message>
    <message>
        <source>A CVT varies its ratio smoothly from {low} to {high}, so the engine can stay near its best speed and there are no gear changes.</source>
        <translation>CVTは変速比を{low}から{high}まで滑らかに変えるので、エンジンを最も力の出る回転数付近に保て、変速もありません。</translation>
    </message>
    <message>
        <source>Gear ratios: {ratios}.</source>
        <translation>変速比:{ratios}。</translation>
    </message>
    <message>
        <source>A twin-clutch gearbox has the next gear engaged on its second shaft and changes by handing the drive from one clutch to the other, so its gear changes cost no time.</source>
        <translation>デュアルクラッチ(DCT)は次のギアをもう一方のシャフトでつないでおき、一方のクラッチからもう一方へ駆動を受け渡して変速するので、変速に時間がかかりません。</translation>
    </message>
    <message>
        <source>No gear ratios are known.</source>
        <translation>変速比はわかりません。</translation>
    </message>
    <message>
        <source>Final drive: {final}. The force at the driving wheels = engine torque × gear ratio × final drive ÷ tyre radius (less driveline losses).</source>
        <translation>最終減速比:{final}。駆動輪の力 = エンジントルク × 変速比 × 最終減速比 ÷ タイヤ半径(駆動系の損失を除く)。</translation>
    </message>
    <message>
        <source>Gearing</source>
        <translation>ギア比</translation>
    </message>
    <message>
        <source>front</source>
        <extracomment>Which wheels drive, in the tyre grip sentence (&quot;... on the {wheels} wheels&quot;).</extracomment>
        <translation>前</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>後</translation>
    </message>
    <message>
        <source>all four</source>
        <translation>4</translation>
    </message>
    <message>
        <source>Drag force at 100 km/h = ½·ρ·Cd·A·v² = ½ × {rho} kg/m³ × {cda} m² (Cd·A) × ({v} m/s)² = {drag} N. It grows with the square of speed: little when pulling away, and it decides the top speed.</source>
        <translation>100 km/hでの空気抵抗 = ½·ρ·Cd·A·v² = ½ × {rho} kg/m³ × {cda} m² (Cd·A) × ({v} m/s)² = {drag} N。速度の2乗で増えるので、発進時は小さく、最高速度を決めます。</translation>
    </message>
    <message>
        <source>Rolling resistance = Crr × m × g = {crr} × {m} kg × {g} m/s² = {roll} N (the kerb weight plus {driver} kg for the driver).</source>
        <translation>転がり抵抗 = Crr × m × g = {crr} × {m} kg × {g} m/s² = {roll} N(車両重量にドライバー分の{driver} kgを加えたもの)。</translation>
    </message>
    <message>
        <source>Tyre grip limit = μ × load on the driven wheels = {mu} × {m} kg × {g} m/s² × {share} on the {wheels} wheels ≈ {grip} N standing still. As the car speeds up, load moves to the rear wheels, which helps rear-wheel drive and hurts front-wheel drive.</source>
        <translation>タイヤのグリップ限界 = μ × 駆動輪の荷重 = {mu} × {m} kg × {g} m/s² × {share}({wheels}輪の荷重配分)≈ 停止時 {grip} N。加速すると荷重が後輪に移るので、後輪駆動には有利、前輪駆動には不利になります。</translation>
    </message>
    <message>
        <source>Force at the wheels in the lowest gear = torque × gear ratio × final drive × efficiency ÷ tyre radius = {nm} N·m × {ratio} × {final} × {eta} ÷ {r} m ≈ {force} N at peak torque. When this is more than the grip limit, the wheels spin.</source>
        <translation>1速での駆動輪の力 = トルク × 変速比 × 最終減速比 × 伝達効率 ÷ タイヤ半径 = {nm} N·m × {ratio} × {final} × {eta} ÷ {r} m ≈ 最大トルク時 {force} N。これがグリップ限界を超えると、ホイールスピンします。</translation>
    </message>
    <message>
        <source>At the {speed} km/h top speed, drag and rolling take (½·ρ·Cd·A·v² + Crr·m·g) × v = {need} kW; the engine&apos;s {kw} kW less driveline losses can give no more (or the engine reaches its redline in top gear).</source>
        <translation>最高速度{speed} km/hでは、空気抵抗と転がり抵抗が (½·ρ·Cd·A·v² + Crr·m·g) × v = {need} kWを消費します。エンジンの{kw} kWから駆動系の損失を引くと、それ以上は出せません(またはトップギアでレッドゾーンに達します)。</translation>
    </message>
    <message>
        <source>Drag force = ½·ρ·Cd·A·v²: it grows with the square of speed, so it matters little when pulling away and decides the top speed.</source>
        <translation>空気抵抗 = ½·ρ·Cd·A·v²:速度の2乗で増えるので、発進時にはほとんど効かず、最高速度を決めます。</translation>
    </message>
    <message>
        <source>Tyre grip limit = μ × load on the driven wheels: the tyres can push the car only so hard before they spin.</source>
        <translation>タイヤのグリップ限界 = μ × 駆動輪の荷重:タイヤが空転せずに車を押せる力には限りがあります。</translation>
    </message>
    <message>
        <source>At each instant the car accelerates with (driving force − drag − rolling resistance) ÷ mass, where the driving force is the smaller of what the engine delivers through the gears and what the tyres can grip. The plot&apos;s shading shows which one it is.</source>
        <translation>車は各瞬間に (駆動力 − 空気抵抗 − 転がり抵抗) ÷ 質量 で加速します。駆動力は、エンジンがギアを通して出せる力と、タイヤがグリップできる力の小さいほうです。グラフの網掛けがどちらかを示します。</translation>
    </message>
    <message>
        <source>Forces</source>
        <translation>力</translation>
    </message>
    <message>
        <source>The run</source>
        <extracomment>The title of the run section (the page hides it while Guess First hides the times).</extracomment>
        <translation>加速テスト</translation>
    </message>
    <message>
        <source>never</source>
        <translation>到達せず</translation>
    </message>
    <message>
        <source>0–100 km/h: {t100}; 0–60 mph: {t60mph}; 400 m: {t400}; quarter mile: {tqm}; top speed: {top} km/h.</source>
        <translation>ゼロヨン (0-400 m):{t400}、0-100km/h加速:{t100}、1/4マイル:{tqm}、0-60 mph:{t60mph}、最高速度:{top} km/h。</translation>
    </message>
    <message>
        <source>{s} s</source>
        <extracomment>A time in seconds inside a sentence; {s} is the number (&quot;19.2&quot;). Japanese: {s}秒.</extracomment>
        <translation>{s}秒</translation>
    </message>
    <message>
        <source>These numbers were fitted so that the model matches the published figures of real kei cars:</source>
        <translation>これらの数値は、モデルが実在の軽自動車のカタログ値に合うように求めたものです:</translation>
    </message>
    <message>
        <source>Fitted constants</source>
        <translation>当てはめた定数</translation>
    </message>
    <message>
        <source>The model is simple on purpose. It leaves out: the driver (launch technique, reaction time), road slope and wind, weather and temperature, tyre wear and tyre type, clutch slip beyond pulling away (the engine held at a fixed rpm) and a fixed gear-change time, turbo lag, engine wear and fuel quality, load shifting between the wheels as the car accelerates beyond a simple estimate, and the extra weight of passengers and luggage. Its figures are estimates for comparing builds, not measurements.</source>
        <translation>このモデルはわざと単純にしてあります。考えていないもの:ドライバー(発進の技術、反応時間)、路面の勾配と風、天候と気温、タイヤの摩耗と種類、発進時(一定の回転数に保つ)と決まった変速時間以外のクラッチの滑り、ターボラグ、エンジンの摩耗と燃料の質、加速時の前後の荷重移動(簡単な推定を超える分)、同乗者と荷物の重さ。数値はビルドどうしを比べるための推定値で、実測値ではありません。</translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation>モデルが考えていないもの</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>kerb weight (kg)</source>
        <translation>車両重量 (kg)</translation>
    </message>
    <message>
        <source>power (PS)</source>
        <translation>最高出力 (PS)</translation>
    </message>
    <message>
        <source>torque (N·m)</source>
        <translation>最大トルク (N·m)</translation>
    </message>
    <message>
        <source>power-to-weight (PS/t)</source>
        <translation>パワーウェイトレシオ (PS/t)</translation>
    </message>
    <message>
        <source>0–60 mph (s)</source>
        <translation>0-60 mph (秒)</translation>
    </message>
    <message>
        <source>0–100 km/h (s)</source>
        <translation>0-100km/h加速 (秒)</translation>
    </message>
    <message>
        <source>quarter mile (s)</source>
        <translation>1/4マイル (秒)</translation>
    </message>
    <message>
        <source>400 m (s)</source>
        <translation>ゼロヨン 0-400 m (秒)</translation>
    </message>
    <message>
        <source>top speed (km/h)</source>
        <translation>最高速度 (km/h)</translation>
    </message>
    <message>
        <source>WLTC range (km)</source>
        <translation>航続距離 WLTC (km)</translation>
    </message>
    <message>
        <source>kerb weight</source>
        <translation>車両重量</translation>
    </message>
    <message>
        <source>an objective needs at least one figure</source>
        <translation>目標には数値が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>{name} is not a figure to optimise; choose from: {figures}</source>
        <translation>{name} は最良にできる数値ではありません。次から選んでください: {figures}</translation>
    </message>
    <message>
        <source>the weight of {name} must be a positive number</source>
        <translation>{name} の重みは正の数にしてください</translation>
    </message>
    <message>
        <source>the weight of {name} is {weight:g}; a weight is at most {most:g} (only the weights&apos; ratios count)</source>
        <translation>{name} の重みが {weight:g} です。重みは {most:g} 以下にしてください(意味を持つのは重みどうしの比だけです)</translation>
    </message>
    <message>
        <source>the weight of {name} is not a number</source>
        <translation>{name} の重みが数ではありません</translation>
    </message>
    <message>
        <source>{styles} is not a body style; choose from: {all}</source>
        <translation>{styles} はボディタイプではありません。次から選んでください: {all}</translation>
    </message>
    <message>
        <source>{era} rules</source>
        <translation>{era}年規格</translation>
    </message>
    <message>
        <source>{ps} PS agreement for cars from {year}</source>
        <translation>{ps} PS自主規制({year}年以降の車)</translation>
    </message>
    <message>
        <source>{ps} PS agreement</source>
        <translation>{ps} PS自主規制</translation>
    </message>
    <message>
        <source>body: {styles}</source>
        <translation>ボディ:{styles}</translation>
    </message>
    <message>
        <source>kerb weight at most {kg} kg</source>
        <translation>車両重量{kg} kg以下</translation>
    </message>
    <message>
        <source>{figure} is an electric car&apos;s figure, and this build has an engine: choose another objective, or make the build electric</source>
        <translation>{figure}は電気自動車の数値ですが、このビルドはエンジン車です:別の目的を選ぶか、ビルドを電気自動車にしてください</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of the rules a build breaks.
----------
Joins the parts of a rule set: &quot;1990 rules, 64 PS agreement, at least 4 seats&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>{field}: a choice needs at least one option</source>
        <translation>{field}: 選択肢が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>{field}: the range {lo} to {hi} needs two finite numbers</source>
        <translation>{field}: {lo} から {hi} の範囲には、両端とも有限の数を指定してください</translation>
    </message>
    <message>
        <source>{field}: the range {lo} to {hi} is not a range (give the lower end first)</source>
        <translation>{field}: {lo} から {hi} は範囲になっていません (小さいほうを先に書いてください)</translation>
    </message>
    <message>
        <source>length (mm)</source>
        <translation>全長 (mm)</translation>
    </message>
    <message>
        <source>width (mm)</source>
        <translation>全幅 (mm)</translation>
    </message>
    <message>
        <source>height (mm)</source>
        <translation>全高 (mm)</translation>
    </message>
    <message>
        <source>wheelbase (mm)</source>
        <translation>ホイールベース (mm)</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>乗車定員</translation>
    </message>
    <message>
        <source>displacement (cc)</source>
        <translation>排気量 (cc)</translation>
    </message>
    <message>
        <source>redline (rpm)</source>
        <translation>レッドゾーン (rpm)</translation>
    </message>
    <message>
        <source>power cap (PS)</source>
        <translation>出力自主規制 (PS)</translation>
    </message>
    <message>
        <source>gears</source>
        <translation>段数</translation>
    </message>
    <message>
        <source>final drive or reduction</source>
        <translation>最終減速比(電気自動車は減速比)</translation>
    </message>
    <message>
        <source>model year</source>
        <translation>年式</translation>
    </message>
    <message>
        <source>motor power (kW)</source>
        <translation>モーター出力 (kW)</translation>
    </message>
    <message>
        <source>motor torque (N·m)</source>
        <translation>モータートルク (N·m)</translation>
    </message>
    <message>
        <source>battery (kWh)</source>
        <translation>バッテリー (kWh)</translation>
    </message>
    <message>
        <source>kerb weight, pinned (kg)</source>
        <translation>車両重量・固定値 (kg)</translation>
    </message>
    <message>
        <source>power, pinned (PS)</source>
        <translation>最高出力・固定値 (PS)</translation>
    </message>
    <message>
        <source>torque, pinned (N·m)</source>
        <translation>最大トルク・固定値 (N·m)</translation>
    </message>
    <message>
        <source>cylinders</source>
        <translation>気筒数</translation>
    </message>
    <message>
        <source>aspiration</source>
        <translation>過給</translation>
    </message>
    <message>
        <source>stroke cycle</source>
        <translation>サイクル</translation>
    </message>
    <message>
        <source>valves per cylinder</source>
        <translation>1気筒あたりのバルブ数</translation>
    </message>
    <message>
        <source>engine position</source>
        <translation>エンジン搭載位置</translation>
    </message>
    <message>
        <source>intercooler</source>
        <translation>インタークーラー</translation>
    </message>
    <message>
        <source>driven wheels</source>
        <translation>駆動方式</translation>
    </message>
    <message>
        <source>gearbox</source>
        <translation>トランスミッション</translation>
    </message>
    <message>
        <source>body style</source>
        <translation>ボディタイプ</translation>
    </message>
    <message>
        <source>roof</source>
        <translation>ルーフ</translation>
    </message>
    <message>
        <source>{field} is not a field an exploration can vary; choose from: {fields}</source>
        <translation>{field} は探索で変えられる項目ではありません。次から選んでください: {fields}</translation>
    </message>
    <message>
        <source>a field is listed twice among the fields to vary</source>
        <translation>変える項目に同じ項目が2回あります</translation>
    </message>
    <message>
        <source> (not reached: the engine makes {power})</source>
        <extracomment>After a found build&apos;s power cap (&quot;power_cap_ps=117.1&quot;) that is above what its engine makes, so the cap limits nothing; {power} is that power (&quot;63 PS&quot;).</extracomment>
        <translation>(エンジン出力{power}のため上限に届かず)</translation>
    </message>
    <message>
        <source>{field} does nothing on an electric car (it has a motor and a single reduction, no engine or gearbox): leave it out</source>
        <translation>{field}は電気自動車では何も変えません(モーターと1段の減速機で走り、エンジンもギアボックスもありません):外してください</translation>
    </message>
    <message>
        <source>{field} does nothing on a car with an engine (it has no motor or battery): leave it out, or make the build electric</source>
        <translation>{field}はエンジン車では何も変えません(モーターもバッテリーもありません):外すか、ビルドを電気自動車にしてください</translation>
    </message>
    <message>
        <source>{field} is a choice: give its options, not a range</source>
        <translation>{field} は選択肢です。範囲ではなく選択肢を指定してください</translation>
    </message>
    <message>
        <source>{field} is a number: give its range, not options</source>
        <translation>{field} は数値です。選択肢ではなく範囲を指定してください</translation>
    </message>
    <message>
        <source>{field} can be {options}, not {given}</source>
        <translation>{field} に指定できるのは {options} で、{given} はできません</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>choose at least one field to vary</source>
        <translation>変える項目を少なくとも1つ選んでください</translation>
    </message>
    <message>
        <source>hatchback</source>
        <translation>ハッチバック</translation>
    </message>
    <message>
        <source>tall wagon</source>
        <translation>トールワゴン</translation>
    </message>
    <message>
        <source>sedan</source>
        <translation>セダン</translation>
    </message>
    <message>
        <source>coupe</source>
        <translation>クーペ</translation>
    </message>
    <message>
        <source>roadster</source>
        <translation>ロードスター</translation>
    </message>
    <message>
        <source>suv</source>
        <translation>SUV</translation>
    </message>
    <message>
        <source>van</source>
        <translation>バン</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定ルーフ</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>ソフトトップ</translation>
    </message>
    <message>
        <source>targa</source>
        <translation>タルガトップ</translation>
    </message>
    <message>
        <source>removable hard</source>
        <translation>脱着式ハードトップ</translation>
    </message>
    <message>
        <source>glass</source>
        <translation>ガラスルーフ</translation>
    </message>
    <message>
        <source>naturally aspirated</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>ターボ</translation>
    </message>
    <message>
        <source>supercharger</source>
        <translation>スーパーチャージャー</translation>
    </message>
    <message>
        <source>front</source>
        <translation>フロント</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>ミッドシップ</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>リア</translation>
    </message>
    <message>
        <source>front-wheel drive</source>
        <translation>前輪駆動</translation>
    </message>
    <message>
        <source>rear-wheel drive</source>
        <translation>後輪駆動</translation>
    </message>
    <message>
        <source>four-wheel drive</source>
        <translation>四輪駆動</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>MT</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>AT</translation>
    </message>
    <message>
        <source>CVT</source>
        <translation>CVT</translation>
    </message>
    <message>
        <source>twin-clutch</source>
        <translation>DCT</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{field} {value} ({lo} to {hi})</source>
        <translation>{field} {value}({lo}〜{hi})</translation>
    </message>
    <message>
        <source>The best build is at or near an end of the range searched for {fields}: a wider range may find a better build past it.</source>
        <translation>最良のビルドは探索範囲の端かその近くにあります:{fields}。範囲を広げると、その先により良いビルドが見つかるかもしれません。</translation>
    </message>
    <message>
        <source>The build searched from is outside the range searched for {fields}: the search could not reach that build itself.</source>
        <translation>探索を始めたビルドは探索範囲の外にあります:{fields}。探索はそのビルドそのものには届きませんでした。</translation>
    </message>
</context>
<context>
    <name>file_read</name>
    <message>
        <source>this is not a regular file, so not a build file</source>
        <translation>通常のファイルではないため、ビルドファイルではありません</translation>
    </message>
    <message>
        <source>this is not a regular file, so not a challenge file</source>
        <translation>通常のファイルではないため、課題ファイルではありません</translation>
    </message>
    <message>
        <source>this is a folder, not a build file</source>
        <translation>これはフォルダーで、ビルドファイルではありません</translation>
    </message>
    <message>
        <source>this is a folder, not a challenge file</source>
        <translation>これはフォルダーで、課題ファイルではありません</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>permission to read the file was denied</source>
        <translation>ファイルを読む権限がありません</translation>
    </message>
    <message>
        <source>this is a link that leads back to itself, so there is no file to read</source>
        <translation>自分自身を指すリンクなので、読めるファイルがありません</translation>
    </message>
    <message>
        <source>the file does not exist (a folder in its path is a file, not a folder)</source>
        <translation>ファイルが存在しません(パスの途中のフォルダーがフォルダーではなくファイルです)</translation>
    </message>
    <message>
        <source>the file could not be read ({reason})</source>
        <extracomment>{reason} is the operating system&apos;s own words.</extracomment>
        <translation>ファイルを読めませんでした({reason})</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{source}: the file is encoded as UTF-32; build files must be UTF-8 (re-save it as UTF-8 in your editor).</source>
        <translation>{source}:ファイルがUTF-32で書かれています。ビルドファイルはUTF-8でなければなりません(エディターでUTF-8として保存し直してください)。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as UTF-16; build files must be UTF-8 (re-save it as UTF-8 in your editor).</source>
        <translation>{source}:ファイルがUTF-16で書かれています。ビルドファイルはUTF-8でなければなりません(エディターでUTF-8として保存し直してください)。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as Shift_JIS (Japanese Windows&apos; encoding); build files must be UTF-8 (re-save it as UTF-8 in your editor).</source>
        <translation>{source}:ファイルがShift_JIS(日本語版Windowsの文字コード)で書かれています。ビルドファイルはUTF-8でなければなりません(エディターでUTF-8として保存し直してください)。</translation>
    </message>
    <message>
        <source>{source}: the file is not UTF-8 text (undecodable byte at position {position}); it may be a binary or damaged file.</source>
        <translation>{source}:ファイルがUTF-8のテキストではありません(位置{position}に読めないバイト)。バイナリファイルか、壊れたファイルかもしれません。</translation>
    </message>
    <message>
        <source>{source}: the file holds nothing but zero bytes: its contents were never written (a USB stick removed too early, or a copy cut short), so ask for it again.</source>
        <translation>{source}:ファイルの中身がゼロのバイトだけで、内容が書き込まれていない(USBメモリーを早く抜いたか、コピーが途中で切れた)ので、もう一度送ってもらってください。</translation>
    </message>
    <message>
        <source>{source}: the file is a zip archive, not a build file; unzip it and open the build file inside.</source>
        <translation>{source}:ファイルはzipアーカイブでビルドファイルではないので、展開して中のビルドファイルを開いてください。</translation>
    </message>
    <message>
        <source>{source}: the file is rich text (RTF), as macOS TextEdit saves it, not plain JSON; in TextEdit choose Format &gt; Make Plain Text and save it again.</source>
        <translation>{source}:ファイルはmacOSのテキストエディットが保存するリッチテキスト(RTF)で、プレーンなJSONではないので、テキストエディットで「フォーマット」&gt;「標準テキストにする」を選んで保存し直してください。</translation>
    </message>
    <message>
        <source>{source}: the file is a web page (HTML), not a build file; a link&apos;s page was saved instead of the file, so download the file itself (on GitHub, its Raw button).</source>
        <translation>{source}:ファイルはWebページ(HTML)でビルドファイルではない(ファイルの代わりにリンク先のページが保存された)ので、ファイルそのものをダウンロードし直してください(GitHubではRawボタンから)。</translation>
    </message>
    <message>
        <source>{source}: the file was not saved as UTF-8, and its letters could be Japanese, “{japanese}” (Shift_JIS), or {language}, “{other}” ({encoding}): the file does not say which, so it is not opened on a guess. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file.</source>
        <extracomment>{japanese} and {other} are the same bytes of the file (its name, most often) read in two encodings, e.g. &quot;ﾀﾝﾄ&quot; and &quot;АЭД&quot;; {language} is whose letters {other} are (&quot;Russian&quot;) and {encoding} its encoding&apos;s name.</extracomment>
        <translation>{source}:ファイルはUTF-8で保存されておらず、その文字は日本語の「{japanese}」(Shift_JIS)とも{language}の「{other}」({encoding})とも読めます。ファイルからはどちらか分からないため、推測では開きません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください。</translation>
    </message>
    <message>
        <source>{source}: the file is JSON text in an encoding other than UTF-8 that cannot be told for sure; re-save it as UTF-8 in your editor.</source>
        <translation>{source}:ファイルはUTF-8以外の、確かには見分けられない文字コードで書かれたJSONテキストなので、エディターでUTF-8として保存し直してください。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as Shift_JIS (Japanese Windows&apos; encoding), not UTF-8; it was read as such, and saving it writes UTF-8.</source>
        <translation>{source}:ファイルはUTF-8ではなくShift_JIS(日本語版Windowsの文字コード)で書かれているため、その文字コードとして読み込みました(保存するとUTF-8で書き込みます)。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as Windows-1252 (Western European Windows&apos; encoding), not UTF-8; it was read as such, and saving it writes UTF-8.</source>
        <translation>{source}:ファイルはUTF-8ではなくWindows-1252(西欧版Windowsの文字コード)で書かれているため、その文字コードとして読み込みました(保存するとUTF-8で書き込みます)。</translation>
    </message>
    <message>
        <source>{source}: the data is larger than 1 MB and is not a build file.</source>
        <translation>{source}:データが1 MBを超えており、ビルドファイルではありません。</translation>
    </message>
    <message>
        <source>{source}: the JSON is nested far too deeply.</source>
        <translation>{source}:JSONの入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>{source}: the file is empty.</source>
        <translation>{source}:ファイルが空です。</translation>
    </message>
    <message>
        <source>{source}: the file contains NUL bytes; it is not a text file.</source>
        <translation>{source}:ファイルにNULバイトが含まれています。テキストファイルではありません。</translation>
    </message>
    <message>
        <source>{source}: the key &quot;{key}&quot; appears twice in the same object; a build file gives each field once (delete one of them).</source>
        <translation>{source}:キー &quot;{key}&quot; が同じオブジェクトに2回あります。ビルドファイルでは各項目は1回だけです(どちらかを削除してください)。</translation>
    </message>
    <message>
        <source>{source}: the file ends too early (at line {line}): it was probably cut off while it was copied or saved.</source>
        <translation>{source}:ファイルが途中({line}行目)で終わっています。コピーか保存の途中で切れたのかもしれません。</translation>
    </message>
    <message>
        <source>{source}: the JSON is broken at line {line}, column {column}: {problem}.</source>
        <extracomment>{problem} is Python&apos;s JSON parser&apos;s own words, e.g. &quot;expecting value&quot;.</extracomment>
        <translation>{source}:JSONが{line}行{column}列目で壊れています:{problem}。</translation>
    </message>
    <message>
        <source>{source}: the file holds a number with thousands of digits; no build field can take it.</source>
        <translation>{source}:何千桁もある数値が含まれています。そのような値を受け付ける項目はありません。</translation>
    </message>
    <message>
        <source>{source}: &quot;{path}&quot; holds {word}, which is not a number JSON allows.</source>
        <extracomment>{word} is NaN, Infinity or -Infinity; {path} a field path such as engine.boost_bar.</extracomment>
        <translation>{source}:&quot;{path}&quot; の値 {word} は、JSONで使える数値ではありません。</translation>
    </message>
    <message>
        <source>{source}: {word} is not a number JSON allows.</source>
        <translation>{source}:{word} はJSONで使える数値ではありません。</translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <extracomment>{problem}: what is wrong at a place of the file, e.g. &quot;line 5, column 17 starts a comment (//), which JSON does not allow; delete it&quot;.
----------
A problem in a build file: &quot;Beat.kei.json: NaN is not a number JSON allows.&quot;</extracomment>
        <translation>{source}:{problem}。</translation>
    </message>
    <message>
        <source>{source}: the file is larger than {megabytes} MB; a build file is a few KB, so this is not one.</source>
        <translation>{source}:ファイルが{megabytes} MBを超えています。ビルドファイルは数KBなので、これはビルドファイルではありません。</translation>
    </message>
    <message>
        <source> On a Mac, TextEdit does it: hold Option, choose File &gt; Save As, set Plain Text Encoding to Unicode (UTF-8), and save.</source>
        <extracomment>Said after the Notepad steps (Japanese: no space before it).</extracomment>
        <translation>Macではテキストエディットで、Optionキーを押しながら「ファイル」&gt;「別名で保存」を選び、「標準テキストのエンコーディング」を「Unicode (UTF-8)」にして保存してください。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as {encoding}, not UTF-8; it was read as such, and saving it writes UTF-8.</source>
        <translation>{source}:ファイルはUTF-8ではなく{encoding}で書かれているため、その文字コードとして読み込みました(保存するとUTF-8で書き込みます)。</translation>
    </message>
    <message>
        <source>{source}: the file is not UTF-8, and at {kilobytes} KB it is far larger than a build (a few KB), so the encoding it is in is not worked out; re-save it as UTF-8 in your editor.</source>
        <translation>{source}:ファイルはUTF-8ではなく、{kilobytes} KBとビルド(数KB)よりはるかに大きいため、どの文字コードかは調べません。エディターでUTF-8として保存し直してください。</translation>
    </message>
    <message>
        <source>{source}: the file was not saved as UTF-8, and its letters look like Russian, “{russian}” (Windows-1251, Russian Windows&apos; encoding), which keiconfig does not read. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file.</source>
        <extracomment>{russian} is the file&apos;s name (or first words) read as Russian.</extracomment>
        <translation>{source}:ファイルはUTF-8で保存されておらず、その文字はロシア語の「{russian}」(Windows-1251、ロシア語版Windowsの文字コード)のようですが、keiconfigはこの文字コードを読み込みません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください。</translation>
    </message>
    <message>
        <source>{source}: the file was not saved as UTF-8, and its letters could be {first_language}, “{first}” ({first_encoding}), or {other_language}, “{other}” ({other_encoding}): the file does not say which, so it is not opened on a guess. Whoever made it should open it in Notepad, choose File &gt; Save As, set Encoding to UTF-8, save, and send that new file.</source>
        <extracomment>{first} and {other} are the same bytes of the file (its name, most often) read in two encodings, e.g. &quot;Koláø&quot; and &quot;Kolář&quot;; {first_language} is whose letters {first} are (&quot;Western European&quot;) and {first_encoding} its encoding&apos;s name (&quot;Windows-1252&quot;), and so on.</extracomment>
        <translation>{source}:ファイルはUTF-8で保存されておらず、その文字は{first_language}の「{first}」({first_encoding})とも{other_language}の「{other}」({other_encoding})とも読めます。ファイルからはどちらか分からないため、推測では開きません。作った人がメモ帳で開き、「ファイル」&gt;「名前を付けて保存」で文字コードをUTF-8にして保存し、その新しいファイルを送ってください。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as Windows-1250 (Central European Windows&apos; encoding), not UTF-8; it was read as such, and saving it writes UTF-8.</source>
        <translation>{source}:ファイルはUTF-8ではなくWindows-1250(中欧版Windowsの文字コード)で書かれているため、その文字コードとして読み込みました(保存するとUTF-8で書き込みます)。</translation>
    </message>
    <message>
        <source>{source}: the file is encoded as Mac OS Roman (the encoding of Macs before Mac OS X), not UTF-8; it was read as such, and saving it writes UTF-8.</source>
        <translation>{source}:ファイルはUTF-8ではなくMac OS Roman(Mac OS Xより前のMacの文字コード)で書かれているため、その文字コードとして読み込みました(保存するとUTF-8で書き込みます)。</translation>
    </message>
    <message>
        <source>{source}: this is not a keiconfig build file, nor JSON at all (a build file is JSON text, starting with {mark}).</source>
        <extracomment>{mark} is the opening brace, {.</extracomment>
        <translation>{source}:keiconfig のビルドファイルではなく、JSON でもありません(ビルドファイルは {mark} で始まる JSON テキストです)。</translation>
    </message>
    <message>
        <source>line {line}, column {column} starts a comment ({mark}), which JSON does not allow; delete it</source>
        <translation>{line}行目{column}文字目からコメント({mark})が始まっていますが、JSONではコメントが使えないので削除してください</translation>
    </message>
    <message>
        <source>the comma before the {mark} at line {line}, column {column} is one too many, as JSON allows no comma after the last item; delete it</source>
        <translation>{line}行目{column}文字目の{mark}の前のカンマは、JSONでは最後の項目の後に置けないので削除してください</translation>
    </message>
    <message>
        <source>line {line}, column {column} has a curly quote ({mark}), as a word processor or TextEdit types it, which JSON does not take; type a straight double quote (&quot;) there</source>
        <translation>{line}行目{column}文字目に、ワープロやテキストエディットが入力する曲がった引用符({mark})がありますが、JSONでは使えないので、まっすぐな二重引用符(&quot;)を入力してください</translation>
    </message>
    <message>
        <source>line {line}, column {column} has a single quote (&apos;), but JSON puts names and text in double quotes (&quot;)</source>
        <translation>{line}行目{column}文字目に一重引用符(&apos;)がありますが、JSONでは名前や文字列を二重引用符(&quot;)で囲みます</translation>
    </message>
    <message>
        <source>line {line}, column {column} has {word}, a word of Python, but JSON writes {json}</source>
        <translation>{line}行目{column}文字目の {word} はPythonの書き方で、JSONでは {json} と書きます</translation>
    </message>
    <message>
        <source>a comma is missing before line {line}, column {column}: JSON puts one between two items</source>
        <translation>{line}行目{column}文字目の前にカンマがありません(JSONでは項目と項目の間にカンマを置きます)</translation>
    </message>
    <message>
        <source>line {line}, column {column} (&quot;{path}&quot;) has an underscore (_) inside a number, which JSON does not allow; write the number&apos;s digits only</source>
        <extracomment>{path} is a field such as &quot;engine.displacement_cc&quot;.</extracomment>
        <translation>{line}行目{column}文字目(&quot;{path}&quot;)の数値の中にアンダースコア(_)がありますが、JSONでは使えないので、数字だけで書いてください</translation>
    </message>
    <message>
        <source>line {line}, column {column} has an underscore (_) inside a number, which JSON does not allow; write the number&apos;s digits only</source>
        <translation>{line}行目{column}文字目の数値の中にアンダースコア(_)がありますが、JSONでは使えないので、数字だけで書いてください</translation>
    </message>
    <message>
        <source>line {line}, column {column} has a full-width space, typed in Japanese input mode, which JSON does not take; delete it or type a half-width one</source>
        <translation>{line}行目{column}文字目に日本語入力モードで入力した全角スペースがありますが、JSONでは使えないので、削除するか半角スペースにしてください</translation>
    </message>
    <message>
        <source>line {line}, column {column} has a full-width “{mark}”, typed in Japanese input mode, which JSON does not take; type it again in half-width ({half})</source>
        <translation>{line}行目{column}文字目に日本語入力モードで入力した全角の「{mark}」がありますが、JSONでは使えないので、半角({half})で入力し直してください</translation>
    </message>
    <message>
        <source>{source}: {where} holds a lone surrogate escape (such as \ud800), which is not a character; such text cannot be saved as UTF-8.</source>
        <extracomment>{where} is a field path in quotes, &quot;a key of ...&quot; or &quot;the data&quot;.</extracomment>
        <translation>{source}:{where}に単独のサロゲートのエスケープ(\ud800など)があります。これは文字ではなく、UTF-8で保存できません。</translation>
    </message>
    <message>
        <source>{source}: a build file holds one JSON object ({{...}}), but this one holds {found}.</source>
        <translation>{source}:ビルドファイルはJSONオブジェクト({{...}})を1つ持ちますが、このファイルにあるのは{found}です。</translation>
    </message>
    <message>
        <source>{source}: this is not a keiconfig build file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source}:keiconfig のビルドファイルではありません(&quot;format&quot;: &quot;{format}&quot; がありません)。</translation>
    </message>
    <message>
        <source>{source}: this is a class challenge, not a build; open it with File &gt; Open Challenge (or rank a class folder by it: keiconfig rank FOLDER --challenge FILE).</source>
        <translation>{source}: これはクラスの課題で、ビルドではありません。ファイル &gt; 課題を開く で開いてください (クラスフォルダーをこの課題で順位付けするには: keiconfig rank FOLDER --challenge FILE)。</translation>
    </message>
    <message>
        <source>{source}: &quot;format&quot; is {found}, but a build file has &quot;{format}&quot;.</source>
        <translation>{source}:&quot;format&quot; が {found} ですが、ビルドファイルでは &quot;{format}&quot; です。</translation>
    </message>
    <message>
        <source>{source}: the required field &quot;version&quot; is missing (this keiconfig reads version {version}).</source>
        <translation>{source}:必須の項目 &quot;version&quot; がありません(この keiconfig はバージョン{version}を読めます)。</translation>
    </message>
    <message>
        <source>{source}: &quot;version&quot; must be a whole number such as {version} (found {found}).</source>
        <translation>{source}:&quot;version&quot; は {version} のような整数でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>{source}: the file is version {version}, made by a newer keiconfig; this keiconfig reads version {readable}. Update keiconfig to open it.</source>
        <translation>{source}:このファイルは新しい keiconfig で作られたバージョン{version}です。この keiconfig が読めるのはバージョン{readable}です。開くには keiconfig を更新してください。</translation>
    </message>
    <message>
        <source>{source}: {warning}</source>
        <extracomment>A warning about a build file: &quot;Beat.kei.json: unknown key ... was ignored.&quot;</extracomment>
        <translation>{source}:{warning}</translation>
    </message>
    <message>
        <source>and {count} more unknown keys were ignored.</source>
        <extracomment>After the first few warnings of a file with very many unknown keys.</extracomment>
        <translation>ほかに不明なキーを{count}個無視しました。</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <extracomment>A problem in a build file: &quot;Beat.kei.json: &quot;engine.cylinders&quot; must be ...&quot;</extracomment>
        <translation>{source}:{problem}</translation>
    </message>
    <message>
        <source>{source}: the data is too large or deeply nested.</source>
        <translation>{source}:データが大きすぎるか、入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>a key of &quot;{path}&quot;</source>
        <translation>&quot;{path}&quot; のキー</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; was ignored.</source>
        <translation>不明なキー &quot;{key}&quot; を無視しました。</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; was ignored (a typo, or a field of a newer keiconfig?).</source>
        <translation>不明なキー &quot;{key}&quot; を無視しました(入力ミスか、新しい keiconfig の項目かもしれません)。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a number too large to hold</source>
        <translation>大きすぎて扱えない数値</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>有限でない数値</translation>
    </message>
    <message>
        <source>a huge negative number</source>
        <translation>巨大な負の数値</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>巨大な数値</translation>
    </message>
    <message>
        <source>from {low} to {high}{unit}</source>
        <extracomment>An allowed range, e.g. &quot;from 1500 to 6000 mm&quot;; {unit} is empty or starts with a space.</extracomment>
        <translation>{low}〜{high}{unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>What a field must be; &quot;true&quot; and &quot;false&quot; are JSON&apos;s words, keep them.</extracomment>
        <translation>true または false</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>引用符で囲んだ文字列</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>オブジェクト({...})</translation>
    </message>
    <message>
        <source>the build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>the required field &quot;{path}&quot; is missing.</source>
        <translation>必須の項目 &quot;{path}&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {expected} (found {found}).</source>
        <extracomment>{expected} is the one value allowed, as it is written in the file.</extracomment>
        <translation>&quot;{path}&quot; は {expected} でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be one of {expected} (found {found}).</source>
        <extracomment>{expected} lists the allowed values as they are written in the file.</extracomment>
        <translation>&quot;{path}&quot; は {expected} のいずれかでなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind}, {range} (found {found}: write the number without quotes and with its digits only, as {digits}).</source>
        <extracomment>{digits}: the number as JSON writes it, e.g. 1000 for &quot;1_000&quot; or &quot;1,000&quot;.</extracomment>
        <translation>&quot;{path}&quot; は{range}の{kind}でなければなりません(値:{found}、引用符を外し、{digits} のように数字だけで書いてください)。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind} (found {found}: write the number without quotes and with its digits only, as {digits}).</source>
        <translation>&quot;{path}&quot; は{kind}でなければなりません(値:{found}、引用符を外し、{digits} のように数字だけで書いてください)。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind}, {range} (found {found}: a number in quotes is text, so write it without them).</source>
        <translation>&quot;{path}&quot; は{range}の{kind}でなければなりません(値:{found}、引用符で囲んだ数字は文字列なので引用符を外してください)。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind} (found {found}: a number in quotes is text, so write it without them).</source>
        <translation>&quot;{path}&quot; は{kind}でなければなりません(値:{found}、引用符で囲んだ数字は文字列なので引用符を外してください)。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind}, {range} (found {found}).</source>
        <extracomment>{kind} is e.g. &quot;a whole number&quot;, {range} e.g. &quot;from 1500 to 6000 mm&quot;.</extracomment>
        <translation>&quot;{path}&quot; は{range}の{kind}でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {kind} (found {found}).</source>
        <extracomment>{kind} is e.g. &quot;a whole number&quot;.</extracomment>
        <translation>&quot;{path}&quot; は{kind}でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>{name} could not be saved: {folder} is a folder of the system, whose files are the computer&apos;s own: no file can be saved or replaced in it, and nothing was written. Save it in another folder.</source>
        <translation>{name} を保存できませんでした:{folder} はシステムのフォルダーで、その中のファイルはコンピューター自身のものです。ここにはファイルを保存することも置き換えることもできないため、何も書き込んでいません。別のフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be {range} (found {found}).</source>
        <extracomment>{range} is e.g. &quot;from 1500 to 6000 mm&quot;.</extracomment>
        <translation>&quot;{path}&quot; は{range}でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be at least {limit} (found {found}).</source>
        <translation>&quot;{path}&quot; は{limit}以上でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be at most {limit} (found {found}).</source>
        <translation>&quot;{path}&quot; は{limit}以下でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be more than {limit} (found {found}).</source>
        <translation>&quot;{path}&quot; は{limit}より大きくなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be less than {limit} (found {found}).</source>
        <translation>&quot;{path}&quot; は{limit}未満でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; must be a finite number (found {found}).</source>
        <translation>&quot;{path}&quot; は有限の数値でなければなりません(値:{found})。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is too long: at most {count} characters.</source>
        <translation>&quot;{path}&quot; が長すぎます:{count}文字以内にしてください。</translation>
    </message>
    <message>
        <source>&quot;{path}&quot;: {problem} (found {found}).</source>
        <extracomment>{problem} is the validation library&apos;s own words.</extracomment>
        <translation>&quot;{path}&quot;:{problem}(値:{found})。</translation>
    </message>
    <message>
        <source>{name} is a link that leads back to itself, so no file can be written there; nothing was written.</source>
        <translation>{name} は自分自身を指すリンクなので、そこにファイルを書き込めません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} is a folder, so it cannot be replaced by a file; nothing was written.</source>
        <translation>{name} はフォルダーなので、ファイルで置き換えられません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} is not a regular file ({kind}), so keiconfig does not write to it; choose another file name.</source>
        <translation>{name} は通常のファイルではない({kind})ため、keiconfig は書き込みません。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{name} was changed on disk by another program or window after it was opened or saved here; nothing was written.</source>
        <translation>{name} は、ここで開くか保存したあとに、別のプログラムかウィンドウによってディスク上で変更されました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} is read-only; nothing was written.</source>
        <translation>{name} は読み取り専用です。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>{name} could not be saved: its backup {backup} is a folder, which keiconfig will not replace; move or rename that folder. The file is unchanged.</source>
        <translation>{name} を保存できませんでした:バックアップ {backup} がフォルダーで、keiconfig はそれを置き換えません。そのフォルダーを移動するか名前を変えてください。ファイルはそのままです。</translation>
    </message>
    <message>
        <source>{name} could not be saved: {reason}. It has other hard links, so it was being rewritten in place and may be incomplete; the previous version is in {backup}.</source>
        <translation>{name} を保存できませんでした: {reason}。このファイルには別のハードリンクがあるためその場で書き直していたので、途中までしか書かれていない可能性があります。前の版は {backup} にあります。</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}. It has other hard links, so it was being rewritten in place and may be incomplete.</source>
        <translation>{name} を書き込めませんでした: {reason}。このファイルには別のハードリンクがあるためその場で書き直していたので、途中までしか書かれていない可能性があります。</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk</source>
        <translation>{folder} は読み取り専用のディスクにあります</translation>
    </message>
    <message>
        <source>permission to write in {folder} was denied</source>
        <translation>{folder} に書き込む権限がありません</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>{folder} is a folder of the system, in which no file can be saved</source>
        <translation>{folder} はシステムのフォルダーで、ファイルを保存できません</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>フォルダー {folder} が存在しません</translation>
    </message>
    <message>
        <source>a part of {folder} is a file, not a folder</source>
        <translation>{folder} の途中がフォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクの割り当て容量を使い切りました</translation>
    </message>
    <message>
        <source>the file name is too long for this disk</source>
        <translation>このディスクにはファイル名が長すぎます</translation>
    </message>
    <message>
        <source>{name} could not be saved: a part of {folder} is a file, not a folder; nothing was written.</source>
        <translation>{name} を保存できませんでした: {folder} の途中がフォルダーではなくファイルです。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} could not be saved: the folder {folder} does not exist (it may have been moved, renamed or deleted); nothing was written.</source>
        <translation>{name} を保存できませんでした:フォルダー {folder} が存在しません(移動、名前の変更、削除のいずれかかもしれません)。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} could not be saved: {reason}; nothing was written.</source>
        <extracomment>{reason} is e.g. &quot;permission to write in /sys/kernel was denied&quot;; a new file.</extracomment>
        <translation>{name} を保存できませんでした:{reason}。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{name} could not be saved: {reason}. The previous version of the file is unchanged.</source>
        <extracomment>{reason} is e.g. &quot;the disk is full&quot;, or the operating system&apos;s own words.</extracomment>
        <translation>{name} を保存できませんでした:{reason}。以前のファイルはそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>gearing</name>
    <message>
        <source>single speed</source>
        <translation>1段</translation>
    </message>
    <message>
        <source>lowest ratio</source>
        <translation>最もローな変速比</translation>
    </message>
    <message>
        <source>highest ratio</source>
        <translation>最もハイな変速比</translation>
    </message>
    <message>
        <source>CVT near peak power</source>
        <translation>最高出力付近のCVT</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1速</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2速</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3速</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}速</translation>
    </message>
    <message>
        <source>The motor gives its full {torque:.0f} N·m from standstill to its top speed ({rpm:,.0f} rpm), where that makes only {power:.0f} kW: it would need {base:,.0f} rpm to make its rated {rated:.0f} kW. More torque, or a faster motor (its top speed), would let it.</source>
        <translation>モーターは停止から最高回転数({rpm:,.0f} rpm)まで最大トルク{torque:.0f} N·mを出しますが、そこでの出力は{power:.0f} kWにとどまります。定格の{rated:.0f} kWを出すには{base:,.0f} rpmが必要です。トルクを増やすか、より高回転のモーター(最高回転数)にすれば届きます。</translation>
    </message>
    <message>
        <source>The motor gives its full {torque:.0f} N·m from standstill all the way to its {top:.0f} km/h top speed (with no gear to change): through this tall reduction ({ratio:.2f}) it would make its full {power:.0f} kW only at {speed:.0f} km/h, so it never does.</source>
        <translation>モーターは停止状態から最高速度{top:.0f} km/hまでずっと最大トルク{torque:.0f} N·mのままです(変速するギアはありません)。このハイな減速比({ratio:.2f})では最高出力{power:.0f} kWに届くのは{speed:.0f} km/hなので、最高出力は一度も出ません。</translation>
    </message>
    <message>
        <source>The motor gives its full {torque:.0f} N·m from standstill up to {speed:.0f} km/h (a torque-limited launch, with no gear to change), then its full {power:.0f} kW above that (power-limited).</source>
        <translation>モーターは停止から{speed:.0f} km/hまで最大の{torque:.0f} N·mを出し(トルクで決まる発進で、変速はありません)、それより上では最大の{power:.0f} kWを出します(出力で決まる)。</translation>
    </message>
    <message>
        <source>The maker&apos;s {limit:.0f} km/h limiter sets its top speed; without it the motor would take it to {free:.0f} km/h.</source>
        <translation>メーカーの{limit:.0f} km/hリミッターが最高速度を決めています。リミッターがなければ、モーターで{free:.0f} km/hまで出ます。</translation>
    </message>
    <message>
        <source>The maker&apos;s {limit:.0f} km/h limiter sets its top speed, and the reduction ({ratio:.2f}) puts the motor&apos;s top speed ({rpm:,.0f} rpm) there too: a short ratio for a strong launch.</source>
        <translation>メーカーの{limit:.0f} km/hリミッターが最高速度を決めており、減速比({ratio:.2f})でモーターの最高回転({rpm:,.0f} rpm)もそこに合わせています。力強い発進のためのローな減速比です。</translation>
    </message>
    <message>
        <source>At {speed:.0f} km/h the motor reaches its top speed ({rpm:,.0f} rpm): a lower reduction ratio would let power meet drag higher up.</source>
        <translation>{speed:.0f} km/hでモーターが最高回転({rpm:,.0f} rpm)に達します。減速比を小さくすれば、もっと高い速度まで出力で空気抵抗と釣り合えます。</translation>
    </message>
    <message>
        <source>At {speed:.0f} km/h the motor&apos;s pull, short of its full power there, meets drag and rolling resistance: a shorter (higher) reduction would let it use its power and go faster.</source>
        <translation>{speed:.0f} km/hで、最高出力に届かないモーターの駆動力が、空気抵抗と転がり抵抗に釣り合います。減速比を大きく(ローギアードに)すれば、出力を使い切ってもっと速く走れます。</translation>
    </message>
    <message>
        <source>At {speed:.0f} km/h the motor&apos;s power meets drag and rolling resistance.</source>
        <translation>{speed:.0f} km/hで、モーターの出力が空気抵抗と転がり抵抗に釣り合います。</translation>
    </message>
    <message>
        <source>The gearing is too tall for the engine to take up the drive: at its {speed:.0f} km/h top speed the clutch is still slipping in {gear} gear, the engine held at {rpm:,.0f} rpm, where with the clutch engaged it would turn at only {locked:,.0f} rpm, too slow to pull the car. A real clutch would soon burn out; a lower gear or final drive would let it take up.</source>
        <translation>ギア比がハイすぎて、エンジンが駆動をつなげません:最高速度{speed:.0f} km/hでも{gear}でクラッチが滑ったままで、エンジンは{rpm:,.0f} rpmに保たれています。クラッチをつなぐと{locked:,.0f} rpmしか回らず、車を引っ張れません。実際のクラッチはすぐに焼けてしまいます。ギアか最終減速比をローにすれば、クラッチがつながります。</translation>
    </message>
    <message>
        <source>The gearing is too tall for the engine to take up the drive: at its {speed:.0f} km/h top speed the torque converter is still slipping, the engine at {rpm:,.0f} rpm, where coupled it would turn at only {locked:,.0f} rpm. A lower gear or final drive would let it couple.</source>
        <translation>ギア比がハイすぎて、エンジンが駆動をつなげません:最高速度{speed:.0f} km/hでもトルクコンバーターが滑ったままで、エンジンは{rpm:,.0f} rpmです。直結すると{locked:,.0f} rpmしか回りません。ギアか最終減速比をローにすれば直結できます。</translation>
    </message>
    <message>
        <source>The CVT&apos;s highest ratio is short: the engine reaches its {rpm:,.0f} rpm redline at {speed:.0f} km/h while it could still pull harder than the drag; a taller (lower) highest ratio or final drive would go faster.</source>
        <translation>CVTの最もハイな変速比がローです:{speed:.0f} km/hでレッドゾーンの{rpm:,.0f} rpmに達しますが、まだ空気抵抗より強く引っ張れます。最もハイな変速比か最終減速比をハイにすれば、もっと速く走れます。</translation>
    </message>
    <message>
        <source>Its one gear is short: the engine reaches its {rpm:,.0f} rpm redline at {speed:.0f} km/h while it could still pull harder than the drag; a taller gear or final drive would go faster.</source>
        <translation>ただ1つのギアがローです:{speed:.0f} km/hでレッドゾーンの{rpm:,.0f} rpmに達しますが、まだ空気抵抗より強く引っ張れます。ギアか最終減速比をハイにすれば、もっと速く走れます。</translation>
    </message>
    <message>
        <source>Top gear is too tall: the car goes fastest in {gear} gear, because in top gear the engine cannot reach the rpm where it makes its power.</source>
        <translation>トップギアがハイすぎます:最も速いのは{gear}です。トップギアでは、エンジンが出力の出る回転数まで回らないからです。</translation>
    </message>
    <message>
        <source>Top gear is tall: at its {speed:.0f} km/h top speed the engine turns {rpm:,.0f} rpm, short of its power peak at {peak:,.0f} rpm, so it never uses its full power there.</source>
        <translation>トップギアがハイです:最高速度{speed:.0f} km/hでのエンジン回転数は{rpm:,.0f} rpmで、最高出力の{peak:,.0f} rpmに届かないため、そこでは最大出力を使えません。</translation>
    </message>
    <message>
        <source>Top gear is short: the engine reaches its {rpm:,.0f} rpm redline at {speed:.0f} km/h while it could still pull harder than the drag; a taller top gear or final drive would go faster.</source>
        <translation>トップギアがローです:{speed:.0f} km/hでレッドゾーンの{rpm:,.0f} rpmに達しますが、まだ空気抵抗より強く引っ張れます。トップギアか最終減速比をハイにすれば、もっと速く走れます。</translation>
    </message>
    <message>
        <source>The change from {a} to {b} gear drops the engine to {rpm:,.0f} rpm, where it makes only {share:.0f} % of its peak power: a gap in the gearing (closer ratios, or one more gear, would fill it).</source>
        <translation>{a}から{b}へのシフトアップで、エンジン回転数が{rpm:,.0f} rpmまで落ち、最高出力の{share:.0f} %しか出ません。ギア比の谷です(クロスレシオにするか、段数を1つ増やせば埋まります)。</translation>
    </message>
    <message>
        <source>The change from {a} to {b} gear would drop the engine to {rpm:,.0f} rpm, below its {idle:,.0f} rpm idle: in {b} gear the clutch slips, the engine held at its launch speed as when pulling away, until the car catches up (closer ratios, or one more gear, would fill the gap).</source>
        <translation>{a}から{b}へのシフトアップで、エンジン回転数が{rpm:,.0f} rpmまで落ち、アイドリングの{idle:,.0f} rpmを下回ります:{b}ではクラッチが滑り、発進のときと同じくエンジンは発進回転数に保たれ、車速が追いつくまで続きます(クロスレシオにするか、段数を1つ増やせば谷が埋まります)。</translation>
    </message>
    <message>
        <source>The reduction ({given:.2f}) is too tall for the motor to move the car off: it would push {pull:.0f} N at the wheels, short of the {need:.0f} N the model asks for pulling away ({share:g} × the {roll:.0f} N of rolling resistance). The run uses {used:.2f} instead, so every figure is for that reduction; more torque or a shorter (higher) reduction would let the car use its own.</source>
        <translation>減速比({given:.2f})がハイすぎて、モーターでは車を動かし出せません:駆動輪で{pull:.0f} Nしか押せず、モデルが発進に求める{need:.0f} N(転がり抵抗{roll:.0f} Nの{share:g}倍)に届きません。走行計算は代わりに{used:.2f}を使うので、数値はすべてその減速比のものです。トルクを増やすか、減速比を大きく(ローギアードに)すれば、この車自身の減速比で走れます。</translation>
    </message>
    <message>
        <source>The CVT&apos;s lowest ratio ({given:.2f}) is too tall to move the car off: it would push {pull:.0f} N at the wheels, short of the {need:.0f} N the model asks for pulling away ({share:g} × the {roll:.0f} N of rolling resistance). The run uses {used:.2f} instead, so every figure is for that ratio; more torque or a shorter (higher) final drive would let the car use its own.</source>
        <translation>CVTの最も低い変速比({given:.2f})がハイすぎて、車を動かし出せません:駆動輪で{pull:.0f} Nしか押せず、モデルが発進に求める{need:.0f} N(転がり抵抗{roll:.0f} Nの{share:g}倍)に届きません。走行計算は代わりに{used:.2f}を使うので、数値はすべてその変速比のものです。トルクを増やすか、最終減速比を大きく(ローギアードに)すれば、この車自身の変速比で走れます。</translation>
    </message>
    <message>
        <source>First gear ({given:.2f}) is too tall to move the car off: it would push {pull:.0f} N at the wheels, short of the {need:.0f} N the model asks for pulling away ({share:g} × the {roll:.0f} N of rolling resistance). The run uses a first gear of {used:.2f} instead, so every figure is for that gear; more torque, or a shorter (higher) first gear or final drive, would let the car use its own.</source>
        <translation>1速({given:.2f})がハイすぎて、車を動かし出せません:駆動輪で{pull:.0f} Nしか押せず、モデルが発進に求める{need:.0f} N(転がり抵抗{roll:.0f} Nの{share:g}倍)に届きません。走行計算は代わりに1速を{used:.2f}として使うので、数値はすべてそのギアのものです。トルクを増やすか、1速か最終減速比を大きく(ローギアードに)すれば、この車自身のギアで走れます。</translation>
    </message>
    <message>
        <source>The {limit:.0f} km/h kei speed limiter holds it; without it the motor would take it to {free:.0f} km/h.</source>
        <translation>{limit:.0f} km/hの軽自動車の速度リミッターで頭打ちになります。リミッターがなければモーターは{free:.0f} km/hまで引っ張ります。</translation>
    </message>
</context>
<context>
    <name>legacy_text</name>
    <message>
        <source>line {line}</source>
        <translation>{line}行目</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>{lines}行目</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Western European</source>
        <translation>西欧語</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>中欧語</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open class folder</source>
        <translation>クラスフォルダーを開く</translation>
    </message>
    <message>
        <source>Add a build to the comparison</source>
        <translation>ビルドを比較に加える</translation>
    </message>
    <message>
        <source>Kei builds (*.kei.json *.json)</source>
        <translation>軽ビルド (*.kei.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>「{name}」の変更を保存しますか?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <source>Save keeps your changes in the build&apos;s file (you are asked where if it has none), then goes on. Discard goes on without them: they are lost. Cancel goes back to your build, nothing lost.</source>
        <translation>「保存」は変更をビルドのファイルに保存してから先に進みます(ファイルがなければ保存先を尋ねます)。「破棄」は変更を保存せずに先に進みます:変更は失われます。「キャンセル」は何も失わずにビルドに戻ります。</translation>
    </message>
    <message>
        <source>Open build</source>
        <translation>ビルドを開く</translation>
    </message>
    <message>
        <source>Save build as</source>
        <translation>ビルドに名前を付けて保存</translation>
    </message>
    <message>
        <source>Kei builds (*.kei.json)</source>
        <translation>軽ビルド (*.kei.json)</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>there is no preset called {id}; available presets: {ids}</source>
        <translation>{id} というプリセットはありません。使えるプリセット: {ids}</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>1st</source>
        <translation>1位</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2位</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3位</translation>
    </message>
    <message>
        <source>{place}th</source>
        <translation>{place}位</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <source>cannot rank by {field}; choose one of: {fields}</source>
        <translation>{field} では順位を付けられません。次から選んでください: {fields}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({reason}).</source>
        <extracomment>{reason} is the operating system&apos;s own words.</extracomment>
        <translation>フォルダー {folder} を読み込めません({reason})。</translation>
    </message>
    <message>
        <source>{folder} is a link that leads back to itself, not a folder.</source>
        <translation>{folder} は自分自身を指すリンクで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>everything after the first {files} build files</source>
        <translation>最初の{files}件より後のすべて</translation>
    </message>
    <message>
        <source>everything after the first {entries} files and folders</source>
        <translation>最初の{entries}件(ファイルとフォルダー)より後のすべて</translation>
    </message>
    <message>
        <source>Read {files} from this folder and {folders} in it</source>
        <translation>このフォルダーとその中の{folders}から{files}を読み込みました</translation>
    </message>
    <message>
        <source>{read}.</source>
        <translation>{read}。</translation>
    </message>
    <message>
        <source>{read}; not read: {skipped}.</source>
        <translation>{read}(読み込んでいないもの:{skipped})。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{file} was not read: it is a folder, not a build file.</source>
        <translation>{file} は読み込んでいません:フォルダーで、ビルドファイルではありません。</translation>
    </message>
    <message>
        <source>{file} was not read: it is a pipe, not a build file (reading it could wait forever).</source>
        <translation>{file} は読み込んでいません:パイプで、ビルドファイルではありません(読むと終わらないおそれがあります)。</translation>
    </message>
    <message>
        <source>{file} was not read: it is a socket, not a build file.</source>
        <translation>{file} は読み込んでいません:ソケットで、ビルドファイルではありません。</translation>
    </message>
    <message>
        <source>{file} was not read: it is a device, not a build file.</source>
        <translation>{file} は読み込んでいません:デバイスで、ビルドファイルではありません。</translation>
    </message>
    <message>
        <source>{file} was not ranked: it is a class challenge, not a build.</source>
        <translation>{file} は順位に入れていません:クラスの課題ファイルで、ビルドではありません。</translation>
    </message>
    <message>
        <source>{file} was not read: an editor put .txt after its .json, so rename it to end in .json to rank it.</source>
        <translation>{file} は読み込んでいません:エディターが .json の後に .txt を付けたので、順位に入れるには名前の末尾を .json に変えてください。</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>naturally aspirated</source>
        <translation>自然吸気(NA)</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>ターボ</translation>
    </message>
    <message>
        <source>supercharged</source>
        <translation>スーパーチャージャー</translation>
    </message>
    <message>
        <source>hatchback</source>
        <translation>ハッチバック</translation>
    </message>
    <message>
        <source>tall wagon</source>
        <translation>トールワゴン</translation>
    </message>
    <message>
        <source>sedan</source>
        <translation>セダン</translation>
    </message>
    <message>
        <source>coupe</source>
        <translation>クーペ</translation>
    </message>
    <message>
        <source>roadster</source>
        <translation>ロードスター</translation>
    </message>
    <message>
        <source>suv</source>
        <translation>クロカン(SUV)</translation>
    </message>
    <message>
        <source>van</source>
        <translation>バン</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>軽トラック</translation>
    </message>
</context>
<context>
    <name>regulations</name>
    <message>
        <source>length</source>
        <translation>全長</translation>
    </message>
    <message>
        <source>width</source>
        <translation>全幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>全高</translation>
    </message>
    <message>
        <source>displacement</source>
        <translation>排気量</translation>
    </message>
    <message>
        <source>power</source>
        <extracomment>The 64 PS makers&apos; agreement, as a rule a change may break.</extracomment>
        <translation>最高出力</translation>
    </message>
    <message>
        <source>1949</source>
        <extracomment>The name of a kei era: the year its rules came in. Japanese: with the Japanese era year, e.g. 1976年(昭和51年).</extracomment>
        <translation>1949年(昭和24年)</translation>
    </message>
    <message>
        <source>1950</source>
        <translation>1950年(昭和25年)</translation>
    </message>
    <message>
        <source>1951</source>
        <translation>1951年(昭和26年)</translation>
    </message>
    <message>
        <source>1955</source>
        <translation>1955年(昭和30年)</translation>
    </message>
    <message>
        <source>1976</source>
        <translation>1976年(昭和51年)</translation>
    </message>
    <message>
        <source>1990</source>
        <translation>1990年(平成2年)</translation>
    </message>
    <message>
        <source>1998</source>
        <translation>1998年(平成10年)</translation>
    </message>
    <message>
        <source>{cc} cc, 2-stroke {cc_2stroke} cc</source>
        <extracomment>A kei era&apos;s limit for a four-stroke engine and for a two-stroke one.</extracomment>
        <translation>{cc} cc、2ストローク {cc_2stroke} cc</translation>
    </message>
    <message>
        <source>{era} rules ({length} × {width} mm, {displacement})</source>
        <extracomment>A kei era, e.g. &quot;1998 rules (3400 × 1480 mm, 660 cc)&quot;; {displacement} is the engine limit, e.g. &quot;660 cc&quot;.</extracomment>
        <translation>{era}規格({length} × {width} mm、{displacement})</translation>
    </message>
    <message>
        <source>unknown regulation era {era}; valid eras are {eras}</source>
        <translation>{era} という規格の年代はありません。使える年代: {eras}</translation>
    </message>
</context>
<context>
    <name>self.panel</name>
    <message>
        <source>Change motor</source>
        <translation>モーターを変更</translation>
    </message>
    <message>
        <source>Change battery</source>
        <translation>バッテリーを変更</translation>
    </message>
    <message>
        <source>The final drive ratio, by which every gear is multiplied; for an electric car its single reduction. Shorter (higher): more push, lower top speed. Auto: the model&apos;s own.</source>
        <translation>最終減速比。すべてのギア比に掛け合わされます。電気自動車では1段の減速比です。大きく(ローギアードに)すると押し出しが強まり、最高速度は下がります。自動: モデルが決めた値。</translation>
    </message>
    <message>
        <source>Change gear ratio</source>
        <translation>ギア比を変更</translation>
    </message>
    <message>
        <source>Change final drive</source>
        <translation>最終減速比を変更</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Could not add the build</source>
        <translation>ビルドを加えられませんでした</translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <source>All-wheel drive</source>
        <translation>四輪駆動</translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation>後輪駆動</translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation>前輪駆動</translation>
    </message>
    <message>
        <source>Turbo instead of naturally aspirated</source>
        <translation>NAをターボに</translation>
    </message>
    <message>
        <source>Turbo instead of supercharger</source>
        <translation>スーパーチャージャーをターボに</translation>
    </message>
    <message>
        <source>Supercharger instead of naturally aspirated</source>
        <translation>NAをスーパーチャージャーに</translation>
    </message>
    <message>
        <source>Supercharger instead of turbo</source>
        <translation>ターボをスーパーチャージャーに</translation>
    </message>
    <message>
        <source>Naturally aspirated instead of turbo</source>
        <translation>ターボをNAに</translation>
    </message>
    <message>
        <source>Naturally aspirated instead of supercharger</source>
        <translation>スーパーチャージャーをNAに</translation>
    </message>
    <message>
        <source>Intercooler</source>
        <translation>インタークーラー</translation>
    </message>
    <message>
        <source>{new} gears instead of {old}</source>
        <translation>{old}速を{new}速に</translation>
    </message>
    <message>
        <source>Manual gearbox instead of CVT</source>
        <translation>CVTをMTに</translation>
    </message>
    <message>
        <source>Manual gearbox instead of automatic</source>
        <translation>ATをMTに</translation>
    </message>
    <message>
        <source>Manual gearbox instead of twin-clutch</source>
        <translation>DCTをMTに</translation>
    </message>
    <message>
        <source>Twin-clutch gearbox</source>
        <translation>デュアルクラッチ(DCT)</translation>
    </message>
    <message>
        <source>CVT</source>
        <translation>CVT</translation>
    </message>
    <message>
        <source>4 valves per cylinder</source>
        <translation>1気筒4バルブに</translation>
    </message>
    <message>
        <source>Remove the {power} PS cap</source>
        <translation>{power} PSの自主規制を外す</translation>
    </message>
    <message>
        <source>{cc} cc engine (+{more} cc)</source>
        <translation>{cc} ccのエンジン(+{more} cc)</translation>
    </message>
    <message>
        <source>{cc} cc engine (−{less} cc)</source>
        <translation>{cc} ccのエンジン(−{less} cc)</translation>
    </message>
    <message>
        <source>Mid engine</source>
        <translation>ミッドシップ</translation>
    </message>
    <message>
        <source>{new} seats instead of {old}</source>
        <translation>乗車定員{old}名を{new}名に</translation>
    </message>
    <message>
        <source>Soft top</source>
        <translation>ソフトトップ(幌)</translation>
    </message>
    <message>
        <source>Roadster body</source>
        <translation>ロードスターのボディ</translation>
    </message>
    <message>
        <source>100 mm lower ({height} mm)</source>
        <translation>100 mm低く({height} mm)</translation>
    </message>
    <message>
        <source>Motor with {torque} N·m (+10 %)</source>
        <translation>{torque} N·mのモーター(+10 %)</translation>
    </message>
    <message>
        <source>{kwh} kWh battery (a quarter smaller, lighter)</source>
        <translation>{kwh} kWhのバッテリー(4分の1小さく、軽く)</translation>
    </message>
    <message>
        <source>Reduction 10 % shorter ({ratio})</source>
        <translation>減速比を10 %ローに({ratio})</translation>
    </message>
    <message>
        <source>Reduction 10 % taller ({ratio})</source>
        <translation>減速比を10 %ハイに({ratio})</translation>
    </message>
    <message>
        <source>Final drive 10 % shorter ({ratio})</source>
        <translation>最終減速比を10 %ローに({ratio})</translation>
    </message>
    <message>
        <source>Final drive 10 % taller ({ratio})</source>
        <translation>最終減速比を10 %ハイに({ratio})</translation>
    </message>
    <message>
        <source>50 kg lighter</source>
        <translation>50 kg軽く</translation>
    </message>
    <message>
        <source>no longer does {measure}</source>
        <extracomment>{measure} is &quot;0-100 km/h&quot; or &quot;400 m&quot;.</extracomment>
        <translation>{measure}を走りきれなくなる</translation>
    </message>
    <message>
        <source>about the same in real cars (the model says {time})</source>
        <extracomment>A change real cars sold both ways do not bear out; {time} is the model&apos;s figure (&quot;−0.9 s&quot;).</extracomment>
        <translation>実車ではほぼ同じ(モデルでは{time})</translation>
    </message>
    <message>
        <source>about the same ({time})</source>
        <extracomment>Closer than the model can tell apart; {time} is its figure (&quot;−0.1 s&quot;).</extracomment>
        <translation>ほぼ同じ({time})</translation>
    </message>
    <message>
        <source>{change}: {time}, {weight}, {power}</source>
        <extracomment>A suggested change and its effect: &quot;Turbo instead of naturally aspirated: −4.9 s, +16 kg, +11 PS&quot;.</extracomment>
        <translation>{change}:{time}、{weight}、{power}</translation>
    </message>
    <message>
        <source>{change}: {time}, {weight}</source>
        <extracomment>A suggested change and its effect: &quot;All-wheel drive: −0.8 s, +52 kg&quot;.</extracomment>
        <translation>{change}:{time}、{weight}</translation>
    </message>
    <message>
        <source>{change}: {time}, {power}</source>
        <extracomment>A suggested change and its effect: &quot;Remove the 64 PS cap: −2.1 s, +20 PS&quot;.</extracomment>
        <translation>{change}:{time}、{power}</translation>
    </message>
    <message>
        <source>{change}: {time}</source>
        <extracomment>A suggested change and its effect: &quot;Final drive 10 % shorter (5.13): +0.2 s&quot;.</extracomment>
        <translation>{change}:{time}</translation>
    </message>
    <message>
        <source>{km} km range</source>
        <extracomment>An electric car&apos;s change of WLTC range in a suggestion: &quot;−125 km range&quot;.</extracomment>
        <translation>航続距離{km} km</translation>
    </message>
    <message>
        <source>{effect}, {range}</source>
        <extracomment>A suggestion&apos;s effect and the range it adds or costs an electric car: &quot;45 kWh battery (a quarter smaller, lighter): −0.7 s, −87 kg&quot; + &quot;−125 km range&quot;.</extracomment>
        <translation>{effect}、{range}</translation>
    </message>
    <message>
        <source>Motor in the middle</source>
        <translation>モーターをミッドに</translation>
    </message>
</context>
<context>
    <name>weight</name>
    <message>
        <source>hatchback</source>
        <translation>ハッチバック</translation>
    </message>
    <message>
        <source>tall wagon</source>
        <translation>トールワゴン</translation>
    </message>
    <message>
        <source>sedan</source>
        <translation>セダン</translation>
    </message>
    <message>
        <source>coupe</source>
        <translation>クーペ</translation>
    </message>
    <message>
        <source>roadster</source>
        <translation>ロードスター</translation>
    </message>
    <message>
        <source>suv</source>
        <translation>SUV</translation>
    </message>
    <message>
        <source>van</source>
        <translation>バン</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>ソフトトップ</translation>
    </message>
    <message>
        <source>targa</source>
        <translation>タルガトップ</translation>
    </message>
    <message>
        <source>removable hard</source>
        <translation>脱着式ハードトップ</translation>
    </message>
    <message>
        <source>glass</source>
        <translation>ガラスルーフ</translation>
    </message>
    <message>
        <source>open-top stiffening</source>
        <translation>オープンボディの補強</translation>
    </message>
    <message>
        <source>sills, floor and scuttle made stiffer</source>
        <translation>サイドシル、フロア、スカットルの補強</translation>
    </message>
    <message>
        <source>{cylinders} cyl, {cc} cc, {cycle}-stroke</source>
        <translation>{cylinders}気筒、{cc} cc、{cycle}ストローク</translation>
    </message>
    <message>
        <source>{cylinders} cyl, {cc} cc, {cycle}-stroke, air-cooled</source>
        <translation>{cylinders}気筒、{cc} cc、{cycle}ストローク、空冷</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>turbocharger</source>
        <translation>ターボチャージャー</translation>
    </message>
    <message>
        <source>turbo, pipes</source>
        <translation>タービン、配管</translation>
    </message>
    <message>
        <source>supercharger</source>
        <translation>スーパーチャージャー</translation>
    </message>
    <message>
        <source>blower, belt</source>
        <translation>ブロワー、ベルト</translation>
    </message>
    <message>
        <source>intercooler</source>
        <translation>インタークーラー</translation>
    </message>
    <message>
        <source>core, ducts</source>
        <translation>コア、ダクト</translation>
    </message>
    <message>
        <source>{gears}-speed manual</source>
        <translation>{gears}速MT</translation>
    </message>
    <message>
        <source>{gears}-speed automatic</source>
        <translation>{gears}速AT</translation>
    </message>
    <message>
        <source>{gears}-speed twin-clutch</source>
        <translation>{gears}速DCT</translation>
    </message>
    <message>
        <source>gearbox</source>
        <translation>トランスミッション</translation>
    </message>
    <message>
        <source>{tank} L tank full, oil, coolant</source>
        <translation>{tank} Lタンク満タンの燃料、オイル、冷却水</translation>
    </message>
    <message>
        <source>drive shafts</source>
        <translation>ドライブシャフト</translation>
    </message>
    <message>
        <source>prop shaft, rear axle and differential</source>
        <translation>プロペラシャフト、リアアクスル、デフ</translation>
    </message>
    <message>
        <source>transfer case, prop shaft, second differential</source>
        <translation>トランスファー、プロペラシャフト、もう1つのデフ</translation>
    </message>
    <message>
        <source>driven axles</source>
        <translation>駆動軸</translation>
    </message>
    <message>
        <source>mid-engine layout</source>
        <translation>ミッドシップレイアウト</translation>
    </message>
    <message>
        <source>rear subframe, long fuel lines</source>
        <translation>リアサブフレーム、長い燃料配管</translation>
    </message>
    <message>
        <source>coolant lines</source>
        <translation>冷却水配管</translation>
    </message>
    <message>
        <source>pipes from the engine behind the cabin to the front</source>
        <translation>車室後方のエンジンから前部への配管</translation>
    </message>
    <message>
        <source>running gear</source>
        <translation>足回り</translation>
    </message>
    <message>
        <source>wheels, brakes</source>
        <translation>ホイール、ブレーキ</translation>
    </message>
    <message>
        <source>brakes and tyres for the power</source>
        <translation>出力に見合うブレーキとタイヤ</translation>
    </message>
    <message>
        <source>sized for {kw} kW</source>
        <translation>{kw} kW に合わせた大きさ</translation>
    </message>
    <message>
        <source>interior</source>
        <translation>内装</translation>
    </message>
    <message>
        <source>sliding doors</source>
        <translation>スライドドア</translation>
    </message>
    <message>
        <source>rails, rollers, reinforced aperture</source>
        <translation>レール、ローラー、開口部の補強</translation>
    </message>
    <message>
        <source>roof mechanism</source>
        <translation>ルーフ機構</translation>
    </message>
    <message>
        <source>{kwh} kWh, case and high-voltage wiring</source>
        <translation>{kwh} kWh、ケースと高電圧配線</translation>
    </message>
    <message>
        <source>{usable} kW, all its top speed lets it make of its rated {rated} kW; {torque} N·m</source>
        <translation>{usable} kW(定格 {rated} kW のうち、最高回転数までに出せる出力)、{torque} N·m</translation>
    </message>
    <message>
        <source>motor and inverter</source>
        <translation>モーター・インバーター</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>reduction gear</source>
        <translation>減速機</translation>
    </message>
    <message>
        <source>single speed, differential</source>
        <translation>1段減速、デフ</translation>
    </message>
    <message>
        <source>fluids</source>
        <translation>油脂・燃料</translation>
    </message>
    <message>
        <source>coolant, gear oil, 12 V battery</source>
        <translation>冷却水、ギアオイル、12 V バッテリー</translation>
    </message>
    <message>
        <source>body shell</source>
        <translation>ボディシェル</translation>
    </message>
    <message>
        <source>{style}, {area} m² envelope</source>
        <translation>{style}、外表面 {area} m²</translation>
    </message>
    <message>
        <source>safety and equipment</source>
        <translation>安全装備・快適装備</translation>
    </message>
    <message>
        <source>crash structure, airbags, air conditioning, electrics (rises with the year)</source>
        <translation>衝突安全構造、エアバッグ、エアコン、電装品(年式とともに増加)</translation>
    </message>
    <message>
        <source>ladder frame</source>
        <translation>ラダーフレーム</translation>
    </message>
    <message>
        <source>separate chassis frame</source>
        <translation>独立したシャシーフレーム</translation>
    </message>
</context>
</TS>
