<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="231"/>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="241"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="246"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="247"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="248"/>
        <source>Team member:</source>
        <translation>Miembro del equipo:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="249"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="250"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="254"/>
        <source>Give the passphrase to the person in private; they choose their own at their first sign-in.</source>
        <translation>Entregue la frase de contraseña a la persona en privado; elegirá la suya al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="260"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="266"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="237"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="238"/>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="239"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="261"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="266"/>
        <source>File kept with the case</source>
        <translation>Archivo conservado con el caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="276"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="278"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="85"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de auditoría&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="96"/>
        <source>Only the entries of this person</source>
        <translation>Solo las entradas de esta persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="99"/>
        <source>Only the entries of this action</source>
        <translation>Solo las entradas de esta acción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="102"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="103"/>
        <source>Only the entries about this case</source>
        <translation>Solo las entradas sobre este caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="106"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="107"/>
        <source>A&amp;ction</source>
        <translation>A&amp;cción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="108"/>
        <source>C&amp;ase</source>
        <translation>C&amp;aso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="111"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="114"/>
        <source>Per&amp;iod</source>
        <translation>Per&amp;iodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="117"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="118"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="119"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="129"/>
        <source>Audit log entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="132"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="133"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="134"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="135"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="136"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="137"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="166"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="205"/>
        <source>Not read.</source>
        <translation>No se leyó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="210"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="212"/>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="233"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Las %n entradas más recientes; afine los filtros para ver las anteriores.</numerusform>
            <numerusform>Las %n entradas más recientes; afine los filtros para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="235"/>
        <source>Entries: %n.</source>
        <translation>
            <numerusform>Entradas: %n.</numerusform>
            <numerusform>Entradas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="261"/>
        <source>The chain is whole. Entries: %n, each chained to the one before.</source>
        <translation>
            <numerusform>La cadena está íntegra. Entradas: %n, cada una encadenada a la anterior.</numerusform>
            <numerusform>La cadena está íntegra. Entradas: %n, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="294"/>
        <source>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>Entradas escritas en {0}: %n. Es una copia sin cifrar que nombra casos: guárdela en lugar seguro y bórrela cuando ya no se necesite.</numerusform>
            <numerusform>Entradas escritas en {0}: %n. Es una copia sin cifrar que nombra casos: guárdela en lugar seguro y bórrela cuando ya no se necesite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="267"/>
        <source>The log was tampered with: entry {0} was changed, removed or moved; the {1} entries before it are whole.</source>
        <translation>El registro fue manipulado: la entrada {0} se cambió, se eliminó o se movió; las {1} entradas anteriores están íntegras.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="41"/>
        <source>case opened</source>
        <translation>caso abierto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="42"/>
        <source>case created</source>
        <translation>caso creado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="43"/>
        <source>case changed</source>
        <translation>caso modificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="44"/>
        <source>cases imported</source>
        <translation>casos importados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="45"/>
        <source>cases exported</source>
        <translation>casos exportados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="46"/>
        <source>demo cases added</source>
        <translation>casos de demostración añadidos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="47"/>
        <source>filing made</source>
        <translation>escrito elaborado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="48"/>
        <source>packet made</source>
        <translation>legajo de audiencia elaborado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="49"/>
        <source>audit exported</source>
        <translation>registro de auditoría exportado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="88"/>
        <source>Every case opened, every change to a case, every import, export, filing and packet, with who did it and when. Each entry is chained to the one before: Verify finds any that was changed or removed.</source>
        <translation>Cada caso abierto, cada cambio en un caso, cada importación, exportación, escrito y legajo de audiencia, con quién lo hizo y cuándo. Cada entrada está encadenada a la anterior: Verificar encuentra la que se cambió o se eliminó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="273"/>
        <source>Verifying the audit log…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="281"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="283"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="305"/>
        <source>Exporting the audit log…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="85"/>
        <source>— how sure —</source>
        <translation>— grado de certeza —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="88"/>
        <source>How sure the date of birth is</source>
        <translation>Grado de certeza de la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="89"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="126"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="128"/>
        <source>YYYY or YYYY-MM</source>
        <translation>AAAA o AAAA-MM</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="130"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="140"/>
        <source>age today: {0}</source>
        <translation>edad actual: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="150"/>
        <source>assessed {0}–{1} by {2} on {3}</source>
        <translation>edad determinada en {0}–{1} años por {2} el {3}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="158"/>
        <source>no age assessment recorded yet (see below)</source>
        <translation>aún no se ha registrado ninguna determinación de la edad (véase más abajo)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="68"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="69"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="70"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="80"/>
        <source>(uncertain: as late as {0})</source>
        <translation>(incierto: a más tardar el {0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="84"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="24"/>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="177"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="177"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="249"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="177"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="256"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="185"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="187"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="190"/>
        <source>Later</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="204"/>
        <source>Only the hearings and deadlines of</source>
        <translation>Solo las vistas y plazos de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="205"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="212"/>
        <source>Only before the forum</source>
        <translation>Solo ante el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="213"/>
        <source>All forums</source>
        <translation>Todos los tribunales</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="220"/>
        <source>Only the case with the reference</source>
        <translation>Solo el caso con la referencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="221"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="223"/>
        <source>Show done, waived and past</source>
        <translation>Mostrar también los cumplidos, renunciados y pasados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="227"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="228"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="229"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="242"/>
        <source>Hearings and deadlines of the chosen day</source>
        <translation>Vistas y plazos del día elegido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="383"/>
        <source>Week {0}: {1} to {2}</source>
        <translation>Semana {0}: del {1} al {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="387"/>
        <source>{0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="417"/>
        <source>The first %n items of this period; filter by person, forum or case for the rest.</source>
        <translation>
            <numerusform>Se muestra %n elemento de este periodo; filtre por persona, tribunal o caso para ver el resto.</numerusform>
            <numerusform>Se muestran los primeros %n elementos de este periodo; filtre por persona, tribunal o caso para ver el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="424"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n elemento.</numerusform>
            <numerusform>%n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="426"/>
        <source>Nothing in this period.</source>
        <translation>No hay nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="95"/>
        <source>Parts of the case</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="116"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="220"/>
        <source>Court-readiness</source>
        <translation>Preparación para el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="124"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="221"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="131"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="219"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="183"/>
        <source>Save the new case first</source>
        <translation>Guarde primero el caso nuevo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="195"/>
        <source>Problems to correct before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="343"/>
        <source>Check the hearing</source>
        <translation>Revise la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="344"/>
        <source>Save this case anyway?</source>
        <translation>¿Guardar este caso de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="352"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="412"/>
        <source>{0} › {1}: {2}</source>
        <translation>{0} › {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="414"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="422"/>
        <source>Not saved: %n problem(s) to correct, each marked at its field.</source>
        <translation>
            <numerusform>No se ha guardado: %n problema que corregir, marcado en su campo.</numerusform>
            <numerusform>No se ha guardado: %n problemas que corregir, cada uno marcado en su campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="461"/>
        <source>%n problem(s) to correct here</source>
        <translation>
            <numerusform>%n problema que corregir aquí</numerusform>
            <numerusform>%n problemas que corregir aquí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="501"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="502"/>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>Este caso tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="25"/>
        <source>Given names (Latin)</source>
        <translation>Nombre(s) (alfabeto latino)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="26"/>
        <source>Family name (Latin)</source>
        <translation>Apellido(s) (alfabeto latino)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="27"/>
        <source>Given names (as written)</source>
        <translation>Nombre(s) (escritura original)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="28"/>
        <source>Family name (as written)</source>
        <translation>Apellido(s) (escritura original)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="39"/>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="43"/>
        <source>Country of last arrival</source>
        <translation>País de la última llegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="21"/>
        <source>Lead lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="65"/>
        <source>Relationship</source>
        <translation>Relación con el menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="91"/>
        <source>Starts (local time at the forum)</source>
        <translation>Comienzo (hora local del tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="104"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="105"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="106"/>
        <source>Placement</source>
        <translation>Acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="107"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="108"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="109"/>
        <source>A task (not a legal deadline)</source>
        <translation>Una tarea (no un plazo legal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="110"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="111"/>
        <source>Due at the latest on</source>
        <translation>A más tardar el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="112"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="113"/>
        <source>Legal source</source>
        <translation>Fuente jurídica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="114"/>
        <source>How it was computed</source>
        <translation>Forma de cómputo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="115"/>
        <source>Why (done or waived)</source>
        <translation>Motivo (cumplido o renunciado)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="116"/>
        <source>Completed on</source>
        <translation>Cumplido el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="118"/>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="119"/>
        <source>Type of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="120"/>
        <source>Issuing country</source>
        <translation>País de expedición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="121"/>
        <source>Issuing authority</source>
        <translation>Autoridad expedidora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="122"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="123"/>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="124"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="125"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="126"/>
        <source>Original or copy</source>
        <translation>Original o copia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="127"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="128"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="129"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="130"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="131"/>
        <source>Performed on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="132"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="133"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="134"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="135"/>
        <source>Acting as</source>
        <translation>En calidad de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="136"/>
        <source>Seal of</source>
        <translation>Sello de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="137"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="138"/>
        <source>Seal present</source>
        <translation>Sello presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="139"/>
        <source>Signature present</source>
        <translation>Firma presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="142"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="417"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="143"/>
        <source>From language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="144"/>
        <source>Into language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="145"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="146"/>
        <source>Sworn in</source>
        <translation>Habilitado en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="147"/>
        <source>Translated on</source>
        <translation>Traducida el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="148"/>
        <source>Accepted by</source>
        <translation>Aceptada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="149"/>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="150"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="151"/>
        <source>Grounds of refusal</source>
        <translation>Motivos de denegación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="152"/>
        <source>Recognised in advance</source>
        <translation>Reconocimiento previo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="153"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="154"/>
        <source>Certificate reference</source>
        <translation>Referencia del certificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="156"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="157"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="158"/>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="159"/>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="160"/>
        <source>Withdrawn on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="161"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="162"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="163"/>
        <source>Raised on</source>
        <translation>Señalada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="164"/>
        <source>Raised by</source>
        <translation>Señalada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="165"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="166"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="167"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="168"/>
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="169"/>
        <source>Written by</source>
        <translation>Redactada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="170"/>
        <source>Written (local time)</source>
        <translation>Redactado (hora local)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="92"/>
        <source>Forum time zone</source>
        <translation>Zona horaria del tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="16"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="17"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="18"/>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="19"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="20"/>
        <source>Home jurisdiction</source>
        <translation>Jurisdicción principal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="22"/>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="23"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="29"/>
        <source>Script of the names</source>
        <translation>Escritura de los nombres</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="30"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="31"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="32"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="33"/>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="34"/>
        <source>Day of birth</source>
        <translation>Día de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="35"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="36"/>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="37"/>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="38"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="40"/>
        <source>School</source>
        <translation>Centro escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="41"/>
        <source>School grade</source>
        <translation>Curso escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="42"/>
        <source>Last arrival</source>
        <translation>Última llegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="44"/>
        <source>Married</source>
        <translation>Casado/a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="47"/>
        <source>Script</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="48"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="49"/>
        <source>Assessed on</source>
        <translation>Fecha de la determinación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="50"/>
        <source>Assessed by</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="51"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="52"/>
        <source>Lowest age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="53"/>
        <source>Highest age</source>
        <translation>Edad máxima</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="54"/>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="55"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="56"/>
        <source>Provider</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="57"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="58"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="59"/>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="60"/>
        <source>Ended on</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="61"/>
        <source>Effective from</source>
        <translation>Con efecto desde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="62"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="63"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="66"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="67"/>
        <source>Full name (as written)</source>
        <translation>Nombre completo (escritura original)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="68"/>
        <source>Whereabouts</source>
        <translation>Paradero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="69"/>
        <source>Country of whereabouts</source>
        <translation>País del paradero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="70"/>
        <source>Contact</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="71"/>
        <source>Tracing</source>
        <translation>Búsqueda familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="72"/>
        <source>Safe to contact</source>
        <translation>Contacto sin riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="73"/>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="75"/>
        <source>Type of guardian</source>
        <translation>Tipo de tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="76"/>
        <source>Guardian&apos;s name</source>
        <translation>Nombre del tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="77"/>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="78"/>
        <source>Appointed by</source>
        <translation>Nombrado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="79"/>
        <source>Order reference</source>
        <translation>Referencia de la resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="80"/>
        <source>Powers</source>
        <translation>Facultades</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="82"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="83"/>
        <source>Kind of forum</source>
        <translation>Tipo de órgano</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="84"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="85"/>
        <source>Assigned lawyer</source>
        <translation>Abogado asignado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="86"/>
        <source>Appeal of</source>
        <translation>Recurso contra</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="87"/>
        <source>Decided on</source>
        <translation>Dictada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="88"/>
        <source>Notified on</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="89"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="90"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="93"/>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="94"/>
        <source>Type of hearing</source>
        <translation>Tipo de vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="95"/>
        <source>Court or office</source>
        <translation>Tribunal u oficina</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="96"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="97"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="98"/>
        <source>Remote link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="99"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="100"/>
        <source>Interpreter (outside the team)</source>
        <translation>Intérprete (externo al equipo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="101"/>
        <source>Reason for adjournment</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="102"/>
        <source>Next hearing (after adjournment)</source>
        <translation>Próxima vista (tras la suspensión)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="171"/>
        <source>Restricted</source>
        <translation>Acceso restringido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="172"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="327"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="328"/>
        <source>Add alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="329"/>
        <source>Remove alias</source>
        <translation>Quitar alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="332"/>
        <source>Age assessments</source>
        <translation>Determinaciones de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="333"/>
        <source>Add age assessment</source>
        <translation>Añadir determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="334"/>
        <source>Remove age assessment</source>
        <translation>Quitar determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="337"/>
        <source>Placements</source>
        <translation>Acogimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="338"/>
        <source>Add placement</source>
        <translation>Añadir acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="339"/>
        <source>Remove placement</source>
        <translation>Quitar acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="342"/>
        <source>Unaccompanied status</source>
        <translation>Condición de menor no acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="343"/>
        <source>Add status</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="344"/>
        <source>Remove status</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="347"/>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="348"/>
        <source>Add family member</source>
        <translation>Añadir familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="349"/>
        <source>Remove family member</source>
        <translation>Quitar familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="352"/>
        <source>Guardian appointments</source>
        <translation>Nombramientos de tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="353"/>
        <source>Add guardian appointment</source>
        <translation>Añadir nombramiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="354"/>
        <source>Remove guardian appointment</source>
        <translation>Quitar nombramiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="358"/>
        <source>Add proceeding</source>
        <translation>Añadir procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="359"/>
        <source>Remove proceeding</source>
        <translation>Quitar procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="362"/>
        <source>Decisions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="363"/>
        <source>Add decision</source>
        <translation>Añadir resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="364"/>
        <source>Remove decision</source>
        <translation>Quitar resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="367"/>
        <source>Hearings</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="368"/>
        <source>Add hearing</source>
        <translation>Añadir vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="369"/>
        <source>Remove hearing</source>
        <translation>Quitar vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="373"/>
        <source>Add deadline</source>
        <translation>Añadir plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="374"/>
        <source>Remove deadline</source>
        <translation>Quitar plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="378"/>
        <source>Add document</source>
        <translation>Añadir documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="379"/>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="382"/>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="383"/>
        <source>Add scan</source>
        <translation>Añadir escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="384"/>
        <source>Remove scan</source>
        <translation>Quitar escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="387"/>
        <source>Authentication steps</source>
        <translation>Pasos de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="388"/>
        <source>Add authentication step</source>
        <translation>Añadir paso de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="389"/>
        <source>Remove authentication step</source>
        <translation>Quitar paso de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="392"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="393"/>
        <source>Add translation</source>
        <translation>Añadir traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="394"/>
        <source>Remove translation</source>
        <translation>Quitar traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="397"/>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="398"/>
        <source>Add recognition</source>
        <translation>Añadir reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="399"/>
        <source>Remove recognition</source>
        <translation>Quitar reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="403"/>
        <source>Add consent</source>
        <translation>Añadir consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="404"/>
        <source>Remove consent</source>
        <translation>Quitar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="407"/>
        <source>Risk concerns</source>
        <translation>Alertas de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="408"/>
        <source>Add risk concern</source>
        <translation>Añadir alerta de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="409"/>
        <source>Remove risk concern</source>
        <translation>Quitar alerta de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="412"/>
        <source>Actions</source>
        <translation>Actuaciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="413"/>
        <source>Add action</source>
        <translation>Añadir actuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="414"/>
        <source>Remove action</source>
        <translation>Quitar actuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="418"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="419"/>
        <source>Remove note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="53"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="54"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="66"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="67"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="68"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="69"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="357"/>
        <source>Proceedings</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="70"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="372"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="71"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="377"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="72"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="402"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="73"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="74"/>
        <source>Notes and the child&apos;s views</source>
        <translation>Notas y opinión del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="55"/>
        <source>Type a country&apos;s name</source>
        <translation>Escriba el nombre de un país</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="56"/>
        <source>Type a country&apos;s or a state&apos;s name</source>
        <translation>Escriba el nombre de un país o de un estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="57"/>
        <source>Type a language&apos;s name</source>
        <translation>Escriba el nombre de un idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="58"/>
        <source>Type a script&apos;s name</source>
        <translation>Escriba el nombre de una escritura</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="59"/>
        <source>Type a city or a country</source>
        <translation>Escriba una ciudad o un país</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="60"/>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="92"/>
        <source>1. Country</source>
        <translation>1. País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="93"/>
        <source>2. Has been signed by</source>
        <translation>2. Ha sido firmado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="94"/>
        <source>3. Acting in the capacity of</source>
        <translation>3. Quien actúa en calidad de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="95"/>
        <source>4. Bears the seal/stamp of</source>
        <translation>4. Está revestido del sello/timbre de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="96"/>
        <source>5. Certified at</source>
        <translation>5. Certificado en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="97"/>
        <source>6. On (date)</source>
        <translation>6. El día (fecha)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="98"/>
        <source>7. By (authority)</source>
        <translation>7. Por (autoridad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="99"/>
        <source>8. No (apostille number)</source>
        <translation>8. Bajo el número (número de apostilla)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="100"/>
        <source>9. Seal/stamp present</source>
        <translation>9. Sello/timbre presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="101"/>
        <source>10. Signature present</source>
        <translation>10. Firma presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="141"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="140"/>
        <source>e-Register reference</source>
        <translation>Referencia en el e-Registro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="142"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="141"/>
        <source>e-Register address</source>
        <translation>Dirección del e-Registro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="143"/>
        <source>e-Apostille file</source>
        <translation>Archivo de la e-Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="151"/>
        <source>Scan of the stamp</source>
        <translation>Escaneo del sello</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="155"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="184"/>
        <source>Notary</source>
        <translation>Notario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="156"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="159"/>
        <source>Embassy or consulate</source>
        <translation>Embajada o consulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="166"/>
        <source>Issuing member state</source>
        <translation>Estado miembro emisor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="167"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="176"/>
        <source>Standard form number</source>
        <translation>Número del formulario estándar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="168"/>
        <source>Multilingual standard form (file)</source>
        <translation>Impreso estándar multilingüe (archivo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="177"/>
        <source>Standard form (file)</source>
        <translation>Formulario estándar (archivo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="183"/>
        <source>Notary&apos;s office</source>
        <translation>Notaría</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="185"/>
        <source>Notarised copy (file)</source>
        <translation>Testimonio notarial (archivo)</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="199"/>
        <source>Add a hearing…</source>
        <translation>Añadir una vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="200"/>
        <source>Record an outcome…</source>
        <translation>Registrar un resultado…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="201"/>
        <source>Make a filing…</source>
        <translation>Generar un escrito…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="202"/>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="244"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="246"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="249"/>
        <source>stateless</source>
        <translation>apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="250"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="252"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="256"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="273"/>
        <source>Placement</source>
        <translation>Acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="275"/>
        <source>Lead lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="276"/>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="314"/>
        <source>{0}–{1} (age assessed on {2})</source>
        <translation>{0}–{1} (edad determinada el {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="319"/>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="322"/>
        <source>{0} (born {1}, {2})</source>
        <translation>{0} (nacimiento: {1}, {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="355"/>
        <source>none set</source>
        <translation>sin señalar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="362"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="364"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="380"/>
        <source>Open proceedings</source>
        <translation>Procedimientos abiertos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="382"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="383"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="384"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="385"/>
        <source>Next hearing</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="386"/>
        <source>Court-ready</source>
        <translation>Listo para el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="389"/>
        <source>No open proceeding.</source>
        <translation>Ningún procedimiento abierto.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="402"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="402"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="408"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="414"/>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="416"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="419"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="419"/>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="419"/>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="533"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="421"/>
        <source>No open deadline.</source>
        <translation>Ningún plazo pendiente.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="442"/>
        <source>Open risk concerns</source>
        <translation>Alertas de riesgo abiertas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="443"/>
        <source>Concern</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="443"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="443"/>
        <source>Raised on</source>
        <translation>Señalada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="445"/>
        <source>No open risk concern.</source>
        <translation>Ninguna alerta de riesgo abierta.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="469"/>
        <source>Documents still to do</source>
        <translation>Documentos aún pendientes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="470"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="470"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="472"/>
        <source>Nothing: every document is ready for its proceedings.</source>
        <translation>Nada: todos los documentos están listos para sus procedimientos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="505"/>
        <source>Latest filings</source>
        <translation>Últimos escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="506"/>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="506"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="506"/>
        <source>Made</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="508"/>
        <source>No filing made yet.</source>
        <translation>Aún no se ha generado ningún escrito.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="532"/>
        <source>Latest notes</source>
        <translation>Últimas notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="533"/>
        <source>Written</source>
        <translation>Redactada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="533"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="535"/>
        <source>No note yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="540"/>
        <source>and %n more, in its tab</source>
        <translation>
            <numerusform>y %n más, en su pestaña</numerusform>
            <numerusform>y %n más, en su pestaña</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="40"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="42"/>
        <source>Name (native script)</source>
        <translation>Nombre (escritura original)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="43"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="44"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="45"/>
        <source>Active proceedings</source>
        <translation>Procedimientos activos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="46"/>
        <source>Next hearing</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="47"/>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="48"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="49"/>
        <source>Court-ready</source>
        <translation>Listo para el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="217"/>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="245"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="248"/>
        <source>Born {0} ({1})</source>
        <translation>Nacimiento: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="251"/>
        <source>Court-readiness of the documents for the open proceedings: see the case&apos;s Court-readiness tab</source>
        <translation>Preparación para el tribunal de los documentos de los procedimientos abiertos: vea la pestaña Preparación para el tribunal del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="255"/>
        <source>Open trafficking-risk flags: {0}</source>
        <translation>Alertas abiertas de riesgo de trata: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="271"/>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="285"/>
        <source>✓ ready</source>
        <translation>✓ listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="285"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="179"/>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="184"/>
        <source>An administrator set your passphrase. Choose your own now: at least 12 characters; a few words you will remember are best.</source>
        <translation>Un administrador fijó su frase de contraseña. Elija la suya ahora: al menos 12 caracteres; lo mejor son unas palabras que recuerde.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="196"/>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="197"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="198"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="200"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="204"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>CodeListPicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="336"/>
        <source>Type to add…</source>
        <translation>Escriba para añadir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="322"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="323"/>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="329"/>
        <source>None chosen</source>
        <translation>Ninguno elegido</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="185"/>
        <source>Check the data</source>
        <translation>Comprobar los datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="188"/>
        <source>What the case still lacks</source>
        <translation>Lo que aún le falta al caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="192"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="193"/>
        <source>After correcting the case in its window</source>
        <translation>Tras corregir el caso en su ventana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="199"/>
        <source>Documents to attach as exhibits</source>
        <translation>Documentos que se acompañan como anexos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="210"/>
        <source>Exhibits (in this order, A, B, C…):</source>
        <translation>Anexos (en este orden, A, B, C…):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="243"/>
        <source>{0} (%n scan(s))</source>
        <translation>
            <numerusform>{0} (%n escaneo)</numerusform>
            <numerusform>{0} (%n escaneos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="245"/>
        <source>{0} (no scan)</source>
        <translation>{0} (sin escaneo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="282"/>
        <source>The case lacks what is listed below. Add it in the case&apos;s window, save, then Check again.</source>
        <translation>Al caso le falta lo que se indica a continuación. Añádalo en la ventana del caso, guarde y pulse Volver a comprobar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="286"/>
        <source>The case has everything this form needs.</source>
        <translation>El caso tiene todo lo que este formulario necesita.</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="49"/>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="51"/>
        <source>Waive…</source>
        <translation>Renunciar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="53"/>
        <source>Waive it and say why</source>
        <translation>Renunciar e indicar el motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="54"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="70"/>
        <source>Add a deadline by hand</source>
        <translation>Añadir un plazo manualmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="75"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="75"/>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="75"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="75"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="80"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="83"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="85"/>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="87"/>
        <source>waived</source>
        <translation>renunciado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="89"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="90"/>
        <source>(new deadline)</source>
        <translation>(plazo nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="101"/>
        <source>court order</source>
        <translation>resolución judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="102"/>
        <source>set by hand</source>
        <translation>fijado manualmente</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="49"/>
        <source>&lt;b&gt;Documents recorded in more than one case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos registrados en más de un caso&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="52"/>
        <source>The same kind of document from the same country with the same number, in several cases: the same child recorded twice, one document used for two children, or a typing mistake. Compare them and correct the case that is wrong.</source>
        <translation>El mismo tipo de documento, del mismo país y con el mismo número, en varios casos: el mismo menor registrado dos veces, un documento usado para dos menores o un error de escritura. Compárelos y corrija el caso erróneo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="60"/>
        <source>Documents recorded in more than one case</source>
        <translation>Documentos registrados en más de un caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="63"/>
        <source>The records side by side</source>
        <translation>Los registros, uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="65"/>
        <source>Open the chosen record&apos;s case</source>
        <translation>Abrir el caso del registro elegido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="93"/>
        <source>%n to review.</source>
        <translation>
            <numerusform>%n por revisar.</numerusform>
            <numerusform>%n por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="93"/>
        <source>None found.</source>
        <translation>No se ha encontrado ninguno.</translation>
    </message>
</context>
<context>
    <name>EncryptDatabase</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="31"/>
        <source>Encrypting {0}…</source>
        <translation>Cifrando {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="46"/>
        <source>The database was not encrypted</source>
        <translation>La base de datos no se ha cifrado</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="34"/>
        <source>Attach scan…</source>
        <translation>Adjuntar escaneo…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="37"/>
        <source>PDF, JPEG, PNG or TIFF; or drop the files on the list</source>
        <translation>PDF, JPEG, PNG o TIFF; o arrastre los archivos a la lista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="50"/>
        <source>View pages…</source>
        <translation>Ver páginas…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="86"/>
        <source>Attach scans</source>
        <translation>Adjuntar escaneos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="88"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FilingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="55"/>
        <source>Filings made for this case</source>
        <translation>Escritos generados para este caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="58"/>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="59"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="60"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="61"/>
        <source>Made by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="62"/>
        <source>Made</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="71"/>
        <source>New filing…</source>
        <translation>Nuevo escrito…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="73"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="74"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="75"/>
        <source>Make again</source>
        <translation>Volver a generar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="77"/>
        <source>The same form, language and typed values, from the case as it is now</source>
        <translation>El mismo formulario, idioma y valores introducidos, con el caso tal como está ahora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="85"/>
        <source>Filings are kept here as they were made; the case&apos;s unsaved changes are not in them until it is saved.</source>
        <translation>Los escritos se conservan aquí tal como se generaron; los cambios no guardados del caso no se incluyen hasta que se guarde.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="163"/>
        <source>This filing&apos;s file is no longer in the database.</source>
        <translation>El archivo de este escrito ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="188"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="213"/>
        <source>Making the filing again…</source>
        <translation>Volviendo a generar el escrito…</translation>
    </message>
</context>
<context>
    <name>FilingWizard</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="490"/>
        <source>New filing</source>
        <translation>Nuevo escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="507"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FilingsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="74"/>
        <source>Find hearings</source>
        <translation>Buscar vistas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="77"/>
        <source>Hearings to make the filing for</source>
        <translation>Vistas para las que generar el escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="79"/>
        <source>When (at the forum)</source>
        <translation>Cuándo (hora del tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="79"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="79"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="79"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="86"/>
        <source>Make filings</source>
        <translation>Generar escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="88"/>
        <source>Print all…</source>
        <translation>Imprimir todos…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="89"/>
        <source>Save all to a folder…</source>
        <translation>Guardar todos en una carpeta…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="94"/>
        <source>Filings that could not be made, and why</source>
        <translation>Escritos que no se pudieron generar y por qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="98"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="100"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="102"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="147"/>
        <source>%n hearing(s); untick those that need no filing.</source>
        <translation>
            <numerusform>%n vista; desmárquela si no necesita escrito.</numerusform>
            <numerusform>%n vistas; desmarque las que no necesiten escrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="177"/>
        <source>Making %n filing(s)…</source>
        <translation>
            <numerusform>Generando %n escrito…</numerusform>
            <numerusform>Generando %n escritos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="184"/>
        <source>Made {0}; could not make {1}. Each filing made is kept in its case.</source>
        <translation>Generados: {0}; no se pudieron generar: {1}. Cada escrito generado se conserva en su caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="208"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="215"/>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="223"/>
        <source>Save the filings to</source>
        <translation>Guardar los escritos en</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="240"/>
        <source>Saved %n file(s) to {0}.</source>
        <translation>
            <numerusform>Se ha guardado %n archivo en {0}.</numerusform>
            <numerusform>Se han guardado %n archivos en {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="226"/>
        <source>Make the administrator of this database</source>
        <translation>Crear el administrador de esta base de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="230"/>
        <source>This database has no users yet. Choose the administrator&apos;s user name and passphrase: they add the team&apos;s other users and give each a role. A passphrase is at least 12 characters; a few words you will remember are best.</source>
        <translation>Esta base de datos aún no tiene usuarios. Elija el nombre de usuario y la frase de contraseña del administrador: añade a los demás usuarios del equipo y da un rol a cada uno. Una frase de contraseña tiene al menos 12 caracteres; lo mejor son unas palabras que recuerde.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="242"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="243"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="244"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="246"/>
        <source>Make the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="250"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="47"/>
        <source>Choose the form</source>
        <translation>Elegir el formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="48"/>
        <source>The forms listed are those meant for the chosen proceeding.</source>
        <translation>Se muestran los formularios previstos para el procedimiento elegido.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="55"/>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="61"/>
        <source>The child&apos;s language, beside the court&apos;s or after it</source>
        <translation>El idioma del menor, junto al del tribunal o a continuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="65"/>
        <source>Side by side, paragraph by paragraph</source>
        <translation>En paralelo, párrafo a párrafo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="66"/>
        <source>One after the other</source>
        <translation>Uno tras otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="68"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="69"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="70"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="71"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="72"/>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="73"/>
        <source>Two languages</source>
        <translation>Dos idiomas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="74"/>
        <source>Arabic-Indic digits in Arabic, Dari or Pashto</source>
        <translation>Cifras arábigo-índicas en árabe, dari o pastún</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="76"/>
        <source>Where the forum wants them (٠١٢٣ rather than 0123)</source>
        <translation>Cuando el tribunal las exige (٠١٢٣ en lugar de 0123)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="115"/>
        <source>— no hearing —</source>
        <translation>— sin vista —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="157"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
</context>
<context>
    <name>HearingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="173"/>
        <source>Record outcome…</source>
        <translation>Registrar resultado…</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="101"/>
        <source>The folder {folder} cannot be made: {reason}</source>
        <translation>No se puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="136"/>
        <source>This database is already open in {app} (process {pid} on host {host}). Close it there first, or open another database.</source>
        <translation>Esta base de datos ya está abierta en {app} (proceso {pid} en el equipo {host}). Ciérrela allí primero o abra otra base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="141"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="149"/>
        <source>This database is already open in another Guardian Desk. Close it there first, or open another database.</source>
        <translation>Esta base de datos ya está abierta en otro Guardian Desk. Ciérrela allí primero o abra otra base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="157"/>
        <source>Guardian Desk may not write in the folder of this database, so it cannot make sure no one else has it open: {path}</source>
        <translation>Guardian Desk no puede escribir en la carpeta de esta base de datos, así que no puede asegurarse de que nadie más la tenga abierta: {path}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="164"/>
        <source>Guardian Desk cannot create the lock file {path}.</source>
        <translation>Guardian Desk no puede crear el archivo de bloqueo {path}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="838"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <location filename="../../ui/main_window.ui" line="129"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="27"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Search names in any script, aliases, docket or document numbers (Ctrl+F)</source>
        <translation>Buscar nombres en cualquier escritura, alias, números de autos o de documentos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Filter by jurisdiction</source>
        <translation>Filtrar por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>&amp;Lawyer</source>
        <translation>Abo&amp;gado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>Filter by assigned lawyer</source>
        <translation>Filtrar por abogado asignado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>&amp;Age</source>
        <translation>E&amp;dad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>Filter by age band</source>
        <translation>Filtrar por franja de edad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>&amp;Hearing within</source>
        <translation>Vista en &amp;menos de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>Only cases with a hearing soon</source>
        <translation>Solo casos con una vista próxima</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Days until the hearing</source>
        <translation>Días hasta la vista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152"/>
        <source>Court-ready filings and hearing packets are not available in this version yet.</source>
        <translation>Los escritos listos para el tribunal y los dosieres de vista aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="163"/>
        <source>Anonymised statistics are not available in this version yet.</source>
        <translation>Las estadísticas anonimizadas aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="198"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>Open a new case for a child (Ctrl+N)</source>
        <translation>Abrir un caso nuevo para un menor (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importar casos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Import cases from a Guardian Desk exchange file</source>
        <translation>Importar casos desde un archivo de intercambio de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;Exportar casos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251"/>
        <source>Export all cases, or the selected one, to an exchange file</source>
        <translation>Exportar todos los casos, o el seleccionado, a un archivo de intercambio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>Add &amp;demo data…</source>
        <translation>Añadir datos de &amp;demostración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="257"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="262"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="273"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>&amp;Filings</source>
        <translation>&amp;Escritos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="281"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="284"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="289"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="292"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="299"/>
        <source>&amp;About Guardian Desk</source>
        <translation>&amp;Acerca de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="73"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="249"/>
        <source>Guardian Desk — demo data (throw-away)</source>
        <translation>Guardian Desk — datos de demostración (desechables)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="78"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="250"/>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="80"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="618"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Encontrado: %n</numerusform>
            <numerusform>Encontrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="120"/>
        <source>Hide every case until you unlock it</source>
        <translation>Ocultar todos los casos hasta desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="251"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="295"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="252"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="304"/>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="253"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="310"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar ca&amp;lendario (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="397"/>
        <source>The deadline rules changed: updating deadlines, %n case(s) to go…</source>
        <translation>
            <numerusform>Las reglas de plazos han cambiado: actualizando plazos, queda %n caso…</numerusform>
            <numerusform>Las reglas de plazos han cambiado: actualizando plazos, quedan %n casos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="415"/>
        <source>Deadlines updated to the current rules (%n case(s) changed).</source>
        <translation>
            <numerusform>Plazos actualizados según las reglas vigentes (%n caso modificado).</numerusform>
            <numerusform>Plazos actualizados según las reglas vigentes (%n casos modificados).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="432"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="434"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="452"/>
        <source>Wrote %n hearing(s) and deadline(s) to {0}.</source>
        <translation>
            <numerusform>Se ha escrito %n vista o plazo en {0}.</numerusform>
            <numerusform>Se han escrito %n vistas y plazos en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="458"/>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="650"/>
        <source>Guardian Desk exchange files (*.age *.json);;All files (*)</source>
        <translation>Archivos de intercambio de Guardian Desk (*.age *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="662"/>
        <source>Open a sealed file</source>
        <translation>Abrir un archivo sellado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="663"/>
        <source>Passphrase of {0}:</source>
        <translation>Frase de contraseña de {0}:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="704"/>
        <source>Guardian Desk exchange files (*.age *.json)</source>
        <translation>Archivos de intercambio de Guardian Desk (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="473"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="117"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="121"/>
        <source>it was asked to.</source>
        <translation>se le pidió.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="131"/>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="134"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="139"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="211"/>
        <source>This database is not encrypted: anyone who copies the file can read every child&apos;s data in it.</source>
        <translation>Esta base de datos no está cifrada: cualquiera que copie el archivo puede leer los datos de cada niño o niña.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="215"/>
        <source>Encrypt…</source>
        <translation>Cifrar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="220"/>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="222"/>
        <source>Guardian Desk closes the database, encrypts it (a verified encrypted copy takes its place, and its plain backups are removed), then opens it again and shows its recovery key once. Encrypt it now?</source>
        <translation>Guardian Desk cierra la base de datos, la cifra (una copia cifrada y verificada ocupa su lugar y se eliminan sus copias de seguridad sin cifrar), la vuelve a abrir y muestra una vez su clave de recuperación. ¿Cifrarla ahora?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="475"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="476"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="477"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="259"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="480"/>
        <source>All ages</source>
        <translation>Todas las edades</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="502"/>
        <source>All jurisdictions</source>
        <translation>Todas las jurisdicciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="508"/>
        <source>All lawyers</source>
        <translation>Todos los abogados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="570"/>
        <source>Your role may not export cases</source>
        <translation>Su rol no permite exportar casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="618"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Casos: %n</numerusform>
            <numerusform>Casos: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="623"/>
        <source>No cases yet. Ctrl+N opens a new case; File › Import cases reads an exchange file; File › Add demo data shows what Guardian Desk can do.</source>
        <translation>Aún no hay casos. Ctrl+N abre un caso nuevo; Archivo › Importar casos lee un archivo de intercambio; Archivo › Añadir datos de demostración muestra lo que Guardian Desk puede hacer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="648"/>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="671"/>
        <source>Imported %n case(s) from {0}.</source>
        <translation>
            <numerusform>Se ha importado %n caso desde {0}.</numerusform>
            <numerusform>Se han importado %n casos desde {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="684"/>
        <source>Importing cases from {0}…</source>
        <translation>Importando casos desde {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="702"/>
        <source>Export all cases</source>
        <translation>Exportar todos los casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="715"/>
        <source>Exported %n case(s) to {0}.</source>
        <translation>
            <numerusform>Se ha exportado %n caso a {0}.</numerusform>
            <numerusform>Se han exportado %n casos a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="723"/>
        <source>Exporting cases to {0}…</source>
        <translation>Exportando casos a {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="731"/>
        <source>Add demo data</source>
        <translation>Añadir datos de demostración</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="732"/>
        <source>How many fictional demo cases should be added?</source>
        <translation>¿Cuántos casos ficticios de demostración desea añadir?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="745"/>
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Se ha añadido %n caso de demostración.</numerusform>
            <numerusform>Se han añadido %n casos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="751"/>
        <source>Adding demo cases…</source>
        <translation>Añadiendo casos de demostración…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="813"/>
        <source>About Guardian Desk</source>
        <translation>Acerca de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="815"/>
        <source>Guardian Desk {0}

Case management for legal-aid teams representing displaced and unaccompanied children.</source>
        <translation>Guardian Desk {0}

Gestión de casos para equipos de asistencia jurídica gratuita que representan a menores desplazados y no acompañados.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="840"/>
        <source>Cases are still being written. Stop that (nothing of it is kept) and close?</source>
        <translation>Todavía se están escribiendo casos. ¿Detener la operación (no se conservará nada) y cerrar?</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="108"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="140"/>
        <location filename="../../src/guardian_desk/ui/ops.py" line="220"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="219"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="235"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Cancelando… no se conservará nada.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="40"/>
        <source>Outcome of the hearing</source>
        <translation>Resultado de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="42"/>
        <source>Hearing of {0} ({1})</source>
        <translation>Vista del {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="46"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="47"/>
        <source>Adjourned</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="48"/>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="49"/>
        <source>Vacated (will not take place)</source>
        <translation>Dejada sin efecto (no se celebrará)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="63"/>
        <source>Why the hearing was adjourned</source>
        <translation>Motivo de la suspensión de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="66"/>
        <source>Next hearing, local time at the forum</source>
        <translation>Próxima vista, hora local del tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="67"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="69"/>
        <source>No new date yet: add a task to schedule it</source>
        <translation>Aún sin nueva fecha: añada una tarea para fijarla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="73"/>
        <source>What was decided</source>
        <translation>Qué se resolvió</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="74"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="79"/>
        <source>Day the decision was notified</source>
        <translation>Fecha de notificación de la resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="80"/>
        <source>YYYY-MM-DD, if given at the hearing</source>
        <translation>YYYY-MM-DD, si se dictó en la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="82"/>
        <source>Why adjourned</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="83"/>
        <source>Next hearing ({0})</source>
        <translation>Próxima vista ({0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="85"/>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="86"/>
        <source>Notified on</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="134"/>
        <source>Say why the hearing was adjourned.</source>
        <translation>Indique por qué se suspendió la vista.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="141"/>
        <source>Give the next hearing&apos;s date and time as YYYY-MM-DD HH:MM, or tick &apos;No new date yet&apos;.</source>
        <translation>Indique la fecha y hora de la próxima vista como YYYY-MM-DD HH:MM, o marque «Aún sin nueva fecha».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="145"/>
        <source>Choose what was decided.</source>
        <translation>Elija qué se resolvió.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="151"/>
        <source>Give the day the decision was notified as YYYY-MM-DD.</source>
        <translation>Indique la fecha de notificación de la resolución como YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="306"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="317"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="318"/>
        <source>Save as DOCX…</source>
        <translation>Guardar como DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="319"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="320"/>
        <source>Save hearing packet…</source>
        <translation>Guardar dosier de la vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="323"/>
        <source>This filing and the exhibits chosen, with their scans and translations, in one Bates-numbered PDF</source>
        <translation>Este escrito y los anexos elegidos, con sus escaneos y traducciones, en un único PDF con numeración Bates</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="344"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="349"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="359"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="378"/>
        <source>Save the filing</source>
        <translation>Guardar el escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="389"/>
        <source>Saved to {0} and kept in the case.</source>
        <translation>Guardado en {0} y conservado en el caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="400"/>
        <source>Saving the filing…</source>
        <translation>Guardando el escrito…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="411"/>
        <source>Save the hearing packet</source>
        <translation>Guardar el dosier de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="432"/>
        <source>Packet of {0} pages saved to {1} and kept in the case.</source>
        <translation>Dosier de {0} páginas guardado en {1} y conservado en el caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="441"/>
        <source>Making the hearing packet…</source>
        <translation>Preparando el dosier de la vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="465"/>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="50"/>
        <source>Documents by jurisdiction</source>
        <translation>Documentos por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="54"/>
        <source>What each proceeding&apos;s documents still lack</source>
        <translation>Lo que aún les falta a los documentos de cada procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="55"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="73"/>
        <source>Cannot check yet: {0}</source>
        <translation>Aún no se puede comprobar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="76"/>
        <source>This case has no open proceeding to check.</source>
        <translation>Este caso no tiene ningún procedimiento abierto que comprobar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="80"/>
        <source>%n proceeding(s) checked; </source>
        <translation>
            <numerusform>%n procedimiento comprobado; </numerusform>
            <numerusform>%n procedimientos comprobados; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="81"/>
        <source>%n ready.</source>
        <translation>
            <numerusform>%n listo.</numerusform>
            <numerusform>%n listos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="107"/>
        <source>for the hearing on {0}</source>
        <translation>para la vista del {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="109"/>
        <source>no hearing set; checked for {0}</source>
        <translation>sin vista señalada; comprobado para el {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="111"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="116"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="113"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="116"/>
        <source>not ready</source>
        <translation>no listo</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="387"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="410"/>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="611"/>
        <source>Detected from the name as typed: check it</source>
        <translation>Detectado a partir del nombre escrito: compruébelo</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/lists.py" line="270"/>
        <location filename="../../src/guardian_desk/ui/records/lists.py" line="279"/>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="62"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="66"/>
        <source>{0} is encrypted. Its recovery key opens it when this computer&apos;s keyring cannot. Write it down or print it, and keep it apart from this computer, in the office safe: it is shown only this once.</source>
        <translation>{0} está cifrada. Su clave de recuperación la abre cuando el llavero de este ordenador no puede. Anótela o imprímala y guárdela lejos de este ordenador, en la caja fuerte de la oficina: solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="82"/>
        <source>The key is not kept in a keyring: {0}. Every start asks for it.</source>
        <translation>La clave no se guarda en ningún llavero: {0}. Se pedirá en cada inicio.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="89"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="93"/>
        <source>Print the recovery sheet…</source>
        <translation>Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="97"/>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Guardar la hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="103"/>
        <source>I have written down or printed the recovery key</source>
        <translation>He anotado o impreso la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="108"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="119"/>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="135"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="126"/>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="167"/>
        <source>Open an encrypted database</source>
        <translation>Abrir una base de datos cifrada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="172"/>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="185"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="42"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="68"/>
        <source>Guardian Desk: %n overdue</source>
        <translation>
            <numerusform>Guardian Desk: %n vencido</numerusform>
            <numerusform>Guardian Desk: %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="70"/>
        <source>Guardian Desk: %n reminder(s)</source>
        <translation>
            <numerusform>Guardian Desk: %n recordatorio</numerusform>
            <numerusform>Guardian Desk: %n recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="74"/>
        <source>… and %n more in This week.</source>
        <translation>
            <numerusform>… y %n más en Esta semana.</numerusform>
            <numerusform>… y %n más en Esta semana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="172"/>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="176"/>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="183"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="178"/>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="179"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="180"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="181"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="29"/>
        <source>Protect the export</source>
        <translation>Proteger la exportación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="33"/>
        <source>The export holds every child&apos;s data. Seal it with a passphrase: whoever opens it needs the same passphrase. A few words are easier to remember than symbols, and stronger.</source>
        <translation>La exportación contiene los datos de cada niño o niña. Séllela con una frase de contraseña: quien la abra necesita la misma frase. Unas pocas palabras se recuerdan mejor que los símbolos, y son más seguras.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="47"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="48"/>
        <source>The same again:</source>
        <translation>La misma otra vez:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="51"/>
        <source>Write a clear copy instead: anyone who has the file can read it</source>
        <translation>Escribir en su lugar una copia sin cifrar: cualquiera que tenga el archivo puede leerla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="62"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="89"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="31"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>Iniciar sesión en el servidor del equipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="35"/>
        <source>The server {0} asks for a password that this computer&apos;s keyring does not hold. Type it once: it is then kept in the keyring, never in a file.</source>
        <translation>El servidor {0} pide una contraseña que el llavero de este ordenador no guarda. Escríbala una vez: después se guarda en el llavero, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="41"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="52"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="63"/>
        <source>The server refused this password.</source>
        <translation>El servidor rechazó esta contraseña.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="266"/>
        <source>These are throw-away demo cases: they unlock without a key.</source>
        <translation>Son casos de demostración desechables: se desbloquean sin clave.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="269"/>
        <source>This database is not encrypted, so it has no recovery key: anyone who copies its file can read it. Encrypt it (the banner above the case list) to make unlocking need its key.</source>
        <translation>Esta base de datos no está cifrada, así que no tiene clave de recuperación: quien copie su archivo puede leerla. Cífrela (el aviso sobre la lista de casos) para que desbloquearla pida su clave.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="274"/>
        <source>The team&apos;s server keeps its own protection; unlocking needs your own sign-in once sign-in is set up.</source>
        <translation>El servidor del equipo tiene su propia protección; desbloquear pedirá su propio inicio de sesión cuando este se configure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="287"/>
        <source>nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>nadie lo usó durante %n minuto.</numerusform>
            <numerusform>nadie lo usó durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="312"/>
        <source>the screen was locked.</source>
        <translation>se bloqueó la pantalla.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="317"/>
        <source>the computer went to sleep.</source>
        <translation>el ordenador entró en suspensión.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="351"/>
        <source>it was asked to.</source>
        <translation>se le pidió.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="358"/>
        <source>Guardian Desk — locked</source>
        <translation>Guardian Desk — bloqueado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="11"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Database file or address</source>
        <translation>Archivo o dirección de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>The default file in your data folder</source>
        <translation>El archivo predeterminado de su carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Default &amp;jurisdiction</source>
        <translation>&amp;Jurisdicción predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="38"/>
        <source>Default jurisdiction of new cases</source>
        <translation>Jurisdicción predeterminada de los casos nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="43"/>
        <source>&amp;Language of the window</source>
        <translation>&amp;Idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="49"/>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="54"/>
        <source>&amp;Reminders, days before</source>
        <translation>&amp;Recordatorios, días antes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="60"/>
        <source>Days before a hearing or deadline to remind</source>
        <translation>Días de antelación con que se recuerda una vista o un plazo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>for example 1, 7, 14</source>
        <translation>por ejemplo 1, 7, 14</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>&amp;Travel time before a hearing</source>
        <translation>&amp;Tiempo de desplazamiento antes de una vista</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="72"/>
        <source>Minutes kept free before a hearing</source>
        <translation>Minutos que se reservan antes de una vista</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="80"/>
        <source>Calendar files name the &amp;child (otherwise only the case reference)</source>
        <translation>Los archivos de calendario incluyen el nombre del &amp;menor (si no, solo la referencia del caso)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="85"/>
        <source>Loc&amp;k the window after</source>
        <translation>&amp;Bloquear la ventana tras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="91"/>
        <source>Minutes without a key press or a click before the window locks</source>
        <translation>Minutos sin pulsar una tecla ni hacer clic antes de que la ventana se bloquee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="92"/>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="102"/>
        <source>What is wrong with the settings</source>
        <translation>Qué falla en la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="109"/>
        <source>A new database is opened the next time Guardian Desk starts.</source>
        <translation>La nueva base de datos se abrirá la próxima vez que se inicie Guardian Desk.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="32"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="55"/>
        <source>Choose the database file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="57"/>
        <source>Guardian Desk databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Guardian Desk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="76"/>
        <source>Reminders: write whole numbers of days from 0 to 365, separated by commas.</source>
        <translation>Recordatorios: escriba números enteros de días de 0 a 365, separados por comas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="89"/>
        <source>Database: a password does not belong in the address, where it would stay in the settings file. Give the address without it: Guardian Desk asks for the password once and keeps it in this computer&apos;s keyring.</source>
        <translation>Base de datos: una contraseña no debe ir en la dirección, donde quedaría en el archivo de ajustes. Indique la dirección sin ella: Guardian Desk pide la contraseña una vez y la guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="94"/>
        <source>Database: this address is not understood.</source>
        <translation>Base de datos: no se entiende esta dirección.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="81"/>
        <source>Sign in to Guardian Desk</source>
        <translation>Iniciar sesión en Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="83"/>
        <source>Sign in with your user name and passphrase.</source>
        <translation>Inicie sesión con su nombre de usuario y su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="90"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="91"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="93"/>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="96"/>
        <source>The next start needs nothing typed; locking and a change of user still ask for the passphrase. Only on a computer no one else uses.</source>
        <translation>El próximo inicio no pide nada; el bloqueo y un cambio de usuario siguen pidiendo la frase de contraseña. Solo en un ordenador que nadie más usa.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="103"/>
        <source>Forgot your passphrase? An administrator gives you a new one. If no one can sign in, whoever holds the recovery key runs: guardian-desk users reset NAME --recovery-key-file FILE</source>
        <translation>¿Olvidó su frase de contraseña? Un administrador le da una nueva. Si nadie puede iniciar sesión, quien tenga la clave de recuperación ejecuta: guardian-desk users reset NOMBRE --recovery-key-file ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="111"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="121"/>
        <source>A demo database: sign in as admin, supervisor, lawyer, gal, caseworker, clerk, interpreter or dpo to see what each role sees. The passphrase of each is: {0}</source>
        <translation>Una base de demostración: inicie sesión como admin, supervisor, lawyer, gal, caseworker, clerk, interpreter o dpo para ver lo que ve cada rol. La frase de contraseña de cada uno es: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="156"/>
        <source>Choose your own passphrase to go on.</source>
        <translation>Elija su propia frase de contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="492"/>
        <source>This week: overdue, hearings and deadlines</source>
        <translation>Esta semana: vencidos, vistas y plazos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="526"/>
        <source>Overdue (the latest %n; the Calendar has them all)</source>
        <translation>
            <numerusform>Vencidos (el %n más reciente; el Calendario los muestra todos)</numerusform>
            <numerusform>Vencidos (los %n más recientes; el Calendario los muestra todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="528"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vencidos (%n)</numerusform>
            <numerusform>Vencidos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="539"/>
        <source>… and more: see the Calendar, or filter it by person.</source>
        <translation>… y más: vea el Calendario o fíltrelo por persona.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="541"/>
        <source>Nothing due this week.</source>
        <translation>No hay nada pendiente esta semana.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="90"/>
        <source>Pages of the scan</source>
        <translation>Páginas del escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="112"/>
        <source>This file cannot be shown here</source>
        <translation>Este archivo no se puede mostrar aquí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="120"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="131"/>
        <source>Guardian Desk is locked</source>
        <translation>Guardian Desk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="137"/>
        <source>Guardian Desk locked itself: {0} What you were typing is kept, unsaved, until you unlock.</source>
        <translation>Guardian Desk se bloqueó: {0} Lo que estaba escribiendo se conserva, sin guardar, hasta que lo desbloquee.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="147"/>
        <source>Type your passphrase ({0}) to go on:</source>
        <translation>Escriba su frase de contraseña ({0}) para continuar:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="159"/>
        <source>Type the database&apos;s recovery key to go on:</source>
        <translation>Escriba la clave de recuperación de la base de datos para continuar:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="177"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="38"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="51"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="52"/>
        <source>Change role…</source>
        <translation>Cambiar el rol…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="53"/>
        <source>Reset passphrase…</source>
        <translation>Restablecer la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="54"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="55"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="57"/>
        <source>Server role…</source>
        <translation>Rol en el servidor…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="60"/>
        <source>A login of their own on the team&apos;s server, that reads only what their role may</source>
        <translation>Un inicio de sesión propio en el servidor del equipo, que solo lee lo que permite su rol</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="95"/>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="97"/>
        <source>must choose a passphrase</source>
        <translation>debe elegir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="99"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="157"/>
        <source>Change role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="158"/>
        <source>Role of {0}:</source>
        <translation>Rol de {0}:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="172"/>
        <source>Reset passphrase</source>
        <translation>Restablecer la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="174"/>
        <source>A passphrase for {0} to sign in with once; they choose their own then:</source>
        <translation>Una frase de contraseña para que {0} inicie sesión una vez; luego elegirá la suya:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="187"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="196"/>
        <source>Server role</source>
        <translation>Rol en el servidor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="189"/>
        <source>The password {0} signs in to the team&apos;s server with (at least 12 characters):</source>
        <translation>La contraseña con la que {0} inicia sesión en el servidor del equipo (al menos 12 caracteres):</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="198"/>
        <source>{0} can now sign in to the team&apos;s server with their own password: they read there only what their role may, and write nothing.</source>
        <translation>{0} ya puede iniciar sesión en el servidor del equipo con su propia contraseña: allí solo lee lo que permite su rol y no escribe nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="214"/>
        <source>Remove a user</source>
        <translation>Quitar un usuario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="215"/>
        <source>Remove {0}? They can no longer sign in.</source>
        <translation>¿Quitar a {0}? Ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="222"/>
        <source>User removed</source>
        <translation>Usuario quitado</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="177"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="178"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="179"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="180"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="181"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="182"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="183"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="184"/>
        <source>Documented</source>
        <translation>Documentada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="185"/>
        <source>Declared</source>
        <translation>Declarada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="186"/>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="187"/>
        <source>Age assessed</source>
        <translation>Edad determinada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="188"/>
        <source>Holistic interview</source>
        <translation>Entrevista integral</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="189"/>
        <source>Review of documents</source>
        <translation>Examen de documentos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="190"/>
        <source>Medical examination</source>
        <translation>Reconocimiento médico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="191"/>
        <source>Dental X-ray</source>
        <translation>Radiografía dental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="192"/>
        <source>Wrist X-ray</source>
        <translation>Radiografía de la muñeca</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="193"/>
        <source>Clavicle CT scan</source>
        <translation>TAC de la clavícula</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="194"/>
        <source>Shelter</source>
        <translation>Centro de acogida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="195"/>
        <source>Foster family</source>
        <translation>Familia de acogida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="196"/>
        <source>With a relative</source>
        <translation>Con un familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="197"/>
        <source>Supported independent living</source>
        <translation>Vivienda autónoma con apoyo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="198"/>
        <source>Unaccompanied</source>
        <translation>No acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="199"/>
        <source>Separated</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="200"/>
        <source>Accompanied</source>
        <translation>Acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="201"/>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="202"/>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="203"/>
        <source>Sibling</source>
        <translation>Hermano o hermana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="204"/>
        <source>Grandparent</source>
        <translation>Abuelo o abuela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="205"/>
        <source>Aunt or uncle</source>
        <translation>Tía o tío</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="206"/>
        <source>Cousin</source>
        <translation>Primo o prima</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="207"/>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="208"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="209"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="210"/>
        <source>Tracing under way</source>
        <translation>Búsqueda en curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="211"/>
        <source>Located</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="212"/>
        <source>Reunified</source>
        <translation>Reunificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="213"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="214"/>
        <source>Not to be contacted</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="215"/>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="216"/>
        <source>Temporary custodian</source>
        <translation>Guardador provisional</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="217"/>
        <source>Guardian ad litem</source>
        <translation>Defensor judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="218"/>
        <source>Foster carer</source>
        <translation>Acogedor familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="219"/>
        <source>Kafala holder</source>
        <translation>Titular de la kafala</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="220"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="221"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="222"/>
        <source>Legal representation</source>
        <translation>Representación legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="223"/>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="224"/>
        <source>Property</source>
        <translation>Bienes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="225"/>
        <source>Guardianship</source>
        <translation>Tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="226"/>
        <source>Temporary custody</source>
        <translation>Guarda provisional</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="227"/>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="228"/>
        <source>Humanitarian status</source>
        <translation>Protección por razones humanitarias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="229"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus especial de inmigrante juvenil (SIJS)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="230"/>
        <source>Family reunification</source>
        <translation>Reagrupación familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="231"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="232"/>
        <source>Appeal</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="233"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="234"/>
        <source>Tribunal</source>
        <translation>Tribunal especializado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="235"/>
        <source>Agency</source>
        <translation>Organismo administrativo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="236"/>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="237"/>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="238"/>
        <source>Partially granted</source>
        <translation>Concedida parcialmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="239"/>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="240"/>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="241"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="242"/>
        <source>Remitted</source>
        <translation>Devuelta para nuevo examen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="243"/>
        <source>Scheduled</source>
        <translation>Señalada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="244"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="245"/>
        <source>Adjourned</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="246"/>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="247"/>
        <source>Vacated</source>
        <translation>Dejada sin efecto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="248"/>
        <source>From a rule</source>
        <translation>Regla de cómputo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="249"/>
        <source>Entered by hand</source>
        <translation>Introducción manual</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="250"/>
        <source>Court order</source>
        <translation>Resolución judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="251"/>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="252"/>
        <source>Waived</source>
        <translation>Renunciado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="253"/>
        <source>Birth certificate</source>
        <translation>Certificado de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="254"/>
        <source>Family register extract</source>
        <translation>Extracto del registro familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="255"/>
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="256"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="257"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="258"/>
        <source>Travel document</source>
        <translation>Documento de viaje</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="259"/>
        <source>Death certificate</source>
        <translation>Certificado de defunción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="260"/>
        <source>Marriage certificate</source>
        <translation>Certificado de matrimonio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="261"/>
        <source>Custody order</source>
        <translation>Resolución de guarda y custodia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="262"/>
        <source>Guardianship order</source>
        <translation>Resolución de tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="263"/>
        <source>School record</source>
        <translation>Expediente escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="264"/>
        <source>Medical report</source>
        <translation>Informe médico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="265"/>
        <source>Age assessment report</source>
        <translation>Informe de determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="266"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="267"/>
        <source>Certified copy</source>
        <translation>Copia certificada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="268"/>
        <source>Plain copy</source>
        <translation>Copia simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="269"/>
        <source>Apostille</source>
        <translation>Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="270"/>
        <source>e-Apostille</source>
        <translation>Apostilla electrónica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="271"/>
        <source>Legalisation by a notary</source>
        <translation>Legalización notarial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="272"/>
        <source>Legalisation by the ministry</source>
        <translation>Legalización por el ministerio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="273"/>
        <source>Legalisation by an embassy or consulate</source>
        <translation>Legalización por una embajada o consulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="276"/>
        <source>EU 2016/1191 exemption (no apostille)</source>
        <translation>Exención del Reglamento (UE) 2016/1191 (sin apostilla)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="277"/>
        <source>Multilingual standard form</source>
        <translation>Impreso estándar multilingüe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="278"/>
        <source>Notarised copy</source>
        <translation>Testimonio notarial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="279"/>
        <source>Sworn</source>
        <translation>Jurada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="280"/>
        <source>Certified</source>
        <translation>Certificada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="281"/>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="282"/>
        <source>Recognised</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="283"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="284"/>
        <source>Not required</source>
        <translation>No requerida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="285"/>
        <source>Art. 23(2)(a): no jurisdiction under the Convention</source>
        <translation>Art. 23(2)(a): falta de competencia conforme al Convenio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="286"/>
        <source>Art. 23(2)(b): the child was not heard (not in urgency)</source>
        <translation>Art. 23(2)(b): no se dio audiencia al menor (fuera de un caso de urgencia)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="289"/>
        <source>Art. 23(2)(c): a person with parental responsibility was not heard</source>
        <translation>Art. 23(2)(c): no se dio audiencia a un titular de la responsabilidad parental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="292"/>
        <source>Art. 23(2)(d): manifestly contrary to public policy</source>
        <translation>Art. 23(2)(d): manifiestamente contrario al orden público</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="293"/>
        <source>Art. 23(2)(e): incompatible with a later measure</source>
        <translation>Art. 23(2)(e): incompatible con una medida adoptada posteriormente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="294"/>
        <source>Art. 23(2)(f): the Art. 33 procedure was not followed</source>
        <translation>Art. 23(2)(f): no se siguió el procedimiento del art. 33</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="297"/>
        <source>Hague 1996 Art. 40 (the guardian&apos;s powers)</source>
        <translation>Convenio de La Haya de 1996, art. 40 (facultades del tutor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="298"/>
        <source>Brussels IIb Art. 36 (Annex III: a decision)</source>
        <translation>Bruselas II ter, art. 36 (anexo III: resolución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="301"/>
        <source>Brussels IIb Art. 47 (Annexes V-VI: access, return)</source>
        <translation>Bruselas II ter, art. 47 (anexos V-VI: derecho de visita, restitución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="304"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="305"/>
        <source>Disclosure</source>
        <translation>Comunicación de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="306"/>
        <source>Reporting</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="307"/>
        <source>Irregular route</source>
        <translation>Ruta irregular</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="308"/>
        <source>Someone else holds the documents</source>
        <translation>Documentos en poder de un tercero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="309"/>
        <source>Sudden separation</source>
        <translation>Separación repentina</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="310"/>
        <source>Unexplained changes of residence</source>
        <translation>Cambios de residencia sin explicación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="313"/>
        <source>Debt to a smuggler</source>
        <translation>Deuda con un traficante de migrantes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="314"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="315"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="316"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="317"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="318"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="319"/>
        <source>The child&apos;s views</source>
        <translation>Opinión del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="320"/>
        <source>Hearing preparation</source>
        <translation>Preparación de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="321"/>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="88"/>
        <source>Guardian Desk is locked.</source>
        <translation>Guardian Desk está bloqueado.</translation>
    </message>
</context>
<context>
    <name>line</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="43"/>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="44"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
</context>
</TS>
