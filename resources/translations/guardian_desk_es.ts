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
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="280"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="281"/>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="282"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="304"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="311"/>
        <source>File kept with the case</source>
        <translation>Archivo conservado con el caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="321"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="323"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="336"/>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="337"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="338"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="339"/>
        <source>sections</source>
        <translation>secciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="340"/>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="341"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="342"/>
        <source>cases</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="343"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="344"/>
        <source>references</source>
        <translation>referencias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="345"/>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="346"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="347"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="348"/>
        <source>how</source>
        <translation>cómo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="349"/>
        <source>failed before</source>
        <translation>fallos anteriores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="350"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="351"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="352"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="353"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="354"/>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="106"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de auditoría&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="117"/>
        <source>Only the entries of this person</source>
        <translation>Solo las entradas de esta persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="120"/>
        <source>Only the entries of this action</source>
        <translation>Solo las entradas de esta acción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="123"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="124"/>
        <source>Only the entries about this case</source>
        <translation>Solo las entradas sobre este caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="127"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="128"/>
        <source>A&amp;ction</source>
        <translation>A&amp;cción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="129"/>
        <source>C&amp;ase</source>
        <translation>C&amp;aso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="132"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="135"/>
        <source>Per&amp;iod</source>
        <translation>Per&amp;iodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="138"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="139"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="140"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="150"/>
        <source>Audit log entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="153"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="154"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="155"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="156"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="157"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="158"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="187"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="226"/>
        <source>Not read.</source>
        <translation>No se leyó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="231"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="233"/>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="254"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Las %n entradas más recientes; afine los filtros para ver las anteriores.</numerusform>
            <numerusform>Las %n entradas más recientes; afine los filtros para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="256"/>
        <source>Entries: %n.</source>
        <translation>
            <numerusform>Entradas: %n.</numerusform>
            <numerusform>Entradas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="282"/>
        <source>The chain is whole. Entries: %n, each chained to the one before.</source>
        <translation>
            <numerusform>La cadena está íntegra. Entradas: %n, cada una encadenada a la anterior.</numerusform>
            <numerusform>La cadena está íntegra. Entradas: %n, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="315"/>
        <source>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>Entradas escritas en {0}: %n. Es una copia sin cifrar que nombra casos: guárdela en lugar seguro y bórrela cuando ya no se necesite.</numerusform>
            <numerusform>Entradas escritas en {0}: %n. Es una copia sin cifrar que nombra casos: guárdela en lugar seguro y bórrela cuando ya no se necesite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="288"/>
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
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="50"/>
        <source>organisation changed</source>
        <translation>organización modificada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="51"/>
        <source>organisation keys replaced</source>
        <translation>claves de la organización sustituidas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="52"/>
        <source>partner card added</source>
        <translation>tarjeta de socio añadida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="53"/>
        <source>partner card unchanged</source>
        <translation>tarjeta de socio sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="54"/>
        <source>partner card keys replaced</source>
        <translation>claves de tarjeta de socio sustituidas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="55"/>
        <source>partner card keys waiting</source>
        <translation>claves de tarjeta de socio en espera</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="56"/>
        <source>partner card pinned again</source>
        <translation>tarjeta de socio fijada de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="57"/>
        <source>partner confirmed</source>
        <translation>socio confirmado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="58"/>
        <source>partner confirmation refused</source>
        <translation>confirmación de socio rechazada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="59"/>
        <source>partner revoked</source>
        <translation>socio revocado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="60"/>
        <source>case referred</source>
        <translation>caso derivado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="61"/>
        <source>consent overridden</source>
        <translation>control de consentimiento anulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="62"/>
        <source>bundle refused</source>
        <translation>paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="63"/>
        <source>case received</source>
        <translation>caso recibido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="64"/>
        <source>case merged from a referral</source>
        <translation>caso fusionado desde una derivación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="65"/>
        <source>referral refused</source>
        <translation>derivación rechazada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="66"/>
        <source>receipt sent</source>
        <translation>acuse de recibo enviado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="67"/>
        <source>referral moved</source>
        <translation>derivación cambiada de estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="68"/>
        <source>referral answer days changed</source>
        <translation>días de respuesta a derivaciones modificados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="69"/>
        <source>report made</source>
        <translation>informe generado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="70"/>
        <source>report exported</source>
        <translation>informe exportado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="109"/>
        <source>Every case opened, every change to a case, every import, export, filing and packet, with who did it and when. Each entry is chained to the one before: Verify finds any that was changed or removed.</source>
        <translation>Cada caso abierto, cada cambio en un caso, cada importación, exportación, escrito y legajo de audiencia, con quién lo hizo y cuándo. Cada entrada está encadenada a la anterior: Verificar encuentra la que se cambió o se eliminó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="294"/>
        <source>Verifying the audit log…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="302"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="304"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="326"/>
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
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="128"/>
        <source>{0} or {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="131"/>
        <source>{0}, {1} or {2}</source>
        <translation>{0}, {1} o {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="142"/>
        <source>age today: {0}</source>
        <translation>edad actual: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="152"/>
        <source>assessed {0}–{1} by {2} on {3}</source>
        <translation>edad determinada en {0}–{1} años por {2} el {3}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="160"/>
        <source>no age assessment recorded yet (see below)</source>
        <translation>aún no se ha registrado ninguna determinación de la edad (véase más abajo)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="75"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="13"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="76"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="12"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="77"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="14"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="89"/>
        <source>(uncertain: as late as {0})</source>
        <translation>(incierto: a más tardar el {0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="93"/>
        <source>(rule to confirm)</source>
        <translation>(regla por confirmar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="95"/>
        <source>ASSUMED</source>
        <translation>SUPUESTO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="97"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="11"/>
        <source>A team member</source>
        <translation>Un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="15"/>
        <source>The consent for {purpose} to {recipient} expires on {day}.</source>
        <translation>El consentimiento (finalidad: {purpose}; destinatario: {recipient}) caduca el {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="16"/>
        <source>The hearing of {when}: the interpreter&apos;s language ({language}) is not one the child speaks ({spoken}).</source>
        <translation>Vista del {when}: el idioma del intérprete ({language}) no es uno que hable el menor ({spoken}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="17"/>
        <source>The hearing of {when}: {name} does not interpret {wanted} (interprets {languages}).</source>
        <translation>Vista del {when}: {name} no interpreta {wanted} (interpreta: {languages}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="18"/>
        <source>at {time} ({zone})</source>
        <translation>a las {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="19"/>
        <source>guardian ad litem</source>
        <translation>defensor judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="20"/>
        <source>in {days} days ({day})</source>
        <translation>dentro de {days} días ({day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="21"/>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="22"/>
        <source>lawyer</source>
        <translation>abogado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="23"/>
        <source>no language on record</source>
        <translation>ningún idioma registrado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="24"/>
        <source>overdue since {day}</source>
        <translation>vencido desde el {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="25"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="26"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="27"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} at the same time as the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) tiene asignada la vista del {when} ante {forum} a la misma hora que la vista de {reference} del {other_when} ante {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="28"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} only {minutes} minutes apart from the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) tiene asignada la vista del {when} ante {forum}, a solo {minutes} minutos de la vista de {reference} del {other_when} ante {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="29"/>
        <source>{title} (assumed: a fact is not recorded, see the case)</source>
        <translation>{title} (supuesto: un hecho no consta, véase el caso)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="30"/>
        <source>{title} (rule to confirm)</source>
        <translation>{title} (regla por confirmar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="31"/>
        <source>{what} {when} {time}: {reference} — {title}</source>
        <translation>{what} {when} {time}: {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="32"/>
        <source>{what} {when} {time}: {reference} — {title}, {forum}</source>
        <translation>{what} {when} {time}: {reference} — {title}, {forum}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="33"/>
        <source>{what} {when}: {reference} — {title}</source>
        <translation>{what} {when}: {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="34"/>
        <source>{what} {when}: {reference} — {title}, {forum}</source>
        <translation>{what} {when}: {reference} — {title}, {forum}</translation>
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
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="270"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="277"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="206"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="208"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="211"/>
        <source>Later</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="225"/>
        <source>Only the hearings and deadlines of</source>
        <translation>Solo las vistas y plazos de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="226"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="233"/>
        <source>Only before the forum</source>
        <translation>Solo ante el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="234"/>
        <source>All forums</source>
        <translation>Todos los tribunales</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="241"/>
        <source>Only the case with the reference</source>
        <translation>Solo el caso con la referencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="242"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="244"/>
        <source>Show done, waived and past</source>
        <translation>Mostrar también los cumplidos, renunciados y pasados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="248"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="249"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="250"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="263"/>
        <source>Hearings and deadlines of the chosen day</source>
        <translation>Vistas y plazos del día elegido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="406"/>
        <source>Week {0}: {1} to {2}</source>
        <translation>Semana {0}: del {1} al {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="410"/>
        <source>{0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="441"/>
        <source>The first %n items of this period; filter by person, forum or case for the rest.</source>
        <translation>
            <numerusform>Se muestra %n elemento de este periodo; filtre por persona, tribunal o caso para ver el resto.</numerusform>
            <numerusform>Se muestran los primeros %n elementos de este periodo; filtre por persona, tribunal o caso para ver el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="448"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n elemento.</numerusform>
            <numerusform>%n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="450"/>
        <source>Nothing in this period.</source>
        <translation>No hay nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="35"/>
        <source>Asked of {agency}.</source>
        <translation>Solicitada a {agency}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="36"/>
        <source>Held on {day}.</source>
        <translation>Realizada el {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="37"/>
        <source>Referred to {provider}.</source>
        <translation>Derivación a {provider}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="38"/>
        <source>The goal: {goal}</source>
        <translation>El objetivo: {goal}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="102"/>
        <source>Parts of the case</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="114"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="300"/>
        <source>Court-readiness</source>
        <translation>Preparación para el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="301"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="129"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="299"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="169"/>
        <source>Save the new case first</source>
        <translation>Guarde primero el caso nuevo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="180"/>
        <source>Problems to correct before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="437"/>
        <source>Looking for the family…</source>
        <translation>Buscando a la familia…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="459"/>
        <source>Save the case first: the case goes as it is saved.</source>
        <translation>Guarde primero el caso: el caso se envía tal como está guardado.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="468"/>
        <source>The bundle is written to %1. Send the file to the partner by any means: only they can open it.</source>
        <translation>El paquete se ha escrito en %1. Envíe el archivo al socio por cualquier medio: solo él puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="512"/>
        <source>Check the hearing</source>
        <translation>Revise la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="513"/>
        <source>Save this case anyway?</source>
        <translation>¿Guardar este caso de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="521"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="581"/>
        <source>{0} › {1}: {2}</source>
        <translation>{0} › {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="585"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="593"/>
        <source>Not saved: %n problem(s) to correct, each marked at its field.</source>
        <translation>
            <numerusform>No se ha guardado: %n problema que corregir, marcado en su campo.</numerusform>
            <numerusform>No se ha guardado: %n problemas que corregir, cada uno marcado en su campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="633"/>
        <source>%n problem(s) to correct here</source>
        <translation>
            <numerusform>%n problema que corregir aquí</numerusform>
            <numerusform>%n problemas que corregir aquí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="673"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="674"/>
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
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="92"/>
        <source>Starts (local time at the forum)</source>
        <translation>Comienzo (hora local del tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="121"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="122"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="123"/>
        <source>Placement</source>
        <translation>Acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="125"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="126"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="127"/>
        <source>A task (not a legal deadline)</source>
        <translation>Una tarea (no un plazo legal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="128"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="129"/>
        <source>Due at the latest on</source>
        <translation>A más tardar el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="130"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="131"/>
        <source>Legal source</source>
        <translation>Fuente jurídica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="132"/>
        <source>How it was computed</source>
        <translation>Forma de cómputo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="134"/>
        <source>Why (done or waived)</source>
        <translation>Motivo (cumplido o renunciado)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="135"/>
        <source>Completed on</source>
        <translation>Cumplido el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="137"/>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="138"/>
        <source>Type of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="139"/>
        <source>Issuing country</source>
        <translation>País de expedición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="140"/>
        <source>Issuing authority</source>
        <translation>Autoridad expedidora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="141"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="142"/>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="143"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="144"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="145"/>
        <source>Original or copy</source>
        <translation>Original o copia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="146"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="147"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="148"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="149"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="150"/>
        <source>Performed on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="151"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="152"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="153"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="154"/>
        <source>Acting as</source>
        <translation>En calidad de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="155"/>
        <source>Seal of</source>
        <translation>Sello de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="156"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="157"/>
        <source>Seal present</source>
        <translation>Sello presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="158"/>
        <source>Signature present</source>
        <translation>Firma presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="161"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="602"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="162"/>
        <source>From language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="163"/>
        <source>Into language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="164"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="165"/>
        <source>Sworn in</source>
        <translation>Habilitado en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="166"/>
        <source>Translated on</source>
        <translation>Traducida el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="167"/>
        <source>Accepted by</source>
        <translation>Aceptada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="168"/>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="169"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="170"/>
        <source>Grounds of refusal</source>
        <translation>Motivos de denegación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="171"/>
        <source>Recognised in advance</source>
        <translation>Reconocimiento previo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="172"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="173"/>
        <source>Certificate reference</source>
        <translation>Referencia del certificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="175"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="176"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="177"/>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="178"/>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="179"/>
        <source>Withdrawn on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="194"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="232"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="233"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="234"/>
        <source>Raised on</source>
        <translation>Señalada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="235"/>
        <source>Raised by</source>
        <translation>Señalada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="236"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="237"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="238"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="239"/>
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="240"/>
        <source>Written by</source>
        <translation>Redactada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="241"/>
        <source>Written (local time)</source>
        <translation>Redactado (hora local)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="93"/>
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
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="164"/>
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
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="91"/>
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
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="89"/>
        <source>Notified on</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="90"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="91"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="94"/>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="95"/>
        <source>Type of hearing</source>
        <translation>Tipo de vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="96"/>
        <source>Court or office</source>
        <translation>Tribunal u oficina</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="97"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="98"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="99"/>
        <source>Remote link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="100"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="101"/>
        <source>Interpreter (outside the team)</source>
        <translation>Intérprete (externo al equipo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="102"/>
        <source>Reason for adjournment</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="103"/>
        <source>Next hearing (after adjournment)</source>
        <translation>Próxima vista (tras la suspensión)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="104"/>
        <source>Grounds for refusing return (Hague 1980)</source>
        <translation>Motivos de la denegación de la restitución (La Haya 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="107"/>
        <source>Art. 29 certificate issued on (Brussels IIb, Annex I)</source>
        <translation>Certificado del art. 29 expedido el (Bruselas II ter, anexo I)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="110"/>
        <source>Art. 29 certificate issued by</source>
        <translation>Certificado del art. 29 expedido por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="112"/>
        <source>Requesting State</source>
        <translation>Estado requirente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="113"/>
        <source>Requested (receiving) State</source>
        <translation>Estado requerido (de acogida)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="114"/>
        <source>Kind of placement</source>
        <translation>Tipo de acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="115"/>
        <source>Placement planned</source>
        <translation>Acogimiento previsto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="116"/>
        <source>Request sent on</source>
        <translation>Solicitud enviada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="117"/>
        <source>Request received on</source>
        <translation>Solicitud recibida el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="118"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="119"/>
        <source>Central Authority reference</source>
        <translation>Referencia de la autoridad central</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="124"/>
        <source>Placement request</source>
        <translation>Solicitud de acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="133"/>
        <source>Assumed (a fact not recorded)</source>
        <translation>Supuesto aplicado (hecho que no consta)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="180"/>
        <source>Sections it covers</source>
        <translation>Secciones que cubre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="181"/>
        <source>Or any organisation of this kind</source>
        <translation>O cualquier organización de este tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="182"/>
        <source>Given by (who)</source>
        <translation>Otorgado por (quién)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="183"/>
        <source>Child&apos;s age when given</source>
        <translation>Edad del menor al otorgarlo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="184"/>
        <source>Child&apos;s capacity to consent</source>
        <translation>Capacidad del menor para consentir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="185"/>
        <source>Rests on</source>
        <translation>Se basa en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="187"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="188"/>
        <source>Instrument version</source>
        <translation>Versión del instrumento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="189"/>
        <source>Screened on</source>
        <translation>Detección realizada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="190"/>
        <source>Asked by</source>
        <translation>Preguntas formuladas por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="191"/>
        <source>Concern (the rule&apos;s)</source>
        <translation>Preocupación (según la regla)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="192"/>
        <source>Concern raised to</source>
        <translation>Preocupación elevada a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="193"/>
        <source>Why it was raised</source>
        <translation>Motivo de la elevación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="195"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="196"/>
        <source>Missing since</source>
        <translation>Fecha de la desaparición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="197"/>
        <source>Missing from</source>
        <translation>Lugar del que desapareció</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="198"/>
        <source>Reported by</source>
        <translation>Comunicada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="199"/>
        <source>Reported to</source>
        <translation>Comunicada a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="200"/>
        <source>Reported on</source>
        <translation>Comunicada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="201"/>
        <source>Came back on</source>
        <translation>Regresó el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="202"/>
        <source>Held on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="203"/>
        <source>Who took part</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="204"/>
        <source>The child&apos;s views, in the child&apos;s words</source>
        <translation>La opinión del niño o la niña, con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="205"/>
        <source>Options considered</source>
        <translation>Opciones consideradas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="206"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="207"/>
        <source>Review on</source>
        <translation>Revisión el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="208"/>
        <source>Suspected of trafficking or exploiting the child</source>
        <translation>Sospechoso de trata o explotación del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="211"/>
        <source>Separated from the child on</source>
        <translation>Fecha de separación del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="212"/>
        <source>Where they were separated</source>
        <translation>Lugar de la separación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="213"/>
        <source>Confirmed as a person of case</source>
        <translation>Caso de la coincidencia confirmada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="214"/>
        <source>Confirmed as person</source>
        <translation>Persona de la coincidencia confirmada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="215"/>
        <source>Match confirmed on</source>
        <translation>Coincidencia confirmada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="216"/>
        <source>Match confirmed by</source>
        <translation>Coincidencia confirmada por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="218"/>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="219"/>
        <source>Tracing agency</source>
        <translation>Entidad de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="220"/>
        <source>Agency&apos;s reference</source>
        <translation>Referencia de la entidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="221"/>
        <source>Next follow-up on</source>
        <translation>Próximo seguimiento el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="222"/>
        <source>Last followed up on</source>
        <translation>Último seguimiento el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="223"/>
        <source>Referred on</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="224"/>
        <source>Team member responsible</source>
        <translation>Miembro del equipo responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="225"/>
        <source>Enrolled on</source>
        <translation>Fecha de matriculación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="226"/>
        <source>Grade or class</source>
        <translation>Curso o grupo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="227"/>
        <source>Recognition of earlier studies</source>
        <translation>Reconocimiento de estudios anteriores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="228"/>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="229"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="230"/>
        <source>Set on</source>
        <translation>Fijado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="231"/>
        <source>Last reviewed on</source>
        <translation>Última revisión el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="242"/>
        <source>Restricted</source>
        <translation>Acceso restringido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="243"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="472"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="473"/>
        <source>Add alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="474"/>
        <source>Remove alias</source>
        <translation>Quitar alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="477"/>
        <source>Age assessments</source>
        <translation>Determinaciones de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="478"/>
        <source>Add age assessment</source>
        <translation>Añadir determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="479"/>
        <source>Remove age assessment</source>
        <translation>Quitar determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="482"/>
        <source>Placements</source>
        <translation>Acogimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="483"/>
        <source>Add placement</source>
        <translation>Añadir acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="484"/>
        <source>Remove placement</source>
        <translation>Quitar acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="487"/>
        <source>Unaccompanied status</source>
        <translation>Condición de menor no acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="488"/>
        <source>Add status</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="489"/>
        <source>Remove status</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="492"/>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="493"/>
        <source>Add family member</source>
        <translation>Añadir familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="494"/>
        <source>Remove family member</source>
        <translation>Quitar familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="497"/>
        <source>Guardian appointments</source>
        <translation>Nombramientos de tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="498"/>
        <source>Add guardian appointment</source>
        <translation>Añadir nombramiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="499"/>
        <source>Remove guardian appointment</source>
        <translation>Quitar nombramiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="503"/>
        <source>Add proceeding</source>
        <translation>Añadir procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="504"/>
        <source>Remove proceeding</source>
        <translation>Quitar procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="507"/>
        <source>Decisions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="508"/>
        <source>Add decision</source>
        <translation>Añadir resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="509"/>
        <source>Remove decision</source>
        <translation>Quitar resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="512"/>
        <source>Hearings</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="513"/>
        <source>Add hearing</source>
        <translation>Añadir vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="514"/>
        <source>Remove hearing</source>
        <translation>Quitar vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="517"/>
        <source>Cross-border placement requests</source>
        <translation>Solicitudes de acogimiento transfronterizo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="518"/>
        <source>Add placement request</source>
        <translation>Añadir solicitud de acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="519"/>
        <source>Remove placement request</source>
        <translation>Quitar solicitud de acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="523"/>
        <source>Add deadline</source>
        <translation>Añadir plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="524"/>
        <source>Remove deadline</source>
        <translation>Quitar plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="528"/>
        <source>Add document</source>
        <translation>Añadir documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="529"/>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="532"/>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="533"/>
        <source>Add scan</source>
        <translation>Añadir escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="534"/>
        <source>Remove scan</source>
        <translation>Quitar escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="537"/>
        <source>Authentication steps</source>
        <translation>Pasos de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="538"/>
        <source>Add authentication step</source>
        <translation>Añadir paso de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="539"/>
        <source>Remove authentication step</source>
        <translation>Quitar paso de autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="542"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="543"/>
        <source>Add translation</source>
        <translation>Añadir traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="544"/>
        <source>Remove translation</source>
        <translation>Quitar traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="547"/>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="548"/>
        <source>Add recognition</source>
        <translation>Añadir reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="549"/>
        <source>Remove recognition</source>
        <translation>Quitar reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="553"/>
        <source>Add consent</source>
        <translation>Añadir consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="554"/>
        <source>Remove consent</source>
        <translation>Quitar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="557"/>
        <source>Risk concerns</source>
        <translation>Alertas de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="558"/>
        <source>Add risk concern</source>
        <translation>Añadir alerta de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="559"/>
        <source>Remove risk concern</source>
        <translation>Quitar alerta de riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="562"/>
        <source>Actions</source>
        <translation>Actuaciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="563"/>
        <source>Add action</source>
        <translation>Añadir actuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="564"/>
        <source>Remove action</source>
        <translation>Quitar actuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="568"/>
        <source>Add screening</source>
        <translation>Añadir detección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="569"/>
        <source>Remove screening</source>
        <translation>Quitar detección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="572"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="573"/>
        <source>Add answer</source>
        <translation>Añadir respuesta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="574"/>
        <source>Remove answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="578"/>
        <source>Record a missing episode</source>
        <translation>Registrar una desaparición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="579"/>
        <source>Remove missing episode</source>
        <translation>Quitar desaparición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="583"/>
        <source>Add assessment</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="584"/>
        <source>Remove assessment</source>
        <translation>Quitar evaluación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="587"/>
        <source>Tracing requests</source>
        <translation>Solicitudes de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="588"/>
        <source>Add tracing request</source>
        <translation>Añadir solicitud de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="589"/>
        <source>Remove tracing request</source>
        <translation>Quitar solicitud de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="593"/>
        <source>Add service or referral</source>
        <translation>Añadir servicio o derivación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="594"/>
        <source>Remove service</source>
        <translation>Quitar servicio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="598"/>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="599"/>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="603"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="604"/>
        <source>Remove note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="77"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="78"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="79"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="80"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="502"/>
        <source>Proceedings</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="82"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="522"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="83"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="527"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="84"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="552"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="85"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="92"/>
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
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="64"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="65"/>
        <source>JPEG image</source>
        <translation>imagen JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="66"/>
        <source>PNG image</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="67"/>
        <source>TIFF image</source>
        <translation>imagen TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="81"/>
        <source>Placements abroad</source>
        <translation>Acogimientos en el extranjero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="86"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="567"/>
        <source>Screenings</source>
        <translation>Detecciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="87"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="577"/>
        <source>Missing episodes</source>
        <translation>Desapariciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="88"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="582"/>
        <source>Best interests</source>
        <translation>Interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="89"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="592"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="90"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="597"/>
        <source>Care plan</source>
        <translation>Plan de atención</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="110"/>
        <source>1. Country</source>
        <translation>1. País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="111"/>
        <source>2. Has been signed by</source>
        <translation>2. Ha sido firmado por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="112"/>
        <source>3. Acting in the capacity of</source>
        <translation>3. Quien actúa en calidad de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="113"/>
        <source>4. Bears the seal/stamp of</source>
        <translation>4. Está revestido del sello/timbre de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="114"/>
        <source>5. Certified at</source>
        <translation>5. Certificado en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="115"/>
        <source>6. On (date)</source>
        <translation>6. El día (fecha)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="116"/>
        <source>7. By (authority)</source>
        <translation>7. Por (autoridad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="117"/>
        <source>8. No (apostille number)</source>
        <translation>8. Bajo el número (número de apostilla)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="118"/>
        <source>9. Seal/stamp present</source>
        <translation>9. Sello/timbre presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="119"/>
        <source>10. Signature present</source>
        <translation>10. Firma presente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="165"/>
        <source>First day at school</source>
        <translation>Primer día en el centro escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="184"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="159"/>
        <source>e-Register reference</source>
        <translation>Referencia en el e-Registro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="185"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="160"/>
        <source>e-Register address</source>
        <translation>Dirección del e-Registro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="186"/>
        <source>e-Apostille file</source>
        <translation>Archivo de la e-Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="194"/>
        <source>Scan of the stamp</source>
        <translation>Escaneo del sello</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="227"/>
        <source>Notary</source>
        <translation>Notario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="199"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="202"/>
        <source>Embassy or consulate</source>
        <translation>Embajada o consulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="209"/>
        <source>Issuing member state</source>
        <translation>Estado miembro emisor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="210"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="219"/>
        <source>Standard form number</source>
        <translation>Número del formulario estándar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="211"/>
        <source>Multilingual standard form (file)</source>
        <translation>Impreso estándar multilingüe (archivo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="220"/>
        <source>Standard form (file)</source>
        <translation>Formulario estándar (archivo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="226"/>
        <source>Notary&apos;s office</source>
        <translation>Notaría</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="228"/>
        <source>Notarised copy (file)</source>
        <translation>Testimonio notarial (archivo)</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="203"/>
        <source>Add a hearing…</source>
        <translation>Añadir una vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="204"/>
        <source>Record an outcome…</source>
        <translation>Registrar un resultado…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="205"/>
        <source>Make a filing…</source>
        <translation>Generar un escrito…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="206"/>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="207"/>
        <source>Refer to a partner…</source>
        <translation>Derivar a un socio…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="208"/>
        <source>Screen for trafficking risk…</source>
        <translation>Detectar riesgo de trata…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="209"/>
        <source>Look for the family…</source>
        <translation>Buscar a la familia…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="252"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="254"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="257"/>
        <source>stateless</source>
        <translation>apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="258"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="260"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="264"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="281"/>
        <source>Placement</source>
        <translation>Acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="283"/>
        <source>Lead lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="284"/>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="327"/>
        <source>{0}–{1} (age assessed on {2})</source>
        <translation>{0}–{1} (edad determinada el {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="332"/>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="335"/>
        <source>{0} (born {1}, {2})</source>
        <translation>{0} (nacimiento: {1}, {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="368"/>
        <source>none set</source>
        <translation>sin señalar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="375"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="377"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="393"/>
        <source>Open proceedings</source>
        <translation>Procedimientos abiertos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="395"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="396"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="397"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="398"/>
        <source>Next hearing</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="399"/>
        <source>Court-ready</source>
        <translation>Listo para el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="402"/>
        <source>No open proceeding.</source>
        <translation>Ningún procedimiento abierto.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="421"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="427"/>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="429"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="434"/>
        <source>No open deadline.</source>
        <translation>Ningún plazo pendiente.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="460"/>
        <source>Screening: %1</source>
        <translation>Detección: %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="469"/>
        <source>Sharing and tracing paused: a best-interests assessment is needed</source>
        <translation>Envío del caso y búsqueda familiar en pausa: se necesita una evaluación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="472"/>
        <source>Open risk concerns</source>
        <translation>Alertas de riesgo abiertas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Concern</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Raised on</source>
        <translation>Señalada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="475"/>
        <source>No open risk concern.</source>
        <translation>Ninguna alerta de riesgo abierta.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="502"/>
        <source>Documents still to do</source>
        <translation>Documentos aún pendientes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="505"/>
        <source>Nothing: every document is ready for its proceedings.</source>
        <translation>Nada: todos los documentos están listos para sus procedimientos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="538"/>
        <source>Latest filings</source>
        <translation>Últimos escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Made</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="541"/>
        <source>No filing made yet.</source>
        <translation>Aún no se ha generado ningún escrito.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="565"/>
        <source>Latest notes</source>
        <translation>Últimas notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Written</source>
        <translation>Redactada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="568"/>
        <source>No note yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="573"/>
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
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="257"/>
        <source>A clear trafficking concern is open</source>
        <translation>Hay abierta una preocupación clara de trata</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="259"/>
        <source>A possible trafficking concern is open</source>
        <translation>Hay abierta una posible preocupación de trata</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="261"/>
        <source>Open trafficking-risk flags: {0}</source>
        <translation>Alertas abiertas de riesgo de trata: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="278"/>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ clear</source>
        <translation>⚠ clara</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ possible</source>
        <translation>⚠ posible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>✓ ready</source>
        <translation>✓ listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
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
    <name>ChartCanvas</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="264"/>
        <source>Chart: {0}</source>
        <translation>Gráfico: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="274"/>
        <source>* Hidden to protect the children counted</source>
        <translation>* Oculto para proteger a los menores contabilizados</translation>
    </message>
</context>
<context>
    <name>CodeListPicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="281"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="345"/>
        <source>Type to add…</source>
        <translation>Escriba para añadir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="331"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="332"/>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="338"/>
        <source>None chosen</source>
        <translation>Ninguno elegido</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="536"/>
        <source>Confirm %1</source>
        <translation>Confirmar %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="539"/>
        <source>Call %1 on a number you already know (not one from the card or an e-mail). Ask them to read out the fingerprint shown on their Partners page, and type it here. If it differs, do not trust the card.</source>
        <translation>Llame a %1 a un número que ya conozca (no uno de la tarjeta ni de un correo electrónico). Pídales que le lean la huella que aparece en su página Socios y escríbala aquí. Si no coincide, no confíe en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="549"/>
        <source>The fingerprint they read out</source>
        <translation>La huella que le leyeron</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="553"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="39"/>
        <source>No valid consent or legitimate basis covers this disclosure ({why}). Record one in the case&apos;s Consents, or go on with a written reason if your role may.</source>
        <translation>Ningún consentimiento válido ni base de legitimación cubre esta comunicación ({why}). Registre uno en los Consentimientos del caso o continúe con un motivo por escrito si su rol lo permite.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="40"/>
        <source>a consent does not cover {sections}</source>
        <translation>un consentimiento no cubre {sections}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="41"/>
        <source>a consent does not say which sections it covers</source>
        <translation>un consentimiento no indica qué secciones cubre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="42"/>
        <source>a consent expired on {day}</source>
        <translation>un consentimiento caducó el {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="43"/>
        <source>a consent has no date or no one who gave it</source>
        <translation>un consentimiento no tiene fecha o no indica quién lo otorgó</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="44"/>
        <source>a consent is dated {day}, after this day</source>
        <translation>un consentimiento está fechado el {day}, después de este día</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="45"/>
        <source>a consent is for another purpose</source>
        <translation>un consentimiento es para otra finalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="46"/>
        <source>a consent names another recipient</source>
        <translation>un consentimiento nombra a otro destinatario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="47"/>
        <source>a consent was withdrawn on {day}</source>
        <translation>un consentimiento se revocó el {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="48"/>
        <source>a legitimate basis is recorded without its reason</source>
        <translation>consta una base de legitimación sin su motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="49"/>
        <source>none is recorded for this case</source>
        <translation>no consta ninguno para este caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="50"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="224"/>
        <source>Check the data</source>
        <translation>Comprobar los datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="227"/>
        <source>What the case still lacks</source>
        <translation>Lo que aún le falta al caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="231"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="232"/>
        <source>After correcting the case in its window</source>
        <translation>Tras corregir el caso en su ventana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="238"/>
        <source>Documents to attach as exhibits</source>
        <translation>Documentos que se acompañan como anexos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="249"/>
        <source>Exhibits (in this order, A, B, C…):</source>
        <translation>Anexos (en este orden, A, B, C…):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="291"/>
        <source>{0} (%n scan(s))</source>
        <translation>
            <numerusform>{0} (%n escaneo)</numerusform>
            <numerusform>{0} (%n escaneos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="293"/>
        <source>{0} (no scan)</source>
        <translation>{0} (sin escaneo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="340"/>
        <source>The case lacks what is listed below. Add it in the case&apos;s window, save, then Check again.</source>
        <translation>Al caso le falta lo que se indica a continuación. Añádalo en la ventana del caso, guarde y pulse Volver a comprobar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="344"/>
        <source>The case has everything this form needs.</source>
        <translation>El caso tiene todo lo que este formulario necesita.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="64"/>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="65"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="41"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="46"/>
        <source>{0} HH:MM</source>
        <translation>{0} HH:MM</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="51"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="55"/>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="55"/>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="57"/>
        <source>Waive…</source>
        <translation>Renunciar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="59"/>
        <source>Waive it and say why</source>
        <translation>Renunciar e indicar el motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="60"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="76"/>
        <source>Add a deadline by hand</source>
        <translation>Añadir un plazo manualmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="86"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="89"/>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="91"/>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="93"/>
        <source>waived</source>
        <translation>renunciado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="95"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="97"/>
        <source>{0} · assumed</source>
        <translation>{0} · supuesto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="98"/>
        <source>(new deadline)</source>
        <translation>(plazo nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="100"/>
        <source>{0} [to confirm]</source>
        <translation>{0} [por confirmar]</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="115"/>
        <source>court order</source>
        <translation>resolución judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="116"/>
        <source>set by hand</source>
        <translation>fijado manualmente</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="51"/>
        <source>1 business day</source>
        <translation>1 día hábil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="52"/>
        <source>1 calendar day</source>
        <translation>1 día natural</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="53"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="54"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="55"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="56"/>
        <source>A decision has neither its decision date nor its notification date recorded</source>
        <translation>No constan ni la fecha de una resolución ni la de su notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="58"/>
        <source>A document ({kind}) has no expiry date recorded</source>
        <translation>No consta la fecha de caducidad de un documento ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="59"/>
        <source>A document ({kind}) has no issue date recorded</source>
        <translation>No consta la fecha de expedición de un documento ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="62"/>
        <source>Assumes the case is in {place}: no home jurisdiction is recorded. Record it to confirm that this deadline applies.</source>
        <translation>Se presume que el caso corresponde a {place}: no consta la jurisdicción principal. Regístrela para confirmar que este plazo es aplicable.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="63"/>
        <source>Assumes the child is not exempt as unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>Se presume que el menor no está exento por ser no acompañado: no consta esa condición. Regístrela para confirmar que este plazo es aplicable.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="64"/>
        <source>Assumes the child is unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>Se presume que el menor no está acompañado: no consta esa condición. Regístrela para confirmar que este plazo es aplicable.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="68"/>
        <source>Counted from the decision date, {day}, because no notification date is recorded: a decision is notified on or after the day it is made, so the deadline cannot be earlier. Record the notification date to confirm.</source>
        <translation>Computado desde la fecha de la resolución, el {day}, porque no consta la fecha de notificación: una resolución se notifica el día en que se dicta o después, por lo que el plazo no puede vencer antes. Registre la fecha de notificación para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="66"/>
        <source>Born on 29 February: in {year}, which has no 29 February, the child is taken to turn {years} on 28 February, the earlier of the two days laws use (others say 1 March), so that an age limit is never counted late.</source>
        <translation>Nacido un 29 de febrero: en {year}, que no tiene 29 de febrero, se considera que el menor cumple {years} años el 28 de febrero, el primero de los dos días que usan las leyes (otras dicen el 1 de marzo), para que un límite de edad nunca se compute tarde.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="57"/>
        <source>A decision refusing return has neither its decision date nor its notification date recorded</source>
        <translation>Una resolución que deniega la restitución no tiene registrada ni su fecha de resolución ni su fecha de notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="60"/>
        <source>A placement in {state} is recorded, but no request for consent to it (record the request and the day {state} received it)</source>
        <translation>Consta un acogimiento en {state}, pero ninguna solicitud de consentimiento para él (registre la solicitud y el día en que {state} la recibió)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="61"/>
        <source>A request for consent to a placement in {state} has neither the day it was sent nor the day it was received recorded</source>
        <translation>Una solicitud de consentimiento para un acogimiento en {state} no tiene registrado ni el día de envío ni el día de recepción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="65"/>
        <source>Assumes the refusal to return rests solely on Art. 13(1)(b) or 13(2) of the 1980 Hague Convention (Art. 29(1)): its grounds are not recorded. Record them to confirm that this deadline applies.</source>
        <translation>Supone que la denegación de la restitución se basa únicamente en el art. 13(1)(b) o 13(2) del Convenio de La Haya de 1980 (art. 29(1)): sus motivos no constan. Regístrelos para confirmar que este plazo se aplica.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="67"/>
        <source>Counted from the day the request was sent, {day}, because the day the requested State received it is not recorded: it cannot be received earlier. Record the day of receipt to confirm.</source>
        <translation>Contado desde el día en que se envió la solicitud, {day}, porque no consta el día en que la recibió el Estado requerido: no puede haberse recibido antes. Registre el día de recepción para confirmar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="69"/>
        <source>Counted from the earliest day the age assessment allows the child to turn {years}, {day}, because no date of birth is recorded: record it to confirm.</source>
        <translation>Computado desde el primer día en que, según la determinación de la edad, el menor puede cumplir {years} años, el {day}, porque no consta la fecha de nacimiento: regístrela para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="70"/>
        <source>Counted from the earliest day the child can turn {years}, {day}, because the date of birth ({dob}) is not exactly known: the deadline cannot be earlier.</source>
        <translation>Computado desde el primer día en que el menor puede cumplir {years} años, el {day}, porque la fecha de nacimiento ({dob}) no se conoce con exactitud: el plazo no puede ser anterior.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="71"/>
        <source>Counted from the first arrival, {day}, because no last arrival date is recorded: the last arrival is on or after it, so the deadline cannot be earlier. Record the last arrival to confirm.</source>
        <translation>Computado desde la primera llegada, el {day}, porque no consta la fecha de la última llegada: la última llegada es ese día o posterior, por lo que el plazo no puede vencer antes. Registre la última llegada para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="72"/>
        <source>Counted with the public holidays of {place}, the forum of a proceeding, because no home jurisdiction is recorded: record it to confirm.</source>
        <translation>Computado con los festivos de {place}, sede del tribunal de un procedimiento, porque no consta la jurisdicción principal: regístrela para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="73"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="74"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="75"/>
        <source>No arrival date of the child is recorded</source>
        <translation>No consta la fecha de llegada del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="76"/>
        <source>No date of birth (nor an age assessment) is recorded</source>
        <translation>No consta la fecha de nacimiento (ni una determinación de la edad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="77"/>
        <source>No home jurisdiction is recorded, so the public holidays to count cannot be told</source>
        <translation>No consta la jurisdicción principal, por lo que no puede determinarse qué festivos computar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="78"/>
        <source>No home jurisdiction is recorded, so whether a placement is abroad cannot be told</source>
        <translation>No consta la jurisdicción principal, por lo que no puede determinarse si un acogimiento es en el extranjero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="79"/>
        <source>Not computed: {names}. The other deadlines of the case were computed; those of these rules are kept as they were. Correct the date and save the case: this reminder then goes away.</source>
        <translation>Sin computar: {names}. Los demás plazos del caso se han computado; los de estas reglas se mantienen como estaban. Corrija la fecha y guarde el caso: este aviso desaparecerá entonces.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="80"/>
        <source>Record what is missing and save the case: the deadlines are then computed and this reminder goes away.</source>
        <translation>Registre lo que falta y guarde el caso: los plazos se computarán entonces y este aviso desaparecerá.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="81"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="82"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="83"/>
        <source>The date of birth is not exactly known. Earliest: {earliest} Latest: {latest}</source>
        <translation>La fecha de nacimiento no se conoce con exactitud. Como muy pronto: {earliest} Como muy tarde: {latest}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="84"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="85"/>
        <source>To confirm: this rule has not been confirmed by a lawyer of the jurisdiction.</source>
        <translation>Por confirmar: esta regla no ha sido confirmada por un abogado de la jurisdicción.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="86"/>
        <source>To confirm: {note}</source>
        <translation>Por confirmar: {note}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="87"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="88"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="89"/>
        <source>a public holiday ({name}) in {place}</source>
        <translation>un día festivo ({name}) en {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="90"/>
        <source>a {weekday}</source>
        <translation>un {weekday}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="91"/>
        <source>a {weekday}, a weekend day in {jurisdiction}</source>
        <translation>un {weekday}, día de descanso semanal en {jurisdiction}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="92"/>
        <source>moved to the next business day, {day}</source>
        <translation>trasladado al siguiente día hábil, {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="93"/>
        <source>moved to the previous business day, {day}</source>
        <translation>adelantado al día hábil anterior, {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="94"/>
        <source>{count} business days</source>
        <translation>{count} días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="95"/>
        <source>{count} calendar days</source>
        <translation>{count} días naturales</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="96"/>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="97"/>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="98"/>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="99"/>
        <source>{day} is {what}</source>
        <translation>el {day} es {what}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="100"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="101"/>
        <source>{jurisdiction} (public holidays of {calendar})</source>
        <translation>{jurisdiction} (festivos de {calendar})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="102"/>
        <source>{note} {text}</source>
        <translation>{note} {text}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="103"/>
        <source>{period} after {start} is {due}.</source>
        <translation>{period} después del {start}: el {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="104"/>
        <source>{period} before {start} is {due}.</source>
        <translation>{period} antes del {start}: el {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="105"/>
        <source>{period} before {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} antes del {start}, computados conforme al art. 3 del Reglamento 1182/71 en {jurisdiction}, vencen el {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="106"/>
        <source>{period} from {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} desde el {start}, computados conforme al art. 3 del Reglamento 1182/71 en {jurisdiction}, vencen el {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="107"/>
        <source>{text} {confirm}</source>
        <translation>{text} {confirm}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="108"/>
        <source>{text} {reason}.</source>
        <translation>{text} {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="109"/>
        <source>{title} ({rule}): {reason}</source>
        <translation>{title} ({rule}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="110"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="111"/>
        <source>{what}: follow this deadline up by hand.</source>
        <translation>{what}: haga el seguimiento de este plazo manualmente.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="112"/>
        <source>{what}: record it to compute this deadline.</source>
        <translation>{what}: registre ese dato para computar este plazo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="113"/>
        <source>{why}; not moved: this period ends on that day whether or not it is a business day</source>
        <translation>{why}; no se traslada: este plazo vence ese día, sea o no hábil</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="114"/>
        <source>Counts above zero and below {low} are shown as &lt;{low}</source>
        <translation>Los recuentos mayores que cero y menores que {low} se muestran como &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="115"/>
        <source>Counts above zero and below {low} are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>Los recuentos mayores que cero y menores que {low} se muestran como &lt;{low} (menores que {high}, mostrados como &lt;{high}, en las tablas sobre preocupación de trata)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="116"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low}</source>
        <translation>Los recuentos menores que {low}, incluido el cero, se muestran como &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="117"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>Los recuentos menores que {low}, incluido el cero, se muestran como &lt;{low} (menores que {high}, mostrados como &lt;{high}, en las tablas sobre preocupación de trata)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="118"/>
        <source>further counts are hidden as {mark} where needed so that no hidden count can be worked out from the totals or from another table</source>
        <translation>otros recuentos se ocultan como {mark} cuando es necesario para que ningún recuento oculto pueda deducirse de los totales ni de otra tabla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="119"/>
        <source>no zero is shown</source>
        <translation>no se muestra ningún cero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="120"/>
        <source>the other counts are exact</source>
        <translation>los demás recuentos son exactos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="121"/>
        <source>the other counts are rounded to the nearest {base}, so totals may not add up</source>
        <translation>los demás recuentos se redondean al múltiplo de {base} más cercano, por lo que los totales pueden no coincidir con la suma de sus partes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="122"/>
        <source>zeros are shown</source>
        <translation>los ceros se muestran</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="123"/>
        <source>{small}; {further}; {zeros}; {rounding}.</source>
        <translation>{small}; {further}; {zeros}; {rounding}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="124"/>
        <source>a family member</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="125"/>
        <source>the child</source>
        <translation>el menor</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="30"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="31"/>
        <source>Whose</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="32"/>
        <source>Number as recorded</source>
        <translation>Número tal como consta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="33"/>
        <source>Issuing authority</source>
        <translation>Autoridad expedidora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="34"/>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="35"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="36"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="37"/>
        <source>Original or copy</source>
        <translation>Original o copia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="52"/>
        <source>&lt;b&gt;Documents recorded in more than one case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos registrados en más de un caso&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="55"/>
        <source>The same kind of document from the same country with the same number, in several cases: the same child recorded twice, one document used for two children, or a typing mistake. Compare them and correct the case that is wrong.</source>
        <translation>El mismo tipo de documento, del mismo país y con el mismo número, en varios casos: el mismo menor registrado dos veces, un documento usado para dos menores o un error de escritura. Compárelos y corrija el caso erróneo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="63"/>
        <source>Documents recorded in more than one case</source>
        <translation>Documentos registrados en más de un caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="66"/>
        <source>The records side by side</source>
        <translation>Los registros, uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="68"/>
        <source>Open the chosen record&apos;s case</source>
        <translation>Abrir el caso del registro elegido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>%n to review.</source>
        <translation>
            <numerusform>%n por revisar.</numerusform>
            <numerusform>%n por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>None found.</source>
        <translation>No se ha encontrado ninguno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="108"/>
        <source>{0} ({1}) No. {2} — in %n case(s)</source>
        <translation>
            <numerusform>{0} ({1}) n.º {2} — en %n expediente</numerusform>
            <numerusform>{0} ({1}) n.º {2} — en %n expedientes</numerusform>
        </translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../src/guardian_desk/ui/i18n.py" line="94"/>
        <source>… and {0} more problems</source>
        <translation>… y {0} problemas más</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="35"/>
        <source>Attach scan…</source>
        <translation>Adjuntar escaneo…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="38"/>
        <source>PDF, JPEG, PNG or TIFF; or drop the files on the list</source>
        <translation>PDF, JPEG, PNG o TIFF; o arrastre los archivos a la lista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="51"/>
        <source>View pages…</source>
        <translation>Ver páginas…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="87"/>
        <source>Attach scans</source>
        <translation>Adjuntar escaneos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="89"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="126"/>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="127"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="128"/>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="129"/>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="130"/>
        <source>a part of it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>una de sus partes se descomprime en más de {most} (de un archivo de {size}): está construido como una bomba de descompresión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="131"/>
        <source>an image inside it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>una imagen que contiene declara {claimed}, más que cualquier escaneo (como máximo {most} millones)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="132"/>
        <source>an image inside it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>una imagen que contiene declara {width} × {height} píxeles, más que cualquier escaneo (como máximo {most} millones)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="133"/>
        <source>an image inside it has no sensible size</source>
        <translation>una imagen que contiene no tiene un tamaño razonable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="134"/>
        <source>it cannot be read as an image</source>
        <translation>no se puede leer como imagen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="135"/>
        <source>it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>declara {claimed}, más que cualquier escaneo (como máximo {most} millones)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="136"/>
        <source>it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>declara {width} × {height} píxeles, más que cualquier escaneo (como máximo {most} millones)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="137"/>
        <source>it has more than {most} pages</source>
        <translation>tiene más de {most} páginas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="138"/>
        <source>it has no file name</source>
        <translation>no tiene nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="139"/>
        <source>it has no pages</source>
        <translation>no tiene páginas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="140"/>
        <source>it has {pages} pages (at most {most})</source>
        <translation>tiene {pages} páginas (como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="141"/>
        <source>it is built beyond what any scan needs (too many parts, or parts too deep)</source>
        <translation>su estructura supera lo que necesita un escaneo (demasiadas partes o partes demasiado anidadas)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="142"/>
        <source>it is damaged: a part of it cannot be unpacked</source>
        <translation>está dañado: una de sus partes no se puede descomprimir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="143"/>
        <source>it is damaged: it cannot be opened</source>
        <translation>está dañado: no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="144"/>
        <source>it is damaged: it cannot be read as a PDF</source>
        <translation>está dañado: no se puede leer como PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="145"/>
        <source>it is damaged: it cannot be read as an image</source>
        <translation>está dañado: no se puede leer como imagen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="146"/>
        <source>it is damaged: its picture cannot be read whole</source>
        <translation>está dañado: su imagen no se puede leer entera</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="147"/>
        <source>it is damaged: one of its pages cannot be read</source>
        <translation>está dañado: una de sus páginas no se puede leer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="148"/>
        <source>it is locked with a password; attach an unlocked copy</source>
        <translation>está protegido con contraseña; adjunte una copia desbloqueada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="149"/>
        <source>it is packed in a way the program cannot check</source>
        <translation>está comprimido de una forma que el programa no puede comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="150"/>
        <source>it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>se descomprime en más de {most} (de un archivo de {size}): está construido como una bomba de descompresión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="151"/>
        <source>its name holds a character that may not be in a file name ({character})</source>
        <translation>su nombre contiene un carácter que no puede figurar en un nombre de archivo ({character})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="152"/>
        <source>its name holds folders (/ or \), which a file&apos;s name may not hold</source>
        <translation>su nombre contiene carpetas (/ o \), que un nombre de archivo no puede contener</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="153"/>
        <source>its name is longer than 255 characters</source>
        <translation>su nombre tiene más de 255 caracteres</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="154"/>
        <source>its structure loops back on itself</source>
        <translation>su estructura remite a sí misma en bucle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="155"/>
        <source>more pixels</source>
        <translation>más píxeles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="156"/>
        <source>opening it made the checking process stop</source>
        <translation>al abrirlo se detuvo el proceso de comprobación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="157"/>
        <source>opening it needs more memory than a scan may take</source>
        <translation>abrirlo requiere más memoria de la que puede ocupar un escaneo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="158"/>
        <source>{count} million pixels</source>
        <translation>{count} millones de píxeles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="159"/>
        <source>{name} cannot be read: {why}.</source>
        <translation>No se puede leer {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="160"/>
        <source>{name} is declared as {declared} but is {kind}: it was not attached.</source>
        <translation>{name} se declara como {declared} pero es {kind}: no se ha adjuntado.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="161"/>
        <source>{name} is empty (0 bytes): nothing to attach.</source>
        <translation>{name} está vacío (0 bytes): no hay nada que adjuntar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="162"/>
        <source>{name} is named as a {suffix} file but is {kind}: check that it is the right file, and rename it before attaching it.</source>
        <translation>{name} tiene la extensión {suffix} pero es {kind}: compruebe que es el archivo correcto y cámbiele el nombre antes de adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="163"/>
        <source>{name} is not a PDF, JPEG, PNG or TIFF file (by its content, whatever its name or declared type says): only scans in those formats can be attached.</source>
        <translation>{name} no es un archivo PDF, JPEG, PNG ni TIFF (por su contenido, diga lo que diga su nombre o su tipo declarado): solo se pueden adjuntar escaneos en esos formatos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="164"/>
        <source>{name} is too large to attach ({size} MB; the limit is {limit} MB). Scan it at a lower resolution or split it.</source>
        <translation>{name} es demasiado grande para adjuntarlo ({size} MB; el límite es de {limit} MB). Escanéelo a menor resolución o divídalo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="165"/>
        <source>{name} is too large to attach.</source>
        <translation>{name} es demasiado grande para adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="166"/>
        <source>{name} took too long to open (more than {seconds} s): it may be damaged, or made to hang programs. It was not attached.</source>
        <translation>{name} tardó demasiado en abrirse (más de {seconds} s): puede estar dañado o hecho para bloquear programas. No se ha adjuntado.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="167"/>
        <source>{name} was not attached: {problem}.</source>
        <translation>{name} no se ha adjuntado: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="168"/>
        <source>{name} was not opened: {stopped} files before it had to be stopped while they were checked, so the rest were refused unchecked. It was not attached.</source>
        <translation>{name} no se ha abierto: hubo que detener la comprobación de {stopped} archivos anteriores, por lo que el resto se rechazó sin comprobar. No se ha adjuntado.</translation>
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
        <source>The same form, languages and typed values, from the case as it is now</source>
        <translation>El mismo formulario, idiomas y valores escritos, a partir del expediente tal como está ahora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="85"/>
        <source>Filings are kept here as they were made; the case&apos;s unsaved changes are not in them until it is saved.</source>
        <translation>Los escritos se conservan aquí tal como se generaron; los cambios no guardados del caso no se incluyen hasta que se guarde.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="167"/>
        <source>This filing&apos;s file is no longer in the database.</source>
        <translation>El archivo de este escrito ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="192"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="217"/>
        <source>Making the filing again…</source>
        <translation>Volviendo a generar el escrito…</translation>
    </message>
</context>
<context>
    <name>FilingWizard</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="573"/>
        <source>New filing</source>
        <translation>Nuevo escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="590"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FilingsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="81"/>
        <source>Find hearings</source>
        <translation>Buscar vistas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="84"/>
        <source>Hearings to make the filing for</source>
        <translation>Vistas para las que generar el escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="87"/>
        <source>When (at the forum)</source>
        <translation>Cuándo (hora del tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="88"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="89"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="90"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="91"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="99"/>
        <source>Make filings</source>
        <translation>Generar escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="101"/>
        <source>Print all…</source>
        <translation>Imprimir todos…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="102"/>
        <source>Save all to a folder…</source>
        <translation>Guardar todos en una carpeta…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="107"/>
        <source>Filings that could not be made, and why</source>
        <translation>Escritos que no se pudieron generar y por qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="111"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="113"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="115"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="177"/>
        <source>%n hearing(s); untick those that need no filing.</source>
        <translation>
            <numerusform>%n vista; desmárquela si no necesita escrito.</numerusform>
            <numerusform>%n vistas; desmarque las que no necesiten escrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="227"/>
        <source>Making %n filing(s)…</source>
        <translation>
            <numerusform>Generando %n escrito…</numerusform>
            <numerusform>Generando %n escritos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="234"/>
        <source>Made {0}; could not make {1}. Each filing made is kept in its case.</source>
        <translation>Generados: {0}; no se pudieron generar: {1}. Cada escrito generado se conserva en su caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="258"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="265"/>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="273"/>
        <source>Save the filings to</source>
        <translation>Guardar los escritos en</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="290"/>
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
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="48"/>
        <source>Choose the form</source>
        <translation>Elegir el formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="49"/>
        <source>The forms listed are those meant for the chosen proceeding.</source>
        <translation>Se muestran los formularios previstos para el procedimiento elegido.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="56"/>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="59"/>
        <source>The court&apos;s language unless you choose another</source>
        <translation>El idioma del tribunal, salvo que elija otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="63"/>
        <source>The child&apos;s language, beside the court&apos;s or after it</source>
        <translation>El idioma del menor, junto al del tribunal o a continuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="71"/>
        <source>Side by side, paragraph by paragraph</source>
        <translation>En paralelo, párrafo a párrafo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="72"/>
        <source>One after the other</source>
        <translation>Uno tras otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="74"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="75"/>
        <source>Hearing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="76"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="77"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="78"/>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="80"/>
        <source>Two languages</source>
        <translation>Dos idiomas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="81"/>
        <source>Arabic-Indic digits in Arabic, Dari or Pashto</source>
        <translation>Cifras arábigo-índicas en árabe, dari o pastún</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="83"/>
        <source>Where the forum wants them (٠١٢٣ rather than 0123)</source>
        <translation>Cuando el tribunal las exige (٠١٢٣ en lugar de 0123)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="121"/>
        <source>— no hearing —</source>
        <translation>— sin vista —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="203"/>
        <source>{0} — chosen by you</source>
        <translation>{0} — elegido por usted</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="205"/>
        <source>no second language — chosen by you</source>
        <translation>sin segundo idioma — elegido por usted</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="60"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="169"/>
        <source>A certificate of service filed on its own: which documents were served, on whom, how and when, signed by the person who served them.</source>
        <translation>Un certificado de notificación presentado por separado: qué documentos se notificaron, a quién, cómo y cuándo; firmado por la persona que practicó la notificación.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="170"/>
        <source>A list of the exhibits filed: label, description (with translations and authentication), and the number of pages of each exhibit&apos;s attached file(s).</source>
        <translation>Una relación de los anexos presentados: identificación, descripción (con traducciones y autenticación) y número de páginas del archivo o archivos adjuntos a cada anexo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="172"/>
        <source>Anything else the court should know (e.g. the child asks for an interpreter of the same sex)</source>
        <translation>Cualquier otra circunstancia que el tribunal deba conocer (p. ej., el menor pide un intérprete del mismo sexo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="173"/>
        <source>Applicant (the guardian if empty)</source>
        <translation>Solicitante (el tutor si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="174"/>
        <source>Article of the Convention on which the foreign authority&apos;s jurisdiction rested (5, 6, 7, 8, 9, 10 or 11)</source>
        <translation>Artículo del Convenio en que se basó la competencia de la autoridad extranjera (5, 6, 7, 8, 9, 10 u 11)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="176"/>
        <source>Asks the authority of a Contracting State for an advance decision under Article 24 of the Hague Child Protection Convention of 19 October 1996 that a guardianship order made in another Contracting State is recognised (Art. 23(1)), showing that none of the grounds of Art. 23(2) applies, and, where the child now lives in the requested State, for a certificate under Art. 40. Only for orders from a Contracting State (the United States is not one). Between EU Member States other than Denmark, Regulation (EU) 2019/1111 applies instead.</source>
        <translation>Solicita a la autoridad de un Estado contratante que se pronuncie con carácter previo, conforme al artículo 24 del Convenio de La Haya de 19 de octubre de 1996 relativo a la protección de niños, sobre el reconocimiento de una resolución de tutela dictada en otro Estado contratante (art. 23, apdo. 1), acreditando que no concurre ninguno de los motivos del art. 23, apdo. 2, y, cuando el menor resida ya en el Estado requerido, que expida un certificado conforme al art. 40. Solo para resoluciones de un Estado contratante (Estados Unidos no lo es). Entre Estados miembros de la UE distintos de Dinamarca se aplica en su lugar el Reglamento (UE) 2019/1111.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="177"/>
        <source>Asks the court to appoint a guardian of the person of the child: the child, birth, nationality, arrival, where the child lives, the parents, the proposed guardian, why the appointment is in the child&apos;s best interests, and the relief asked for. In US courts it ends with the petitioner&apos;s verification; a certificate of service is added when the persons served are named.</source>
        <translation>Solicita al tribunal que nombre un tutor de la persona del menor: el menor, su nacimiento, nacionalidad, llegada y lugar de residencia, los progenitores, el tutor propuesto, por qué el nombramiento responde al interés superior del menor y las pretensiones que se formulan. Ante los tribunales de EE. UU. termina con la verificación del solicitante; se añade un certificado de notificación cuando se indican las personas notificadas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="178"/>
        <source>Asks the court to provide a qualified interpreter in the child&apos;s language (and dialect, if given) for the next hearing, for the whole of the hearing and for the child&apos;s conversations with counsel during it.</source>
        <translation>Solicita al tribunal que proporcione un intérprete cualificado en la lengua del menor (y en su dialecto, si se indica) para la próxima vista, durante toda la vista y para las conversaciones del menor con su abogado en el curso de ella.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="179"/>
        <source>Asks the state court (juvenile, family or probate) to make the three findings a Special Immigrant Juvenile petition needs: (a) dependency or custody, (b) reunification with one or both parents not viable due to abuse, neglect, abandonment or a similar basis under state law, (c) return to the country of nationality not in the child&apos;s best interest; each with its federal basis (8 U.S.C. § 1101(a)(27)(J); 8 C.F.R. § 204.11) and the state-law provision for the court&apos;s state. Filed in the state-court guardianship or custody proceeding, not with USCIS. Check the state citations before filing; where the form has none it says so in brackets.</source>
        <translation>Solicita al tribunal estatal (de menores, de familia o sucesorio) que dicte las tres constataciones que exige una petición de estatus especial de inmigrante juvenil: a) dependencia del tribunal o custodia, b) inviabilidad de la reunificación con uno o ambos progenitores por maltrato, desatención, abandono o un motivo similar previsto en la ley estatal, c) que el regreso al país de nacionalidad no redunda en el interés superior del menor; cada una con su fundamento federal (8 U.S.C. § 1101(a)(27)(J); 8 C.F.R. § 204.11) y la disposición de la ley del estado del tribunal. Se presenta en el procedimiento de tutela o custodia ante el tribunal estatal, no ante USCIS. Compruebe las citas de la ley estatal antes de presentarla; cuando el formulario no las contiene, lo indica entre corchetes.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="180"/>
        <source>Attorney&apos;s State Bar number</source>
        <translation>Número de colegiación del abogado (State Bar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="181"/>
        <source>Attorney&apos;s e-mail</source>
        <translation>Correo electrónico del abogado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="182"/>
        <source>Attorney&apos;s firm or organisation</source>
        <translation>Despacho u organización del abogado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="183"/>
        <source>Attorney&apos;s name, for the attorney block of California pleadings (blank: the lawyer on the case)</source>
        <translation>Nombre del abogado, para el bloque de datos del abogado en los escritos de California (en blanco: el abogado del caso)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="184"/>
        <source>Attorney&apos;s office address (one line each)</source>
        <translation>Dirección del despacho del abogado (cada dato en una línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="185"/>
        <source>Attorney&apos;s telephone</source>
        <translation>Teléfono del abogado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="187"/>
        <source>Certificate of service</source>
        <translation>Certificado de notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="188"/>
        <source>Certificate of translation</source>
        <translation>Certificado de traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="189"/>
        <source>Country of last habitual residence, if not the country of nationality</source>
        <translation>País de la última residencia habitual, si no es el de la nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="190"/>
        <source>Date of service (today if empty)</source>
        <translation>Fecha de la notificación (hoy si se deja vacía)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="192"/>
        <source>Declaration of the child</source>
        <translation>Declaración del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="193"/>
        <source>Declaration of the guardian</source>
        <translation>Declaración del tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="194"/>
        <source>Dialect or regional variety, if it matters (e.g. Sorani, Eritrean Tigrinya)</source>
        <translation>Dialecto o variedad regional, si es relevante (p. ej., sorani, tigriña de Eritrea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="195"/>
        <source>Document translated (e.g. birth certificate of the child issued in Kabul on 3 May 2015)</source>
        <translation>Documento traducido (p. ej., certificado de nacimiento del menor expedido en Kabul el 3 de mayo de 2015)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="196"/>
        <source>Documents served (e.g. the petition for appointment of a guardian and the notice of hearing)</source>
        <translation>Documentos notificados (p. ej., la solicitud de nombramiento de tutor y el aviso de vista)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="197"/>
        <source>Exhibit index</source>
        <translation>Índice de anexos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="198"/>
        <source>Facts showing return to the country of nationality is not in the child&apos;s best interest (one paragraph a line)</source>
        <translation>Hechos que acreditan que el regreso al país de nacionalidad no redunda en el interés superior del menor (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="199"/>
        <source>Facts showing reunification is not viable (one paragraph a line)</source>
        <translation>Hechos que acreditan que la reunificación no es viable (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="200"/>
        <source>Firm or organisation on the signature</source>
        <translation>Despacho u organización que figura en la firma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="201"/>
        <source>Further orders asked for (one a line)</source>
        <translation>Otras medidas solicitadas (una por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="202"/>
        <source>Ground under state law (abuse, neglect, abandonment, or the similar basis)</source>
        <translation>Motivo según la ley estatal (maltrato, desatención, abandono o motivo similar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="203"/>
        <source>How and in what language the child&apos;s views were obtained</source>
        <translation>Cómo y en qué lengua se recabó la opinión del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="204"/>
        <source>How the child came to be here, briefly (one paragraph a line)</source>
        <translation>Cómo llegó aquí el menor, brevemente (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="205"/>
        <source>How the child is dependent on the court or placed in someone&apos;s custody, if not by the guardian on the case (one paragraph a line)</source>
        <translation>Cómo depende el menor del tribunal o ha sido puesto bajo la custodia de alguien, si no es a través del tutor del caso (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="206"/>
        <source>How the child was given an opportunity to be heard in the foreign proceedings (or why not, e.g. urgency)</source>
        <translation>Cómo se dio al menor la oportunidad de ser oído en el procedimiento extranjero (o por qué no, p. ej., por urgencia)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="207"/>
        <source>How the parents have been or will be given notice, or why notice should be dispensed with</source>
        <translation>Cómo se ha notificado o se notificará a los progenitores, o por qué debe dispensarse la notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="208"/>
        <source>How the persons with parental responsibility were heard in the foreign proceedings, if known</source>
        <translation>Cómo se oyó a los titulares de la responsabilidad parental en el procedimiento extranjero, si se sabe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="209"/>
        <source>How they were served (e.g. first-class mail, postage prepaid)</source>
        <translation>Forma de notificación (p. ej., correo de primera clase, con franqueo pagado)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="210"/>
        <source>How they were served (e.g. first-class mail, postage prepaid; personal delivery; e-mail by consent)</source>
        <translation>Forma de notificación (p. ej., correo de primera clase, con franqueo pagado; entrega en mano; correo electrónico con consentimiento del destinatario)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="211"/>
        <source>If the order placed the child in care in another Contracting State: how Article 33 was complied with</source>
        <translation>Si la resolución acordó el acogimiento del menor en otro Estado contratante: cómo se cumplió el artículo 33</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="175"/>
        <source>Ask also for a certificate under Article 40</source>
        <translation>Solicitar también un certificado conforme al artículo 40</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="171"/>
        <source>A report of a best-interests assessment or determination recorded in the case (the latest, or the one held on the day typed): who took part, the child&apos;s views in the child&apos;s own words, the options considered, the recommendation and, for a determination, the decision and its review; signed by the person who made it.</source>
        <translation>Informe de una evaluación o determinación del interés superior registrada en el caso (la más reciente, o la realizada el día indicado): quiénes participaron, la opinión del niño o la niña con sus propias palabras, las opciones consideradas, la recomendación y, en una determinación, la decisión y su revisión; firmado por la persona que la realizó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="186"/>
        <source>Best-interests assessment</source>
        <translation>Evaluación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="191"/>
        <source>Day of the assessment or determination to report, YYYY-MM-DD (blank: the latest)</source>
        <translation>Día de la evaluación o determinación objeto del informe, AAAA-MM-DD (en blanco: la más reciente)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="212"/>
        <source>Include the child&apos;s recorded views</source>
        <translation>Incluir las opiniones del menor que constan en el expediente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="213"/>
        <source>Interpreter who read the declaration to the child (if not the hearing&apos;s interpreter)</source>
        <translation>Intérprete que leyó la declaración al menor (si no es el intérprete de la vista)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="214"/>
        <source>Language translated from</source>
        <translation>Lengua de origen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="215"/>
        <source>Language translated into</source>
        <translation>Lengua de destino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="216"/>
        <source>Legal basis of the court&apos;s jurisdiction (e.g. a statute), if it is to be stated</source>
        <translation>Fundamento jurídico de la competencia del tribunal (p. ej., una ley), si procede indicarlo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="217"/>
        <source>Motion for special findings (Special Immigrant Juvenile status)</source>
        <translation>Moción de constataciones especiales (estatus especial de inmigrante juvenil)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="218"/>
        <source>Name of the person who made the assessment or determination (signs the report)</source>
        <translation>Nombre de la persona que realizó la evaluación o determinación (firma el informe)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="219"/>
        <source>Notice of hearing</source>
        <translation>Aviso de vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="220"/>
        <source>Others at the hearing who need the interpreter (e.g. the child&apos;s aunt)</source>
        <translation>Otras personas presentes en la vista que necesitan al intérprete (p. ej., la tía del menor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="221"/>
        <source>Parent(s) with whom reunification is not viable (e.g. &quot;father&quot;, &quot;mother and father&quot;)</source>
        <translation>Progenitor(es) con quien(es) la reunificación no es viable (p. ej., «el padre», «la madre y el padre»)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="222"/>
        <source>Party the attorney represents (after &quot;Attorney for&quot;, e.g. Petitioner)</source>
        <translation>Parte a la que representa el abogado (tras «Abogado de», p. ej., la parte solicitante)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="223"/>
        <source>Person signing for the guardian, if the guardian is an office or agency</source>
        <translation>Persona que firma en nombre del tutor, si el tutor es una oficina o entidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="224"/>
        <source>Person who served them (the lawyer on the case if empty)</source>
        <translation>Persona que practicó la notificación (el abogado del caso si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="225"/>
        <source>Persons seen and documents read, with dates (one a line)</source>
        <translation>Personas entrevistadas y documentos consultados, con fechas (uno por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="226"/>
        <source>Persons served, with their addresses (one a line; leave empty for no certificate of service)</source>
        <translation>Personas notificadas, con sus direcciones (una por línea; déjelo vacío si no se adjunta certificado de notificación)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="227"/>
        <source>Persons served, with their addresses or e-mail (one a line)</source>
        <translation>Personas notificadas, con su dirección postal o de correo electrónico (una por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="228"/>
        <source>Petition for appointment of a guardian of the person</source>
        <translation>Solicitud de nombramiento de tutor de la persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="229"/>
        <source>Petitioner, if not the proposed guardian (e.g. the minor, where the law allows)</source>
        <translation>Solicitante, si no es el tutor propuesto (p. ej., el propio menor, cuando la ley lo permite)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="230"/>
        <source>Proposed guardian&apos;s address</source>
        <translation>Dirección del tutor propuesto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="231"/>
        <source>Proposed guardian&apos;s name</source>
        <translation>Nombre del tutor propuesto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="232"/>
        <source>Proposed guardian&apos;s relationship to the child (e.g. maternal uncle)</source>
        <translation>Relación del tutor propuesto con el menor (p. ej., tío materno)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="233"/>
        <source>Recognition request (Hague 1996, Art. 24)</source>
        <translation>Solicitud de reconocimiento (La Haya 1996, art. 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="234"/>
        <source>Recommendations to the court (one a line)</source>
        <translation>Recomendaciones al tribunal (una por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="235"/>
        <source>Report of the guardian ad litem</source>
        <translation>Informe del defensor judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="236"/>
        <source>Request for an interpreter</source>
        <translation>Solicitud de intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="237"/>
        <source>Signer&apos;s bar number</source>
        <translation>Número de colegiación del firmante</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="238"/>
        <source>Signer&apos;s role</source>
        <translation>Condición del firmante</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="239"/>
        <source>Since when the guardian has known the child</source>
        <translation>Desde cuándo conoce el tutor al menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="240"/>
        <source>Tells the child, the family and the parties when and where the next hearing is, and that an interpreter will be there.</source>
        <translation>Comunica al menor, a la familia y a las partes cuándo y dónde se celebrará la próxima vista, y que habrá un intérprete.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="241"/>
        <source>That person&apos;s position (e.g. caseworker)</source>
        <translation>Cargo de esa persona (p. ej., trabajador social)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="242"/>
        <source>That person&apos;s role</source>
        <translation>Condición de esa persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="243"/>
        <source>The child&apos;s own account, in numbered first-person paragraphs: who the child is, arrival, where the child lives, what the child wants the court to know, and the child&apos;s recorded views; signed by the child, with the interpreter&apos;s certificate where the child needs an interpreter. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>El relato del propio menor, en párrafos numerados en primera persona: quién es, su llegada, dónde vive, lo que quiere que sepa el tribunal y su opinión registrada; firmado por el menor, con el certificado del intérprete cuando el menor necesita intérprete. Bajo pena de perjurio en los procedimientos de EE. UU.; en otros lugares, una simple declaración de veracidad.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="244"/>
        <source>The child&apos;s situation: health, schooling, care, relationships (one paragraph a line)</source>
        <translation>Situación del menor: salud, escolarización, cuidados, relaciones (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="245"/>
        <source>The filing these exhibits support (e.g. the petition for appointment of a guardian)</source>
        <translation>El escrito al que acompañan estos anexos (p. ej., la solicitud de nombramiento de tutor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="246"/>
        <source>The guardian ad litem&apos;s assessment (one paragraph a line)</source>
        <translation>Valoración del defensor judicial (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="247"/>
        <source>The guardian ad litem&apos;s report to the court: the appointment, the sources of information, the child&apos;s situation, the child&apos;s views (each recorded note quoted), the assessment and the recommendations; signed by the guardian ad litem.</source>
        <translation>El informe del defensor judicial al tribunal: el nombramiento, las fuentes de información, la situación del menor, su opinión (con cita de cada nota registrada), la valoración y las recomendaciones; firmado por el defensor judicial.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="248"/>
        <source>The guardian&apos;s (or temporary custodian&apos;s) account in numbered first-person paragraphs: the appointment and its powers, the child&apos;s placement, and what the guardian wants the court to know; signed by the guardian, or for an office or agency by the person signing for it. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>El relato del tutor (o guardador provisional) en párrafos numerados en primera persona: el nombramiento y sus facultades, el acogimiento del menor y lo que el tutor quiere que sepa el tribunal; firmado por el tutor o, si se trata de una oficina o entidad, por la persona que firma en su nombre. Bajo pena de perjurio en los procedimientos de EE. UU.; en otros lugares, una simple declaración de veracidad.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="249"/>
        <source>The translator certifies competence in both languages and that the translation of the named document is complete and accurate (as USCIS and the immigration courts require for every foreign-language document: 8 C.F.R. §§ 103.2(b)(3), 1003.33); signed by the translator.</source>
        <translation>El traductor certifica su competencia en ambas lenguas y que la traducción del documento indicado es completa y exacta (como exigen USCIS y los tribunales de inmigración para todo documento en lengua extranjera: 8 C.F.R. §§ 103.2(b)(3), 1003.33); firmado por el traductor.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="250"/>
        <source>Their function (blank: best-interests assessor, or the determination panel)</source>
        <translation>Su cargo (en blanco: evaluador del interés superior, o el comité de determinación)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="251"/>
        <source>Translator&apos;s address</source>
        <translation>Dirección del traductor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="252"/>
        <source>Translator&apos;s name</source>
        <translation>Nombre del traductor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="253"/>
        <source>Translator&apos;s qualification (e.g. native speaker of Dari, ten years&apos; experience as a translator)</source>
        <translation>Cualificación del traductor (p. ej., hablante nativo de darí, diez años de experiencia como traductor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="254"/>
        <source>What the child says, in the child&apos;s own words and in the first person (one paragraph a line)</source>
        <translation>Lo que dice el menor, con sus propias palabras y en primera persona (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="255"/>
        <source>What the guardian states, in the first person (one paragraph a line)</source>
        <translation>Lo que declara el tutor, en primera persona (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="256"/>
        <source>Where the child signs (city)</source>
        <translation>Lugar donde firma el menor (ciudad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="257"/>
        <source>Where the guardian signs (city)</source>
        <translation>Lugar donde firma el tutor (ciudad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="258"/>
        <source>Where the report is signed (city)</source>
        <translation>Lugar de firma del informe (ciudad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="259"/>
        <source>Where the translator signs (city)</source>
        <translation>Lugar donde firma el traductor (ciudad)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="260"/>
        <source>Why an advance decision is needed now (one paragraph a line)</source>
        <translation>Por qué se necesita ahora una decisión previa (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="261"/>
        <source>Why the appointment is in the child&apos;s best interests (one paragraph a line)</source>
        <translation>Por qué el nombramiento responde al interés superior del menor (un párrafo por línea)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="262"/>
        <source>Your role ({role}) may not read the case&apos;s {sections}, which this form is made from; someone whose role may read them can make it.</source>
        <translation>Su rol ({role}) no permite leer las partes del caso de las que se nutre este formulario ({sections}); puede prepararlo alguien cuyo rol permita leerlas.</translation>
    </message>
</context>
<context>
    <name>HearingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="174"/>
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
    <name>LanguagesCell</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="109"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="110"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="112"/>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="999"/>
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
        <location filename="../../ui/main_window.ui" line="130"/>
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
        <location filename="../../ui/main_window.ui" line="29"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Search names in any script, aliases, docket or document numbers (Ctrl+F)</source>
        <translation>Buscar nombres en cualquier escritura, alias, números de autos o de documentos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>Filter by jurisdiction</source>
        <translation>Filtrar por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="73"/>
        <source>&amp;Lawyer</source>
        <translation>Abo&amp;gado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Filter by assigned lawyer</source>
        <translation>Filtrar por abogado asignado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="86"/>
        <source>&amp;Age</source>
        <translation>E&amp;dad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>Filter by age band</source>
        <translation>Filtrar por franja de edad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>&amp;Hearing within</source>
        <translation>Vista en &amp;menos de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Only cases with a hearing soon</source>
        <translation>Solo casos con una vista próxima</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Days until the hearing</source>
        <translation>Días hasta la vista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="153"/>
        <source>Court-ready filings and hearing packets are not available in this version yet.</source>
        <translation>Los escritos listos para el tribunal y los dosieres de vista aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
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
        <source>&amp;Partners and referrals</source>
        <translation>&amp;Socios y derivaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>&amp;Receive a case from a partner…</source>
        <translation>&amp;Recibir un caso de un socio…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>Open a bundle a partner organisation sent</source>
        <translation>Abrir un paquete enviado por una organización asociada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="300"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="307"/>
        <source>&amp;About Guardian Desk</source>
        <translation>&amp;Acerca de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="74"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="251"/>
        <source>Guardian Desk — demo data (throw-away)</source>
        <translation>Guardian Desk — datos de demostración (desechables)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="79"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="252"/>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="81"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Encontrado: %n</numerusform>
            <numerusform>Encontrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="121"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="265"/>
        <source>Hide every case until you unlock it</source>
        <translation>Ocultar todos los casos hasta desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="253"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="312"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="254"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="321"/>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="255"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="327"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar ca&amp;lendario (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="490"/>
        <source>The deadline rules changed: updating deadlines, %n case(s) to go…</source>
        <translation>
            <numerusform>Las reglas de plazos han cambiado: actualizando plazos, queda %n caso…</numerusform>
            <numerusform>Las reglas de plazos han cambiado: actualizando plazos, quedan %n casos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="508"/>
        <source>Deadlines updated to the current rules (%n case(s) changed).</source>
        <translation>
            <numerusform>Plazos actualizados según las reglas vigentes (%n caso modificado).</numerusform>
            <numerusform>Plazos actualizados según las reglas vigentes (%n casos modificados).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="525"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="527"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="548"/>
        <source>Wrote %n hearing(s) and deadline(s) to {0}.</source>
        <translation>
            <numerusform>Se ha escrito %n vista o plazo en {0}.</numerusform>
            <numerusform>Se han escrito %n vistas y plazos en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="554"/>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="752"/>
        <source>Guardian Desk exchange files (*.age *.json);;All files (*)</source>
        <translation>Archivos de intercambio de Guardian Desk (*.age *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="764"/>
        <source>Open a sealed file</source>
        <translation>Abrir un archivo sellado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="765"/>
        <source>Passphrase of {0}:</source>
        <translation>Frase de contraseña de {0}:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="806"/>
        <source>Guardian Desk exchange files (*.age *.json)</source>
        <translation>Archivos de intercambio de Guardian Desk (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="569"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="264"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="122"/>
        <source>it was asked to.</source>
        <translation>se le pidió.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="132"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="266"/>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="135"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="267"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="140"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="268"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="213"/>
        <source>This database is not encrypted: anyone who copies the file can read every child&apos;s data in it.</source>
        <translation>Esta base de datos no está cifrada: cualquiera que copie el archivo puede leer los datos de cada niño o niña.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="217"/>
        <source>Encrypt…</source>
        <translation>Cifrar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="222"/>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="224"/>
        <source>Guardian Desk closes the database, encrypts it (a verified encrypted copy takes its place, and its plain backups are removed), then opens it again and shows its recovery key once. Encrypt it now?</source>
        <translation>Guardian Desk cierra la base de datos, la cifra (una copia cifrada y verificada ocupa su lugar y se eliminan sus copias de seguridad sin cifrar), la vuelve a abrir y muestra una vez su clave de recuperación. ¿Cifrarla ahora?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="256"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="914"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="917"/>
        <source>How to do the day&apos;s work in Guardian Desk</source>
        <translation>Cómo hacer el trabajo diario en Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="571"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="572"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="573"/>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="274"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="576"/>
        <source>All ages</source>
        <translation>Todas las edades</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="418"/>
        <source>Receive a case from a partner</source>
        <translation>Recibir un caso de un socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="420"/>
        <source>Guardian Desk bundles (*.gdbundle);;All files (*)</source>
        <translation>Paquetes de Guardian Desk (*.gdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="598"/>
        <source>All jurisdictions</source>
        <translation>Todas las jurisdicciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="604"/>
        <source>All lawyers</source>
        <translation>Todos los abogados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="670"/>
        <source>Your role may not export cases</source>
        <translation>Su rol no permite exportar casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Casos: %n</numerusform>
            <numerusform>Casos: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="725"/>
        <source>No cases yet. Ctrl+N opens a new case; File › Import cases reads an exchange file; File › Add demo data shows what Guardian Desk can do.</source>
        <translation>Aún no hay casos. Ctrl+N abre un caso nuevo; Archivo › Importar casos lee un archivo de intercambio; Archivo › Añadir datos de demostración muestra lo que Guardian Desk puede hacer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="750"/>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="773"/>
        <source>Imported %n case(s) from {0}.</source>
        <translation>
            <numerusform>Se ha importado %n caso desde {0}.</numerusform>
            <numerusform>Se han importado %n casos desde {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="786"/>
        <source>Importing cases from {0}…</source>
        <translation>Importando casos desde {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="804"/>
        <source>Export all cases</source>
        <translation>Exportar todos los casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="817"/>
        <source>Exported %n case(s) to {0}.</source>
        <translation>
            <numerusform>Se ha exportado %n caso a {0}.</numerusform>
            <numerusform>Se han exportado %n casos a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="825"/>
        <source>Exporting cases to {0}…</source>
        <translation>Exportando casos a {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="833"/>
        <source>Add demo data</source>
        <translation>Añadir datos de demostración</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="834"/>
        <source>How many fictional demo cases should be added?</source>
        <translation>¿Cuántos casos ficticios de demostración desea añadir?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="847"/>
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>Se ha añadido %n caso de demostración.</numerusform>
            <numerusform>Se han añadido %n casos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="853"/>
        <source>Adding demo cases…</source>
        <translation>Añadiendo casos de demostración…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="258"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="922"/>
        <source>&amp;Organisation&apos;s files…</source>
        <translation>&amp;Archivos de la organización…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="261"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="926"/>
        <source>The organisation&apos;s own roles, instruments and reports, and any that cannot be used</source>
        <translation>Los roles, instrumentos e informes propios de la organización, y los que no se pueden usar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="952"/>
        <source>%n of the organisation&apos;s files cannot be used and are left out: see Help › Organisation&apos;s files…</source>
        <translation>
            <numerusform>%n archivo de la organización no se puede usar y se deja de lado: véase Ayuda › Archivos de la organización…</numerusform>
            <numerusform>%n archivos de la organización no se pueden usar y se dejan de lado: véase Ayuda › Archivos de la organización…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="974"/>
        <source>About Guardian Desk</source>
        <translation>Acerca de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="976"/>
        <source>Guardian Desk {0}

Case management for legal-aid teams representing displaced and unaccompanied children.</source>
        <translation>Guardian Desk {0}

Gestión de casos para equipos de asistencia jurídica gratuita que representan a menores desplazados y no acompañados.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="1001"/>
        <source>Cases are still being written. Stop that (nothing of it is kept) and close?</source>
        <translation>Todavía se están escribiendo casos. ¿Detener la operación (no se conservará nada) y cerrar?</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="128"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="150"/>
        <location filename="../../src/guardian_desk/ui/ops.py" line="229"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="228"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="244"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Cancelando… no se conservará nada.</translation>
    </message>
</context>
<context>
    <name>OrganisationFiles</name>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="25"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="26"/>
        <source>Screening instruments</source>
        <translation>Instrumentos de cribado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="27"/>
        <source>Missing-episode actions</source>
        <translation>Actuaciones en caso de desaparición</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="28"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="60"/>
        <source>No such folder: only the shipped files are used.</source>
        <translation>Esta carpeta no existe: solo se usan los archivos incluidos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="64"/>
        <source>Every file can be used.</source>
        <translation>Todos los archivos se pueden usar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="66"/>
        <source>These files cannot be used and are left out:</source>
        <translation>Estos archivos no se pueden usar y se dejan de lado:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="83"/>
        <source>The organisation&apos;s files</source>
        <translation>Los archivos de la organización</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="86"/>
        <source>Your organisation may add its own roles, screening instruments, missing-episode actions and reports as files in these folders (see the documentation).</source>
        <translation>Su organización puede añadir sus propios roles, instrumentos de cribado, actuaciones en caso de desaparición e informes como archivos en estas carpetas (véase la documentación).</translation>
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
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="81"/>
        <source>{0}, if given at the hearing</source>
        <translation>{0}, si se dictó en la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="143"/>
        <source>Give the next hearing&apos;s date and time as {0}, or tick &apos;No new date yet&apos;.</source>
        <translation>Indique la fecha y la hora de la próxima vista con el formato {0}, o marque «Aún no hay nueva fecha».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="152"/>
        <source>Give the day the decision was notified as {0}.</source>
        <translation>Indique el día en que se notificó la resolución con el formato {0}.</translation>
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
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="84"/>
        <source>Why adjourned</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="85"/>
        <source>Next hearing ({0})</source>
        <translation>Próxima vista ({0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="87"/>
        <source>Decision</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="88"/>
        <source>Notified on</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="136"/>
        <source>Say why the hearing was adjourned.</source>
        <translation>Indique por qué se suspendió la vista.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="146"/>
        <source>Choose what was decided.</source>
        <translation>Elija qué se resolvió.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="91"/>
        <source>e.g. DE</source>
        <translation>p. ej., DE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="98"/>
        <source>A telephone number partners call to confirm</source>
        <translation>Un número de teléfono al que llaman los socios para confirmar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="99"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="112"/>
        <source>Your organisation&apos;s contact card as a QR code</source>
        <translation>La tarjeta de contacto de su organización como código QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="113"/>
        <source>Save card…</source>
        <translation>Guardar tarjeta…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="116"/>
        <source>Save QR code…</source>
        <translation>Guardar código QR…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="122"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="124"/>
        <source>Days a partner has to answer a referral before a task comes due</source>
        <translation>Días que tiene un socio para responder a una derivación antes de que venza una tarea</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="128"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="129"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="130"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="131"/>
        <source>Con&amp;tact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="133"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="231"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="134"/>
        <source>Answer expected within</source>
        <translation>Respuesta esperada en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="143"/>
        <source>Your organisation&apos;s contact card</source>
        <translation>Tarjeta de contacto de su organización</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="149"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="172"/>
        <source>Partner organisations</source>
        <translation>Organizaciones asociadas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="159"/>
        <source>Add a partner&apos;s card…</source>
        <translation>Añadir la tarjeta de un socio…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="162"/>
        <source>Confirm by telephone…</source>
        <translation>Confirmar por teléfono…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="165"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="180"/>
        <source>Referrals sent and received</source>
        <translation>Derivaciones enviadas y recibidas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="191"/>
        <source>Receive a bundle…</source>
        <translation>Recibir un paquete…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="194"/>
        <source>Mark as…</source>
        <translation>Marcar como…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="203"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="227"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="228"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="229"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="230"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="236"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="237"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="238"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="239"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="240"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="241"/>
        <source>Sent or received</source>
        <translation>Envío o recepción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="242"/>
        <source>Answer due</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="276"/>
        <source>Give your organisation&apos;s name and save</source>
        <translation>Indique el nombre de su organización y guarde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="285"/>
        <source>New keys to confirm</source>
        <translation>Claves nuevas por confirmar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="306"/>
        <source> (without consent)</source>
        <translation> (sin consentimiento)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="352"/>
        <source>Give your organisation&apos;s name.</source>
        <translation>Indique el nombre de su organización.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="383"/>
        <source>Save the contact card</source>
        <translation>Guardar la tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Pictures (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="417"/>
        <source>A partner&apos;s contact card</source>
        <translation>La tarjeta de contacto de un socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="434"/>
        <source>%1 is added. Call them and read the fingerprints to each other before you send or take anything: Confirm by telephone.</source>
        <translation>%1 se ha añadido. Llámelos y léanse mutuamente las huellas antes de enviar o recibir nada: Confirmar por teléfono.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="437"/>
        <source>%1&apos;s card was already known; nothing changed.</source>
        <translation>La tarjeta de %1 ya era conocida; no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="439"/>
        <source>%1 will be trusted anew once you confirm its fingerprint by telephone.</source>
        <translation>Se volverá a confiar en %1 cuando confirme su huella por teléfono.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="441"/>
        <source>%1&apos;s new keys are signed by their old ones: taken.</source>
        <translation>Las claves nuevas de %1 están firmadas por las anteriores: aceptadas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="443"/>
        <source>%1 was revoked: confirm its new fingerprint by telephone before anything of theirs is taken in.</source>
        <translation>%1 fue revocado: confirme su nueva huella por teléfono antes de aceptar nada suyo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="447"/>
        <source>%1&apos;s new keys are NOT signed by their old ones. Call them on a number you already know and confirm the new fingerprint before anything of theirs is taken in.</source>
        <translation>Las claves nuevas de %1 NO están firmadas por las anteriores. Llámelos a un número que ya conozca y confirme la nueva huella antes de incorporar nada suyo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="482"/>
        <source>Revoke %1</source>
        <translation>Revocar a %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="484"/>
        <source>Why is this partner no longer trusted? Nothing is sent to it or taken from it any more.</source>
        <translation>¿Por qué ya no se confía en este socio? Ya no se le envía ni se le recibe nada.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="364"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="375"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="376"/>
        <source>Save as DOCX…</source>
        <translation>Guardar como DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="377"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="378"/>
        <source>Save hearing packet…</source>
        <translation>Guardar dosier de la vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="381"/>
        <source>This filing and the exhibits chosen, with their scans and translations, in one Bates-numbered PDF</source>
        <translation>Este escrito y los anexos elegidos, con sus escaneos y traducciones, en un único PDF con numeración Bates</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="388"/>
        <source>The packet&apos;s language</source>
        <translation>El idioma del dosier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="391"/>
        <source>The language of the packet: its filing, contents page, slip sheets and exhibit descriptions</source>
        <translation>El idioma del dosier: su escrito, índice, hojas separadoras y descripciones de los documentos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="415"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="420"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="430"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="449"/>
        <source>Save the filing</source>
        <translation>Guardar el escrito</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="460"/>
        <source>Saved to {0} and kept in the case.</source>
        <translation>Guardado en {0} y conservado en el caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="471"/>
        <source>Saving the filing…</source>
        <translation>Guardando el escrito…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="491"/>
        <source>Save the hearing packet</source>
        <translation>Guardar el dosier de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="515"/>
        <source>Packet of {0} pages saved to {1} and kept in the case.</source>
        <translation>Dosier de {0} páginas guardado en {1} y conservado en el caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="524"/>
        <source>Making the hearing packet…</source>
        <translation>Preparando el dosier de la vista…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="548"/>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="263"/>
        <source>A lawyer has still to confirm this rule.</source>
        <translation>Un abogado aún debe confirmar esta regla.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="264"/>
        <source>Family tracing and any contact with the family are paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment.</source>
        <translation>La búsqueda familiar y todo contacto con la familia están en pausa: hay abierta una preocupación clara de trata (detección del {day}) sin evaluación del interés superior.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="265"/>
        <source>Sharing this case is paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment. Record the assessment first.</source>
        <translation>El envío de este caso está en pausa: hay abierta una preocupación clara de trata (detección del {day}) sin evaluación del interés superior. Registre primero la evaluación.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="266"/>
        <source>The child came back on {day} from a missing episode.</source>
        <translation>El niño o la niña regresó el {day} tras una desaparición.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="267"/>
        <source>The child went missing on {day}.</source>
        <translation>El niño o la niña desapareció el {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="268"/>
        <source>The last screening was on {day}.</source>
        <translation>La última detección fue el {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="269"/>
        <source>The placement changed on {day}.</source>
        <translation>El acogimiento cambió el {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="270"/>
        <source>The program&apos;s general practice: {citation}.</source>
        <translation>Práctica general del programa: {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="271"/>
        <source>The rule ({jurisdiction}): {citation}.</source>
        <translation>La regla ({jurisdiction}): {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="272"/>
        <source>The screening of {day} found: {level}. The instrument {instrument} asks for this.</source>
        <translation>La detección del {day} encontró: {level}. El instrumento {instrument} lo pide.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="273"/>
        <source>last known in the same country</source>
        <translation>último paradero conocido en el mismo país</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="274"/>
        <source>last known place alike</source>
        <translation>últimos paraderos conocidos parecidos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="275"/>
        <source>names alike ({score})</source>
        <translation>nombres parecidos ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="276"/>
        <source>native-script names alike ({score})</source>
        <translation>nombres parecidos en escritura original ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="277"/>
        <source>recorded there as: {relationship}</source>
        <translation>registrado allí como: {relationship}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="278"/>
        <source>recorded there with the same relationship ({relationship})</source>
        <translation>registrado allí con la misma relación ({relationship})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="279"/>
        <source>separated from the children about the same time</source>
        <translation>separación de los niños aproximadamente al mismo tiempo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="280"/>
        <source>the child of that case</source>
        <translation>el niño o la niña de ese caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="281"/>
        <source>the child of that case, of an age to be a sibling</source>
        <translation>el niño o la niña de ese caso, de edad para ser hermano o hermana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="282"/>
        <source>the child of that case, old enough</source>
        <translation>el niño o la niña de ese caso, con edad suficiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="283"/>
        <source>the child of that case; ages not known</source>
        <translation>el niño o la niña de ese caso; edades desconocidas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="284"/>
        <source>the children share a language</source>
        <translation>los niños comparten un idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="285"/>
        <source>the children share a nationality</source>
        <translation>los niños comparten una nacionalidad</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="286"/>
        <source>Your role may not read civil documents, so it cannot see their readiness.</source>
        <translation>Su función no permite leer los documentos civiles, por lo que no puede ver si están listos.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="41"/>
        <source>ok</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="42"/>
        <source>not required</source>
        <translation>no exigido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="43"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="44"/>
        <source>pending</source>
        <translation>por comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="45"/>
        <source>stale</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="46"/>
        <source>refused</source>
        <translation>denegado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="49"/>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="50"/>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="51"/>
        <source>freshness</source>
        <translation>vigencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="52"/>
        <source>expiry</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="53"/>
        <source>recognition</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="67"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="78"/>
        <source>{0} ({1}, No. {2})</source>
        <translation>{0} ({1}, n.º {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="81"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="113"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="156"/>
        <source>Documents by jurisdiction</source>
        <translation>Documentos por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="117"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="157"/>
        <source>What each proceeding&apos;s documents still lack</source>
        <translation>Lo que aún les falta a los documentos de cada procedimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="158"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="136"/>
        <source>Cannot check yet: {0}</source>
        <translation>Aún no se puede comprobar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="144"/>
        <source>This case has no open proceeding to check.</source>
        <translation>Este caso no tiene ningún procedimiento abierto que comprobar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="148"/>
        <source>%n proceeding(s) checked; </source>
        <translation>
            <numerusform>%n procedimiento comprobado; </numerusform>
            <numerusform>%n procedimientos comprobados; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="149"/>
        <source>%n ready.</source>
        <translation>
            <numerusform>%n listo.</numerusform>
            <numerusform>%n listos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="194"/>
        <source>for the hearing on {0}</source>
        <translation>para la vista del {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="196"/>
        <source>no hearing set; checked for {0}</source>
        <translation>sin vista señalada; comprobado para el {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="200"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>not ready</source>
        <translation>no listo</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="136"/>
        <source>A case from %1</source>
        <translation>Un caso de %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt; sends %2 for %3.&lt;br&gt;Sections: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; envía el caso de %2 (finalidad: %3).&lt;br&gt;Secciones: %4</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="155"/>
        <source>Sent WITHOUT consent, for this reason: %1</source>
        <translation>Enviado SIN consentimiento, por este motivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="169"/>
        <source>Cases here that may be the same child</source>
        <translation>Casos de aquí que pueden ser del mismo menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Arriving</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="187"/>
        <source>Cases here that may be the same child:</source>
        <translation>Casos de aquí que pueden ser del mismo menor:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="189"/>
        <source>No case here looks like the same child.</source>
        <translation>Ningún caso de aquí parece ser del mismo menor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="193"/>
        <source>%n alike case(s) are outside the cases your role opens: ask a supervisor to review this bundle.</source>
        <translation>
            <numerusform>%n caso parecido queda fuera de los casos que su rol permite abrir: pida a un supervisor que revise este paquete.</numerusform>
            <numerusform>%n casos parecidos quedan fuera de los casos que su rol permite abrir: pida a un supervisor que revise este paquete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="200"/>
        <source>Take it in as a new case</source>
        <translation>Incorporarlo como caso nuevo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="203"/>
        <source>Merge into the chosen case…</source>
        <translation>Fusionar con el caso elegido…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="226"/>
        <source>Differences: tick those to take</source>
        <translation>Diferencias: marque las que desea incorporar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Here now</source>
        <translation>Aquí ahora</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Arriving (tick to take)</source>
        <translation>Entrante (marque para incorporar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="233"/>
        <source>Take the ticked changes</source>
        <translation>Incorporar los cambios marcados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="250"/>
        <source>Save the receipt for the sender…</source>
        <translation>Guardar el acuse de recibo para el remitente…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="268"/>
        <source>Refuse it</source>
        <translation>Rechazarlo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="320"/>
        <source>%n difference(s) between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</source>
        <translation>
            <numerusform>%n diferencia entre el caso de aquí y el entrante. Marque lo que desea incorporar; lo que no esté marcado queda como está aquí. Se conservan los registros que solo tiene el caso de aquí.</numerusform>
            <numerusform>%n diferencias entre el caso de aquí y el entrante. Marque lo que desea incorporar; lo que no esté marcado queda como está aquí. Se conservan los registros que solo tiene el caso de aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="333"/>
        <source>new record</source>
        <translation>registro nuevo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="369"/>
        <source>The case was taken in as a new case.</source>
        <translation>El caso se incorporó como caso nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="370"/>
        <source>Merged: %1 change(s) taken, %2 kept as they were here.</source>
        <translation>Fusionado: %1 cambio(s) incorporado(s), %2 conservado(s) como estaban aquí.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="373"/>
        <source>Refused: nothing of the case was written.</source>
        <translation>Rechazado: no se escribió nada del caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="378"/>
        <source>Send the receipt so that %1 knows.</source>
        <translation>Envíe el acuse de recibo para que %1 lo sepa.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="388"/>
        <source>Where to write the receipt</source>
        <translation>Dónde escribir el acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="390"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>Paquetes de Guardian Desk (*.gdbundle)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="402"/>
        <source>The receipt is written: send it to %1.</source>
        <translation>El acuse de recibo está escrito: envíelo a %1.</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="287"/>
        <source>Agreement between the Federal Republic of Germany and the French Republic on the exemption of public documents from legalisation (13 September 1971)</source>
        <translation>Acuerdo entre la República Federal de Alemania y la República Francesa sobre la exención de legalización de documentos públicos (13 de septiembre de 1971)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="288"/>
        <source>Agreement between the Federal Republic of Germany and the Kingdom of Belgium on the exemption of public documents from legalisation (13 May 1975)</source>
        <translation>Acuerdo entre la República Federal de Alemania y el Reino de Bélgica sobre la exención de legalización de documentos públicos (13 de mayo de 1975)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="289"/>
        <source>Agreement between the Republic of Poland and Ukraine on legal assistance and legal relations in civil and criminal matters (Kyiv, 24 May 1993), Art. 15</source>
        <translation>Acuerdo entre la República de Polonia y Ucrania sobre asistencia judicial y relaciones jurídicas en materia civil y penal (Kiev, 24 de mayo de 1993), art. 15</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="290"/>
        <source>Authentication Treaty between the German Reich and the Republic of Austria (21 June 1923)</source>
        <translation>Tratado de autenticación entre el Reich alemán y la República de Austria (21 de junio de 1923)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="291"/>
        <source>CIEC Convention No. 16 on the issue of multilingual extracts from civil status records (Vienna, 8 September 1976)</source>
        <translation>Convenio CIEC n.º 16 relativo a la expedición de certificaciones plurilingües de las actas del Registro Civil (Viena, 8 de septiembre de 1976)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="292"/>
        <source>CIEC Convention No. 17 on the exemption from legalisation of certain records and documents (Athens, 15 September 1977)</source>
        <translation>Convenio CIEC n.º 17 sobre dispensa de legalización de ciertos documentos (Atenas, 15 de septiembre de 1977)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="293"/>
        <source>Convention abolishing the legalisation of documents in the Member States of the European Communities (Brussels, 25 May 1987)</source>
        <translation>Convenio relativo a la supresión de la legalización de documentos en los Estados miembros de las Comunidades Europeas (Bruselas, 25 de mayo de 1987)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="294"/>
        <source>Franco-Tunisian Convention on the issue of civil-status records and exemption from legalisation (Paris, 8 June 1972)</source>
        <translation>Convenio franco-tunecino relativo a la expedición de actas del estado civil y a la exención de legalización (París, 8 de junio de 1972)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="295"/>
        <source>Judicial Protocol between France and Algeria (28 August 1962), Art. 36</source>
        <translation>Protocolo judicial entre Francia y Argelia (28 de agosto de 1962), art. 36</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="296"/>
        <source>Supplementary Convention between the Republic of Austria and the French Republic on judicial assistance in civil matters (27 February 1979), Art. 17</source>
        <translation>Convenio complementario entre la República de Austria y la República Francesa sobre asistencia judicial en materia civil (27 de febrero de 1979), art. 17</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="297"/>
        <source>Treaty between the Federal Republic of Germany and the Italian Republic on the waiver of legalisation of documents (7 June 1969)</source>
        <translation>Tratado entre la República Federal de Alemania y la República Italiana sobre la dispensa de legalización de documentos (7 de junio de 1969)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="298"/>
        <source>a certified translation into {languages}</source>
        <translation>una traducción certificada al {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="299"/>
        <source>a multilingual standard form is attached (Art. 6(1)(b), Art. 7)</source>
        <translation>se adjunta un formulario multilingüe estándar (art. 6.1.b y art. 7)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="300"/>
        <source>a translation into {languages}</source>
        <translation>una traducción al {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="301"/>
        <source>a translation into {languages} by a translator sworn in {place}</source>
        <translation>una traducción al {languages} por un traductor jurado en {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="302"/>
        <source>already in {language}</source>
        <translation>ya está en {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="303"/>
        <source>an order of {there} itself</source>
        <translation>una resolución del propio {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="304"/>
        <source>apostille missing: {reason}</source>
        <translation>falta la apostilla: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="305"/>
        <source>apostille: {reason}</source>
        <translation>apostilla: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="306"/>
        <source>both {issuing} and {there} are EU member states: no apostille or legalisation (Art. 4)</source>
        <translation>{issuing} y {there} son Estados miembros de la UE: sin apostilla ni legalización (art. 4)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="307"/>
        <source>certificate of Art. 36 (Brussels IIb, Annex III)</source>
        <translation>certificado del art. 36 (Bruselas II ter, anexo III)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="308"/>
        <source>certificate of Art. 40 (Hague 1996: the guardian&apos;s powers)</source>
        <translation>certificado del art. 40 (La Haya 1996: facultades del tutor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="309"/>
        <source>certificate of Art. 47 (Brussels IIb, Annexes V-VI)</source>
        <translation>certificado del art. 47 (Bruselas II ter, anexos V-VI)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="310"/>
        <source>expired on {expired}, before {day}</source>
        <translation>caducó el {expired}, antes del {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="311"/>
        <source>has an apostille, enough only if both states are parties: {reason}</source>
        <translation>lleva apostilla, suficiente solo si ambos Estados son parte: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="312"/>
        <source>issued in {issuing}, where it is used</source>
        <translation>expedido en {issuing}, donde se utiliza</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="313"/>
        <source>issued {issued}, fresh until {until}</source>
        <translation>expedido el {issued}, vigente hasta el {until}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="314"/>
        <source>issued {issued}, more than {months} months before {day}: obtain a fresh one</source>
        <translation>expedido el {issued}, más de {months} meses antes del {day}: obtenga uno reciente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="315"/>
        <source>legalisation consulate</source>
        <translation>legalización consular</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="316"/>
        <source>legalisation ministry</source>
        <translation>legalización ministerial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="317"/>
        <source>legalisation missing (done so far: {done}): {reason}</source>
        <translation>falta la legalización (hecho hasta ahora: {done}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="318"/>
        <source>legalisation missing: {reason}</source>
        <translation>falta la legalización: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="319"/>
        <source>legalisation notary</source>
        <translation>legalización notarial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="320"/>
        <source>legalised up to the consulate</source>
        <translation>legalizado hasta el consulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="321"/>
        <source>neither {issuing} nor {there} is a party to the Apostille Convention</source>
        <translation>ni {issuing} ni {there} son parte del Convenio de la Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="322"/>
        <source>neither {issuing} nor {there} is a party to the Hague 1996 Convention</source>
        <translation>ni {issuing} ni {there} son parte del Convenio de La Haya de 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="323"/>
        <source>no apostille or legalisation needed between {issuing} and {there}: {citation}</source>
        <translation>no se necesita apostilla ni legalización entre {issuing} y {there}: {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="324"/>
        <source>no apostille or legalisation needed for a document used in proceedings for the return of a child (taken to be under the Hague 1980 Convention): {citation}</source>
        <translation>no se necesita apostilla ni legalización para un documento presentado en un procedimiento de restitución del menor (considerado sujeto al Convenio de La Haya de 1980): {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="325"/>
        <source>no convention between {issuing} and {there}: recognition under {there}&apos;s own law must be sought</source>
        <translation>no hay convenio entre {issuing} y {there}: debe solicitarse el reconocimiento conforme al derecho de {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="326"/>
        <source>no ground recorded</source>
        <translation>ningún motivo registrado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="327"/>
        <source>recognised by operation of law in {there} (Art. 23(1)); refusal only on the grounds of Art. 23(2); advance recognition possible (Art. 24); the guardian&apos;s powers are shown by a certificate of Art. 40 where the state of origin issues one</source>
        <translation>reconocido de pleno derecho en {there} (art. 23.1); denegación solo por los motivos del art. 23.2; reconocimiento previo posible (art. 24); las facultades del tutor se acreditan con un certificado del art. 40 cuando el Estado de origen lo expide</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="328"/>
        <source>recognised in {there}</source>
        <translation>reconocido en {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="329"/>
        <source>recognised in {there} in advance (Art. 24)</source>
        <translation>reconocido en {there} con carácter previo (art. 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="330"/>
        <source>recognised in {there} with the {certificate}</source>
        <translation>reconocido en {there} con el {certificate}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="331"/>
        <source>recognised in {there} without any special procedure (Art. 30(1)); the certificate of the court of origin (Art. 36) must be obtained and recorded</source>
        <translation>reconocido en {there} sin procedimiento especial (art. 30.1); debe obtenerse y registrarse el certificado del órgano jurisdiccional de origen (art. 36)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="332"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded</source>
        <translation>reconocido, pero no consta el certificado del órgano jurisdiccional de origen para invocarlo (art. 36, anexo III; art. 47, anexos V-VI para visitas y restitución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="333"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded (the certificate recorded, {certificate}, is not one of the Regulation&apos;s)</source>
        <translation>reconocido, pero no consta el certificado del órgano jurisdiccional de origen para invocarlo (art. 36, anexo III; art. 47, anexos V-VI para visitas y restitución) (el certificado registrado, {certificate}, no es uno de los del Reglamento)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="334"/>
        <source>recognition in {there} pending</source>
        <translation>reconocimiento en {there} pendiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="335"/>
        <source>refused in {there} ({grounds})</source>
        <translation>denegado en {there} ({grounds})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="336"/>
        <source>the Apostille Convention applies between {issuing} and {there} only from {since}</source>
        <translation>el Convenio de la Apostilla solo se aplica entre {issuing} y {there} desde el {since}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="337"/>
        <source>the Apostille Convention does not apply between {issuing} and {there} (objection)</source>
        <translation>el Convenio de la Apostilla no se aplica entre {issuing} y {there} (objeción)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="338"/>
        <source>the apostille was issued before the Convention applied between {issuing} and {there} ({since}): it does not replace legalisation; obtain a new apostille</source>
        <translation>la apostilla se expidió antes de que el Convenio se aplicara entre {issuing} y {there} ({since}): no sustituye a la legalización; obtenga una nueva apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="339"/>
        <source>the issue date is not recorded; {place} wants it issued within {months} months</source>
        <translation>no consta la fecha de expedición; {place} exige que se haya expedido en los últimos {months} meses</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="340"/>
        <source>the requirements of {place} are not in the rules: check with the court</source>
        <translation>los requisitos de {place} no figuran en las reglas: consulte con el tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="341"/>
        <source>translated into {language}</source>
        <translation>traducido al {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="342"/>
        <source>{agreement} waives legalisation between {issuing} and {there}</source>
        <translation>{agreement} dispensa de legalización entre {issuing} y {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="343"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="344"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="345"/>
        <source>{issuing} and {there} are parties to the Apostille Convention (between them since {since}): an apostille from {issuing} is needed</source>
        <translation>{issuing} y {there} son parte del Convenio de la Apostilla (entre ellos desde el {since}): se necesita una apostilla de {issuing}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="346"/>
        <source>{missing}; {gap}</source>
        <translation>{missing}; {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="347"/>
        <source>{reason}; {gap}</source>
        <translation>{reason}; {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="348"/>
        <source>{said}. {alternatives}</source>
        <translation>{said}. {alternatives}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="349"/>
        <source>{states} not in this program&apos;s list of Apostille Convention parties, which is not complete: check the HCCH status table (an apostille if both are parties, else legalisation)</source>
        <translation>{states} no figura(n) en la lista de partes del Convenio de la Apostilla de este programa, que no es completa: consulte la tabla de estado de la HCCH (apostilla si ambos son parte; si no, legalización)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="350"/>
        <source>{states} not in this program&apos;s list of parties to the Hague 1996 Convention, which is not complete: check the HCCH status table (recognised by operation of law between parties, Art. 23(1); else under national law)</source>
        <translation>{states} no figura(n) en la lista de partes del Convenio de La Haya de 1996 de este programa, que no es completa: consulte la tabla de estado de la HCCH (reconocimiento de pleno derecho entre partes, art. 23.1; si no, según el derecho nacional)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="351"/>
        <source>{state} is not a party to the Apostille Convention</source>
        <translation>{state} no es parte del Convenio de la Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="352"/>
        <source>{state} is not a party to the Hague 1996 Convention</source>
        <translation>{state} no es parte del Convenio de La Haya de 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="353"/>
        <source>{there}&apos;s missions do not legalise documents from {issuing}; they can verify one on the court&apos;s or authority&apos;s request</source>
        <translation>las misiones diplomáticas de {there} no legalizan documentos de {issuing}; pueden verificar uno a petición del tribunal o de la autoridad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="354"/>
        <source>{there}&apos;s missions do not legalise some kinds of document from {issuing} (civil status documents usually can be): check with the mission</source>
        <translation>las misiones diplomáticas de {there} no legalizan algunos tipos de documentos de {issuing} (los del estado civil normalmente sí): consulte con la misión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="355"/>
        <source>{there}&apos;s missions neither legalise nor can currently verify documents from {issuing}</source>
        <translation>las misiones diplomáticas de {there} no legalizan documentos de {issuing} ni pueden verificarlos actualmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="356"/>
        <source>{wanted} (the one on file is not of that kind)</source>
        <translation>{wanted} (la que consta no es de ese tipo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="357"/>
        <source>{wanted} is missing</source>
        <translation>falta {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="358"/>
        <source>{wanted}; or attach the multilingual standard form (Regulation (EU) 2016/1191)</source>
        <translation>{wanted}; o adjunte el formulario multilingüe estándar (Reglamento (UE) 2016/1191)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="359"/>
        <source>{why} (table of {day})</source>
        <translation>{why} (tabla a fecha de {day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="360"/>
        <source>{why}: recognition under {there}&apos;s own law must be sought</source>
        <translation>{why}: debe solicitarse el reconocimiento conforme al derecho de {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="361"/>
        <source>{why}: the document needs legalisation, ending with {there}&apos;s consulate</source>
        <translation>{why}: el documento necesita legalización, la última por el consulado de {there}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="434"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="457"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="621"/>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="531"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="623"/>
        <source>Type a forum&apos;s name</source>
        <translation>Escriba el nombre de un órgano</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="710"/>
        <source>Detected from the name as typed: check it</source>
        <translation>Detectado a partir del nombre escrito: compruébelo</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/lists.py" line="285"/>
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
    <name>ReferDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="59"/>
        <source>Refer %1 to a partner</source>
        <translation>Derivar %1 a un socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="78"/>
        <source>Your role may not read this section, so not send it</source>
        <translation>Su rol no permite leer esta sección, así que tampoco enviarla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="84"/>
        <source>The child&apos;s views, health and protection go only where the consent names them.</source>
        <translation>La opinión del menor, la salud y la protección solo se envían adonde el consentimiento las nombra.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="90"/>
        <source>A note for the partner (optional)</source>
        <translation>Una nota para el socio (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="96"/>
        <source>Send it without a valid consent, for this reason:</source>
        <translation>Enviarlo sin un consentimiento válido, por este motivo:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="103"/>
        <source>Why it cannot wait for consent (kept in the audit log)</source>
        <translation>Por qué no puede esperar al consentimiento (se conserva en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="112"/>
        <source>Write the bundle…</source>
        <translation>Escribir el paquete…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="117"/>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="118"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="123"/>
        <source>No partner is confirmed yet: add its card and confirm it by telephone on the Partners page first.</source>
        <translation>Aún no hay ningún socio confirmado: primero añada su tarjeta y confírmelo por teléfono en la página Socios.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="131"/>
        <source>Sections sent (at least what the purpose needs):</source>
        <translation>Secciones enviadas (al menos las que requiere la finalidad):</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="175"/>
        <source>The purpose needs this section</source>
        <translation>La finalidad requiere esta sección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="205"/>
        <source>A recorded consent covers this referral.</source>
        <translation>Un consentimiento registrado cubre esta derivación.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="232"/>
        <source>Where to write the bundle for %1</source>
        <translation>Dónde escribir el paquete para %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="234"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>Paquetes de Guardian Desk (*.gdbundle)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="43"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="69"/>
        <source>Guardian Desk: %n overdue</source>
        <translation>
            <numerusform>Guardian Desk: %n vencido</numerusform>
            <numerusform>Guardian Desk: %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="71"/>
        <source>Guardian Desk: %n reminder(s)</source>
        <translation>
            <numerusform>Guardian Desk: %n recordatorio</numerusform>
            <numerusform>Guardian Desk: %n recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="75"/>
        <source>… and %n more in This week.</source>
        <translation>
            <numerusform>… y %n más en Esta semana.</numerusform>
            <numerusform>… y %n más en Esta semana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="93"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="106"/>
        <source>Number</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="94"/>
        <source>First quartile</source>
        <translation>Primer cuartil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="95"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="96"/>
        <source>Third quartile</source>
        <translation>Tercer cuartil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="104"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="182"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="190"/>
        <source>Not shown: the number of this group is hidden</source>
        <translation>No se muestra: el recuento de este grupo está oculto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="206"/>
        <source>Hidden: fewer than {0}, so that no child can be picked out</source>
        <translation>Oculto: menos de {0}, para que no se pueda identificar a ningún menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="211"/>
        <source>Hidden so that a small count cannot be worked out from the totals or from another table</source>
        <translation>Oculto para que no se pueda deducir un recuento pequeño de los totales ni de otra tabla</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="362"/>
        <source>A rate is not shown for a group whose number is hidden.</source>
        <translation>No se indica la tasa de un grupo cuyo número está oculto.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="363"/>
        <source>A report covers at most twenty years.</source>
        <translation>Un informe abarca como máximo veinte años.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="364"/>
        <source>Age bands are taken on each count&apos;s reference day from the latest date of birth the record allows: a child whose birth date is estimated is counted at the youngest age it may be.</source>
        <translation>Las franjas de edad se determinan en el día de referencia de cada recuento a partir de la fecha de nacimiento más tardía que permiten los datos registrados: un menor cuya fecha de nacimiento es estimada se cuenta con la menor edad que pueda tener.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="365"/>
        <source>Days are given as the median and the quartiles (nearest rank) of each group; they are not shown for a group whose number is hidden.</source>
        <translation>Los días se expresan mediante la mediana y los cuartiles (método del rango más cercano) de cada grupo; no se muestran para un grupo cuyo recuento está oculto.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="366"/>
        <source>The counts cover the cases within the record scope of the person who made the report, not every case of the organisation.</source>
        <translation>Los recuentos abarcan los casos dentro del ámbito de acceso de la persona que generó el informe, no todos los casos de la organización.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="367"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>El periodo termina ({last}) antes de empezar ({first}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="368"/>
        <source>These tables cannot be narrowed by {dimension}: {tables}.</source>
        <translation>Estas tablas no se pueden restringir por {dimension}: {tables}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="369"/>
        <source>This count is hidden to protect the children it counts: it cannot be opened.</source>
        <translation>Este recuento está oculto para proteger a los menores que cuenta: no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="370"/>
        <source>{n} counted children would fall in another age band with the earliest date of birth their record allows.</source>
        <translation>{n} menores contabilizados quedarían en otra franja de edad con la fecha de nacimiento más temprana que permiten sus datos registrados.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="30"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="31"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="32"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="33"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="34"/>
        <source>Protection status</source>
        <translation>Situación de protección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="35"/>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="63"/>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="36"/>
        <source>Trafficking concern</source>
        <translation>Preocupación de trata</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="37"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="38"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="39"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="40"/>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="41"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="42"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="43"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="44"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="45"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="46"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="48"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="49"/>
        <source>School enrolment</source>
        <translation>Matriculación escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="50"/>
        <source>Court-ready file</source>
        <translation>Expediente listo para la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="55"/>
        <source>0–4</source>
        <translation>0–4</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="56"/>
        <source>5–11</source>
        <translation>5–11</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="57"/>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="58"/>
        <source>18 and over</source>
        <translation>18 años o más</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="59"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="60"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="61"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="62"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="64"/>
        <source>Unaccompanied</source>
        <translation>No acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="65"/>
        <source>Separated</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="66"/>
        <source>Accompanied</source>
        <translation>Acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="67"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="68"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="69"/>
        <source>No concern</source>
        <translation>Sin preocupación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="70"/>
        <source>Possible concern</source>
        <translation>Posible preocupación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="71"/>
        <source>Clear concern</source>
        <translation>Preocupación clara</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="72"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="73"/>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="74"/>
        <source>Waived</source>
        <translation>Renunciado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="75"/>
        <source>Not yet due</source>
        <translation>Aún no vencido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="76"/>
        <source>Passed</source>
        <translation>Ya pasado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="77"/>
        <source>Ahead</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="78"/>
        <source>18th birthday</source>
        <translation>18.º cumpleaños</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="79"/>
        <source>21st birthday</source>
        <translation>21.º cumpleaños</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="80"/>
        <source>Within the set days</source>
        <translation>Dentro del plazo fijado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="81"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="82"/>
        <source>Not yet enrolled</source>
        <translation>Aún sin matricular</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="83"/>
        <source>In the child&apos;s language</source>
        <translation>En el idioma del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="84"/>
        <source>In another language</source>
        <translation>En otro idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="85"/>
        <source>None needed</source>
        <translation>No se necesita</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="86"/>
        <source>Without an interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="87"/>
        <source>No decision yet</source>
        <translation>Aún sin resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="88"/>
        <source>SIJS</source>
        <translation>SIJS</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="89"/>
        <source>Court-ready</source>
        <translation>Listo para la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="90"/>
        <source>Not court-ready</source>
        <translation>No listo para la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="96"/>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="97"/>
        <source>Cases active</source>
        <translation>Casos activos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="98"/>
        <source>Cases closed</source>
        <translation>Casos cerrados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="99"/>
        <source>Proceedings active</source>
        <translation>Procedimientos activos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="100"/>
        <source>Deadlines due</source>
        <translation>Plazos que vencen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="101"/>
        <source>Children turning 18 or 21</source>
        <translation>Menores que cumplen 18 o 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="102"/>
        <source>Cases active by trafficking concern</source>
        <translation>Casos activos por preocupación de trata</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="103"/>
        <source>Referrals to services</source>
        <translation>Derivaciones a servicios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="104"/>
        <source>Filings made</source>
        <translation>Escritos generados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="105"/>
        <source>Hearings held, by interpreter</source>
        <translation>Vistas celebradas, por intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="106"/>
        <source>Children arrived, by school enrolment</source>
        <translation>Menores llegados, por matriculación escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="107"/>
        <source>Days from opening to the first hearing</source>
        <translation>Días desde la apertura hasta la primera vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="108"/>
        <source>Days from a proceeding&apos;s opening to its first decision</source>
        <translation>Días desde la apertura de un procedimiento hasta su primera resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="109"/>
        <source>Days from arrival to the first guardian&apos;s appointment</source>
        <translation>Días desde la llegada hasta el primer nombramiento de tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="110"/>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="111"/>
        <source>proceedings</source>
        <translation>procedimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="112"/>
        <source>deadlines</source>
        <translation>plazos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="113"/>
        <source>children</source>
        <translation>menores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="114"/>
        <source>referrals</source>
        <translation>derivaciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="115"/>
        <source>filings</source>
        <translation>escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="116"/>
        <source>hearings</source>
        <translation>vistas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="117"/>
        <source>days (median)</source>
        <translation>días (mediana)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="118"/>
        <source>Changes of placement per child-year</source>
        <translation>Cambios de acogimiento por año-niño</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="119"/>
        <source>Changes per child-year</source>
        <translation>Cambios por año-niño</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="120"/>
        <source>Documents court-ready a week before the hearing</source>
        <translation>Documentos listos una semana antes de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="121"/>
        <source>% of documents court-ready</source>
        <translation>% de documentos listos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="122"/>
        <source>Children with a hearing, by a court-ready file a week before</source>
        <translation>Niños con una vista, según si su expediente estaba listo una semana antes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="124"/>
        <source>Changes of placement per child-year: the placements begun in the period after a child&apos;s first placement, divided by the years the children&apos;s cases were open in the period.</source>
        <translation>Cambios de acogimiento por año-niño: los acogimientos iniciados en el periodo después del primero del niño, divididos por los años en que los expedientes de los niños estuvieron abiertos en el periodo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="130"/>
        <source>Documents court-ready a week before the hearing: for the children with a hearing in the period (those vacated left out), the share of their civil documents, counted once for each hearing, that met every requirement of the hearing&apos;s forum as the records stood a week before it (as they stood when it was first checked, for a hearing set within a week or recorded before checks were kept).</source>
        <translation>Documentos listos una semana antes de la vista: para los niños con una vista en el periodo (sin las anuladas), la proporción de sus documentos civiles, contados una vez por cada vista, que cumplían todos los requisitos del tribunal de la vista según los registros tal como estaban una semana antes (tal como estaban en la primera comprobación, para una vista fijada con menos de una semana o registrada antes de que se guardaran las comprobaciones).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="138"/>
        <source>A child&apos;s file is not court-ready when, a week before one of their hearings of the period, one of their civil documents lacked a requirement of the hearing&apos;s forum.</source>
        <translation>El expediente de un niño no está listo cuando, una semana antes de una de sus vistas del periodo, uno de sus documentos civiles no cumplía un requisito del tribunal de la vista.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="147"/>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="148"/>
        <source>Cases opened, active and closed in the period, by age band, sex, nationality, protection status and jurisdiction.</source>
        <translation>Casos abiertos, activos y cerrados en el periodo, por franja de edad, sexo, nacionalidad, situación de protección y jurisdicción.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="153"/>
        <source>Cases opened, by age band and sex</source>
        <translation>Casos abiertos, por franja de edad y sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="154"/>
        <source>Cases active, by nationality and sex</source>
        <translation>Casos activos, por nacionalidad y sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="155"/>
        <source>Cases active, by protection status and age band</source>
        <translation>Casos activos, por situación de protección y franja de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="156"/>
        <source>Cases closed, by jurisdiction</source>
        <translation>Casos cerrados, por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="157"/>
        <source>Cases opened, by quarter</source>
        <translation>Casos abiertos, por trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="158"/>
        <source>Outcomes for children</source>
        <translation>Resultados para los menores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="159"/>
        <source>Days from arrival to a guardian&apos;s appointment, school enrolment within the set days of arrival, hearings held with an interpreter in the child&apos;s language, filings made by form and language, and changes of placement per child-year.</source>
        <translation>Días desde la llegada hasta el nombramiento de un tutor, escolarización en los días fijados tras la llegada, vistas celebradas con intérprete en la lengua del niño, escritos por formulario e idioma, y cambios de acogimiento por año-niño.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="165"/>
        <source>Days from arrival to the first guardian&apos;s appointment, by age band</source>
        <translation>Días desde la llegada hasta el primer nombramiento de tutor, por franja de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="168"/>
        <source>Children arrived in the period, by school enrolment and sex</source>
        <translation>Menores llegados en el periodo, por matriculación escolar y sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="169"/>
        <source>Hearings held, by interpreter and jurisdiction</source>
        <translation>Vistas celebradas, por intérprete y jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="170"/>
        <source>Filings made, by form and language</source>
        <translation>Escritos generados, por formulario e idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="171"/>
        <source>Proceedings and deadlines</source>
        <translation>Procedimientos y plazos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="172"/>
        <source>Proceedings by kind, forum and outcome; deadlines met, missed and waived; children turning 18 or 21.</source>
        <translation>Procedimientos por tipo, órgano y resultado; plazos cumplidos, incumplidos y renunciados; menores que cumplen 18 o 21 años.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="177"/>
        <source>Time to hearing and decision</source>
        <translation>Tiempo hasta la audiencia y la decisión</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="178"/>
        <source>Days from opening to the first hearing, and from a proceeding&apos;s opening to its first decision (median and quartiles).</source>
        <translation>Días desde la apertura hasta la primera audiencia, y desde la apertura de un procedimiento hasta su primera decisión (mediana y cuartiles).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="183"/>
        <source>Proceedings active, by kind and latest decision</source>
        <translation>Procedimientos activos, por tipo y última resolución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="184"/>
        <source>Proceedings active, by forum</source>
        <translation>Procedimientos activos, por tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="185"/>
        <source>Days from opening to the first hearing, by age band</source>
        <translation>Días desde la apertura hasta la primera vista, por franja de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="186"/>
        <source>Days from a proceeding&apos;s opening to its first decision, by kind</source>
        <translation>Días desde la apertura de un procedimiento hasta su primera resolución, por tipo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="187"/>
        <source>Deadlines due, by outcome and jurisdiction</source>
        <translation>Plazos que vencen, por resultado y jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="188"/>
        <source>Children turning 18 or 21 in the period</source>
        <translation>Menores que cumplen 18 o 21 años en el periodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="189"/>
        <source>Protection and services</source>
        <translation>Protección y servicios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="190"/>
        <source>Trafficking concern levels of the cases active, and referrals to services by kind and status.</source>
        <translation>Niveles de preocupación de trata de los casos activos, y derivaciones a servicios por tipo y estado.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="195"/>
        <source>Cases active, by trafficking concern and age band</source>
        <translation>Casos activos, por preocupación de trata y franja de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="196"/>
        <source>Cases active, by trafficking concern and sex</source>
        <translation>Casos activos, por preocupación de trata y sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="197"/>
        <source>Referrals to services, by service and status</source>
        <translation>Derivaciones a servicios, por servicio y estado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="198"/>
        <source>Changes of placement per child-year, by age band</source>
        <translation>Cambios de acogimiento por año-niño, por tramo de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="199"/>
        <source>Court-readiness of files</source>
        <translation>Preparación de los expedientes para la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="200"/>
        <source>Children with a hearing in the period whose file was not court-ready a week before it, and the share of documents court-ready then.</source>
        <translation>Niños con una vista en el periodo cuyo expediente no estaba listo una semana antes, y la proporción de documentos listos en ese momento.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="205"/>
        <source>Children with a hearing, by a court-ready file a week before and jurisdiction</source>
        <translation>Niños con una vista, según si su expediente estaba listo una semana antes, por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="209"/>
        <source>Children with a hearing, by a court-ready file a week before and age band</source>
        <translation>Niños con una vista, según si su expediente estaba listo una semana antes, por tramo de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="212"/>
        <source>Documents court-ready a week before the hearing, by jurisdiction</source>
        <translation>Documentos listos una semana antes de la vista, por jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="215"/>
        <source>Documents court-ready a week before the hearing, by age band</source>
        <translation>Documentos listos una semana antes de la vista, por tramo de edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="218"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="247"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="250"/>
        <source>Anonymised statistics of the team&apos;s cases for a period. Small counts are hidden (&lt;5), and further counts where needed (*), so that no child can be picked out. Double-click a category to narrow the report to it.</source>
        <translation>Estadísticas anonimizadas de los casos del equipo en un periodo. Los recuentos pequeños se ocultan (&lt;5), y otros recuentos cuando es necesario (*), para que no se pueda identificar a ningún menor. Haga doble clic en una categoría para restringir el informe a ella.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="255"/>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="256"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="257"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="258"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="259"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="260"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="262"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="263"/>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="264"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="265"/>
        <source>Last year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="269"/>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="270"/>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="271"/>
        <source>The report to make</source>
        <translation>El informe que se va a generar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="272"/>
        <source>Only the cases of this jurisdiction</source>
        <translation>Solo los casos de esta jurisdicción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="273"/>
        <source>Only the children of this sex</source>
        <translation>Solo los menores de este sexo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="274"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="275"/>
        <source>The report as it was before it was narrowed</source>
        <translation>El informe tal como estaba antes de restringirlo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="276"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="277"/>
        <source>&amp;Make the report</source>
        <translation>&amp;Generar el informe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="278"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="281"/>
        <source>Export the report as {0}</source>
        <translation>Exportar el informe como {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="283"/>
        <source>Choose a report and a period, then click Make the report.</source>
        <translation>Elija un informe y un periodo y haga clic en Generar el informe.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="301"/>
        <source>These report files cannot be used:</source>
        <translation>Estos archivos de informe no se pueden usar:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="313"/>
        <source>All jurisdictions</source>
        <translation>Todas las jurisdicciones</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="316"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="401"/>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="422"/>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="454"/>
        <source>Tables: %n. Double-click a category to narrow the report.</source>
        <translation>
            <numerusform>Tablas: %n. Haga doble clic en una categoría para restringir el informe.</numerusform>
            <numerusform>Tablas: %n. Haga doble clic en una categoría para restringir el informe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="475"/>
        <source>The other nationalities are counted together: the report cannot be narrowed to them.</source>
        <translation>Las demás nacionalidades se cuentan juntas: el informe no se puede restringir a ellas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="512"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="513"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="514"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="521"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="532"/>
        <source>The report was written to {0}.</source>
        <translation>El informe se ha escrito en {0}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="539"/>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="371"/>
        <source>Alert the supervising lawyer today</source>
        <translation>Alertar hoy al abogado supervisor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="372"/>
        <source>Appeal the immigration judge&apos;s decision to the Board of Immigration Appeals</source>
        <translation>Recurrir la decisión del juez de inmigración ante la Board of Immigration Appeals</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="373"/>
        <source>Appeal the juge des enfants&apos; decision (assistance éducative, placement)</source>
        <translation>Recurrir la decisión del juge des enfants (assistance éducative, acogimiento)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="374"/>
        <source>Appeal the juge des tutelles&apos; decision or the family council&apos;s deliberation</source>
        <translation>Recurrir la decisión del juge des tutelles o la deliberación del consejo de familia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="375"/>
        <source>Ask social services, the chief guardian (överförmyndaren) and the police to keep the case open until the child is found</source>
        <translation>Pedir a los servicios sociales, al órgano de tutela (överförmyndaren) y a la policía que mantengan el caso abierto hasta que se encuentre al niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="376"/>
        <source>Call 116 000, the missing children hotline, to report the child missing and get support</source>
        <translation>Llamar al 116 000, la línea para niños desaparecidos, para denunciar la desaparición y recibir apoyo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="377"/>
        <source>Carry out a best-interests assessment before any family tracing or sharing of the case</source>
        <translation>Realizar una evaluación del interés superior del niño antes de cualquier búsqueda familiar o de compartir el expediente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="378"/>
        <source>Check that social services of the municipality the child was assigned to act to bring the child back</source>
        <translation>Comprobar que los servicios sociales del municipio asignado al niño o la niña actúan para que regrese</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="379"/>
        <source>Check that the police entered the child in NCIC (within 2 hours of the report)</source>
        <translation>Comprobar que la policía registró al niño o la niña en el NCIC (en las 2 horas siguientes a la denuncia)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="380"/>
        <source>Check that the protection section of the record is restricted</source>
        <translation>Comprobar que la sección de protección del expediente está restringida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="381"/>
        <source>Check that the protection service reported the child&apos;s absence to the police for the register of unaccompanied minors</source>
        <translation>Comprobar que la entidad de protección comunicó la ausencia a la policía para el Registro de Menores Extranjeros No Acompañados</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="382"/>
        <source>Expect the receiving State&apos;s decision on consent to the cross-border placement</source>
        <translation>Esperar la decisión del Estado receptor sobre el consentimiento al acogimiento transfronterizo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="383"/>
        <source>File certified English translations of every foreign-language document with the evidence</source>
        <translation>Presentar con las pruebas traducciones certificadas al inglés de cada documento en lengua extranjera</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="384"/>
        <source>File evidence, applications and witness lists with the immigration court before the merits hearing</source>
        <translation>Presentar pruebas, solicitudes y listas de testigos ante el tribunal de inmigración antes de la vista sobre el fondo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="385"/>
        <source>File the SIJ petition (Form I-360) before the 21st birthday</source>
        <translation>Presentar la petición SIJ (formulario I-360) antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="386"/>
        <source>File the action (Klage) at the administrative court against the BAMF decision</source>
        <translation>Interponer la demanda (Klage) ante el tribunal administrativo contra la decisión del BAMF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="387"/>
        <source>File the action against the foreigners authority&apos;s or mission&apos;s refusal</source>
        <translation>Interponer la demanda contra la denegación de la autoridad de extranjería o de la misión diplomática</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="388"/>
        <source>File the appellant&apos;s notice against the family court&apos;s order (England and Wales; counted from the day of the decision)</source>
        <translation>Presentar el escrito de apelación (appellant&apos;s notice) contra la orden del juzgado de familia (Inglaterra y Gales; computado desde el día de la resolución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="389"/>
        <source>File the asylum application (Form I-589) within one year of the last arrival</source>
        <translation>Presentar la solicitud de asilo (formulario I-589) en el plazo de un año desde la última llegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="390"/>
        <source>File the last written submissions and evidence with the CNDA before the hearing</source>
        <translation>Presentar los últimos escritos y pruebas ante la CNDA antes de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="391"/>
        <source>File the notice of appeal to the Refugee Appeal Division (IRB) against the RPD decision</source>
        <translation>Presentar el escrito de apelación ante la Sección de Apelación de los Refugiados (IRB) contra la decisión de la RPD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="392"/>
        <source>File the opposition in the civil court against the administrative child-protection decision</source>
        <translation>Presentar la oposición ante el juzgado civil contra la resolución administrativa de protección de menores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="393"/>
        <source>File the recurso contencioso-administrativo against the asylum decision</source>
        <translation>Interponer el recurso contencioso-administrativo contra la resolución de asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="394"/>
        <source>File the ricorso at the tribunal&apos;s specialised section against the Territorial Commission&apos;s decision</source>
        <translation>Interponer el ricorso ante la sección especializada del tribunal contra la decisión de la Comisión Territorial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="395"/>
        <source>Find out what happened while the child was away, including whether the child may be a sex-trafficking victim</source>
        <translation>Averiguar qué vivió el niño o la niña durante su ausencia, incluido si puede ser víctima de trata con fines de explotación sexual</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="396"/>
        <source>Follow up a service for the child</source>
        <translation>Hacer el seguimiento de un servicio para el niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="397"/>
        <source>Follow up a tracing request</source>
        <translation>Hacer el seguimiento de una solicitud de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="398"/>
        <source>Follow up the health referral</source>
        <translation>Hacer el seguimiento de la derivación sanitaria</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="399"/>
        <source>Follow up the language classes</source>
        <translation>Hacer el seguimiento de las clases de idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="400"/>
        <source>Follow up the mental-health referral</source>
        <translation>Hacer el seguimiento de la derivación a salud mental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="401"/>
        <source>Follow up the referral for legal help</source>
        <translation>Hacer el seguimiento de la derivación para ayuda jurídica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="402"/>
        <source>Follow up the school referral</source>
        <translation>Hacer el seguimiento de la derivación al centro escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="403"/>
        <source>Follow up the shelter or placement referral</source>
        <translation>Hacer el seguimiento de la derivación a un centro de acogida o a un acogimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="404"/>
        <source>Give notice of appeal to the First-tier Tribunal (Immigration and Asylum Chamber) against the Home Office refusal</source>
        <translation>Presentar el escrito de recurso ante el First-tier Tribunal (Immigration and Asylum Chamber) contra la denegación del Home Office</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="405"/>
        <source>Guardian: talk about the concern with the child and the caseworker</source>
        <translation>Tutor: hablar de la preocupación con el niño o la niña y con el trabajador social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="406"/>
        <source>Inform the Guardianship Service (Service des Tutelles) of the disappearance</source>
        <translation>Informar de la desaparición al Servicio de Tutelas (Service des Tutelles)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="407"/>
        <source>Inform the child&apos;s guardian (Vormund) today: the guardian decides where the child is to live and where the police bring the child back</source>
        <translation>Informar hoy al tutor (Vormund) del niño o la niña: el tutor decide dónde debe vivir y adónde lo devuelve la policía</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="408"/>
        <source>Inform the child&apos;s guardian today</source>
        <translation>Informar hoy al tutor del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="409"/>
        <source>Inform the supervising lawyer of the possible concern</source>
        <translation>Informar al abogado supervisor de la posible preocupación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="410"/>
        <source>Italian certificate more than six months old: obtain a fresh one or add the art. 41(2) declaration</source>
        <translation>Certificado italiano de más de seis meses: obtener uno reciente o añadir la declaración del art. 41.2</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="411"/>
        <source>Lawyer: check that the public prosecutor was informed of the disappearance (within 48 hours)</source>
        <translation>Abogado: comprobar que se informó de la desaparición al fiscal (procureur de la République) en 48 horas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="412"/>
        <source>Lawyer: check the hearings and deadlines the absence affects</source>
        <translation>Abogado: revisar las audiencias y los plazos que la ausencia afecta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="413"/>
        <source>Lawyer: take note of the screening result</source>
        <translation>Abogado: tomar conocimiento del resultado de la detección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="414"/>
        <source>Lodge the Beschwerde against the family court&apos;s decision (guardianship, custody)</source>
        <translation>Interponer la Beschwerde contra la resolución del juzgado de familia (tutela, custodia)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="415"/>
        <source>Lodge the administrative appeal (recurso de revisión) against COMAR&apos;s refusal of refugee status</source>
        <translation>Interponer el recurso de revisión contra la denegación de la condición de refugiado por la COMAR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="416"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: accelerated procedure</source>
        <translation>Interponer el recurso (Beschwerde / recours) ante el Tribunal Administrativo Federal: procedimiento acelerado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="417"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: extended procedure and other cases</source>
        <translation>Interponer el recurso (Beschwerde / recours) ante el Tribunal Administrativo Federal: procedimiento ampliado y demás casos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="418"/>
        <source>Lodge the appeal (Beschwerde / recours) to the court against the child-protection authority&apos;s (KESB / APEA) decision</source>
        <translation>Interponer el recurso (Beschwerde / recours) ante el tribunal contra la resolución de la autoridad de protección de menores (KESB / APEA)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="419"/>
        <source>Lodge the appeal (Rekurs) against the district court&apos;s guardianship or custody order (Obsorge)</source>
        <translation>Interponer el recurso (Rekurs) contra la resolución del tribunal de distrito sobre tutela o custodia (Obsorge)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="420"/>
        <source>Lodge the appeal (apelacja) against the family court&apos;s decision on guardianship or custody</source>
        <translation>Interponer el recurso de apelación (apelacja) contra la resolución del juzgado de familia sobre tutela o custodia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="421"/>
        <source>Lodge the appeal (appel / hoger beroep) against the family court&apos;s judgment on custody or guardianship</source>
        <translation>Interponer el recurso de apelación (appel / hoger beroep) contra la sentencia del tribunal de familia sobre la custodia o la tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="422"/>
        <source>Lodge the appeal (beroep) at the district court against the IND asylum decision</source>
        <translation>Interponer el recurso (beroep) ante el tribunal de distrito contra la resolución de asilo del IND</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="423"/>
        <source>Lodge the appeal (efesi) against the court&apos;s decision on guardianship or custody</source>
        <translation>Interponer el recurso de apelación (efesi) contra la resolución del tribunal sobre tutela o custodia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="424"/>
        <source>Lodge the appeal (hoger beroep) at the court of appeal against the family-court order (counted from the day of the order)</source>
        <translation>Interponer el recurso de apelación (hoger beroep) ante el tribunal de apelación contra la resolución del juzgado de familia (computado desde el día de la resolución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="425"/>
        <source>Lodge the appeal (odwołanie) to the Refugee Board (Rada do Spraw Uchodźców)</source>
        <translation>Interponer el recurso (odwołanie) ante la Junta de Refugiados (Rada do Spraw Uchodźców)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="426"/>
        <source>Lodge the appeal (prosfygi) to the Appeals Authority against the Asylum Service decision</source>
        <translation>Interponer el recurso (prosfygi) ante la Autoridad de Recursos contra la decisión del Servicio de Asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="427"/>
        <source>Lodge the appeal (recours / beroep) at the Council for Alien Law Litigation (CCE / RvV) against the CGRA decision</source>
        <translation>Interponer el recurso (recours / beroep) ante el Consejo del Contencioso de Extranjería (CCE / RvV) contra la decisión del CGRA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="428"/>
        <source>Lodge the appeal (recours) with the CNDA against the OFPRA decision</source>
        <translation>Interponer el recurso (recours) ante la CNDA contra la decisión de la OFPRA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="429"/>
        <source>Lodge the appeal (recurso de apelación) against the family court&apos;s final judgment (sentencia definitiva) on custody or guardianship</source>
        <translation>Interponer el recurso de apelación contra la sentencia definitiva del juzgado familiar sobre la guarda y custodia o la tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="430"/>
        <source>Lodge the appeal (överklagande) against the Migration Agency&apos;s decision, sent to the Agency for the migration court</source>
        <translation>Interponer el recurso (överklagande) contra la resolución de la Agencia de Migración, presentado ante la Agencia para el tribunal de migración</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="431"/>
        <source>Lodge the appeal (överklagande) against the district court&apos;s judgment on custody (vårdnad), sent to the district court for the court of appeal</source>
        <translation>Interponer el recurso (överklagande) contra la sentencia del tribunal de distrito sobre la custodia (vårdnad), presentado ante ese tribunal para el tribunal de apelación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="432"/>
        <source>Lodge the complaint (Beschwerde) to the Federal Administrative Court against the BFA decision</source>
        <translation>Interponer el recurso (Beschwerde) ante el Tribunal Administrativo Federal contra la resolución del BFA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="433"/>
        <source>Lodge the optional recurso de reposición against the asylum decision</source>
        <translation>Interponer el recurso potestativo de reposición contra la resolución de asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="434"/>
        <source>Make a safety plan with the child</source>
        <translation>Elaborar un plan de seguridad con el niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="435"/>
        <source>Make sure the agency finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>Asegurarse de que la agencia averigüe con el niño o la niña qué motivó la ausencia, y de que el acogimiento responda a ello</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="436"/>
        <source>Make sure the agency reports the child to NCMEC (National Center for Missing &amp; Exploited Children): at once, within 24 hours at the latest</source>
        <translation>Asegurarse de que la agencia informe al NCMEC (Centro Nacional para Niños Desaparecidos y Explotados): de inmediato, a más tardar en 24 horas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="437"/>
        <source>Make sure the agency reports the child to the police for entry into NCIC: at once, within 24 hours at the latest</source>
        <translation>Asegurarse de que la agencia informe a la policía para que el niño o la niña se registre en el NCIC: de inmediato, a más tardar en 24 horas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="438"/>
        <source>Make sure the child is offered an independent return interview within 72 hours of coming back</source>
        <translation>Asegurarse de que se ofrezca al niño o la niña una entrevista de retorno independiente en las 72 horas siguientes a su regreso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="439"/>
        <source>Make sure the child is reported missing to the police today</source>
        <translation>Asegurarse de que hoy se denuncie a la policía la desaparición del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="440"/>
        <source>Make sure the child is reported missing to the police today: the police treat every missing minor as in danger</source>
        <translation>Asegurarse de que hoy se denuncie a la policía la desaparición: la policía considera en peligro a todo menor desaparecido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="441"/>
        <source>Make sure the disappearance is declared to the police or gendarmerie today: a minor&apos;s disappearance is always treated as worrying</source>
        <translation>Asegurarse de que hoy se declare la desaparición a la policía o la gendarmería: la desaparición de un menor siempre se considera inquietante</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="442"/>
        <source>Make sure the disappearance is reported today to the police of the zone where it happened</source>
        <translation>Asegurarse de que hoy se denuncie la desaparición a la policía de la zona donde ocurrió</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="443"/>
        <source>Make sure the social worker finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>Asegurarse de que el trabajador social averigüe con el niño o la niña qué motivó la ausencia, y de que el acogimiento responda a ello</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="444"/>
        <source>Make sure the social worker notifies the child&apos;s parents or guardians (and an Indian child&apos;s Tribe) at once, within 24 hours at the latest</source>
        <translation>Asegurarse de que el trabajador social avise de inmediato a los padres o tutores del niño o la niña (y a la tribu de un niño indígena), a más tardar en 24 horas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="445"/>
        <source>Make sure the social worker notifies the local police at once (within 24 hours at the latest), for entry into NCIC</source>
        <translation>Asegurarse de que el trabajador social avise de inmediato a la policía local (a más tardar en 24 horas), para su registro en el NCIC</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="446"/>
        <source>Obtain the California guardianship and SIJ findings before the 21st birthday</source>
        <translation>Obtener en California la tutela y las constataciones SIJ antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="447"/>
        <source>Obtain the Maryland custody or guardianship order with SIJ findings before the 21st birthday</source>
        <translation>Obtener en Maryland la orden de custodia o tutela con las constataciones SIJ antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="448"/>
        <source>Obtain the Massachusetts Probate and Family Court SIJ findings before the 21st birthday</source>
        <translation>Obtener las constataciones SIJ de la Probate and Family Court de Massachusetts antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="449"/>
        <source>Obtain the New Jersey Family Part order with SIJ findings before the 21st birthday</source>
        <translation>Obtener la orden de la Family Part de Nueva Jersey con las constataciones SIJ antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="450"/>
        <source>Obtain the New York Family Court guardianship and SIJ findings before the 21st birthday</source>
        <translation>Obtener del Family Court de Nueva York la tutela y las constataciones SIJ antes de cumplir 21 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="451"/>
        <source>Obtain the Texas order with SIJ findings before the 18th birthday</source>
        <translation>Obtener la orden de Texas con las constataciones SIJ antes de cumplir 18 años</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="452"/>
        <source>Passport expires in six months: renew it</source>
        <translation>El pasaporte caduca en seis meses: renovarlo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="453"/>
        <source>Perfect the appeal to the Refugee Appeal Division (file the appellant&apos;s record)</source>
        <translation>Completar la apelación ante la Sección de Apelación de los Refugiados (presentar el expediente del apelante)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="454"/>
        <source>Placement abroad: obtain the consent of the receiving State&apos;s Central Authority first</source>
        <translation>Acogimiento en el extranjero: obtener antes el consentimiento de la Autoridad Central del Estado receptor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="455"/>
        <source>Refer the child to the national referral mechanism</source>
        <translation>Derivar al niño o la niña al mecanismo nacional de derivación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="456"/>
        <source>Renew a consent before it expires, or record its end</source>
        <translation>Renovar un consentimiento antes de que caduque, o registrar su fin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="457"/>
        <source>Report the child missing to the police today</source>
        <translation>Denunciar hoy la desaparición del niño o la niña a la policía</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="458"/>
        <source>Report the child&apos;s disappearance to the police today: anyone may, with no waiting time, and the police start the search at once</source>
        <translation>Denunciar hoy la desaparición a la policía: cualquier persona puede hacerlo, sin plazo de espera, y la policía inicia la búsqueda de inmediato</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="459"/>
        <source>Review a goal of the care plan</source>
        <translation>Revisar un objetivo del plan de atención</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="460"/>
        <source>Review the best-interests assessment</source>
        <translation>Revisar la evaluación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="461"/>
        <source>Review the best-interests determination</source>
        <translation>Revisar la determinación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="462"/>
        <source>Screen the child again</source>
        <translation>Repetir la detección con el niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="463"/>
        <source>Screen the child again for trafficking risk</source>
        <translation>Volver a evaluar el riesgo de trata del niño o la niña</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="464"/>
        <source>Seise the court of the habitual residence after a decision refusing return</source>
        <translation>Acudir al tribunal de la residencia habitual tras una resolución que deniega la restitución</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="465"/>
        <source>Serve the notice of appeal against the Ontario court&apos;s final order on custody (decision-making responsibility) or guardianship</source>
        <translation>Notificar el aviso de apelación contra la orden definitiva del tribunal de Ontario sobre la custodia (responsabilidad de toma de decisiones) o la tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="466"/>
        <source>State the facts and evidence supporting the asylum action</source>
        <translation>Exponer los hechos y las pruebas en apoyo de la demanda de asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="467"/>
        <source>Unaccompanied alien child designation ends on the 18th birthday</source>
        <translation>La condición de menor extranjero no acompañado termina al cumplir 18 años</translation>
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
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="58"/>
        <source>Screening for trafficking risk</source>
        <translation>Detección del riesgo de trata</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="68"/>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="79"/>
        <source>The child&apos;s language (e.g. ti, prs, ar)</source>
        <translation>La lengua del niño o la niña (p. ej., ti, prs, ar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="81"/>
        <source>&amp;Screened on</source>
        <translation>&amp;Detección realizada el</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="82"/>
        <source>&amp;Asked by</source>
        <translation>&amp;Preguntas formuladas por</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="83"/>
        <source>&amp;Interpreter</source>
        <translation>&amp;Intérprete</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="84"/>
        <source>In the &amp;language</source>
        <translation>En la &amp;lengua</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="98"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="99"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="100"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="112"/>
        <source>What the answer rests on (optional)</source>
        <translation>En qué se basa la respuesta (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="129"/>
        <source>The concern level comes from this program&apos;s rule, not from a validated cut-off: it screens, it does not decide, and it never says that a child is a victim. Your judgement may raise it.</source>
        <translation>El nivel de preocupación procede de la regla de este programa, no de un umbral validado: detecta, no decide, y nunca dice que un niño o una niña sea víctima. Su criterio puede elevarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="136"/>
        <source>Keep the rule&apos;s level</source>
        <translation>Mantener el nivel de la regla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="142"/>
        <source>Why you raise it (required to raise it)</source>
        <translation>Por qué lo eleva (obligatorio para elevarlo)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="145"/>
        <source>&amp;Raise the level to</source>
        <translation>&amp;Elevar el nivel a</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="146"/>
        <source>&amp;Because</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="152"/>
        <source>Record the screening</source>
        <translation>Registrar la detección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="183"/>
        <source>Concern by the program&apos;s rule: %1</source>
        <translation>Nivel según la regla del programa: %1</translation>
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
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="16"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="33"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="57"/>
        <source>Choose the database file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="59"/>
        <source>Guardian Desk databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Guardian Desk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="78"/>
        <source>Reminders: write whole numbers of days from 0 to 365, separated by commas.</source>
        <translation>Recordatorios: escriba números enteros de días de 0 a 365, separados por comas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="91"/>
        <source>Database: a password does not belong in the address, where it would stay in the settings file. Give the address without it: Guardian Desk asks for the password once and keeps it in this computer&apos;s keyring.</source>
        <translation>Base de datos: una contraseña no debe ir en la dirección, donde quedaría en el archivo de ajustes. Indique la dirección sin ella: Guardian Desk pide la contraseña una vez y la guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="96"/>
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
    <name>SnapshotView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="359"/>
        <source>Nothing to count in this period.</source>
        <translation>No hay nada que contar en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="375"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="391"/>
        <source>From {0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="399"/>
        <source>Only: {0}</source>
        <translation>Solo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="400"/>
        <source>Made {0}</source>
        <translation>Generado el {0}</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="516"/>
        <source>This week: overdue, hearings and deadlines</source>
        <translation>Esta semana: vencidos, vistas y plazos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="550"/>
        <source>Overdue (the latest %n; the Calendar has them all)</source>
        <translation>
            <numerusform>Vencidos (el %n más reciente; el Calendario los muestra todos)</numerusform>
            <numerusform>Vencidos (los %n más recientes; el Calendario los muestra todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="552"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vencidos (%n)</numerusform>
            <numerusform>Vencidos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="563"/>
        <source>… and more: see the Calendar, or filter it by person.</source>
        <translation>… y más: vea el Calendario o fíltrelo por persona.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="565"/>
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
    <name>TracingDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="82"/>
        <source>Family tracing</source>
        <translation>Búsqueda familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Relative here</source>
        <translation>Familiar (aquí)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Found in case</source>
        <translation>Encontrado en el caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Why</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="104"/>
        <source>Confirm: the same person</source>
        <translation>Confirmar: la misma persona</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="107"/>
        <source>Link the relative here to this person: the case is saved, and audited.</source>
        <translation>Vincular el familiar de aquí con esta persona: el caso se guarda y la operación queda registrada en la auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="136"/>
        <source>No one in the other cases you may see is alike to a relative.</source>
        <translation>Nadie en los demás casos que puede ver se parece a un familiar.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="140"/>
        <source>People of other cases alike to the child&apos;s relatives, most alike first. A match is a lead, not a finding: check it before anyone is contacted.</source>
        <translation>Personas de otros casos parecidas a los familiares del niño o la niña, de más a menos parecidas. Una coincidencia es una pista, no una constatación: compruébela antes de contactar con nadie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="146"/>
        <source>%n relative(s) not to be contacted were not looked for.</source>
        <translation>
            <numerusform>No se ha buscado a %n familiar que no debe ser contactado.</numerusform>
            <numerusform>No se ha buscado a %n familiares que no deben ser contactados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="156"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="184"/>
        <source>the child of that case</source>
        <translation>el niño o la niña de ese caso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="187"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="189"/>
        <source>Name as written</source>
        <translation>Nombre (escritura original)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="194"/>
        <source>Relationship</source>
        <translation>Relación con el menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="198"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="200"/>
        <source>Nationality (of the child)</source>
        <translation>Nacionalidad (del menor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="205"/>
        <source>Languages (of the child)</source>
        <translation>Idiomas (del menor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="209"/>
        <source>Last known place</source>
        <translation>Último paradero conocido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="211"/>
        <source>Last known country</source>
        <translation>Último país conocido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="216"/>
        <source>Separated from the child on</source>
        <translation>Fecha de separación del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>In case %1</source>
        <translation>En el caso %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="231"/>
        <source>Confirmed on %1 as the same person.</source>
        <translation>Confirmado el %1 como la misma persona.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="468"/>
        <source>A receipt answers a referral that arrived here.</source>
        <translation>Un acuse de recibo responde a una derivación que llegó aquí.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="469"/>
        <source>A referral that is {state} cannot become {new}.</source>
        <translation>Una derivación en estado «{state}» no puede pasar a «{new}».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="470"/>
        <source>Choose the case to merge it into.</source>
        <translation>Elija el caso con el que fusionarlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="471"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before sending a case (Partners › Confirm).</source>
        <translation>Confirme la huella de {partner} con ellos por teléfono antes de enviar un caso (Socios › Confirmar).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="472"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before taking in what they send (Partners › Confirm). Nothing was changed.</source>
        <translation>Confirme la huella de {partner} con ellos por teléfono antes de incorporar lo que envían (Socios › Confirmar). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="473"/>
        <source>Give your organisation&apos;s name first (Partners page, or guardian-desk organisation --name NAME): a consent names who may receive the case.</source>
        <translation>Indique primero el nombre de su organización (página Socios, o guardian-desk organisation --name NAME): un consentimiento nombra a quién puede recibir el caso.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="474"/>
        <source>Give your organisation&apos;s name first (Settings › Organisation, or guardian-desk organisation --name NAME): a partner sees it on your card.</source>
        <translation>Indique primero el nombre de su organización (Configuración › Organización, o guardian-desk organisation --name NAME): un socio lo ve en su tarjeta.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="475"/>
        <source>No Guardian Desk contact card&apos;s QR code was found in {file}.</source>
        <translation>No se encontró en {file} ningún código QR de una tarjeta de contacto de Guardian Desk.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="476"/>
        <source>Only a referral is taken in; a receipt is answered on opening.</source>
        <translation>Solo se incorpora una derivación; un acuse de recibo se atiende al abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="477"/>
        <source>Reading QR codes needs the zxing-cpp package.</source>
        <translation>Para leer códigos QR se necesita la biblioteca zxing-cpp.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="478"/>
        <source>Say why the partner is revoked (at least 5 characters).</source>
        <translation>Indique por qué se revoca al socio (al menos 5 caracteres).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="479"/>
        <source>The card&apos;s signing key is damaged.</source>
        <translation>La clave de firma de la tarjeta está dañada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="480"/>
        <source>The consent this case was sent under is not valid ({problem}): ask {partner} to send it again with a valid one. Nothing was changed.</source>
        <translation>El consentimiento con el que se envió este caso no es válido ({problem}): pida a {partner} que lo envíe de nuevo con uno válido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="481"/>
        <source>The contact must have at most 400 characters.</source>
        <translation>El contacto debe tener como máximo 400 caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="482"/>
        <source>The days a partner has to answer must be from 1 to 365.</source>
        <translation>Los días que tiene un socio para responder deben ser de 1 a 365.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="483"/>
        <source>The fingerprint read does not match the card&apos;s: do not trust this card; ask the partner for a new one. Nothing was changed.</source>
        <translation>La huella leída no coincide con la de la tarjeta: no confíe en esta tarjeta; pida una nueva al socio. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="484"/>
        <source>The organisation&apos;s name must have from 1 to 200 characters.</source>
        <translation>El nombre de la organización debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="485"/>
        <source>This bundle carries no consent or legitimate basis: it is not taken in.</source>
        <translation>Este paquete no lleva ningún consentimiento ni base de legitimación: no se incorpora.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="486"/>
        <source>This bundle comes from an organisation whose contact card you have not taken in: add its card (Partners) and confirm its fingerprint by telephone first. Nothing was changed.</source>
        <translation>Este paquete procede de una organización cuya tarjeta de contacto no ha incorporado: añada primero su tarjeta (Socios) y confirme su huella por teléfono. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="487"/>
        <source>This bundle does not open with your organisation&apos;s key: it was sealed for another organisation. Nothing was changed.</source>
        <translation>Este paquete no se abre con la clave de su organización: se selló para otra organización. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="488"/>
        <source>This bundle is addressed to another organisation, not to yours. Nothing was changed.</source>
        <translation>Este paquete va dirigido a otra organización, no a la suya. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="489"/>
        <source>This bundle is cut short: ask the sender for it again.</source>
        <translation>Este paquete está incompleto: pídaselo de nuevo al remitente.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="490"/>
        <source>This bundle is damaged: its kind is unknown. Nothing was changed.</source>
        <translation>Este paquete está dañado: su tipo es desconocido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="491"/>
        <source>This bundle is damaged: its manifest cannot be read. Nothing was changed.</source>
        <translation>Este paquete está dañado: no se puede leer su manifiesto. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="492"/>
        <source>This bundle is signed with a key of {partner} that is no longer trusted (revoked or replaced). Nothing was changed.</source>
        <translation>Este paquete está firmado con una clave de {partner} en la que ya no se confía (revocada o sustituida). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="493"/>
        <source>This bundle is too large to be one. Nothing was changed.</source>
        <translation>Este paquete es demasiado grande para serlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="494"/>
        <source>This bundle was already received on {day}; it is not taken in twice.</source>
        <translation>Este paquete ya se recibió el {day}; no se incorpora dos veces.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="495"/>
        <source>This bundle was changed after it was signed, or not signed by its sender: it is not taken in. Nothing was changed.</source>
        <translation>Este paquete se modificó después de firmarse, o no lo firmó su remitente: no se incorpora. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="496"/>
        <source>This bundle was changed after it was signed: it is not taken in. Nothing was changed.</source>
        <translation>Este paquete se modificó después de firmarse: no se incorpora. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="497"/>
        <source>This bundle was made by a newer version of Guardian Desk; update the program to open it. Nothing was changed.</source>
        <translation>Este paquete se creó con una versión más reciente de Guardian Desk; actualice el programa para abrirlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="498"/>
        <source>This bundle&apos;s case is not valid here ({problems}). Nothing was changed.</source>
        <translation>El caso de este paquete no es válido aquí ({problems}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="499"/>
        <source>This bundle&apos;s content does not belong to its manifest: it is not taken in.</source>
        <translation>El contenido de este paquete no corresponde a su manifiesto: no se incorpora.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="500"/>
        <source>This bundle&apos;s content is damaged. Nothing was changed.</source>
        <translation>El contenido de este paquete está dañado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="501"/>
        <source>This case carries {sections}, which your role may not take in: someone whose role may must receive it. Nothing was changed.</source>
        <translation>Este caso contiene {sections}, que su rol no permite incorporar: debe recibirlo alguien cuyo rol lo permita. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="502"/>
        <source>This case is already here: take it in as an update (merge), field by field.</source>
        <translation>Este caso ya está aquí: incorpórelo como actualización (fusión), campo por campo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="503"/>
        <source>This contact card is damaged: it cannot be read.</source>
        <translation>Esta tarjeta de contacto está dañada: no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="504"/>
        <source>This contact card is too long to be one.</source>
        <translation>Esta tarjeta de contacto es demasiado larga para serlo.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="505"/>
        <source>This contact card names no organisation.</source>
        <translation>Esta tarjeta de contacto no nombra ninguna organización.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="506"/>
        <source>This contact card says it replaces earlier keys, but the earlier key did not sign it.</source>
        <translation>Esta tarjeta de contacto dice que sustituye claves anteriores, pero la clave anterior no la firmó.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="507"/>
        <source>This contact card&apos;s signature does not match: it was changed.</source>
        <translation>La firma de esta tarjeta de contacto no coincide: se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="508"/>
        <source>This database has no keys of its own yet; open it once with this version of Guardian Desk to make them.</source>
        <translation>Esta base de datos aún no tiene claves propias; ábrala una vez con esta versión de Guardian Desk para crearlas.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="509"/>
        <source>This file is not a Guardian Desk bundle. Nothing was changed.</source>
        <translation>Este archivo no es un paquete de Guardian Desk. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="510"/>
        <source>This is not a Guardian Desk contact card (one begins with GD-CARD:1:).</source>
        <translation>Esto no es una tarjeta de contacto de Guardian Desk (una empieza por GD-CARD:1:).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="511"/>
        <source>This is your own organisation&apos;s card, not a partner&apos;s.</source>
        <translation>Esta es la tarjeta de su propia organización, no la de un socio.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="512"/>
        <source>This partner organisation no longer exists.</source>
        <translation>Esta organización asociada ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="513"/>
        <source>This partner was revoked; read its card again to trust it anew.</source>
        <translation>Este socio fue revocado; vuelva a leer su tarjeta para confiar de nuevo en él.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="514"/>
        <source>This receipt answers no referral you sent to this partner.</source>
        <translation>Este acuse de recibo no responde a ninguna derivación que haya enviado a este socio.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="515"/>
        <source>This referral is already {state}; the receipt changes nothing.</source>
        <translation>Esta derivación ya está en estado «{state}»; el acuse de recibo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="516"/>
        <source>This referral no longer exists.</source>
        <translation>Esta derivación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="517"/>
        <source>Write why the case goes without consent (at least {count} characters): the audit log keeps it.</source>
        <translation>Escriba por qué el caso se envía sin consentimiento (al menos {count} caracteres): el registro de auditoría lo conserva.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="518"/>
        <source>alias matches ({score})</source>
        <translation>el alias coincide ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="519"/>
        <source>birth dates overlap</source>
        <translation>las fechas de nacimiento se solapan</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="520"/>
        <source>born the same year</source>
        <translation>nacidos el mismo año</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="521"/>
        <source>born within a year</source>
        <translation>nacidos con un año de diferencia como máximo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="522"/>
        <source>born within two years</source>
        <translation>nacidos con dos años de diferencia como máximo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="523"/>
        <source>born {years} years apart</source>
        <translation>nacidos con {years} años de diferencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="524"/>
        <source>different nationality</source>
        <translation>nacionalidad distinta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="525"/>
        <source>different sex</source>
        <translation>sexo distinto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="526"/>
        <source>names alike ({score})</source>
        <translation>nombres parecidos ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="527"/>
        <source>native-script names alike ({score})</source>
        <translation>nombres parecidos en escritura original ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="528"/>
        <source>no birth date to compare</source>
        <translation>no hay fecha de nacimiento que comparar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="529"/>
        <source>not a short text</source>
        <translation>no es un texto corto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="530"/>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="531"/>
        <source>same nationality</source>
        <translation>misma nacionalidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="532"/>
        <source>{file} cannot be read: {why}.</source>
        <translation>No se puede leer {file}: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="533"/>
        <source>{file} is neither a contact card nor a picture.</source>
        <translation>{file} no es ni una tarjeta de contacto ni una imagen.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="534"/>
        <source>{partner} was revoked: nothing is sent to it.</source>
        <translation>{partner} fue revocado: no se le envía nada.</translation>
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
    <name>UserGuide</name>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="69"/>
        <source>Guardian Desk — User guide</source>
        <translation>Guardian Desk — Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="70"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="79"/>
        <source># User guide

The user guide could not be found at {0}. Reinstalling Guardian Desk puts it back.</source>
        <translation># Guía de uso

No se ha encontrado la guía de uso en {0}. Si reinstala Guardian Desk, volverá a estar disponible.</translation>
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
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="248"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="249"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="250"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="251"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="252"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="253"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="254"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="255"/>
        <source>Documented</source>
        <translation>Documentada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="256"/>
        <source>Declared</source>
        <translation>Declarada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="257"/>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="258"/>
        <source>Age assessed</source>
        <translation>Edad determinada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="259"/>
        <source>Holistic interview</source>
        <translation>Entrevista integral</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="260"/>
        <source>Review of documents</source>
        <translation>Examen de documentos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="261"/>
        <source>Medical examination</source>
        <translation>Reconocimiento médico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="262"/>
        <source>Dental X-ray</source>
        <translation>Radiografía dental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="263"/>
        <source>Wrist X-ray</source>
        <translation>Radiografía de la muñeca</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="264"/>
        <source>Clavicle CT scan</source>
        <translation>TAC de la clavícula</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="265"/>
        <source>Shelter</source>
        <translation>Centro de acogida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="266"/>
        <source>Foster family</source>
        <translation>Familia de acogida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="267"/>
        <source>With a relative</source>
        <translation>Con un familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="268"/>
        <source>Supported independent living</source>
        <translation>Vivienda autónoma con apoyo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="269"/>
        <source>Unaccompanied</source>
        <translation>No acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="270"/>
        <source>Separated</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="271"/>
        <source>Accompanied</source>
        <translation>Acompañado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="272"/>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="273"/>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="274"/>
        <source>Sibling</source>
        <translation>Hermano o hermana</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="275"/>
        <source>Grandparent</source>
        <translation>Abuelo o abuela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="276"/>
        <source>Aunt or uncle</source>
        <translation>Tía o tío</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="277"/>
        <source>Cousin</source>
        <translation>Primo o prima</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="278"/>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="279"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="280"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="281"/>
        <source>Tracing under way</source>
        <translation>Búsqueda en curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="282"/>
        <source>Located</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="283"/>
        <source>Reunified</source>
        <translation>Reunificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="284"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="285"/>
        <source>Not to be contacted</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="286"/>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="287"/>
        <source>Temporary custodian</source>
        <translation>Guardador provisional</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="288"/>
        <source>Guardian ad litem</source>
        <translation>Defensor judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="289"/>
        <source>Foster carer</source>
        <translation>Acogedor familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="290"/>
        <source>Kafala holder</source>
        <translation>Titular de la kafala</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="291"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="292"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="293"/>
        <source>Legal representation</source>
        <translation>Representación legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="294"/>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="295"/>
        <source>Property</source>
        <translation>Bienes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="296"/>
        <source>Guardianship</source>
        <translation>Tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="297"/>
        <source>Temporary custody</source>
        <translation>Guarda provisional</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="298"/>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="299"/>
        <source>Humanitarian status</source>
        <translation>Protección por razones humanitarias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="300"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus especial de inmigrante juvenil (SIJS)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="301"/>
        <source>Family reunification</source>
        <translation>Reagrupación familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="302"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="303"/>
        <source>Appeal</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="304"/>
        <source>Return of the child (Hague 1980)</source>
        <translation>Restitución del menor (La Haya 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="305"/>
        <source>Return refused</source>
        <translation>Restitución denegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="306"/>
        <source>Art. 12: settled after more than one year</source>
        <translation>Art. 12: integrado tras más de un año</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="307"/>
        <source>Art. 13(1)(a): custody not exercised, or consent or acquiescence</source>
        <translation>Art. 13(1)(a): custodia no ejercida, o consentimiento o aceptación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="310"/>
        <source>Art. 13(1)(b): grave risk of harm</source>
        <translation>Art. 13(1)(b): grave riesgo de daño</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="311"/>
        <source>Art. 13(2): the child objects</source>
        <translation>Art. 13(2): el menor se opone</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="312"/>
        <source>Art. 20: fundamental principles of human rights</source>
        <translation>Art. 20: principios fundamentales de los derechos humanos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="313"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="314"/>
        <source>Tribunal</source>
        <translation>Tribunal especializado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="315"/>
        <source>Agency</source>
        <translation>Organismo administrativo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="316"/>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="317"/>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="318"/>
        <source>Partially granted</source>
        <translation>Concedida parcialmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="319"/>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="320"/>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="321"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="322"/>
        <source>Remitted</source>
        <translation>Devuelta para nuevo examen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="323"/>
        <source>Scheduled</source>
        <translation>Señalada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="324"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="325"/>
        <source>Adjourned</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="326"/>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="327"/>
        <source>Vacated</source>
        <translation>Dejada sin efecto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="328"/>
        <source>From a rule</source>
        <translation>Regla de cómputo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="329"/>
        <source>Entered by hand</source>
        <translation>Introducción manual</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="330"/>
        <source>Court order</source>
        <translation>Resolución judicial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="331"/>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="332"/>
        <source>Waived</source>
        <translation>Renunciado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="333"/>
        <source>Birth certificate</source>
        <translation>Certificado de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="334"/>
        <source>Family register extract</source>
        <translation>Extracto del registro familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="335"/>
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="336"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="337"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="338"/>
        <source>Travel document</source>
        <translation>Documento de viaje</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="339"/>
        <source>Death certificate</source>
        <translation>Certificado de defunción</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="340"/>
        <source>Marriage certificate</source>
        <translation>Certificado de matrimonio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="341"/>
        <source>Custody order</source>
        <translation>Resolución de guarda y custodia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="342"/>
        <source>Guardianship order</source>
        <translation>Resolución de tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="343"/>
        <source>School record</source>
        <translation>Expediente escolar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="344"/>
        <source>Medical report</source>
        <translation>Informe médico</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="345"/>
        <source>Age assessment report</source>
        <translation>Informe de determinación de la edad</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="346"/>
        <source>Certificate under Regulation 2019/1111 (Arts. 36, 47, 66)</source>
        <translation>Certificado conforme al Reglamento 2019/1111 (arts. 36, 47, 66)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="349"/>
        <source>Authentic instrument or agreement on parental responsibility</source>
        <translation>Documento público o acuerdo en materia de responsabilidad parental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="352"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="353"/>
        <source>Certified copy</source>
        <translation>Copia certificada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="354"/>
        <source>Plain copy</source>
        <translation>Copia simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="355"/>
        <source>Apostille</source>
        <translation>Apostilla</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="356"/>
        <source>e-Apostille</source>
        <translation>Apostilla electrónica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="357"/>
        <source>Legalisation by a notary</source>
        <translation>Legalización notarial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="358"/>
        <source>Legalisation by the ministry</source>
        <translation>Legalización por el ministerio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="359"/>
        <source>Legalisation by an embassy or consulate</source>
        <translation>Legalización por una embajada o consulado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="362"/>
        <source>EU 2016/1191 exemption (no apostille)</source>
        <translation>Exención del Reglamento (UE) 2016/1191 (sin apostilla)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="363"/>
        <source>Multilingual standard form</source>
        <translation>Impreso estándar multilingüe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="364"/>
        <source>Notarised copy</source>
        <translation>Testimonio notarial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="365"/>
        <source>Sworn</source>
        <translation>Jurada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="366"/>
        <source>Certified</source>
        <translation>Certificada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="367"/>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="368"/>
        <source>Recognised</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="369"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="370"/>
        <source>Not required</source>
        <translation>No requerida</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="371"/>
        <source>Art. 23(2)(a): no jurisdiction under the Convention</source>
        <translation>Art. 23(2)(a): falta de competencia conforme al Convenio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="372"/>
        <source>Art. 23(2)(b): the child was not heard (not in urgency)</source>
        <translation>Art. 23(2)(b): no se dio audiencia al menor (fuera de un caso de urgencia)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="375"/>
        <source>Art. 23(2)(c): a person with parental responsibility was not heard</source>
        <translation>Art. 23(2)(c): no se dio audiencia a un titular de la responsabilidad parental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="378"/>
        <source>Art. 23(2)(d): manifestly contrary to public policy</source>
        <translation>Art. 23(2)(d): manifiestamente contrario al orden público</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="379"/>
        <source>Art. 23(2)(e): incompatible with a later measure</source>
        <translation>Art. 23(2)(e): incompatible con una medida adoptada posteriormente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="380"/>
        <source>Art. 23(2)(f): the Art. 33 procedure was not followed</source>
        <translation>Art. 23(2)(f): no se siguió el procedimiento del art. 33</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="383"/>
        <source>Hague 1996 Art. 40 (the guardian&apos;s powers)</source>
        <translation>Convenio de La Haya de 1996, art. 40 (facultades del tutor)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="384"/>
        <source>Brussels IIb Art. 36 (Annex III: a decision)</source>
        <translation>Bruselas II ter, art. 36 (anexo III: resolución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="387"/>
        <source>Brussels IIb Art. 47 (Annexes V-VI: access, return)</source>
        <translation>Bruselas II ter, art. 47 (anexos V-VI: derecho de visita, restitución)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="390"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="391"/>
        <source>Care and protection</source>
        <translation>Cuidado y protección</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="392"/>
        <source>No concern</source>
        <translation>Sin preocupación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="393"/>
        <source>Possible concern</source>
        <translation>Posible preocupación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="394"/>
        <source>Clear concern</source>
        <translation>Preocupación clara</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="395"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="396"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="397"/>
        <source>Best-interests assessment</source>
        <translation>Evaluación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="398"/>
        <source>Best-interests determination</source>
        <translation>Determinación del interés superior</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="399"/>
        <source>Family tracing</source>
        <translation>Búsqueda familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="401"/>
        <source>Identity, placement and notes</source>
        <translation>Identidad, acogimiento y notas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="402"/>
        <source>Family and tracing</source>
        <translation>Familia y búsqueda familiar</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="403"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="404"/>
        <source>Proceedings, hearings and deadlines</source>
        <translation>Procedimientos, vistas y plazos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="405"/>
        <source>Civil documents</source>
        <translation>Documentos civiles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="406"/>
        <source>Protection and risk</source>
        <translation>Protección y riesgo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="407"/>
        <source>The child&apos;s views and restricted notes</source>
        <translation>Opinión del menor y notas de acceso restringido</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="408"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="409"/>
        <source>Filings</source>
        <translation>Escritos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="411"/>
        <source>The child</source>
        <translation>El menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="412"/>
        <source>The guardian</source>
        <translation>El tutor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="413"/>
        <source>A parent</source>
        <translation>Un progenitor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="414"/>
        <source>The legal representative</source>
        <translation>El representante legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="415"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="416"/>
        <source>A legal obligation</source>
        <translation>Una obligación legal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="417"/>
        <source>The child&apos;s vital interests</source>
        <translation>Los intereses vitales del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="418"/>
        <source>A task in the public interest</source>
        <translation>Una misión de interés público</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="419"/>
        <source>Legitimate interests</source>
        <translation>Intereses legítimos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="421"/>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="422"/>
        <source>Child protection</source>
        <translation>Protección de la infancia</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="423"/>
        <source>Guardianship authority</source>
        <translation>Autoridad de tutela</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="424"/>
        <source>To confirm by telephone</source>
        <translation>Por confirmar por teléfono</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="425"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="426"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="427"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="428"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="429"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="430"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="431"/>
        <source>Sent to a partner</source>
        <translation>Enviada a un socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="432"/>
        <source>Received from a partner</source>
        <translation>Recibida de un socio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="433"/>
        <source>Disclosure</source>
        <translation>Comunicación de datos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="434"/>
        <source>Reporting</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="435"/>
        <source>Irregular route</source>
        <translation>Ruta irregular</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="436"/>
        <source>Someone else holds the documents</source>
        <translation>Documentos en poder de un tercero</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="437"/>
        <source>Sudden separation</source>
        <translation>Separación repentina</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="438"/>
        <source>Unexplained changes of residence</source>
        <translation>Cambios de residencia sin explicación</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="441"/>
        <source>Debt to a smuggler</source>
        <translation>Deuda con un traficante de migrantes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="442"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="443"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="444"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="445"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="446"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="447"/>
        <source>The child&apos;s views</source>
        <translation>Opinión del menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="448"/>
        <source>Hearing preparation</source>
        <translation>Preparación de la vista</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="449"/>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="451"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="452"/>
        <source>Legal help</source>
        <translation>Ayuda jurídica</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="453"/>
        <source>Language classes</source>
        <translation>Clases de idioma</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="454"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="455"/>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="456"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="457"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="458"/>
        <source>Declined by the provider or the child</source>
        <translation>Rechazada por la entidad o por el menor</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="459"/>
        <source>Ended early</source>
        <translation>Finalizada antes de tiempo</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="460"/>
        <source>Not requested</source>
        <translation>No solicitada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="461"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="462"/>
        <source>Partly recognised</source>
        <translation>Reconocida parcialmente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="463"/>
        <source>Met</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="464"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="465"/>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="466"/>
        <source>Not found</source>
        <translation>No localizado</translation>
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
    <name>parent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="94"/>
        <source>Receipt from %1: the referral is now %2.</source>
        <translation>Acuse de recibo de %1: la derivación está ahora en estado «%2».</translation>
    </message>
</context>
</TS>
