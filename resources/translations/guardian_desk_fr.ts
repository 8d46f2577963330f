<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="231"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="241"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="246"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="247"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="248"/>
        <source>Team member:</source>
        <translation>Membre de l&apos;équipe :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="249"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="250"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète encore :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="254"/>
        <source>Give the passphrase to the person in private; they choose their own at their first sign-in.</source>
        <translation>Donnez la phrase secrète à la personne en privé ; elle choisira la sienne à sa première connexion.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="260"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="266"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="280"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="281"/>
        <source>View…</source>
        <translation>Voir…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="282"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="304"/>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="311"/>
        <source>File kept with the case</source>
        <translation>Fichier conservé avec le dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="321"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="323"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="336"/>
        <source>what</source>
        <translation>quoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="337"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="338"/>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="339"/>
        <source>sections</source>
        <translation>sections</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="340"/>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="341"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="342"/>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="343"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="344"/>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="345"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="346"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="347"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="348"/>
        <source>how</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="349"/>
        <source>failed before</source>
        <translation>échecs auparavant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="350"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="351"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="352"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="353"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="354"/>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="106"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Journal d&apos;audit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="117"/>
        <source>Only the entries of this person</source>
        <translation>Seulement les entrées de cette personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="120"/>
        <source>Only the entries of this action</source>
        <translation>Seulement les entrées de cette action</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="123"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="124"/>
        <source>Only the entries about this case</source>
        <translation>Seulement les entrées sur ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="127"/>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="128"/>
        <source>A&amp;ction</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="129"/>
        <source>C&amp;ase</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="132"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="135"/>
        <source>Per&amp;iod</source>
        <translation>Pér&amp;iode</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="138"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="139"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="140"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="150"/>
        <source>Audit log entries, newest first</source>
        <translation>Entrées du journal d&apos;audit, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="153"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="154"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="155"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="156"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="157"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="158"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="187"/>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="226"/>
        <source>Not read.</source>
        <translation>Non lu.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="231"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="233"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="254"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Les %n entrées les plus récentes ; resserrez les filtres pour voir les plus anciennes.</numerusform>
            <numerusform>Les %n entrées les plus récentes ; resserrez les filtres pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="256"/>
        <source>Entries: %n.</source>
        <translation>
            <numerusform>Entrées : %n.</numerusform>
            <numerusform>Entrées : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="282"/>
        <source>The chain is whole. Entries: %n, each chained to the one before.</source>
        <translation>
            <numerusform>La chaîne est intacte. Entrées : %n, chacune enchaînée à la précédente.</numerusform>
            <numerusform>La chaîne est intacte. Entrées : %n, chacune enchaînée à la précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="315"/>
        <source>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>Entrées écrites dans {0} : %n. C&apos;est une copie en clair qui nomme des dossiers : gardez-la en lieu sûr et supprimez-la quand elle n&apos;est plus utile.</numerusform>
            <numerusform>Entrées écrites dans {0} : %n. C&apos;est une copie en clair qui nomme des dossiers : gardez-la en lieu sûr et supprimez-la quand elle n&apos;est plus utile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="288"/>
        <source>The log was tampered with: entry {0} was changed, removed or moved; the {1} entries before it are whole.</source>
        <translation>Le journal a été altéré : l&apos;entrée {0} a été modifiée, supprimée ou déplacée ; les {1} entrées qui la précèdent sont intactes.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="41"/>
        <source>case opened</source>
        <translation>dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="42"/>
        <source>case created</source>
        <translation>dossier créé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="43"/>
        <source>case changed</source>
        <translation>dossier modifié</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="44"/>
        <source>cases imported</source>
        <translation>dossiers importés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="45"/>
        <source>cases exported</source>
        <translation>dossiers exportés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="46"/>
        <source>demo cases added</source>
        <translation>dossiers de démonstration ajoutés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="47"/>
        <source>filing made</source>
        <translation>acte établi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="48"/>
        <source>packet made</source>
        <translation>dossier d&apos;audience établi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="49"/>
        <source>audit exported</source>
        <translation>journal d&apos;audit exporté</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="50"/>
        <source>organisation changed</source>
        <translation>organisation modifiée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="51"/>
        <source>organisation keys replaced</source>
        <translation>clés de l&apos;organisation remplacées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="52"/>
        <source>partner card added</source>
        <translation>carte de partenaire ajoutée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="53"/>
        <source>partner card unchanged</source>
        <translation>carte de partenaire inchangée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="54"/>
        <source>partner card keys replaced</source>
        <translation>clés de carte de partenaire remplacées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="55"/>
        <source>partner card keys waiting</source>
        <translation>clés de carte de partenaire en attente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="56"/>
        <source>partner card pinned again</source>
        <translation>carte de partenaire épinglée à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="57"/>
        <source>partner confirmed</source>
        <translation>partenaire confirmé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="58"/>
        <source>partner confirmation refused</source>
        <translation>confirmation de partenaire refusée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="59"/>
        <source>partner revoked</source>
        <translation>partenaire révoqué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="60"/>
        <source>case referred</source>
        <translation>dossier orienté</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="61"/>
        <source>consent overridden</source>
        <translation>contrôle du consentement outrepassé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="62"/>
        <source>bundle refused</source>
        <translation>paquet refusé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="63"/>
        <source>case received</source>
        <translation>dossier reçu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="64"/>
        <source>case merged from a referral</source>
        <translation>dossier fusionné depuis une orientation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="65"/>
        <source>referral refused</source>
        <translation>orientation refusée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="66"/>
        <source>receipt sent</source>
        <translation>accusé de réception envoyé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="67"/>
        <source>referral moved</source>
        <translation>orientation changée d&apos;état</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="68"/>
        <source>referral answer days changed</source>
        <translation>délai de réponse aux orientations modifié</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="69"/>
        <source>report made</source>
        <translation>rapport établi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="70"/>
        <source>report exported</source>
        <translation>rapport exporté</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="109"/>
        <source>Every case opened, every change to a case, every import, export, filing and packet, with who did it and when. Each entry is chained to the one before: Verify finds any that was changed or removed.</source>
        <translation>Chaque dossier ouvert, chaque modification d&apos;un dossier, chaque import, export, acte et dossier d&apos;audience, avec qui l&apos;a fait et quand. Chaque entrée est enchaînée à la précédente : Vérifier trouve celle qui a été modifiée ou supprimée.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="294"/>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="302"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="304"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="326"/>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="85"/>
        <source>— how sure —</source>
        <translation>— degré de certitude —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="88"/>
        <source>How sure the date of birth is</source>
        <translation>Degré de certitude de la date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="89"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="128"/>
        <source>{0} or {1}</source>
        <translation>{0} ou {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="131"/>
        <source>{0}, {1} or {2}</source>
        <translation>{0}, {1} ou {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="142"/>
        <source>age today: {0}</source>
        <translation>âge aujourd&apos;hui&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="152"/>
        <source>assessed {0}–{1} by {2} on {3}</source>
        <translation>âge évalué à {0}–{1}&#xa0;ans par {2} le {3}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="160"/>
        <source>no age assessment recorded yet (see below)</source>
        <translation>aucune évaluation de l&apos;âge enregistrée pour l&apos;instant (voir ci-dessous)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="75"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="13"/>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="76"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="12"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="77"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="14"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="89"/>
        <source>(uncertain: as late as {0})</source>
        <translation>(incertain : au plus tard le {0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="93"/>
        <source>(rule to confirm)</source>
        <translation>(règle à confirmer)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="95"/>
        <source>ASSUMED</source>
        <translation>HYPOTHÈSE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="97"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="11"/>
        <source>A team member</source>
        <translation>Un membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="15"/>
        <source>The consent for {purpose} to {recipient} expires on {day}.</source>
        <translation>Le consentement (objet : {purpose} ; destinataire : {recipient}) expire le {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="16"/>
        <source>The hearing of {when}: the interpreter&apos;s language ({language}) is not one the child speaks ({spoken}).</source>
        <translation>Audience du {when} : la langue de l&apos;interprète ({language}) n&apos;est pas une langue que parle l&apos;enfant ({spoken}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="17"/>
        <source>The hearing of {when}: {name} does not interpret {wanted} (interprets {languages}).</source>
        <translation>Audience du {when} : {name} n&apos;interprète pas en {wanted} (interprète en : {languages}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="18"/>
        <source>at {time} ({zone})</source>
        <translation>à {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="19"/>
        <source>guardian ad litem</source>
        <translation>administrateur ad hoc</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="20"/>
        <source>in {days} days ({day})</source>
        <translation>dans {days} jours ({day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="21"/>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="22"/>
        <source>lawyer</source>
        <translation>avocat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="23"/>
        <source>no language on record</source>
        <translation>aucune langue enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="24"/>
        <source>overdue since {day}</source>
        <translation>en retard depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="25"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="26"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="27"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} at the same time as the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) est prévu(e) à l&apos;audience du {when} devant {forum} en même temps que l&apos;audience de {reference} du {other_when} devant {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="28"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} only {minutes} minutes apart from the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) est prévu(e) à l&apos;audience du {when} devant {forum}, à seulement {minutes} minutes de l&apos;audience de {reference} du {other_when} devant {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="29"/>
        <source>{title} (assumed: a fact is not recorded, see the case)</source>
        <translation>{title} (hypothèse : un fait n&apos;est pas enregistré, voir le dossier)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="30"/>
        <source>{title} (rule to confirm)</source>
        <translation>{title} (règle à confirmer)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="31"/>
        <source>{what} {when} {time}: {reference} — {title}</source>
        <translation>{what} {when} {time} : {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="32"/>
        <source>{what} {when} {time}: {reference} — {title}, {forum}</source>
        <translation>{what} {when} {time} : {reference} — {title}, {forum}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="33"/>
        <source>{what} {when}: {reference} — {title}</source>
        <translation>{what} {when} : {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="34"/>
        <source>{what} {when}: {reference} — {title}, {forum}</source>
        <translation>{what} {when} : {reference} — {title}, {forum}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="24"/>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="270"/>
        <source>Week</source>
        <translation>Semaine</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="208"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="211"/>
        <source>Later</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="225"/>
        <source>Only the hearings and deadlines of</source>
        <translation>Uniquement les audiences et échéances de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="226"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="233"/>
        <source>Only before the forum</source>
        <translation>Uniquement devant le tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="234"/>
        <source>All forums</source>
        <translation>Tous les tribunaux</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="241"/>
        <source>Only the case with the reference</source>
        <translation>Uniquement le dossier portant la référence</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="242"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="244"/>
        <source>Show done, waived and past</source>
        <translation>Afficher aussi ce qui est accompli, abandonné ou passé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="248"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="249"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="250"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="263"/>
        <source>Hearings and deadlines of the chosen day</source>
        <translation>Audiences et échéances du jour choisi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="406"/>
        <source>Week {0}: {1} to {2}</source>
        <translation>Semaine {0}&#xa0;: du {1} au {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="410"/>
        <source>{0} to {1}</source>
        <translation>Du {0} au {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="441"/>
        <source>The first %n items of this period; filter by person, forum or case for the rest.</source>
        <translation>
            <numerusform>Seul %n élément de cette période est affiché&#xa0;; filtrez par personne, tribunal ou dossier pour voir les autres.</numerusform>
            <numerusform>Seuls les %n premiers éléments de cette période sont affichés&#xa0;; filtrez par personne, tribunal ou dossier pour voir les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="448"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n élément.</numerusform>
            <numerusform>%n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="450"/>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="35"/>
        <source>Asked of {agency}.</source>
        <translation>Demandée à {agency}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="36"/>
        <source>Held on {day}.</source>
        <translation>Réalisée le {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="37"/>
        <source>Referred to {provider}.</source>
        <translation>Orientation vers {provider}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="38"/>
        <source>The goal: {goal}</source>
        <translation>L&apos;objectif : {goal}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="102"/>
        <source>Parts of the case</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="114"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="300"/>
        <source>Court-readiness</source>
        <translation>Préparation pour le tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="301"/>
        <source>Filings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="129"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="299"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="169"/>
        <source>Save the new case first</source>
        <translation>Enregistrez d&apos;abord le nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="180"/>
        <source>Problems to correct before saving</source>
        <translation>Problèmes à corriger avant l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="437"/>
        <source>Looking for the family…</source>
        <translation>Recherche de la famille…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="459"/>
        <source>Save the case first: the case goes as it is saved.</source>
        <translation>Enregistrez d&apos;abord le dossier : le dossier part tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="468"/>
        <source>The bundle is written to %1. Send the file to the partner by any means: only they can open it.</source>
        <translation>Le paquet est écrit dans %1. Envoyez le fichier au partenaire par n&apos;importe quel moyen : lui seul peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="512"/>
        <source>Check the hearing</source>
        <translation>Vérifiez l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="513"/>
        <source>Save this case anyway?</source>
        <translation>Enregistrer ce dossier malgré tout&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="521"/>
        <source>Save anyway</source>
        <translation>Enregistrer malgré tout</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="581"/>
        <source>{0} › {1}: {2}</source>
        <translation>{0} › {1} : {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="585"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="593"/>
        <source>Not saved: %n problem(s) to correct, each marked at its field.</source>
        <translation>
            <numerusform>Non enregistré : %n problème à corriger, signalé à son champ.</numerusform>
            <numerusform>Non enregistré : %n problèmes à corriger, chacun signalé à son champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="633"/>
        <source>%n problem(s) to correct here</source>
        <translation>
            <numerusform>%n problème à corriger ici</numerusform>
            <numerusform>%n problèmes à corriger ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="673"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="674"/>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>Ce dossier comporte des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="25"/>
        <source>Given names (Latin)</source>
        <translation>Prénoms (alphabet latin)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="26"/>
        <source>Family name (Latin)</source>
        <translation>Nom de famille (alphabet latin)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="27"/>
        <source>Given names (as written)</source>
        <translation>Prénoms (graphie d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="28"/>
        <source>Family name (as written)</source>
        <translation>Nom de famille (graphie d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="39"/>
        <source>Interpreter language</source>
        <translation>Langue d&apos;interprétation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="43"/>
        <source>Country of last arrival</source>
        <translation>Pays de dernière arrivée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="21"/>
        <source>Lead lawyer</source>
        <translation>Avocat référent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="65"/>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="92"/>
        <source>Starts (local time at the forum)</source>
        <translation>Début (heure locale du tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="121"/>
        <source>Proceeding</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="122"/>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="123"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="125"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="126"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="127"/>
        <source>A task (not a legal deadline)</source>
        <translation>Une tâche (pas une échéance légale)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="128"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="129"/>
        <source>Due at the latest on</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="130"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="131"/>
        <source>Legal source</source>
        <translation>Source juridique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="132"/>
        <source>How it was computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="134"/>
        <source>Why (done or waived)</source>
        <translation>Motif (accomplie ou abandonnée)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="135"/>
        <source>Completed on</source>
        <translation>Accomplie le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="137"/>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="138"/>
        <source>Type of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="139"/>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="140"/>
        <source>Issuing authority</source>
        <translation>Autorité de délivrance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="141"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="142"/>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="143"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="144"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="145"/>
        <source>Original or copy</source>
        <translation>Original ou copie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="146"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="147"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="148"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="149"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="150"/>
        <source>Performed on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="151"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="152"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="153"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="154"/>
        <source>Acting as</source>
        <translation>En qualité de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="155"/>
        <source>Seal of</source>
        <translation>Sceau de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="156"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="157"/>
        <source>Seal present</source>
        <translation>Sceau présent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="158"/>
        <source>Signature present</source>
        <translation>Signature présente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="161"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="602"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="162"/>
        <source>From language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="163"/>
        <source>Into language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="164"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="165"/>
        <source>Sworn in</source>
        <translation>Assermenté en</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="166"/>
        <source>Translated on</source>
        <translation>Traduite le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="167"/>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="168"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="169"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="170"/>
        <source>Grounds of refusal</source>
        <translation>Motifs de refus</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="171"/>
        <source>Recognised in advance</source>
        <translation>Reconnaissance préalable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="172"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="173"/>
        <source>Certificate reference</source>
        <translation>Référence du certificat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="175"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="176"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="177"/>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="178"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="179"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="194"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="232"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="233"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="234"/>
        <source>Raised on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="235"/>
        <source>Raised by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="236"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="237"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="238"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="239"/>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="240"/>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="241"/>
        <source>Written (local time)</source>
        <translation>Date de rédaction (heure locale)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="93"/>
        <source>Forum time zone</source>
        <translation>Fuseau horaire du tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="16"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="17"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="18"/>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="19"/>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="20"/>
        <source>Home jurisdiction</source>
        <translation>Juridiction principale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="22"/>
        <source>Caseworker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="23"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="29"/>
        <source>Script of the names</source>
        <translation>Écriture des noms</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="30"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="31"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="32"/>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="33"/>
        <source>Month of birth</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="34"/>
        <source>Day of birth</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="35"/>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="36"/>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="37"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="38"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="164"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="40"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="41"/>
        <source>School grade</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="42"/>
        <source>Last arrival</source>
        <translation>Dernière arrivée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="44"/>
        <source>Married</source>
        <translation>Marié(e)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="47"/>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="48"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="49"/>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="50"/>
        <source>Assessed by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="51"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="52"/>
        <source>Lowest age</source>
        <translation>Âge minimal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="53"/>
        <source>Highest age</source>
        <translation>Âge maximal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="54"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="55"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="56"/>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="57"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="58"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="59"/>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="60"/>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="61"/>
        <source>Effective from</source>
        <translation>Avec effet au</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="62"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="63"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="66"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="67"/>
        <source>Full name (as written)</source>
        <translation>Nom complet (graphie d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="68"/>
        <source>Whereabouts</source>
        <translation>Lieu de séjour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="69"/>
        <source>Country of whereabouts</source>
        <translation>Pays de séjour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="70"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="91"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="71"/>
        <source>Tracing</source>
        <translation>Recherche familiale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="72"/>
        <source>Safe to contact</source>
        <translation>Contact sans risque</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="73"/>
        <source>Safety note</source>
        <translation>Note de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="75"/>
        <source>Type of guardian</source>
        <translation>Type de représentant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="76"/>
        <source>Guardian&apos;s name</source>
        <translation>Nom du représentant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="77"/>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="78"/>
        <source>Appointed by</source>
        <translation>Désigné par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="79"/>
        <source>Order reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="80"/>
        <source>Powers</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="82"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="83"/>
        <source>Kind of forum</source>
        <translation>Type d&apos;instance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="84"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="85"/>
        <source>Assigned lawyer</source>
        <translation>Avocat assigné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="86"/>
        <source>Appeal of</source>
        <translation>Recours contre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="87"/>
        <source>Decided on</source>
        <translation>Rendue le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="88"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="89"/>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="90"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="91"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="94"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="95"/>
        <source>Type of hearing</source>
        <translation>Type d&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="96"/>
        <source>Court or office</source>
        <translation>Tribunal ou service</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="97"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="98"/>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="99"/>
        <source>Remote link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="100"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="101"/>
        <source>Interpreter (outside the team)</source>
        <translation>Interprète (extérieur à l&apos;équipe)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="102"/>
        <source>Reason for adjournment</source>
        <translation>Motif du renvoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="103"/>
        <source>Next hearing (after adjournment)</source>
        <translation>Prochaine audience (après renvoi)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="104"/>
        <source>Grounds for refusing return (Hague 1980)</source>
        <translation>Motifs du refus de retour (La Haye 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="107"/>
        <source>Art. 29 certificate issued on (Brussels IIb, Annex I)</source>
        <translation>Certificat de l&apos;art. 29 délivré le (Bruxelles II ter, annexe I)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="110"/>
        <source>Art. 29 certificate issued by</source>
        <translation>Certificat de l&apos;art. 29 délivré par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="112"/>
        <source>Requesting State</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="113"/>
        <source>Requested (receiving) State</source>
        <translation>État requis (d&apos;accueil)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="114"/>
        <source>Kind of placement</source>
        <translation>Type de placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="115"/>
        <source>Placement planned</source>
        <translation>Placement envisagé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="116"/>
        <source>Request sent on</source>
        <translation>Demande envoyée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="117"/>
        <source>Request received on</source>
        <translation>Demande reçue le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="118"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="119"/>
        <source>Central Authority reference</source>
        <translation>Référence de l&apos;autorité centrale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="124"/>
        <source>Placement request</source>
        <translation>Demande de placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="133"/>
        <source>Assumed (a fact not recorded)</source>
        <translation>Hypothèse retenue (fait non enregistré)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="180"/>
        <source>Sections it covers</source>
        <translation>Sections couvertes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="181"/>
        <source>Or any organisation of this kind</source>
        <translation>Ou toute organisation de ce type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="182"/>
        <source>Given by (who)</source>
        <translation>Donné par (qui)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="183"/>
        <source>Child&apos;s age when given</source>
        <translation>Âge de l&apos;enfant lorsqu&apos;il a été donné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="184"/>
        <source>Child&apos;s capacity to consent</source>
        <translation>Capacité de l&apos;enfant à consentir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="185"/>
        <source>Rests on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="187"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="188"/>
        <source>Instrument version</source>
        <translation>Version de l&apos;instrument</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="189"/>
        <source>Screened on</source>
        <translation>Repérage effectué le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="190"/>
        <source>Asked by</source>
        <translation>Questions posées par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="191"/>
        <source>Concern (the rule&apos;s)</source>
        <translation>Inquiétude (selon la règle)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="192"/>
        <source>Concern raised to</source>
        <translation>Inquiétude relevée à</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="193"/>
        <source>Why it was raised</source>
        <translation>Motif du relèvement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="195"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="196"/>
        <source>Missing since</source>
        <translation>Date de la disparition</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="197"/>
        <source>Missing from</source>
        <translation>Lieu d&apos;où l&apos;enfant a disparu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="198"/>
        <source>Reported by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="199"/>
        <source>Reported to</source>
        <translation>Signalée à</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="200"/>
        <source>Reported on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="201"/>
        <source>Came back on</source>
        <translation>Retour le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="202"/>
        <source>Held on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="203"/>
        <source>Who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="204"/>
        <source>The child&apos;s views, in the child&apos;s words</source>
        <translation>L&apos;opinion de l&apos;enfant, avec ses propres mots</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="205"/>
        <source>Options considered</source>
        <translation>Options envisagées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="206"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="207"/>
        <source>Review on</source>
        <translation>Réexamen le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="208"/>
        <source>Suspected of trafficking or exploiting the child</source>
        <translation>Soupçonné de traite ou d&apos;exploitation de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="211"/>
        <source>Separated from the child on</source>
        <translation>Date de séparation d&apos;avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="212"/>
        <source>Where they were separated</source>
        <translation>Lieu de la séparation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="213"/>
        <source>Confirmed as a person of case</source>
        <translation>Dossier de la correspondance confirmée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="214"/>
        <source>Confirmed as person</source>
        <translation>Personne de la correspondance confirmée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="215"/>
        <source>Match confirmed on</source>
        <translation>Correspondance confirmée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="216"/>
        <source>Match confirmed by</source>
        <translation>Correspondance confirmée par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="218"/>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="219"/>
        <source>Tracing agency</source>
        <translation>Organisme de recherche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="220"/>
        <source>Agency&apos;s reference</source>
        <translation>Référence de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="221"/>
        <source>Next follow-up on</source>
        <translation>Prochain suivi le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="222"/>
        <source>Last followed up on</source>
        <translation>Dernier suivi le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="223"/>
        <source>Referred on</source>
        <translation>Date de l&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="224"/>
        <source>Team member responsible</source>
        <translation>Membre de l&apos;équipe responsable</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="225"/>
        <source>Enrolled on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="226"/>
        <source>Grade or class</source>
        <translation>Niveau ou classe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="227"/>
        <source>Recognition of earlier studies</source>
        <translation>Reconnaissance de la scolarité antérieure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="228"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="229"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="230"/>
        <source>Set on</source>
        <translation>Fixé le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="231"/>
        <source>Last reviewed on</source>
        <translation>Dernier réexamen le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="242"/>
        <source>Restricted</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="243"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="472"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="473"/>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="474"/>
        <source>Remove alias</source>
        <translation>Retirer l&apos;alias</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="477"/>
        <source>Age assessments</source>
        <translation>Évaluations de l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="478"/>
        <source>Add age assessment</source>
        <translation>Ajouter une évaluation de l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="479"/>
        <source>Remove age assessment</source>
        <translation>Retirer l&apos;évaluation de l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="482"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="483"/>
        <source>Add placement</source>
        <translation>Ajouter un placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="484"/>
        <source>Remove placement</source>
        <translation>Retirer le placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="487"/>
        <source>Unaccompanied status</source>
        <translation>Statut de mineur non accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="488"/>
        <source>Add status</source>
        <translation>Ajouter un statut</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="489"/>
        <source>Remove status</source>
        <translation>Retirer le statut</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="492"/>
        <source>Family members</source>
        <translation>Membres de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="493"/>
        <source>Add family member</source>
        <translation>Ajouter un membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="494"/>
        <source>Remove family member</source>
        <translation>Retirer le membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="497"/>
        <source>Guardian appointments</source>
        <translation>Désignations de représentants légaux</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="498"/>
        <source>Add guardian appointment</source>
        <translation>Ajouter une désignation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="499"/>
        <source>Remove guardian appointment</source>
        <translation>Retirer la désignation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="503"/>
        <source>Add proceeding</source>
        <translation>Ajouter une procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="504"/>
        <source>Remove proceeding</source>
        <translation>Retirer la procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="507"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="508"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="509"/>
        <source>Remove decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="512"/>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="513"/>
        <source>Add hearing</source>
        <translation>Ajouter une audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="514"/>
        <source>Remove hearing</source>
        <translation>Retirer l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="517"/>
        <source>Cross-border placement requests</source>
        <translation>Demandes de placement transfrontière</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="518"/>
        <source>Add placement request</source>
        <translation>Ajouter une demande de placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="519"/>
        <source>Remove placement request</source>
        <translation>Supprimer la demande de placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="523"/>
        <source>Add deadline</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="524"/>
        <source>Remove deadline</source>
        <translation>Retirer l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="528"/>
        <source>Add document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="529"/>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="532"/>
        <source>Scans</source>
        <translation>Numérisations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="533"/>
        <source>Add scan</source>
        <translation>Ajouter une numérisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="534"/>
        <source>Remove scan</source>
        <translation>Retirer la numérisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="537"/>
        <source>Authentication steps</source>
        <translation>Étapes d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="538"/>
        <source>Add authentication step</source>
        <translation>Ajouter une étape d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="539"/>
        <source>Remove authentication step</source>
        <translation>Retirer l&apos;étape d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="542"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="543"/>
        <source>Add translation</source>
        <translation>Ajouter une traduction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="544"/>
        <source>Remove translation</source>
        <translation>Retirer la traduction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="547"/>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="548"/>
        <source>Add recognition</source>
        <translation>Ajouter une reconnaissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="549"/>
        <source>Remove recognition</source>
        <translation>Retirer la reconnaissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="553"/>
        <source>Add consent</source>
        <translation>Ajouter un consentement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="554"/>
        <source>Remove consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="557"/>
        <source>Risk concerns</source>
        <translation>Alertes de risque</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="558"/>
        <source>Add risk concern</source>
        <translation>Ajouter une alerte de risque</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="559"/>
        <source>Remove risk concern</source>
        <translation>Retirer l&apos;alerte de risque</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="562"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="563"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="564"/>
        <source>Remove action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="568"/>
        <source>Add screening</source>
        <translation>Ajouter un repérage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="569"/>
        <source>Remove screening</source>
        <translation>Retirer le repérage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="572"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="573"/>
        <source>Add answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="574"/>
        <source>Remove answer</source>
        <translation>Retirer la réponse</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="578"/>
        <source>Record a missing episode</source>
        <translation>Enregistrer une disparition</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="579"/>
        <source>Remove missing episode</source>
        <translation>Retirer la disparition</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="583"/>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="584"/>
        <source>Remove assessment</source>
        <translation>Retirer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="587"/>
        <source>Tracing requests</source>
        <translation>Demandes de recherche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="588"/>
        <source>Add tracing request</source>
        <translation>Ajouter une demande de recherche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="589"/>
        <source>Remove tracing request</source>
        <translation>Retirer la demande de recherche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="593"/>
        <source>Add service or referral</source>
        <translation>Ajouter un service ou une orientation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="594"/>
        <source>Remove service</source>
        <translation>Retirer le service</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="598"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="599"/>
        <source>Remove goal</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="603"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="604"/>
        <source>Remove note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="77"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="78"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="79"/>
        <source>Guardians</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="80"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="502"/>
        <source>Proceedings</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="82"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="522"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="83"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="527"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="84"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="552"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="85"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="92"/>
        <source>Notes and the child&apos;s views</source>
        <translation>Notes et opinion de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="55"/>
        <source>Type a country&apos;s name</source>
        <translation>Saisissez le nom d&apos;un pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="56"/>
        <source>Type a country&apos;s or a state&apos;s name</source>
        <translation>Saisissez le nom d&apos;un pays ou d&apos;un État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="57"/>
        <source>Type a language&apos;s name</source>
        <translation>Saisissez le nom d&apos;une langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="58"/>
        <source>Type a script&apos;s name</source>
        <translation>Saisissez le nom d&apos;une écriture</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="59"/>
        <source>Type a city or a country</source>
        <translation>Saisissez une ville ou un pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="64"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="65"/>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="66"/>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="67"/>
        <source>TIFF image</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="81"/>
        <source>Placements abroad</source>
        <translation>Placements à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="86"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="567"/>
        <source>Screenings</source>
        <translation>Repérages</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="87"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="577"/>
        <source>Missing episodes</source>
        <translation>Disparitions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="88"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="582"/>
        <source>Best interests</source>
        <translation>Intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="89"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="592"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="90"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="597"/>
        <source>Care plan</source>
        <translation>Plan de prise en charge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="110"/>
        <source>1. Country</source>
        <translation>1. Pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="111"/>
        <source>2. Has been signed by</source>
        <translation>2. A été signé par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="112"/>
        <source>3. Acting in the capacity of</source>
        <translation>3. Agissant en qualité de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="113"/>
        <source>4. Bears the seal/stamp of</source>
        <translation>4. Est revêtu du sceau/timbre de</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="114"/>
        <source>5. Certified at</source>
        <translation>5. Attesté à</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="115"/>
        <source>6. On (date)</source>
        <translation>6. Le (date)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="116"/>
        <source>7. By (authority)</source>
        <translation>7. Par (autorité)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="117"/>
        <source>8. No (apostille number)</source>
        <translation>8. Sous n° (numéro de l&apos;apostille)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="118"/>
        <source>9. Seal/stamp present</source>
        <translation>9. Sceau/timbre présent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="119"/>
        <source>10. Signature present</source>
        <translation>10. Signature présente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="165"/>
        <source>First day at school</source>
        <translation>Premier jour d&apos;école</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="184"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="159"/>
        <source>e-Register reference</source>
        <translation>Référence dans l&apos;e-Registre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="185"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="160"/>
        <source>e-Register address</source>
        <translation>Adresse de l&apos;e-Registre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="186"/>
        <source>e-Apostille file</source>
        <translation>Fichier de l&apos;e-Apostille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="194"/>
        <source>Scan of the stamp</source>
        <translation>Numérisation du cachet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="227"/>
        <source>Notary</source>
        <translation>Notaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="199"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="202"/>
        <source>Embassy or consulate</source>
        <translation>Ambassade ou consulat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="209"/>
        <source>Issuing member state</source>
        <translation>État membre de délivrance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="210"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="219"/>
        <source>Standard form number</source>
        <translation>Numéro du formulaire type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="211"/>
        <source>Multilingual standard form (file)</source>
        <translation>Formulaire type multilingue (fichier)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="220"/>
        <source>Standard form (file)</source>
        <translation>Formulaire type (fichier)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="226"/>
        <source>Notary&apos;s office</source>
        <translation>Étude notariale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="228"/>
        <source>Notarised copy (file)</source>
        <translation>Copie notariée (fichier)</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="203"/>
        <source>Add a hearing…</source>
        <translation>Ajouter une audience…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="204"/>
        <source>Record an outcome…</source>
        <translation>Consigner une issue…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="205"/>
        <source>Make a filing…</source>
        <translation>Établir un acte…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="206"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="207"/>
        <source>Refer to a partner…</source>
        <translation>Orienter vers un partenaire…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="208"/>
        <source>Screen for trafficking risk…</source>
        <translation>Repérer un risque de traite…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="209"/>
        <source>Look for the family…</source>
        <translation>Rechercher la famille…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="252"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="254"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="257"/>
        <source>stateless</source>
        <translation>apatride</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="258"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="260"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="264"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="281"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="283"/>
        <source>Lead lawyer</source>
        <translation>Avocat référent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="284"/>
        <source>Caseworker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="327"/>
        <source>{0}–{1} (age assessed on {2})</source>
        <translation>{0}–{1} (âge évalué le {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="332"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="335"/>
        <source>{0} (born {1}, {2})</source>
        <translation>{0} (naissance&#xa0;: {1}, {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="368"/>
        <source>none set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="375"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="377"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="393"/>
        <source>Open proceedings</source>
        <translation>Procédures en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="395"/>
        <source>Proceeding</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="396"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="397"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="398"/>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="399"/>
        <source>Court-ready</source>
        <translation>Prêt pour le tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="402"/>
        <source>No open proceeding.</source>
        <translation>Aucune procédure en cours.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="421"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="427"/>
        <source>Open deadlines</source>
        <translation>Échéances en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="429"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="434"/>
        <source>No open deadline.</source>
        <translation>Aucune échéance en cours.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="460"/>
        <source>Screening: %1</source>
        <translation>Repérage : %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="469"/>
        <source>Sharing and tracing paused: a best-interests assessment is needed</source>
        <translation>Partage et recherche familiale suspendus : une évaluation de l&apos;intérêt supérieur est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="472"/>
        <source>Open risk concerns</source>
        <translation>Alertes de risque ouvertes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Concern</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Raised on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="475"/>
        <source>No open risk concern.</source>
        <translation>Aucune alerte de risque ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="502"/>
        <source>Documents still to do</source>
        <translation>Documents encore à compléter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="505"/>
        <source>Nothing: every document is ready for its proceedings.</source>
        <translation>Rien&#xa0;: chaque document est prêt pour ses procédures.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="538"/>
        <source>Latest filings</source>
        <translation>Derniers actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Filing</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Made</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="541"/>
        <source>No filing made yet.</source>
        <translation>Aucun acte établi pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="565"/>
        <source>Latest notes</source>
        <translation>Dernières notes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Written</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="568"/>
        <source>No note yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="573"/>
        <source>and %n more, in its tab</source>
        <translation>
            <numerusform>et %n autre, dans l&apos;onglet correspondant</numerusform>
            <numerusform>et %n autres, dans l&apos;onglet correspondant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="40"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="42"/>
        <source>Name (native script)</source>
        <translation>Nom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="43"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="44"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="45"/>
        <source>Active proceedings</source>
        <translation>Procédures en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="46"/>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="47"/>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="48"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="49"/>
        <source>Court-ready</source>
        <translation>Prêt pour le tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="217"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="245"/>
        <source>Overdue</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="248"/>
        <source>Born {0} ({1})</source>
        <translation>Né(e) le {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="251"/>
        <source>Court-readiness of the documents for the open proceedings: see the case&apos;s Court-readiness tab</source>
        <translation>Préparation des documents pour les procédures en cours&#xa0;: voir l&apos;onglet Préparation pour le tribunal du dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="257"/>
        <source>A clear trafficking concern is open</source>
        <translation>Une inquiétude manifeste de traite est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="259"/>
        <source>A possible trafficking concern is open</source>
        <translation>Une inquiétude possible de traite est ouverte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="261"/>
        <source>Open trafficking-risk flags: {0}</source>
        <translation>Alertes de risque de traite ouvertes&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="278"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ clear</source>
        <translation>⚠ manifeste</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ possible</source>
        <translation>⚠ possible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>✓ ready</source>
        <translation>✓ prêt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="179"/>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="184"/>
        <source>An administrator set your passphrase. Choose your own now: at least 12 characters; a few words you will remember are best.</source>
        <translation>Un administrateur a défini votre phrase secrète. Choisissez la vôtre maintenant : au moins 12 caractères ; quelques mots dont vous vous souviendrez sont le mieux.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="196"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="197"/>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="198"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète encore :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="200"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="204"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="264"/>
        <source>Chart: {0}</source>
        <translation>Graphique : {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="274"/>
        <source>* Hidden to protect the children counted</source>
        <translation>* Masqué pour protéger les enfants comptés</translation>
    </message>
</context>
<context>
    <name>CodeListPicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="281"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="345"/>
        <source>Type to add…</source>
        <translation>Saisir pour ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="331"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="332"/>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="338"/>
        <source>None chosen</source>
        <translation>Aucun choix</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="536"/>
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="539"/>
        <source>Call %1 on a number you already know (not one from the card or an e-mail). Ask them to read out the fingerprint shown on their Partners page, and type it here. If it differs, do not trust the card.</source>
        <translation>Appelez %1 à un numéro que vous connaissez déjà (pas celui de la carte ni d&apos;un courriel). Demandez-leur de vous lire l&apos;empreinte affichée sur leur page Partenaires, et saisissez-la ici. Si elle diffère, ne faites pas confiance à la carte.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="549"/>
        <source>The fingerprint they read out</source>
        <translation>L&apos;empreinte qu&apos;ils ont lue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="553"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="39"/>
        <source>No valid consent or legitimate basis covers this disclosure ({why}). Record one in the case&apos;s Consents, or go on with a written reason if your role may.</source>
        <translation>Aucun consentement valide ni fondement légitime ne couvre cette communication ({why}). Enregistrez-en un dans les Consentements du dossier, ou poursuivez avec un motif écrit si votre rôle le permet.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="40"/>
        <source>a consent does not cover {sections}</source>
        <translation>un consentement ne couvre pas {sections}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="41"/>
        <source>a consent does not say which sections it covers</source>
        <translation>un consentement n&apos;indique pas les sections qu&apos;il couvre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="42"/>
        <source>a consent expired on {day}</source>
        <translation>un consentement a expiré le {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="43"/>
        <source>a consent has no date or no one who gave it</source>
        <translation>un consentement n&apos;a pas de date ou n&apos;indique pas qui l&apos;a donné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="44"/>
        <source>a consent is dated {day}, after this day</source>
        <translation>un consentement est daté du {day}, après ce jour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="45"/>
        <source>a consent is for another purpose</source>
        <translation>un consentement porte sur un autre objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="46"/>
        <source>a consent names another recipient</source>
        <translation>un consentement désigne un autre destinataire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="47"/>
        <source>a consent was withdrawn on {day}</source>
        <translation>un consentement a été retiré le {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="48"/>
        <source>a legitimate basis is recorded without its reason</source>
        <translation>un fondement légitime est enregistré sans son motif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="49"/>
        <source>none is recorded for this case</source>
        <translation>aucun n&apos;est enregistré pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="50"/>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="224"/>
        <source>Check the data</source>
        <translation>Vérifier les données</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="227"/>
        <source>What the case still lacks</source>
        <translation>Ce qui manque encore au dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="231"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="232"/>
        <source>After correcting the case in its window</source>
        <translation>Après avoir corrigé le dossier dans sa fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="238"/>
        <source>Documents to attach as exhibits</source>
        <translation>Documents à joindre comme pièces</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="249"/>
        <source>Exhibits (in this order, A, B, C…):</source>
        <translation>Pièces (dans cet ordre&#xa0;: A, B, C…)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="291"/>
        <source>{0} (%n scan(s))</source>
        <translation>
            <numerusform>{0} (%n numérisation)</numerusform>
            <numerusform>{0} (%n numérisations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="293"/>
        <source>{0} (no scan)</source>
        <translation>{0} (aucune numérisation)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="340"/>
        <source>The case lacks what is listed below. Add it in the case&apos;s window, save, then Check again.</source>
        <translation>Il manque au dossier les éléments listés ci-dessous. Ajoutez-les dans la fenêtre du dossier, enregistrez, puis cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="344"/>
        <source>The case has everything this form needs.</source>
        <translation>Le dossier contient tout ce dont ce formulaire a besoin.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="64"/>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="65"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="41"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
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
        <translation>Marquer comme accomplie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="57"/>
        <source>Waive…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="59"/>
        <source>Waive it and say why</source>
        <translation>L&apos;abandonner en indiquant pourquoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="60"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="76"/>
        <source>Add a deadline by hand</source>
        <translation>Ajouter une échéance manuellement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="86"/>
        <source>{0} to {1}</source>
        <translation>{0} au {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="89"/>
        <source>OVERDUE</source>
        <translation>DÉPASSÉE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="91"/>
        <source>done</source>
        <translation>accomplie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="93"/>
        <source>waived</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="95"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="97"/>
        <source>{0} · assumed</source>
        <translation>{0} · hypothèse</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="98"/>
        <source>(new deadline)</source>
        <translation>(nouvelle échéance)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="100"/>
        <source>{0} [to confirm]</source>
        <translation>{0} [à confirmer]</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="115"/>
        <source>court order</source>
        <translation>décision de justice</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="116"/>
        <source>set by hand</source>
        <translation>fixée manuellement</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="51"/>
        <source>1 business day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="52"/>
        <source>1 calendar day</source>
        <translation>1 jour calendaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="53"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="54"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="55"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="56"/>
        <source>A decision has neither its decision date nor its notification date recorded</source>
        <translation>Ni la date d&apos;une décision ni sa date de notification ne sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="58"/>
        <source>A document ({kind}) has no expiry date recorded</source>
        <translation>Aucune date d&apos;expiration n&apos;est enregistrée pour un document ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="59"/>
        <source>A document ({kind}) has no issue date recorded</source>
        <translation>Aucune date de délivrance n&apos;est enregistrée pour un document ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="62"/>
        <source>Assumes the case is in {place}: no home jurisdiction is recorded. Record it to confirm that this deadline applies.</source>
        <translation>Le dossier est présumé relever de {place} : aucune juridiction principale n&apos;est enregistrée. Enregistrez-la pour confirmer que cette échéance s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="63"/>
        <source>Assumes the child is not exempt as unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>L&apos;enfant est présumé ne pas être dispensé en tant que mineur non accompagné : ce statut n&apos;est pas enregistré. Enregistrez-le pour confirmer que cette échéance s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="64"/>
        <source>Assumes the child is unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>L&apos;enfant est présumé non accompagné : ce statut n&apos;est pas enregistré. Enregistrez-le pour confirmer que cette échéance s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="68"/>
        <source>Counted from the decision date, {day}, because no notification date is recorded: a decision is notified on or after the day it is made, so the deadline cannot be earlier. Record the notification date to confirm.</source>
        <translation>Calculé à compter de la date de la décision, le {day}, faute de date de notification enregistrée : une décision est notifiée le jour où elle est rendue ou plus tard, l&apos;échéance ne peut donc pas être antérieure. Enregistrez la date de notification pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="66"/>
        <source>Born on 29 February: in {year}, which has no 29 February, the child is taken to turn {years} on 28 February, the earlier of the two days laws use (others say 1 March), so that an age limit is never counted late.</source>
        <translation>Né un 29 février : en {year}, année sans 29 février, l’enfant est réputé avoir {years} ans le 28 février, le plus tôt des deux jours retenus par les lois (d’autres retiennent le 1er mars), afin qu’une limite d’âge ne soit jamais comptée trop tard.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="57"/>
        <source>A decision refusing return has neither its decision date nor its notification date recorded</source>
        <translation>Une décision de refus de retour n&apos;a ni sa date de décision ni sa date de notification enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="60"/>
        <source>A placement in {state} is recorded, but no request for consent to it (record the request and the day {state} received it)</source>
        <translation>Un placement en {state} est enregistré, mais aucune demande de consentement à ce placement (enregistrez la demande et le jour où {state} l&apos;a reçue)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="61"/>
        <source>A request for consent to a placement in {state} has neither the day it was sent nor the day it was received recorded</source>
        <translation>Une demande de consentement à un placement en {state} n&apos;a ni son jour d&apos;envoi ni son jour de réception enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="65"/>
        <source>Assumes the refusal to return rests solely on Art. 13(1)(b) or 13(2) of the 1980 Hague Convention (Art. 29(1)): its grounds are not recorded. Record them to confirm that this deadline applies.</source>
        <translation>Suppose que le refus de retour repose uniquement sur l&apos;art. 13(1)(b) ou 13(2) de la Convention de La Haye de 1980 (art. 29(1)) : ses motifs ne sont pas enregistrés. Enregistrez-les pour confirmer que ce délai s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="67"/>
        <source>Counted from the day the request was sent, {day}, because the day the requested State received it is not recorded: it cannot be received earlier. Record the day of receipt to confirm.</source>
        <translation>Compté à partir du jour d&apos;envoi de la demande, {day}, car le jour de sa réception par l&apos;État requis n&apos;est pas enregistré : elle ne peut pas être reçue plus tôt. Enregistrez le jour de réception pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="69"/>
        <source>Counted from the earliest day the age assessment allows the child to turn {years}, {day}, because no date of birth is recorded: record it to confirm.</source>
        <translation>Compté à partir du premier jour où, selon l’évaluation de l’âge, l’enfant peut avoir {years} ans, le {day}, faute de date de naissance enregistrée : enregistrez-la pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="70"/>
        <source>Counted from the earliest day the child can turn {years}, {day}, because the date of birth ({dob}) is not exactly known: the deadline cannot be earlier.</source>
        <translation>Compté à partir du premier jour où l’enfant peut avoir {years} ans, le {day}, car la date de naissance ({dob}) n’est pas connue exactement : l’échéance ne peut pas être plus tôt.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="71"/>
        <source>Counted from the first arrival, {day}, because no last arrival date is recorded: the last arrival is on or after it, so the deadline cannot be earlier. Record the last arrival to confirm.</source>
        <translation>Calculé à compter de la première arrivée, le {day}, faute de date de dernière arrivée enregistrée : la dernière arrivée a lieu ce jour-là ou plus tard, l&apos;échéance ne peut donc pas être antérieure. Enregistrez la dernière arrivée pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="72"/>
        <source>Counted with the public holidays of {place}, the forum of a proceeding, because no home jurisdiction is recorded: record it to confirm.</source>
        <translation>Calculé avec les jours fériés de {place}, siège du tribunal d&apos;une procédure, faute de juridiction principale enregistrée : enregistrez-la pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="73"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="74"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="75"/>
        <source>No arrival date of the child is recorded</source>
        <translation>Aucune date d&apos;arrivée de l&apos;enfant n&apos;est enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="76"/>
        <source>No date of birth (nor an age assessment) is recorded</source>
        <translation>Aucune date de naissance (ni évaluation de l&apos;âge) n&apos;est enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="77"/>
        <source>No home jurisdiction is recorded, so the public holidays to count cannot be told</source>
        <translation>Aucune juridiction principale n&apos;est enregistrée : impossible de déterminer les jours fériés à prendre en compte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="78"/>
        <source>No home jurisdiction is recorded, so whether a placement is abroad cannot be told</source>
        <translation>Aucune juridiction principale n&apos;est enregistrée : impossible de déterminer si un placement a lieu à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="79"/>
        <source>Not computed: {names}. The other deadlines of the case were computed; those of these rules are kept as they were. Correct the date and save the case: this reminder then goes away.</source>
        <translation>Non calculé : {names}. Les autres échéances du dossier ont été calculées ; celles de ces règles sont conservées telles quelles. Corrigez la date et enregistrez le dossier : ce rappel disparaîtra alors.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="80"/>
        <source>Record what is missing and save the case: the deadlines are then computed and this reminder goes away.</source>
        <translation>Complétez ce qui manque et enregistrez le dossier : les échéances seront alors calculées et ce rappel disparaîtra.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="81"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="82"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="83"/>
        <source>The date of birth is not exactly known. Earliest: {earliest} Latest: {latest}</source>
        <translation>La date de naissance n&apos;est pas connue avec précision. Au plus tôt : {earliest} Au plus tard : {latest}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="84"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="85"/>
        <source>To confirm: this rule has not been confirmed by a lawyer of the jurisdiction.</source>
        <translation>À confirmer : cette règle n&apos;a pas été confirmée par un avocat de la juridiction.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="86"/>
        <source>To confirm: {note}</source>
        <translation>À confirmer : {note}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="87"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="88"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="89"/>
        <source>a public holiday ({name}) in {place}</source>
        <translation>un jour férié ({name}) en {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="90"/>
        <source>a {weekday}</source>
        <translation>un {weekday}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="91"/>
        <source>a {weekday}, a weekend day in {jurisdiction}</source>
        <translation>un {weekday}, jour de repos hebdomadaire en {jurisdiction}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="92"/>
        <source>moved to the next business day, {day}</source>
        <translation>reporté au jour ouvré suivant, {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="93"/>
        <source>moved to the previous business day, {day}</source>
        <translation>avancé au jour ouvré précédent, {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="94"/>
        <source>{count} business days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="95"/>
        <source>{count} calendar days</source>
        <translation>{count} jours calendaires</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="96"/>
        <source>{count} months</source>
        <translation>{count} mois</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="97"/>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="98"/>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="99"/>
        <source>{day} is {what}</source>
        <translation>le {day} est {what}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="100"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="101"/>
        <source>{jurisdiction} (public holidays of {calendar})</source>
        <translation>{jurisdiction} (jours fériés de {calendar})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="102"/>
        <source>{note} {text}</source>
        <translation>{note} {text}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="103"/>
        <source>{period} after {start} is {due}.</source>
        <translation>{period} après le {start} : le {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="104"/>
        <source>{period} before {start} is {due}.</source>
        <translation>{period} avant le {start} : le {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="105"/>
        <source>{period} before {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} avant le {start}, calculés selon l&apos;art. 3 du règlement 1182/71 en {jurisdiction}, expirent le {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="106"/>
        <source>{period} from {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} à compter du {start}, calculés selon l&apos;art. 3 du règlement 1182/71 en {jurisdiction}, expirent le {due}.</translation>
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
        <translation>{title} ({rule}) : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="110"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="111"/>
        <source>{what}: follow this deadline up by hand.</source>
        <translation>{what} : suivez cette échéance manuellement.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="112"/>
        <source>{what}: record it to compute this deadline.</source>
        <translation>{what} : à enregistrer pour calculer cette échéance.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="113"/>
        <source>{why}; not moved: this period ends on that day whether or not it is a business day</source>
        <translation>{why} ; non reporté : ce délai expire ce jour-là, qu&apos;il soit ouvré ou non</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="114"/>
        <source>Counts above zero and below {low} are shown as &lt;{low}</source>
        <translation>Les effectifs supérieurs à zéro et inférieurs à {low} sont affichés sous la forme &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="115"/>
        <source>Counts above zero and below {low} are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>Les effectifs supérieurs à zéro et inférieurs à {low} sont affichés sous la forme &lt;{low} (inférieurs à {high}, affichés sous la forme &lt;{high}, dans les tableaux relatifs à l&apos;inquiétude de traite)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="116"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low}</source>
        <translation>Les effectifs inférieurs à {low}, zéro compris, sont affichés sous la forme &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="117"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>Les effectifs inférieurs à {low}, zéro compris, sont affichés sous la forme &lt;{low} (inférieurs à {high}, affichés sous la forme &lt;{high}, dans les tableaux relatifs à l&apos;inquiétude de traite)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="118"/>
        <source>further counts are hidden as {mark} where needed so that no hidden count can be worked out from the totals or from another table</source>
        <translation>d&apos;autres effectifs sont masqués par {mark} si nécessaire, afin qu&apos;aucun effectif masqué ne puisse être déduit des totaux ou d&apos;un autre tableau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="119"/>
        <source>no zero is shown</source>
        <translation>aucun zéro n&apos;est affiché</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="120"/>
        <source>the other counts are exact</source>
        <translation>les autres effectifs sont exacts</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="121"/>
        <source>the other counts are rounded to the nearest {base}, so totals may not add up</source>
        <translation>les autres effectifs sont arrondis au multiple de {base} le plus proche, si bien que les totaux peuvent ne pas correspondre à la somme des parties</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="122"/>
        <source>zeros are shown</source>
        <translation>les zéros sont affichés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="123"/>
        <source>{small}; {further}; {zeros}; {rounding}.</source>
        <translation>{small} ; {further} ; {zeros} ; {rounding}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="124"/>
        <source>a family member</source>
        <translation>un membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="125"/>
        <source>the child</source>
        <translation>l&apos;enfant</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="30"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="31"/>
        <source>Whose</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="32"/>
        <source>Number as recorded</source>
        <translation>Numéro tel qu&apos;enregistré</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="33"/>
        <source>Issuing authority</source>
        <translation>Autorité de délivrance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="34"/>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="35"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="36"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="37"/>
        <source>Original or copy</source>
        <translation>Original ou copie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="52"/>
        <source>&lt;b&gt;Documents recorded in more than one case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents enregistrés dans plusieurs dossiers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="55"/>
        <source>The same kind of document from the same country with the same number, in several cases: the same child recorded twice, one document used for two children, or a typing mistake. Compare them and correct the case that is wrong.</source>
        <translation>Le même type de document, du même pays et portant le même numéro, dans plusieurs dossiers&#xa0;: le même enfant enregistré deux fois, un document utilisé pour deux enfants, ou une erreur de saisie. Comparez-les et corrigez le dossier erroné.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="63"/>
        <source>Documents recorded in more than one case</source>
        <translation>Documents enregistrés dans plusieurs dossiers</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="66"/>
        <source>The records side by side</source>
        <translation>Les enregistrements côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="68"/>
        <source>Open the chosen record&apos;s case</source>
        <translation>Ouvrir le dossier de l&apos;enregistrement choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>%n to review.</source>
        <translation>
            <numerusform>%n à examiner.</numerusform>
            <numerusform>%n à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="108"/>
        <source>{0} ({1}) No. {2} — in %n case(s)</source>
        <translation>
            <numerusform>{0} ({1}) n° {2} — dans %n dossier</numerusform>
            <numerusform>{0} ({1}) n° {2} — dans %n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptDatabase</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="31"/>
        <source>Encrypting {0}…</source>
        <translation>Chiffrement de {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="46"/>
        <source>The database was not encrypted</source>
        <translation>La base de données n’a pas été chiffrée</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/guardian_desk/ui/i18n.py" line="94"/>
        <source>… and {0} more problems</source>
        <translation>… et {0} autres problèmes</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="35"/>
        <source>Attach scan…</source>
        <translation>Joindre une numérisation…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="38"/>
        <source>PDF, JPEG, PNG or TIFF; or drop the files on the list</source>
        <translation>PDF, JPEG, PNG ou TIFF&#xa0;; ou déposez les fichiers sur la liste</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="51"/>
        <source>View pages…</source>
        <translation>Voir les pages…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="87"/>
        <source>Attach scans</source>
        <translation>Joindre des numérisations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="89"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="126"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="127"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="128"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="129"/>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="130"/>
        <source>a part of it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>une de ses parties se décompresse en plus de {most} (pour un fichier de {size}) : il est construit comme une bombe de décompression</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="131"/>
        <source>an image inside it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>une image qu&apos;il contient annonce {claimed}, plus qu&apos;aucun scan (au plus {most} millions)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="132"/>
        <source>an image inside it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>une image qu&apos;il contient annonce {width} × {height} pixels, plus qu&apos;aucun scan (au plus {most} millions)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="133"/>
        <source>an image inside it has no sensible size</source>
        <translation>une image qu&apos;il contient n&apos;a pas de taille plausible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="134"/>
        <source>it cannot be read as an image</source>
        <translation>il ne peut pas être lu comme une image</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="135"/>
        <source>it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>il annonce {claimed}, plus qu&apos;aucun scan (au plus {most} millions)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="136"/>
        <source>it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>il annonce {width} × {height} pixels, plus qu&apos;aucun scan (au plus {most} millions)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="137"/>
        <source>it has more than {most} pages</source>
        <translation>il a plus de {most} pages</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="138"/>
        <source>it has no file name</source>
        <translation>il n&apos;a pas de nom de fichier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="139"/>
        <source>it has no pages</source>
        <translation>il n&apos;a aucune page</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="140"/>
        <source>it has {pages} pages (at most {most})</source>
        <translation>il a {pages} pages (au plus {most})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="141"/>
        <source>it is built beyond what any scan needs (too many parts, or parts too deep)</source>
        <translation>sa structure dépasse ce dont un scan a besoin (trop de parties, ou trop imbriquées)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="142"/>
        <source>it is damaged: a part of it cannot be unpacked</source>
        <translation>il est endommagé : une de ses parties ne peut pas être décompressée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="143"/>
        <source>it is damaged: it cannot be opened</source>
        <translation>il est endommagé : il ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="144"/>
        <source>it is damaged: it cannot be read as a PDF</source>
        <translation>il est endommagé : il ne peut pas être lu comme un PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="145"/>
        <source>it is damaged: it cannot be read as an image</source>
        <translation>il est endommagé : il ne peut pas être lu comme une image</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="146"/>
        <source>it is damaged: its picture cannot be read whole</source>
        <translation>il est endommagé : son image ne peut pas être lue en entier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="147"/>
        <source>it is damaged: one of its pages cannot be read</source>
        <translation>il est endommagé : une de ses pages ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="148"/>
        <source>it is locked with a password; attach an unlocked copy</source>
        <translation>il est protégé par un mot de passe ; joignez une copie déverrouillée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="149"/>
        <source>it is packed in a way the program cannot check</source>
        <translation>il est compressé d&apos;une façon que le programme ne peut pas vérifier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="150"/>
        <source>it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>il se décompresse en plus de {most} (pour un fichier de {size}) : il est construit comme une bombe de décompression</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="151"/>
        <source>its name holds a character that may not be in a file name ({character})</source>
        <translation>son nom contient un caractère interdit dans un nom de fichier ({character})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="152"/>
        <source>its name holds folders (/ or \), which a file&apos;s name may not hold</source>
        <translation>son nom contient des dossiers (/ ou \), ce qu&apos;un nom de fichier ne peut contenir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="153"/>
        <source>its name is longer than 255 characters</source>
        <translation>son nom dépasse 255 caractères</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="154"/>
        <source>its structure loops back on itself</source>
        <translation>sa structure boucle sur elle-même</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="155"/>
        <source>more pixels</source>
        <translation>davantage de pixels</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="156"/>
        <source>opening it made the checking process stop</source>
        <translation>son ouverture a arrêté le processus de vérification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="157"/>
        <source>opening it needs more memory than a scan may take</source>
        <translation>son ouverture demande plus de mémoire qu&apos;un scan ne peut en prendre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="158"/>
        <source>{count} million pixels</source>
        <translation>{count} millions de pixels</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="159"/>
        <source>{name} cannot be read: {why}.</source>
        <translation>{name} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="160"/>
        <source>{name} is declared as {declared} but is {kind}: it was not attached.</source>
        <translation>{name} est déclaré comme {declared} mais c&apos;est {kind} : il n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="161"/>
        <source>{name} is empty (0 bytes): nothing to attach.</source>
        <translation>{name} est vide (0 octet) : rien à joindre.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="162"/>
        <source>{name} is named as a {suffix} file but is {kind}: check that it is the right file, and rename it before attaching it.</source>
        <translation>{name} porte l&apos;extension {suffix} mais c&apos;est {kind} : vérifiez que c&apos;est le bon fichier et renommez-le avant de le joindre.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="163"/>
        <source>{name} is not a PDF, JPEG, PNG or TIFF file (by its content, whatever its name or declared type says): only scans in those formats can be attached.</source>
        <translation>{name} n&apos;est pas un fichier PDF, JPEG, PNG ou TIFF (d&apos;après son contenu, quoi qu&apos;en disent son nom ou son type déclaré) : seuls les scans dans ces formats peuvent être joints.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="164"/>
        <source>{name} is too large to attach ({size} MB; the limit is {limit} MB). Scan it at a lower resolution or split it.</source>
        <translation>{name} est trop volumineux pour être joint ({size} Mo ; la limite est de {limit} Mo). Numérisez-le à une résolution plus faible ou scindez-le.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="165"/>
        <source>{name} is too large to attach.</source>
        <translation>{name} est trop volumineux pour être joint.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="166"/>
        <source>{name} took too long to open (more than {seconds} s): it may be damaged, or made to hang programs. It was not attached.</source>
        <translation>L&apos;ouverture de {name} a pris trop de temps (plus de {seconds} s) : il est peut-être endommagé, ou conçu pour bloquer les programmes. Il n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="167"/>
        <source>{name} was not attached: {problem}.</source>
        <translation>{name} n&apos;a pas été joint : {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="168"/>
        <source>{name} was not opened: {stopped} files before it had to be stopped while they were checked, so the rest were refused unchecked. It was not attached.</source>
        <translation>{name} n&apos;a pas été ouvert : la vérification de {stopped} fichiers avant lui a dû être arrêtée, les suivants ont donc été refusés sans vérification. Il n&apos;a pas été joint.</translation>
    </message>
</context>
<context>
    <name>FilingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="55"/>
        <source>Filings made for this case</source>
        <translation>Actes établis pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="58"/>
        <source>Filing</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="59"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="60"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="61"/>
        <source>Made by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="62"/>
        <source>Made</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="71"/>
        <source>New filing…</source>
        <translation>Nouvel acte…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="73"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="74"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="75"/>
        <source>Make again</source>
        <translation>Établir à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="77"/>
        <source>The same form, languages and typed values, from the case as it is now</source>
        <translation>Le même formulaire, les mêmes langues et valeurs saisies, à partir du dossier tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="85"/>
        <source>Filings are kept here as they were made; the case&apos;s unsaved changes are not in them until it is saved.</source>
        <translation>Les actes sont conservés ici tels qu&apos;ils ont été établis&#xa0;; les modifications non enregistrées du dossier n&apos;y figurent qu&apos;une fois celui-ci enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="167"/>
        <source>This filing&apos;s file is no longer in the database.</source>
        <translation>Le fichier de cet acte ne se trouve plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="192"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="217"/>
        <source>Making the filing again…</source>
        <translation>Nouvel établissement de l&apos;acte…</translation>
    </message>
</context>
<context>
    <name>FilingWizard</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="573"/>
        <source>New filing</source>
        <translation>Nouvel acte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="590"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FilingsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="81"/>
        <source>Find hearings</source>
        <translation>Rechercher les audiences</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="84"/>
        <source>Hearings to make the filing for</source>
        <translation>Audiences pour lesquelles établir l&apos;acte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="87"/>
        <source>When (at the forum)</source>
        <translation>Quand (heure du tribunal)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="88"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="89"/>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="90"/>
        <source>Forum</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="91"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="99"/>
        <source>Make filings</source>
        <translation>Établir les actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="101"/>
        <source>Print all…</source>
        <translation>Tout imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="102"/>
        <source>Save all to a folder…</source>
        <translation>Tout enregistrer dans un répertoire…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="107"/>
        <source>Filings that could not be made, and why</source>
        <translation>Actes qui n&apos;ont pas pu être établis, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="111"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="113"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="115"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="177"/>
        <source>%n hearing(s); untick those that need no filing.</source>
        <translation>
            <numerusform>%n audience&#xa0;; décochez-la si elle ne nécessite aucun acte.</numerusform>
            <numerusform>%n audiences&#xa0;; décochez celles qui ne nécessitent aucun acte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="227"/>
        <source>Making %n filing(s)…</source>
        <translation>
            <numerusform>Établissement de %n acte…</numerusform>
            <numerusform>Établissement de %n actes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="234"/>
        <source>Made {0}; could not make {1}. Each filing made is kept in its case.</source>
        <translation>Établis&#xa0;: {0}&#xa0;; impossibles à établir&#xa0;: {1}. Chaque acte établi est conservé dans son dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="258"/>
        <source>Filings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="265"/>
        <source>Preparing to print…</source>
        <translation>Préparation de l&apos;impression…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="273"/>
        <source>Save the filings to</source>
        <translation>Enregistrer les actes dans</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="290"/>
        <source>Saved %n file(s) to {0}.</source>
        <translation>
            <numerusform>%n fichier enregistré dans {0}.</numerusform>
            <numerusform>%n fichiers enregistrés dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="226"/>
        <source>Make the administrator of this database</source>
        <translation>Créer l&apos;administrateur de cette base</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="230"/>
        <source>This database has no users yet. Choose the administrator&apos;s user name and passphrase: they add the team&apos;s other users and give each a role. A passphrase is at least 12 characters; a few words you will remember are best.</source>
        <translation>Cette base n&apos;a encore aucun utilisateur. Choisissez le nom d&apos;utilisateur et la phrase secrète de l&apos;administrateur : il ajoute les autres membres de l&apos;équipe et donne un rôle à chacun. Une phrase secrète compte au moins 12 caractères ; quelques mots dont vous vous souviendrez sont le mieux.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="242"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="243"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="244"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète encore :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="246"/>
        <source>Make the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="250"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="48"/>
        <source>Choose the form</source>
        <translation>Choisir le formulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="49"/>
        <source>The forms listed are those meant for the chosen proceeding.</source>
        <translation>Les formulaires proposés sont ceux prévus pour la procédure choisie.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="56"/>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="59"/>
        <source>The court&apos;s language unless you choose another</source>
        <translation>La langue de la juridiction, sauf si vous en choisissez une autre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="63"/>
        <source>The child&apos;s language, beside the court&apos;s or after it</source>
        <translation>La langue de l&apos;enfant, à côté de celle du tribunal ou à sa suite</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="71"/>
        <source>Side by side, paragraph by paragraph</source>
        <translation>Côte à côte, paragraphe par paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="72"/>
        <source>One after the other</source>
        <translation>L&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="74"/>
        <source>Proceeding</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="75"/>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="76"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="77"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="78"/>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="80"/>
        <source>Two languages</source>
        <translation>Deux langues</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="81"/>
        <source>Arabic-Indic digits in Arabic, Dari or Pashto</source>
        <translation>Chiffres arabes orientaux en arabe, dari ou pachto</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="83"/>
        <source>Where the forum wants them (٠١٢٣ rather than 0123)</source>
        <translation>Lorsque la juridiction les demande (٠١٢٣ au lieu de 0123)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="121"/>
        <source>— no hearing —</source>
        <translation>— aucune audience —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="203"/>
        <source>{0} — chosen by you</source>
        <translation>{0} — choisie par vous</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="205"/>
        <source>no second language — chosen by you</source>
        <translation>pas de seconde langue — choisi par vous</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="60"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="169"/>
        <source>A certificate of service filed on its own: which documents were served, on whom, how and when, signed by the person who served them.</source>
        <translation>Un certificat de notification déposé séparément : les documents notifiés, leurs destinataires, le mode et la date de la notification ; signé par la personne qui y a procédé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="170"/>
        <source>A list of the exhibits filed: label, description (with translations and authentication), and the number of pages of each exhibit&apos;s attached file(s).</source>
        <translation>La liste des pièces déposées : cote, description (avec traductions et authentification) et nombre de pages du ou des fichiers joints à chaque pièce.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="172"/>
        <source>Anything else the court should know (e.g. the child asks for an interpreter of the same sex)</source>
        <translation>Toute autre information utile au tribunal (p. ex. l&apos;enfant demande un interprète du même sexe)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="173"/>
        <source>Applicant (the guardian if empty)</source>
        <translation>Partie requérante (le tuteur si vide)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="174"/>
        <source>Article of the Convention on which the foreign authority&apos;s jurisdiction rested (5, 6, 7, 8, 9, 10 or 11)</source>
        <translation>Article de la Convention sur lequel reposait la compétence de l&apos;autorité étrangère (5, 6, 7, 8, 9, 10 ou 11)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="176"/>
        <source>Asks the authority of a Contracting State for an advance decision under Article 24 of the Hague Child Protection Convention of 19 October 1996 that a guardianship order made in another Contracting State is recognised (Art. 23(1)), showing that none of the grounds of Art. 23(2) applies, and, where the child now lives in the requested State, for a certificate under Art. 40. Only for orders from a Contracting State (the United States is not one). Between EU Member States other than Denmark, Regulation (EU) 2019/1111 applies instead.</source>
        <translation>Demande à l&apos;autorité d&apos;un État contractant de statuer à titre préalable, en vertu de l&apos;article 24 de la Convention de La Haye du 19 octobre 1996 sur la protection des enfants, sur la reconnaissance d&apos;une décision de tutelle rendue dans un autre État contractant (art. 23, par. 1), en établissant qu&apos;aucun des motifs de l&apos;art. 23, par. 2 ne s&apos;applique, et, lorsque l&apos;enfant vit désormais dans l&apos;État requis, de délivrer un certificat au titre de l&apos;art. 40. Uniquement pour les décisions rendues dans un État contractant (les États-Unis n&apos;en font pas partie). Entre États membres de l&apos;UE autres que le Danemark, c&apos;est le règlement (UE) 2019/1111 qui s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="177"/>
        <source>Asks the court to appoint a guardian of the person of the child: the child, birth, nationality, arrival, where the child lives, the parents, the proposed guardian, why the appointment is in the child&apos;s best interests, and the relief asked for. In US courts it ends with the petitioner&apos;s verification; a certificate of service is added when the persons served are named.</source>
        <translation>Demande au tribunal de désigner un tuteur à la personne de l&apos;enfant : l&apos;enfant, sa naissance, sa nationalité, son arrivée, son lieu de vie, ses parents, le tuteur proposé, les raisons pour lesquelles la désignation est conforme à l&apos;intérêt supérieur de l&apos;enfant, et les demandes formées. Devant les juridictions américaines, elle se termine par l&apos;attestation de véracité du requérant ; un certificat de notification est ajouté lorsque les destinataires de la notification sont indiqués.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="178"/>
        <source>Asks the court to provide a qualified interpreter in the child&apos;s language (and dialect, if given) for the next hearing, for the whole of the hearing and for the child&apos;s conversations with counsel during it.</source>
        <translation>Demande au tribunal de fournir un interprète qualifié dans la langue de l&apos;enfant (et dans son dialecte, s&apos;il est indiqué) pour la prochaine audience, pendant toute sa durée et pour les échanges de l&apos;enfant avec son avocat au cours de celle-ci.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="179"/>
        <source>Asks the state court (juvenile, family or probate) to make the three findings a Special Immigrant Juvenile petition needs: (a) dependency or custody, (b) reunification with one or both parents not viable due to abuse, neglect, abandonment or a similar basis under state law, (c) return to the country of nationality not in the child&apos;s best interest; each with its federal basis (8 U.S.C. § 1101(a)(27)(J); 8 C.F.R. § 204.11) and the state-law provision for the court&apos;s state. Filed in the state-court guardianship or custody proceeding, not with USCIS. Check the state citations before filing; where the form has none it says so in brackets.</source>
        <translation>Demande au tribunal de l&apos;État (juridiction des mineurs, de la famille ou des successions) de prononcer les trois constatations qu&apos;exige une demande de statut spécial de jeune immigrant : a) dépendance à l&apos;égard du tribunal ou placement sous la garde d&apos;un tiers, b) réunification avec l&apos;un des parents ou les deux non envisageable en raison de maltraitance, de négligence, d&apos;abandon ou d&apos;un motif analogue prévu par le droit de l&apos;État, c) retour dans le pays de nationalité contraire à l&apos;intérêt supérieur de l&apos;enfant ; chacune avec son fondement fédéral (8 U.S.C. § 1101(a)(27)(J) ; 8 C.F.R. § 204.11) et la disposition correspondante du droit de l&apos;État du tribunal. À déposer dans la procédure de tutelle ou de garde devant le tribunal de l&apos;État, et non auprès de l&apos;USCIS. Vérifiez les références au droit de l&apos;État avant le dépôt ; lorsque le formulaire n&apos;en contient pas, il l&apos;indique entre crochets.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="180"/>
        <source>Attorney&apos;s State Bar number</source>
        <translation>Numéro d&apos;inscription de l&apos;avocat au barreau de l&apos;État (State Bar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="181"/>
        <source>Attorney&apos;s e-mail</source>
        <translation>Courriel de l&apos;avocat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="182"/>
        <source>Attorney&apos;s firm or organisation</source>
        <translation>Cabinet ou organisme de l&apos;avocat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="183"/>
        <source>Attorney&apos;s name, for the attorney block of California pleadings (blank: the lawyer on the case)</source>
        <translation>Nom de l&apos;avocat, pour le bloc d&apos;identification de l&apos;avocat des actes de procédure californiens (vide : l&apos;avocat du dossier)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="184"/>
        <source>Attorney&apos;s office address (one line each)</source>
        <translation>Adresse du cabinet de l&apos;avocat (chaque élément sur une ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="185"/>
        <source>Attorney&apos;s telephone</source>
        <translation>Téléphone de l&apos;avocat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="187"/>
        <source>Certificate of service</source>
        <translation>Certificat de notification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="188"/>
        <source>Certificate of translation</source>
        <translation>Certificat de traduction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="189"/>
        <source>Country of last habitual residence, if not the country of nationality</source>
        <translation>Pays de la dernière résidence habituelle, s&apos;il diffère du pays de nationalité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="190"/>
        <source>Date of service (today if empty)</source>
        <translation>Date de la notification (aujourd&apos;hui si vide)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="192"/>
        <source>Declaration of the child</source>
        <translation>Déclaration de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="193"/>
        <source>Declaration of the guardian</source>
        <translation>Déclaration du tuteur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="194"/>
        <source>Dialect or regional variety, if it matters (e.g. Sorani, Eritrean Tigrinya)</source>
        <translation>Dialecte ou variété régionale, le cas échéant (p. ex. sorani, tigrigna d&apos;Érythrée)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="195"/>
        <source>Document translated (e.g. birth certificate of the child issued in Kabul on 3 May 2015)</source>
        <translation>Document traduit (p. ex. acte de naissance de l&apos;enfant délivré à Kaboul le 3 mai 2015)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="196"/>
        <source>Documents served (e.g. the petition for appointment of a guardian and the notice of hearing)</source>
        <translation>Documents notifiés (p. ex. la requête en désignation d&apos;un tuteur et l&apos;avis d&apos;audience)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="197"/>
        <source>Exhibit index</source>
        <translation>Bordereau de pièces</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="198"/>
        <source>Facts showing return to the country of nationality is not in the child&apos;s best interest (one paragraph a line)</source>
        <translation>Faits établissant que le retour dans le pays de nationalité est contraire à l&apos;intérêt supérieur de l&apos;enfant (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="199"/>
        <source>Facts showing reunification is not viable (one paragraph a line)</source>
        <translation>Faits établissant que la réunification n&apos;est pas envisageable (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="200"/>
        <source>Firm or organisation on the signature</source>
        <translation>Cabinet ou organisme figurant sous la signature</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="201"/>
        <source>Further orders asked for (one a line)</source>
        <translation>Autres mesures demandées (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="202"/>
        <source>Ground under state law (abuse, neglect, abandonment, or the similar basis)</source>
        <translation>Motif prévu par le droit de l&apos;État (maltraitance, négligence, abandon ou motif analogue)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="203"/>
        <source>How and in what language the child&apos;s views were obtained</source>
        <translation>Comment et dans quelle langue l&apos;opinion de l&apos;enfant a été recueillie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="204"/>
        <source>How the child came to be here, briefly (one paragraph a line)</source>
        <translation>Comment l&apos;enfant est arrivé ici, en bref (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="205"/>
        <source>How the child is dependent on the court or placed in someone&apos;s custody, if not by the guardian on the case (one paragraph a line)</source>
        <translation>En quoi l&apos;enfant relève du tribunal ou a été confié à la garde d&apos;une personne, si ce n&apos;est pas au tuteur désigné dans le dossier (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="206"/>
        <source>How the child was given an opportunity to be heard in the foreign proceedings (or why not, e.g. urgency)</source>
        <translation>Comment l&apos;enfant a eu la possibilité d&apos;être entendu dans la procédure étrangère (ou pourquoi non, p. ex. l&apos;urgence)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="207"/>
        <source>How the parents have been or will be given notice, or why notice should be dispensed with</source>
        <translation>Comment les parents ont été ou seront avisés, ou pourquoi il convient de dispenser de cet avis</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="208"/>
        <source>How the persons with parental responsibility were heard in the foreign proceedings, if known</source>
        <translation>Comment les titulaires de la responsabilité parentale ont été entendus dans la procédure étrangère, si on le sait</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="209"/>
        <source>How they were served (e.g. first-class mail, postage prepaid)</source>
        <translation>Mode de notification (p. ex. courrier de première classe, port payé)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="210"/>
        <source>How they were served (e.g. first-class mail, postage prepaid; personal delivery; e-mail by consent)</source>
        <translation>Mode de notification (p. ex. courrier de première classe, port payé ; remise en main propre ; courriel avec l&apos;accord du destinataire)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="211"/>
        <source>If the order placed the child in care in another Contracting State: how Article 33 was complied with</source>
        <translation>Si la décision a ordonné le placement de l&apos;enfant dans un autre État contractant : comment l&apos;article 33 a été respecté</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="175"/>
        <source>Ask also for a certificate under Article 40</source>
        <translation>Demander aussi un certificat au titre de l’article 40</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="171"/>
        <source>A report of a best-interests assessment or determination recorded in the case (the latest, or the one held on the day typed): who took part, the child&apos;s views in the child&apos;s own words, the options considered, the recommendation and, for a determination, the decision and its review; signed by the person who made it.</source>
        <translation>Le rapport d&apos;une évaluation ou d&apos;une détermination de l&apos;intérêt supérieur enregistrée dans le dossier (la plus récente, ou celle réalisée le jour saisi) : les participants, l&apos;opinion de l&apos;enfant avec ses propres mots, les options envisagées, la recommandation et, pour une détermination, la décision et son réexamen ; signé par la personne qui l&apos;a réalisée.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="186"/>
        <source>Best-interests assessment</source>
        <translation>Évaluation de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="191"/>
        <source>Day of the assessment or determination to report, YYYY-MM-DD (blank: the latest)</source>
        <translation>Jour de l&apos;évaluation ou de la détermination objet du rapport, AAAA-MM-JJ (vide : la plus récente)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="212"/>
        <source>Include the child&apos;s recorded views</source>
        <translation>Joindre les opinions consignées de l’enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="213"/>
        <source>Interpreter who read the declaration to the child (if not the hearing&apos;s interpreter)</source>
        <translation>Interprète qui a lu la déclaration à l&apos;enfant (s&apos;il ne s&apos;agit pas de l&apos;interprète de l&apos;audience)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="214"/>
        <source>Language translated from</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="215"/>
        <source>Language translated into</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="216"/>
        <source>Legal basis of the court&apos;s jurisdiction (e.g. a statute), if it is to be stated</source>
        <translation>Fondement juridique de la compétence du tribunal (p. ex. une loi), s&apos;il doit être indiqué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="217"/>
        <source>Motion for special findings (Special Immigrant Juvenile status)</source>
        <translation>Requête aux fins de constatations spéciales (statut spécial de jeune immigrant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="218"/>
        <source>Name of the person who made the assessment or determination (signs the report)</source>
        <translation>Nom de la personne qui a réalisé l&apos;évaluation ou la détermination (signe le rapport)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="219"/>
        <source>Notice of hearing</source>
        <translation>Avis d&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="220"/>
        <source>Others at the hearing who need the interpreter (e.g. the child&apos;s aunt)</source>
        <translation>Autres personnes présentes à l&apos;audience ayant besoin de l&apos;interprète (p. ex. la tante de l&apos;enfant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="221"/>
        <source>Parent(s) with whom reunification is not viable (e.g. &quot;father&quot;, &quot;mother and father&quot;)</source>
        <translation>Parent(s) avec qui la réunification n&apos;est pas envisageable (p. ex. « le père », « la mère et le père »)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="222"/>
        <source>Party the attorney represents (after &quot;Attorney for&quot;, e.g. Petitioner)</source>
        <translation>Partie représentée par l&apos;avocat (après « Avocat de », p. ex. la partie requérante)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="223"/>
        <source>Person signing for the guardian, if the guardian is an office or agency</source>
        <translation>Personne signant pour le tuteur, si le tuteur est un service ou un organisme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="224"/>
        <source>Person who served them (the lawyer on the case if empty)</source>
        <translation>Personne ayant procédé à la notification (l&apos;avocat du dossier si vide)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="225"/>
        <source>Persons seen and documents read, with dates (one a line)</source>
        <translation>Personnes rencontrées et documents consultés, avec les dates (un élément par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="226"/>
        <source>Persons served, with their addresses (one a line; leave empty for no certificate of service)</source>
        <translation>Destinataires de la notification, avec leur adresse (un par ligne ; laisser vide pour ne pas joindre de certificat de notification)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="227"/>
        <source>Persons served, with their addresses or e-mail (one a line)</source>
        <translation>Destinataires de la notification, avec leur adresse postale ou électronique (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="228"/>
        <source>Petition for appointment of a guardian of the person</source>
        <translation>Requête en désignation d&apos;un tuteur à la personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="229"/>
        <source>Petitioner, if not the proposed guardian (e.g. the minor, where the law allows)</source>
        <translation>Requérant, s&apos;il ne s&apos;agit pas du tuteur proposé (p. ex. le mineur, lorsque la loi le permet)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="230"/>
        <source>Proposed guardian&apos;s address</source>
        <translation>Adresse du tuteur proposé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="231"/>
        <source>Proposed guardian&apos;s name</source>
        <translation>Nom du tuteur proposé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="232"/>
        <source>Proposed guardian&apos;s relationship to the child (e.g. maternal uncle)</source>
        <translation>Lien du tuteur proposé avec l&apos;enfant (p. ex. oncle maternel)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="233"/>
        <source>Recognition request (Hague 1996, Art. 24)</source>
        <translation>Demande de reconnaissance (La Haye 1996, art. 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="234"/>
        <source>Recommendations to the court (one a line)</source>
        <translation>Recommandations au tribunal (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="235"/>
        <source>Report of the guardian ad litem</source>
        <translation>Rapport de l&apos;administrateur ad hoc</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="236"/>
        <source>Request for an interpreter</source>
        <translation>Demande d&apos;interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="237"/>
        <source>Signer&apos;s bar number</source>
        <translation>Numéro d&apos;inscription au barreau du signataire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="238"/>
        <source>Signer&apos;s role</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="239"/>
        <source>Since when the guardian has known the child</source>
        <translation>Depuis quand le tuteur connaît l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="240"/>
        <source>Tells the child, the family and the parties when and where the next hearing is, and that an interpreter will be there.</source>
        <translation>Informe l&apos;enfant, la famille et les parties de la date et du lieu de la prochaine audience, et de la présence d&apos;un interprète.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="241"/>
        <source>That person&apos;s position (e.g. caseworker)</source>
        <translation>Fonction de cette personne (p. ex. travailleur social)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="242"/>
        <source>That person&apos;s role</source>
        <translation>Qualité de cette personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="243"/>
        <source>The child&apos;s own account, in numbered first-person paragraphs: who the child is, arrival, where the child lives, what the child wants the court to know, and the child&apos;s recorded views; signed by the child, with the interpreter&apos;s certificate where the child needs an interpreter. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>Le récit de l&apos;enfant lui-même, en paragraphes numérotés à la première personne : qui est l&apos;enfant, son arrivée, son lieu de vie, ce que l&apos;enfant souhaite faire savoir au tribunal et son opinion consignée ; signé par l&apos;enfant, avec le certificat de l&apos;interprète lorsque l&apos;enfant a besoin d&apos;un interprète. Sous peine de parjure dans les procédures américaines ; ailleurs, une simple déclaration de véracité.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="244"/>
        <source>The child&apos;s situation: health, schooling, care, relationships (one paragraph a line)</source>
        <translation>Situation de l&apos;enfant : santé, scolarité, prise en charge, relations (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="245"/>
        <source>The filing these exhibits support (e.g. the petition for appointment of a guardian)</source>
        <translation>L&apos;acte à l&apos;appui duquel ces pièces sont produites (p. ex. la requête en désignation d&apos;un tuteur)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="246"/>
        <source>The guardian ad litem&apos;s assessment (one paragraph a line)</source>
        <translation>Appréciation de l&apos;administrateur ad hoc (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="247"/>
        <source>The guardian ad litem&apos;s report to the court: the appointment, the sources of information, the child&apos;s situation, the child&apos;s views (each recorded note quoted), the assessment and the recommendations; signed by the guardian ad litem.</source>
        <translation>Le rapport de l&apos;administrateur ad hoc au tribunal : la désignation, les sources d&apos;information, la situation de l&apos;enfant, l&apos;opinion de l&apos;enfant (chaque note consignée étant citée), l&apos;appréciation et les recommandations ; signé par l&apos;administrateur ad hoc.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="248"/>
        <source>The guardian&apos;s (or temporary custodian&apos;s) account in numbered first-person paragraphs: the appointment and its powers, the child&apos;s placement, and what the guardian wants the court to know; signed by the guardian, or for an office or agency by the person signing for it. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>Le récit du tuteur (ou du gardien provisoire) en paragraphes numérotés à la première personne : la désignation et ses pouvoirs, le placement de l&apos;enfant et ce que le tuteur souhaite faire savoir au tribunal ; signé par le tuteur ou, pour un service ou un organisme, par la personne qui signe en son nom. Sous peine de parjure dans les procédures américaines ; ailleurs, une simple déclaration de véracité.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="249"/>
        <source>The translator certifies competence in both languages and that the translation of the named document is complete and accurate (as USCIS and the immigration courts require for every foreign-language document: 8 C.F.R. §§ 103.2(b)(3), 1003.33); signed by the translator.</source>
        <translation>Le traducteur certifie sa compétence dans les deux langues ainsi que le caractère complet et exact de la traduction du document désigné (comme l&apos;exigent l&apos;USCIS et les tribunaux de l&apos;immigration pour tout document en langue étrangère : 8 C.F.R. §§ 103.2(b)(3), 1003.33) ; signé par le traducteur.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="250"/>
        <source>Their function (blank: best-interests assessor, or the determination panel)</source>
        <translation>Sa fonction (vide : évaluateur de l&apos;intérêt supérieur, ou comité de détermination)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="251"/>
        <source>Translator&apos;s address</source>
        <translation>Adresse du traducteur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="252"/>
        <source>Translator&apos;s name</source>
        <translation>Nom du traducteur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="253"/>
        <source>Translator&apos;s qualification (e.g. native speaker of Dari, ten years&apos; experience as a translator)</source>
        <translation>Qualification du traducteur (p. ex. locuteur natif du dari, dix ans d&apos;expérience en traduction)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="254"/>
        <source>What the child says, in the child&apos;s own words and in the first person (one paragraph a line)</source>
        <translation>Ce que dit l&apos;enfant, avec ses propres mots et à la première personne (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="255"/>
        <source>What the guardian states, in the first person (one paragraph a line)</source>
        <translation>Ce que déclare le tuteur, à la première personne (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="256"/>
        <source>Where the child signs (city)</source>
        <translation>Lieu de signature de l&apos;enfant (ville)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="257"/>
        <source>Where the guardian signs (city)</source>
        <translation>Lieu de signature du tuteur (ville)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="258"/>
        <source>Where the report is signed (city)</source>
        <translation>Lieu de signature du rapport (ville)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="259"/>
        <source>Where the translator signs (city)</source>
        <translation>Lieu de signature du traducteur (ville)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="260"/>
        <source>Why an advance decision is needed now (one paragraph a line)</source>
        <translation>Pourquoi une décision préalable est nécessaire dès maintenant (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="261"/>
        <source>Why the appointment is in the child&apos;s best interests (one paragraph a line)</source>
        <translation>Pourquoi la désignation est conforme à l&apos;intérêt supérieur de l&apos;enfant (un paragraphe par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="262"/>
        <source>Your role ({role}) may not read the case&apos;s {sections}, which this form is made from; someone whose role may read them can make it.</source>
        <translation>Votre rôle ({role}) ne permet pas de lire les parties du dossier dont ce formulaire est tiré ({sections}) ; une personne dont le rôle permet de les lire peut l&apos;établir.</translation>
    </message>
</context>
<context>
    <name>HearingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="174"/>
        <source>Record outcome…</source>
        <translation>Consigner l&apos;issue…</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="101"/>
        <source>The folder {folder} cannot be made: {reason}</source>
        <translation>Le dossier {folder} ne peut pas être créé : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="136"/>
        <source>This database is already open in {app} (process {pid} on host {host}). Close it there first, or open another database.</source>
        <translation>Cette base est déjà ouverte dans {app} (processus {pid} sur l&apos;hôte {host}). Fermez-la d&apos;abord là-bas, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="141"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="149"/>
        <source>This database is already open in another Guardian Desk. Close it there first, or open another database.</source>
        <translation>Cette base est déjà ouverte dans un autre Guardian Desk. Fermez-la d&apos;abord là-bas, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="157"/>
        <source>Guardian Desk may not write in the folder of this database, so it cannot make sure no one else has it open: {path}</source>
        <translation>Guardian Desk ne peut pas écrire dans le dossier de cette base et ne peut donc pas s&apos;assurer que personne d&apos;autre ne l&apos;a ouverte : {path}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="164"/>
        <source>Guardian Desk cannot create the lock file {path}.</source>
        <translation>Guardian Desk ne peut pas créer le fichier de verrou {path}.</translation>
    </message>
</context>
<context>
    <name>LanguagesCell</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="110"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="112"/>
        <source>Second language</source>
        <translation>Seconde langue</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26"/>
        <source>Filings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="27"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="29"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Search names in any script, aliases, docket or document numbers (Ctrl+F)</source>
        <translation>Rechercher des noms dans toute écriture, des alias, des numéros de rôle ou de documents (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>Filter by jurisdiction</source>
        <translation>Filtrer par juridiction</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="73"/>
        <source>&amp;Lawyer</source>
        <translation>A&amp;vocat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Filter by assigned lawyer</source>
        <translation>Filtrer par avocat assigné</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="86"/>
        <source>&amp;Age</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>Filter by age band</source>
        <translation>Filtrer par tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>&amp;Hearing within</source>
        <translation>Audience &amp;sous</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Only cases with a hearing soon</source>
        <translation>Uniquement les dossiers ayant une audience prochaine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Days until the hearing</source>
        <translation>Jours avant l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="153"/>
        <source>Court-ready filings and hearing packets are not available in this version yet.</source>
        <translation>Les actes prêts pour le tribunal et les dossiers de plaidoirie ne sont pas encore disponibles dans cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>Open a new case for a child (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier pour un enfant (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>&amp;Save case</source>
        <translation>&amp;Enregistrer le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Close case</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importer des dossiers…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Import cases from a Guardian Desk exchange file</source>
        <translation>Importer des dossiers depuis un fichier d&apos;échange Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Export cases…</source>
        <translation>E&amp;xporter des dossiers…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251"/>
        <source>Export all cases, or the selected one, to an exchange file</source>
        <translation>Exporter tous les dossiers, ou celui sélectionné, vers un fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>Add &amp;demo data…</source>
        <translation>Ajouter des données de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="257"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>&amp;Find case</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="262"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>C&amp;alendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="273"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>&amp;Documents</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>&amp;Filings</source>
        <translation>&amp;Actes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="281"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="284"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>&amp;Audit log</source>
        <translation>Journal d&apos;&amp;audit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="289"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="292"/>
        <source>&amp;Partners and referrals</source>
        <translation>&amp;Partenaires et orientations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>&amp;Receive a case from a partner…</source>
        <translation>&amp;Recevoir un dossier d&apos;un partenaire…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>Open a bundle a partner organisation sent</source>
        <translation>Ouvrir un paquet envoyé par une organisation partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="300"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le répertoire des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="307"/>
        <source>&amp;About Guardian Desk</source>
        <translation>À &amp;propos de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="74"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="251"/>
        <source>Guardian Desk — demo data (throw-away)</source>
        <translation>Guardian Desk — données de démonstration (jetables)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="79"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="252"/>
        <source>Number of cases shown</source>
        <translation>Nombre de dossiers affichés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="81"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>Trouvé&#xa0;: %n</numerusform>
            <numerusform>Trouvés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="121"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="265"/>
        <source>Hide every case until you unlock it</source>
        <translation>Masquer tous les dossiers jusqu&apos;au déverrouillage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="253"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="312"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="254"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="321"/>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="255"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="327"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="490"/>
        <source>The deadline rules changed: updating deadlines, %n case(s) to go…</source>
        <translation>
            <numerusform>Les règles d&apos;échéance ont changé&#xa0;: mise à jour des échéances, %n dossier restant…</numerusform>
            <numerusform>Les règles d&apos;échéance ont changé&#xa0;: mise à jour des échéances, %n dossiers restants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="508"/>
        <source>Deadlines updated to the current rules (%n case(s) changed).</source>
        <translation>
            <numerusform>Échéances mises à jour selon les règles en vigueur (%n dossier modifié).</numerusform>
            <numerusform>Échéances mises à jour selon les règles en vigueur (%n dossiers modifiés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="525"/>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="527"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="548"/>
        <source>Wrote %n hearing(s) and deadline(s) to {0}.</source>
        <translation>
            <numerusform>%n audience ou échéance écrite dans {0}.</numerusform>
            <numerusform>%n audiences et échéances écrites dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="554"/>
        <source>Exporting the calendar…</source>
        <translation>Export du calendrier…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="752"/>
        <source>Guardian Desk exchange files (*.age *.json);;All files (*)</source>
        <translation>Fichiers d&apos;échange Guardian Desk (*.age *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="764"/>
        <source>Open a sealed file</source>
        <translation>Ouvrir un fichier scellé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="765"/>
        <source>Passphrase of {0}:</source>
        <translation>Phrase secrète de {0} :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="806"/>
        <source>Guardian Desk exchange files (*.age *.json)</source>
        <translation>Fichiers d&apos;échange Guardian Desk (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="569"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="264"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="122"/>
        <source>it was asked to.</source>
        <translation>on le lui a demandé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="132"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="266"/>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="135"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="267"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="140"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="268"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="213"/>
        <source>This database is not encrypted: anyone who copies the file can read every child&apos;s data in it.</source>
        <translation>Cette base de données n’est pas chiffrée : quiconque copie le fichier peut lire les données de chaque enfant.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="217"/>
        <source>Encrypt…</source>
        <translation>Chiffrer…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="222"/>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="224"/>
        <source>Guardian Desk closes the database, encrypts it (a verified encrypted copy takes its place, and its plain backups are removed), then opens it again and shows its recovery key once. Encrypt it now?</source>
        <translation>Guardian Desk ferme la base de données, la chiffre (une copie chiffrée vérifiée prend sa place et ses sauvegardes en clair sont supprimées), puis la rouvre et affiche une fois sa clé de récupération. La chiffrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="256"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="914"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="917"/>
        <source>How to do the day&apos;s work in Guardian Desk</source>
        <translation>Comment accomplir le travail du jour dans Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="571"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="572"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="573"/>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="274"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="576"/>
        <source>All ages</source>
        <translation>Tous âges</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="418"/>
        <source>Receive a case from a partner</source>
        <translation>Recevoir un dossier d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="420"/>
        <source>Guardian Desk bundles (*.gdbundle);;All files (*)</source>
        <translation>Paquets Guardian Desk (*.gdbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="598"/>
        <source>All jurisdictions</source>
        <translation>Toutes les juridictions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="604"/>
        <source>All lawyers</source>
        <translation>Tous les avocats</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="670"/>
        <source>Your role may not export cases</source>
        <translation>Votre rôle ne permet pas d&apos;exporter des dossiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Dossiers&#xa0;: %n</numerusform>
            <numerusform>Dossiers&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="725"/>
        <source>No cases yet. Ctrl+N opens a new case; File › Import cases reads an exchange file; File › Add demo data shows what Guardian Desk can do.</source>
        <translation>Aucun dossier pour l&apos;instant. Ctrl+N ouvre un nouveau dossier&#xa0;; Fichier › Importer des dossiers lit un fichier d&apos;échange&#xa0;; Fichier › Ajouter des données de démonstration montre ce que Guardian Desk sait faire.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="750"/>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="773"/>
        <source>Imported %n case(s) from {0}.</source>
        <translation>
            <numerusform>%n dossier importé depuis {0}.</numerusform>
            <numerusform>%n dossiers importés depuis {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="786"/>
        <source>Importing cases from {0}…</source>
        <translation>Import des dossiers depuis {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="804"/>
        <source>Export all cases</source>
        <translation>Exporter tous les dossiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="817"/>
        <source>Exported %n case(s) to {0}.</source>
        <translation>
            <numerusform>%n dossier exporté vers {0}.</numerusform>
            <numerusform>%n dossiers exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="825"/>
        <source>Exporting cases to {0}…</source>
        <translation>Export des dossiers vers {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="833"/>
        <source>Add demo data</source>
        <translation>Ajouter des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="834"/>
        <source>How many fictional demo cases should be added?</source>
        <translation>Combien de dossiers fictifs de démonstration faut-il ajouter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="847"/>
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>%n dossier de démonstration ajouté.</numerusform>
            <numerusform>%n dossiers de démonstration ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="853"/>
        <source>Adding demo cases…</source>
        <translation>Ajout des dossiers de démonstration…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="258"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="922"/>
        <source>&amp;Organisation&apos;s files…</source>
        <translation>&amp;Fichiers de l’organisation…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="261"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="926"/>
        <source>The organisation&apos;s own roles, instruments and reports, and any that cannot be used</source>
        <translation>Les rôles, instruments et rapports propres à l’organisation, et ceux qui ne peuvent pas être utilisés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="952"/>
        <source>%n of the organisation&apos;s files cannot be used and are left out: see Help › Organisation&apos;s files…</source>
        <translation>
            <numerusform>%n fichier de l’organisation ne peut pas être utilisé et est écarté : voir Aide › Fichiers de l’organisation…</numerusform>
            <numerusform>%n fichiers de l’organisation ne peuvent pas être utilisés et sont écartés : voir Aide › Fichiers de l’organisation…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="974"/>
        <source>About Guardian Desk</source>
        <translation>À propos de Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="976"/>
        <source>Guardian Desk {0}

Case management for legal-aid teams representing displaced and unaccompanied children.</source>
        <translation>Guardian Desk {0}

Gestion de dossiers pour les équipes d&apos;aide juridictionnelle qui représentent des enfants déplacés et non accompagnés.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="1001"/>
        <source>Cases are still being written. Stop that (nothing of it is kept) and close?</source>
        <translation>Des dossiers sont encore en cours d&apos;écriture. Interrompre (rien n&apos;en sera conservé) et fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="128"/>
        <source>Month</source>
        <translation>Mois</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="244"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Annulation… rien ne sera conservé.</translation>
    </message>
</context>
<context>
    <name>OrganisationFiles</name>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="25"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="26"/>
        <source>Screening instruments</source>
        <translation>Instruments de dépistage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="27"/>
        <source>Missing-episode actions</source>
        <translation>Mesures en cas de disparition</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="28"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="60"/>
        <source>No such folder: only the shipped files are used.</source>
        <translation>Ce dossier n’existe pas : seuls les fichiers fournis sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="64"/>
        <source>Every file can be used.</source>
        <translation>Tous les fichiers peuvent être utilisés.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="66"/>
        <source>These files cannot be used and are left out:</source>
        <translation>Ces fichiers ne peuvent pas être utilisés et sont écartés :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="83"/>
        <source>The organisation&apos;s files</source>
        <translation>Les fichiers de l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="86"/>
        <source>Your organisation may add its own roles, screening instruments, missing-episode actions and reports as files in these folders (see the documentation).</source>
        <translation>Votre organisation peut ajouter ses propres rôles, instruments de dépistage, mesures en cas de disparition et rapports sous forme de fichiers dans ces dossiers (voir la documentation).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="40"/>
        <source>Outcome of the hearing</source>
        <translation>Issue de l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="42"/>
        <source>Hearing of {0} ({1})</source>
        <translation>Audience du {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="46"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="47"/>
        <source>Adjourned</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="48"/>
        <source>Decided</source>
        <translation>Décision rendue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="49"/>
        <source>Vacated (will not take place)</source>
        <translation>Annulée (n&apos;aura pas lieu)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="63"/>
        <source>Why the hearing was adjourned</source>
        <translation>Motif du renvoi de l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="66"/>
        <source>Next hearing, local time at the forum</source>
        <translation>Prochaine audience, heure locale du tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="81"/>
        <source>{0}, if given at the hearing</source>
        <translation>{0}, si elle a été rendue à l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="143"/>
        <source>Give the next hearing&apos;s date and time as {0}, or tick &apos;No new date yet&apos;.</source>
        <translation>Indiquez la date et l&apos;heure de la prochaine audience au format {0}, ou cochez « Pas encore de nouvelle date ».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="152"/>
        <source>Give the day the decision was notified as {0}.</source>
        <translation>Indiquez le jour de la notification de la décision au format {0}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="69"/>
        <source>No new date yet: add a task to schedule it</source>
        <translation>Pas encore de nouvelle date&#xa0;: ajouter une tâche pour la fixer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="73"/>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="74"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="79"/>
        <source>Day the decision was notified</source>
        <translation>Date de notification de la décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="84"/>
        <source>Why adjourned</source>
        <translation>Motif du renvoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="85"/>
        <source>Next hearing ({0})</source>
        <translation>Prochaine audience ({0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="87"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="88"/>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="136"/>
        <source>Say why the hearing was adjourned.</source>
        <translation>Indiquez le motif du renvoi de l&apos;audience.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="146"/>
        <source>Choose what was decided.</source>
        <translation>Choisissez ce qui a été décidé.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="91"/>
        <source>e.g. DE</source>
        <translation>p. ex. DE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="98"/>
        <source>A telephone number partners call to confirm</source>
        <translation>Un numéro de téléphone que les partenaires appellent pour confirmer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="99"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="112"/>
        <source>Your organisation&apos;s contact card as a QR code</source>
        <translation>La carte de contact de votre organisation sous forme de code QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="113"/>
        <source>Save card…</source>
        <translation>Enregistrer la carte…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="116"/>
        <source>Save QR code…</source>
        <translation>Enregistrer le code QR…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="122"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="124"/>
        <source>Days a partner has to answer a referral before a task comes due</source>
        <translation>Jours dont dispose un partenaire pour répondre à une orientation avant qu&apos;une tâche n&apos;arrive à échéance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="128"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="129"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="130"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="131"/>
        <source>Con&amp;tact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="133"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="231"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="134"/>
        <source>Answer expected within</source>
        <translation>Réponse attendue sous</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="143"/>
        <source>Your organisation&apos;s contact card</source>
        <translation>Carte de contact de votre organisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="149"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="172"/>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="159"/>
        <source>Add a partner&apos;s card…</source>
        <translation>Ajouter la carte d&apos;un partenaire…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="162"/>
        <source>Confirm by telephone…</source>
        <translation>Confirmer par téléphone…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="165"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="180"/>
        <source>Referrals sent and received</source>
        <translation>Orientations envoyées et reçues</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="191"/>
        <source>Receive a bundle…</source>
        <translation>Recevoir un paquet…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="194"/>
        <source>Mark as…</source>
        <translation>Marquer comme…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="203"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="227"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="228"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="229"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="230"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="236"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="237"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="238"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="239"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="240"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="241"/>
        <source>Sent or received</source>
        <translation>Envoi ou réception</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="242"/>
        <source>Answer due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="276"/>
        <source>Give your organisation&apos;s name and save</source>
        <translation>Indiquez le nom de votre organisation et enregistrez</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="285"/>
        <source>New keys to confirm</source>
        <translation>Nouvelles clés à confirmer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="306"/>
        <source> (without consent)</source>
        <translation> (sans consentement)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="352"/>
        <source>Give your organisation&apos;s name.</source>
        <translation>Indiquez le nom de votre organisation.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="383"/>
        <source>Save the contact card</source>
        <translation>Enregistrer la carte de contact</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Pictures (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="417"/>
        <source>A partner&apos;s contact card</source>
        <translation>La carte de contact d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="434"/>
        <source>%1 is added. Call them and read the fingerprints to each other before you send or take anything: Confirm by telephone.</source>
        <translation>%1 est ajouté. Appelez-les et lisez-vous mutuellement les empreintes avant d&apos;envoyer ou de recevoir quoi que ce soit : Confirmer par téléphone.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="437"/>
        <source>%1&apos;s card was already known; nothing changed.</source>
        <translation>La carte de %1 était déjà connue ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="439"/>
        <source>%1 will be trusted anew once you confirm its fingerprint by telephone.</source>
        <translation>%1 sera de nouveau digne de confiance dès que vous aurez confirmé son empreinte par téléphone.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="441"/>
        <source>%1&apos;s new keys are signed by their old ones: taken.</source>
        <translation>Les nouvelles clés de %1 sont signées par les anciennes : acceptées.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="443"/>
        <source>%1 was revoked: confirm its new fingerprint by telephone before anything of theirs is taken in.</source>
        <translation>%1 a été révoqué : confirmez sa nouvelle empreinte par téléphone avant d&apos;accepter quoi que ce soit de sa part.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="447"/>
        <source>%1&apos;s new keys are NOT signed by their old ones. Call them on a number you already know and confirm the new fingerprint before anything of theirs is taken in.</source>
        <translation>Les nouvelles clés de %1 ne sont PAS signées par les anciennes. Appelez-les à un numéro que vous connaissez déjà et confirmez la nouvelle empreinte avant d&apos;intégrer quoi que ce soit venant d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="482"/>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="484"/>
        <source>Why is this partner no longer trusted? Nothing is sent to it or taken from it any more.</source>
        <translation>Pourquoi ce partenaire n&apos;est-il plus digne de confiance ? Plus rien ne lui est envoyé ni reçu de lui.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="364"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="375"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="376"/>
        <source>Save as DOCX…</source>
        <translation>Enregistrer en DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="377"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="378"/>
        <source>Save hearing packet…</source>
        <translation>Enregistrer le dossier de plaidoirie…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="381"/>
        <source>This filing and the exhibits chosen, with their scans and translations, in one Bates-numbered PDF</source>
        <translation>Cet acte et les pièces choisies, avec leurs numérisations et leurs traductions, en un seul PDF à numérotation Bates</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="388"/>
        <source>The packet&apos;s language</source>
        <translation>La langue du dossier d&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="391"/>
        <source>The language of the packet: its filing, contents page, slip sheets and exhibit descriptions</source>
        <translation>La langue du dossier d&apos;audience : son acte, sa table des matières, ses intercalaires et les descriptions des pièces</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="415"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="420"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="430"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="449"/>
        <source>Save the filing</source>
        <translation>Enregistrer l&apos;acte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="460"/>
        <source>Saved to {0} and kept in the case.</source>
        <translation>Enregistré dans {0} et conservé dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="471"/>
        <source>Saving the filing…</source>
        <translation>Enregistrement de l&apos;acte…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="491"/>
        <source>Save the hearing packet</source>
        <translation>Enregistrer le dossier de plaidoirie</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="515"/>
        <source>Packet of {0} pages saved to {1} and kept in the case.</source>
        <translation>Dossier de plaidoirie de {0} pages enregistré dans {1} et conservé dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="524"/>
        <source>Making the hearing packet…</source>
        <translation>Constitution du dossier de plaidoirie…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="548"/>
        <source>Preparing to print…</source>
        <translation>Préparation de l&apos;impression…</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="263"/>
        <source>A lawyer has still to confirm this rule.</source>
        <translation>Un avocat doit encore confirmer cette règle.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="264"/>
        <source>Family tracing and any contact with the family are paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment.</source>
        <translation>La recherche familiale et tout contact avec la famille sont suspendus : une inquiétude manifeste de traite (repérage du {day}) est ouverte sans évaluation de l&apos;intérêt supérieur.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="265"/>
        <source>Sharing this case is paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment. Record the assessment first.</source>
        <translation>Le partage de ce dossier est suspendu : une inquiétude manifeste de traite (repérage du {day}) est ouverte sans évaluation de l&apos;intérêt supérieur. Enregistrez d&apos;abord l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="266"/>
        <source>The child came back on {day} from a missing episode.</source>
        <translation>Retour de l&apos;enfant le {day} après une disparition.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="267"/>
        <source>The child went missing on {day}.</source>
        <translation>L&apos;enfant a disparu le {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="268"/>
        <source>The last screening was on {day}.</source>
        <translation>Le dernier repérage date du {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="269"/>
        <source>The placement changed on {day}.</source>
        <translation>Le placement a changé le {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="270"/>
        <source>The program&apos;s general practice: {citation}.</source>
        <translation>Pratique générale du programme : {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="271"/>
        <source>The rule ({jurisdiction}): {citation}.</source>
        <translation>La règle ({jurisdiction}) : {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="272"/>
        <source>The screening of {day} found: {level}. The instrument {instrument} asks for this.</source>
        <translation>Le repérage du {day} a conclu : {level}. L&apos;instrument {instrument} le demande.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="273"/>
        <source>last known in the same country</source>
        <translation>dernier lieu connu dans le même pays</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="274"/>
        <source>last known place alike</source>
        <translation>derniers lieux connus semblables</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="275"/>
        <source>names alike ({score})</source>
        <translation>noms semblables ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="276"/>
        <source>native-script names alike ({score})</source>
        <translation>noms semblables en écriture d&apos;origine ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="277"/>
        <source>recorded there as: {relationship}</source>
        <translation>enregistré là comme : {relationship}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="278"/>
        <source>recorded there with the same relationship ({relationship})</source>
        <translation>enregistré là avec le même lien ({relationship})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="279"/>
        <source>separated from the children about the same time</source>
        <translation>séparation d&apos;avec les enfants à peu près au même moment</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="280"/>
        <source>the child of that case</source>
        <translation>l&apos;enfant de ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="281"/>
        <source>the child of that case, of an age to be a sibling</source>
        <translation>l&apos;enfant de ce dossier, d&apos;un âge à être frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="282"/>
        <source>the child of that case, old enough</source>
        <translation>l&apos;enfant de ce dossier, assez âgé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="283"/>
        <source>the child of that case; ages not known</source>
        <translation>l&apos;enfant de ce dossier ; âges inconnus</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="284"/>
        <source>the children share a language</source>
        <translation>les enfants ont une langue en commun</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="285"/>
        <source>the children share a nationality</source>
        <translation>les enfants ont une nationalité en commun</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="286"/>
        <source>Your role may not read civil documents, so it cannot see their readiness.</source>
        <translation>Votre rôle ne permet pas de lire les actes d&apos;état civil ; il ne peut donc pas en voir la conformité.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="41"/>
        <source>ok</source>
        <translation>rempli</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="42"/>
        <source>not required</source>
        <translation>non requis</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="43"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="44"/>
        <source>pending</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="45"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="46"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="49"/>
        <source>authentication</source>
        <translation>authentification</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="50"/>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="51"/>
        <source>freshness</source>
        <translation>date de délivrance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="52"/>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="53"/>
        <source>recognition</source>
        <translation>reconnaissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="67"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="78"/>
        <source>{0} ({1}, No. {2})</source>
        <translation>{0} ({1}, n° {2})</translation>
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
        <translation>Documents par juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="117"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="157"/>
        <source>What each proceeding&apos;s documents still lack</source>
        <translation>Ce qui manque encore aux documents de chaque procédure</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="158"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="136"/>
        <source>Cannot check yet: {0}</source>
        <translation>Vérification impossible pour l&apos;instant&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="144"/>
        <source>This case has no open proceeding to check.</source>
        <translation>Ce dossier n&apos;a aucune procédure en cours à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="148"/>
        <source>%n proceeding(s) checked; </source>
        <translation>
            <numerusform>%n procédure vérifiée&#xa0;; </numerusform>
            <numerusform>%n procédures vérifiées&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="149"/>
        <source>%n ready.</source>
        <translation>
            <numerusform>%n prête.</numerusform>
            <numerusform>%n prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="194"/>
        <source>for the hearing on {0}</source>
        <translation>pour l&apos;audience du {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="196"/>
        <source>no hearing set; checked for {0}</source>
        <translation>aucune audience fixée&#xa0;; vérifié à la date du {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="200"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>not ready</source>
        <translation>pas prête</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="136"/>
        <source>A case from %1</source>
        <translation>Un dossier de %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt; sends %2 for %3.&lt;br&gt;Sections: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; envoie le dossier de %2 (objet : %3).&lt;br&gt;Sections : %4</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="155"/>
        <source>Sent WITHOUT consent, for this reason: %1</source>
        <translation>Envoyé SANS consentement, pour ce motif : %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="169"/>
        <source>Cases here that may be the same child</source>
        <translation>Dossiers d&apos;ici qui peuvent concerner le même enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Arriving</source>
        <translation>Arrivant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="187"/>
        <source>Cases here that may be the same child:</source>
        <translation>Dossiers d&apos;ici qui peuvent concerner le même enfant :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="189"/>
        <source>No case here looks like the same child.</source>
        <translation>Aucun dossier d&apos;ici ne semble concerner le même enfant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="193"/>
        <source>%n alike case(s) are outside the cases your role opens: ask a supervisor to review this bundle.</source>
        <translation>
            <numerusform>%n dossier semblable est hors des dossiers que votre rôle permet d&apos;ouvrir : demandez à un superviseur d&apos;examiner ce paquet.</numerusform>
            <numerusform>%n dossiers semblables sont hors des dossiers que votre rôle permet d&apos;ouvrir : demandez à un superviseur d&apos;examiner ce paquet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="200"/>
        <source>Take it in as a new case</source>
        <translation>L&apos;intégrer comme nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="203"/>
        <source>Merge into the chosen case…</source>
        <translation>Fusionner avec le dossier choisi…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="226"/>
        <source>Differences: tick those to take</source>
        <translation>Différences : cochez celles à reprendre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Here now</source>
        <translation>Ici maintenant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Arriving (tick to take)</source>
        <translation>Arrivant (cochez pour reprendre)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="233"/>
        <source>Take the ticked changes</source>
        <translation>Reprendre les modifications cochées</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="250"/>
        <source>Save the receipt for the sender…</source>
        <translation>Enregistrer l&apos;accusé de réception pour l&apos;expéditeur…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="268"/>
        <source>Refuse it</source>
        <translation>Le refuser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="320"/>
        <source>%n difference(s) between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</source>
        <translation>
            <numerusform>%n différence entre le dossier d&apos;ici et celui qui arrive. Cochez ce qu&apos;il faut reprendre ; ce qui n&apos;est pas coché reste tel qu&apos;il est ici. Les enregistrements que seul le dossier d&apos;ici contient sont conservés.</numerusform>
            <numerusform>%n différences entre le dossier d&apos;ici et celui qui arrive. Cochez ce qu&apos;il faut reprendre ; ce qui n&apos;est pas coché reste tel qu&apos;il est ici. Les enregistrements que seul le dossier d&apos;ici contient sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="333"/>
        <source>new record</source>
        <translation>nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="369"/>
        <source>The case was taken in as a new case.</source>
        <translation>Le dossier a été intégré comme nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="370"/>
        <source>Merged: %1 change(s) taken, %2 kept as they were here.</source>
        <translation>Fusionné : %1 modification(s) reprise(s), %2 conservée(s) telles qu&apos;elles étaient ici.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="373"/>
        <source>Refused: nothing of the case was written.</source>
        <translation>Refusé : rien du dossier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="378"/>
        <source>Send the receipt so that %1 knows.</source>
        <translation>Envoyez l&apos;accusé de réception pour que %1 le sache.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="388"/>
        <source>Where to write the receipt</source>
        <translation>Où écrire l&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="390"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>Paquets Guardian Desk (*.gdbundle)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="402"/>
        <source>The receipt is written: send it to %1.</source>
        <translation>L&apos;accusé de réception est écrit : envoyez-le à %1.</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="287"/>
        <source>Agreement between the Federal Republic of Germany and the French Republic on the exemption of public documents from legalisation (13 September 1971)</source>
        <translation>Accord entre la République fédérale d&apos;Allemagne et la République française portant dispense de légalisation des actes publics (13 septembre 1971)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="288"/>
        <source>Agreement between the Federal Republic of Germany and the Kingdom of Belgium on the exemption of public documents from legalisation (13 May 1975)</source>
        <translation>Accord entre la République fédérale d&apos;Allemagne et le Royaume de Belgique portant dispense de légalisation des actes publics (13 mai 1975)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="289"/>
        <source>Agreement between the Republic of Poland and Ukraine on legal assistance and legal relations in civil and criminal matters (Kyiv, 24 May 1993), Art. 15</source>
        <translation>Accord entre la République de Pologne et l&apos;Ukraine relatif à l&apos;entraide judiciaire et aux relations juridiques en matière civile et pénale (Kyiv, 24 mai 1993), art. 15</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="290"/>
        <source>Authentication Treaty between the German Reich and the Republic of Austria (21 June 1923)</source>
        <translation>Traité d&apos;authentification entre le Reich allemand et la République d&apos;Autriche (21 juin 1923)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="291"/>
        <source>CIEC Convention No. 16 on the issue of multilingual extracts from civil status records (Vienna, 8 September 1976)</source>
        <translation>Convention CIEC n° 16 relative à la délivrance d&apos;extraits plurilingues d&apos;actes de l&apos;état civil (Vienne, 8 septembre 1976)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="292"/>
        <source>CIEC Convention No. 17 on the exemption from legalisation of certain records and documents (Athens, 15 September 1977)</source>
        <translation>Convention CIEC n° 17 portant dispense de légalisation pour certains actes et documents (Athènes, 15 septembre 1977)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="293"/>
        <source>Convention abolishing the legalisation of documents in the Member States of the European Communities (Brussels, 25 May 1987)</source>
        <translation>Convention relative à la suppression de la légalisation d&apos;actes dans les États membres des Communautés européennes (Bruxelles, 25 mai 1987)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="294"/>
        <source>Franco-Tunisian Convention on the issue of civil-status records and exemption from legalisation (Paris, 8 June 1972)</source>
        <translation>Convention franco-tunisienne relative à la délivrance des actes d&apos;état civil et à la dispense de légalisation (Paris, 8 juin 1972)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="295"/>
        <source>Judicial Protocol between France and Algeria (28 August 1962), Art. 36</source>
        <translation>Protocole judiciaire entre la France et l&apos;Algérie (28 août 1962), art. 36</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="296"/>
        <source>Supplementary Convention between the Republic of Austria and the French Republic on judicial assistance in civil matters (27 February 1979), Art. 17</source>
        <translation>Convention complémentaire entre la République d&apos;Autriche et la République française relative à l&apos;entraide judiciaire en matière civile (27 février 1979), art. 17</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="297"/>
        <source>Treaty between the Federal Republic of Germany and the Italian Republic on the waiver of legalisation of documents (7 June 1969)</source>
        <translation>Traité entre la République fédérale d&apos;Allemagne et la République italienne relatif à la dispense de légalisation des actes (7 juin 1969)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="298"/>
        <source>a certified translation into {languages}</source>
        <translation>une traduction certifiée en {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="299"/>
        <source>a multilingual standard form is attached (Art. 6(1)(b), Art. 7)</source>
        <translation>un formulaire type multilingue est joint (art. 6, par. 1, point b), art. 7)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="300"/>
        <source>a translation into {languages}</source>
        <translation>une traduction en {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="301"/>
        <source>a translation into {languages} by a translator sworn in {place}</source>
        <translation>une traduction en {languages} par un traducteur assermenté en {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="302"/>
        <source>already in {language}</source>
        <translation>déjà en {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="303"/>
        <source>an order of {there} itself</source>
        <translation>une décision de {there} même</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="304"/>
        <source>apostille missing: {reason}</source>
        <translation>apostille manquante : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="305"/>
        <source>apostille: {reason}</source>
        <translation>apostille : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="306"/>
        <source>both {issuing} and {there} are EU member states: no apostille or legalisation (Art. 4)</source>
        <translation>{issuing} et {there} sont tous deux États membres de l&apos;UE : ni apostille ni légalisation (art. 4)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="307"/>
        <source>certificate of Art. 36 (Brussels IIb, Annex III)</source>
        <translation>certificat de l&apos;art. 36 (Bruxelles II ter, annexe III)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="308"/>
        <source>certificate of Art. 40 (Hague 1996: the guardian&apos;s powers)</source>
        <translation>certificat de l&apos;art. 40 (La Haye 1996 : pouvoirs du tuteur)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="309"/>
        <source>certificate of Art. 47 (Brussels IIb, Annexes V-VI)</source>
        <translation>certificat de l&apos;art. 47 (Bruxelles II ter, annexes V-VI)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="310"/>
        <source>expired on {expired}, before {day}</source>
        <translation>expiré le {expired}, avant le {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="311"/>
        <source>has an apostille, enough only if both states are parties: {reason}</source>
        <translation>porte une apostille, suffisante seulement si les deux États sont parties : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="312"/>
        <source>issued in {issuing}, where it is used</source>
        <translation>délivré en {issuing}, où il est utilisé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="313"/>
        <source>issued {issued}, fresh until {until}</source>
        <translation>délivré le {issued}, valable jusqu&apos;au {until}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="314"/>
        <source>issued {issued}, more than {months} months before {day}: obtain a fresh one</source>
        <translation>délivré le {issued}, plus de {months} mois avant le {day} : obtenez-en un récent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="315"/>
        <source>legalisation consulate</source>
        <translation>légalisation consulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="316"/>
        <source>legalisation ministry</source>
        <translation>légalisation ministérielle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="317"/>
        <source>legalisation missing (done so far: {done}): {reason}</source>
        <translation>légalisation manquante (déjà fait : {done}) : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="318"/>
        <source>legalisation missing: {reason}</source>
        <translation>légalisation manquante : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="319"/>
        <source>legalisation notary</source>
        <translation>légalisation notariale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="320"/>
        <source>legalised up to the consulate</source>
        <translation>légalisé jusqu&apos;au consulat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="321"/>
        <source>neither {issuing} nor {there} is a party to the Apostille Convention</source>
        <translation>ni {issuing} ni {there} ne sont parties à la Convention Apostille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="322"/>
        <source>neither {issuing} nor {there} is a party to the Hague 1996 Convention</source>
        <translation>ni {issuing} ni {there} ne sont parties à la Convention de La Haye de 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="323"/>
        <source>no apostille or legalisation needed between {issuing} and {there}: {citation}</source>
        <translation>ni apostille ni légalisation requise entre {issuing} et {there} : {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="324"/>
        <source>no apostille or legalisation needed for a document used in proceedings for the return of a child (taken to be under the Hague 1980 Convention): {citation}</source>
        <translation>ni apostille ni légalisation pour un document produit dans une procédure de retour de l&apos;enfant (considérée comme relevant de la Convention de La Haye de 1980) : {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="325"/>
        <source>no convention between {issuing} and {there}: recognition under {there}&apos;s own law must be sought</source>
        <translation>aucune convention entre {issuing} et {there} : la reconnaissance doit être demandée selon le droit de {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="326"/>
        <source>no ground recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="327"/>
        <source>recognised by operation of law in {there} (Art. 23(1)); refusal only on the grounds of Art. 23(2); advance recognition possible (Art. 24); the guardian&apos;s powers are shown by a certificate of Art. 40 where the state of origin issues one</source>
        <translation>reconnu de plein droit en {there} (art. 23, par. 1) ; refus uniquement pour les motifs de l&apos;art. 23, par. 2 ; reconnaissance préalable possible (art. 24) ; les pouvoirs du tuteur sont attestés par un certificat de l&apos;art. 40 lorsque l&apos;État d&apos;origine en délivre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="328"/>
        <source>recognised in {there}</source>
        <translation>reconnu en {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="329"/>
        <source>recognised in {there} in advance (Art. 24)</source>
        <translation>reconnu en {there} à titre préalable (art. 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="330"/>
        <source>recognised in {there} with the {certificate}</source>
        <translation>reconnu en {there} avec le {certificate}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="331"/>
        <source>recognised in {there} without any special procedure (Art. 30(1)); the certificate of the court of origin (Art. 36) must be obtained and recorded</source>
        <translation>reconnu en {there} sans procédure particulière (art. 30, par. 1) ; le certificat de la juridiction d&apos;origine (art. 36) doit être obtenu et enregistré</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="332"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded</source>
        <translation>reconnu, mais le certificat de la juridiction d&apos;origine permettant de l&apos;invoquer (art. 36, annexe III ; art. 47, annexes V-VI pour le droit de visite et le retour) n&apos;est pas enregistré</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="333"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded (the certificate recorded, {certificate}, is not one of the Regulation&apos;s)</source>
        <translation>reconnu, mais le certificat de la juridiction d&apos;origine permettant de l&apos;invoquer (art. 36, annexe III ; art. 47, annexes V-VI pour le droit de visite et le retour) n&apos;est pas enregistré (le certificat enregistré, {certificate}, n&apos;est pas un de ceux du règlement)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="334"/>
        <source>recognition in {there} pending</source>
        <translation>reconnaissance en {there} en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="335"/>
        <source>refused in {there} ({grounds})</source>
        <translation>refusée en {there} ({grounds})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="336"/>
        <source>the Apostille Convention applies between {issuing} and {there} only from {since}</source>
        <translation>la Convention Apostille ne s&apos;applique entre {issuing} et {there} qu&apos;à partir du {since}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="337"/>
        <source>the Apostille Convention does not apply between {issuing} and {there} (objection)</source>
        <translation>la Convention Apostille ne s&apos;applique pas entre {issuing} et {there} (opposition)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="338"/>
        <source>the apostille was issued before the Convention applied between {issuing} and {there} ({since}): it does not replace legalisation; obtain a new apostille</source>
        <translation>l&apos;apostille a été délivrée avant que la Convention ne s&apos;applique entre {issuing} et {there} ({since}) : elle ne remplace pas la légalisation ; obtenez une nouvelle apostille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="339"/>
        <source>the issue date is not recorded; {place} wants it issued within {months} months</source>
        <translation>la date de délivrance n&apos;est pas enregistrée ; {place} exige une délivrance de moins de {months} mois</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="340"/>
        <source>the requirements of {place} are not in the rules: check with the court</source>
        <translation>les exigences de {place} ne figurent pas dans les règles : renseignez-vous auprès de la juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="341"/>
        <source>translated into {language}</source>
        <translation>traduit en {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="342"/>
        <source>{agreement} waives legalisation between {issuing} and {there}</source>
        <translation>{agreement} dispense de légalisation entre {issuing} et {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="343"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="344"/>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="345"/>
        <source>{issuing} and {there} are parties to the Apostille Convention (between them since {since}): an apostille from {issuing} is needed</source>
        <translation>{issuing} et {there} sont parties à la Convention Apostille (entre eux depuis le {since}) : une apostille de {issuing} est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="346"/>
        <source>{missing}; {gap}</source>
        <translation>{missing} ; {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="347"/>
        <source>{reason}; {gap}</source>
        <translation>{reason} ; {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="348"/>
        <source>{said}. {alternatives}</source>
        <translation>{said}. {alternatives}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="349"/>
        <source>{states} not in this program&apos;s list of Apostille Convention parties, which is not complete: check the HCCH status table (an apostille if both are parties, else legalisation)</source>
        <translation>{states} absent(s) de la liste des parties à la Convention Apostille de ce programme, qui n&apos;est pas complète : consultez l&apos;état présent de la HCCH (une apostille si les deux sont parties, sinon la légalisation)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="350"/>
        <source>{states} not in this program&apos;s list of parties to the Hague 1996 Convention, which is not complete: check the HCCH status table (recognised by operation of law between parties, Art. 23(1); else under national law)</source>
        <translation>{states} absent(s) de la liste des parties à la Convention de La Haye de 1996 de ce programme, qui n&apos;est pas complète : consultez l&apos;état présent de la HCCH (reconnaissance de plein droit entre parties, art. 23, par. 1 ; sinon selon le droit national)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="351"/>
        <source>{state} is not a party to the Apostille Convention</source>
        <translation>{state} n&apos;est pas partie à la Convention Apostille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="352"/>
        <source>{state} is not a party to the Hague 1996 Convention</source>
        <translation>{state} n&apos;est pas partie à la Convention de La Haye de 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="353"/>
        <source>{there}&apos;s missions do not legalise documents from {issuing}; they can verify one on the court&apos;s or authority&apos;s request</source>
        <translation>les représentations diplomatiques et consulaires de {there} ne légalisent pas les documents de {issuing} ; elles peuvent en vérifier un à la demande du tribunal ou de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="354"/>
        <source>{there}&apos;s missions do not legalise some kinds of document from {issuing} (civil status documents usually can be): check with the mission</source>
        <translation>les représentations diplomatiques et consulaires de {there} ne légalisent pas certains types de documents de {issuing} (les actes de l&apos;état civil peuvent généralement l&apos;être) : renseignez-vous auprès de la représentation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="355"/>
        <source>{there}&apos;s missions neither legalise nor can currently verify documents from {issuing}</source>
        <translation>les représentations diplomatiques et consulaires de {there} ne légalisent pas les documents de {issuing} et ne peuvent actuellement pas les vérifier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="356"/>
        <source>{wanted} (the one on file is not of that kind)</source>
        <translation>{wanted} (celle du dossier n&apos;est pas de ce type)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="357"/>
        <source>{wanted} is missing</source>
        <translation>il manque {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="358"/>
        <source>{wanted}; or attach the multilingual standard form (Regulation (EU) 2016/1191)</source>
        <translation>{wanted} ; ou joignez le formulaire type multilingue (règlement (UE) 2016/1191)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="359"/>
        <source>{why} (table of {day})</source>
        <translation>{why} (état au {day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="360"/>
        <source>{why}: recognition under {there}&apos;s own law must be sought</source>
        <translation>{why} : la reconnaissance doit être demandée selon le droit de {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="361"/>
        <source>{why}: the document needs legalisation, ending with {there}&apos;s consulate</source>
        <translation>{why} : le document doit être légalisé, en dernier lieu par le consulat de {there}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="434"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="457"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="621"/>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="531"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="623"/>
        <source>Type a forum&apos;s name</source>
        <translation>Saisissez le nom d&apos;une juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="710"/>
        <source>Detected from the name as typed: check it</source>
        <translation>Déduit du nom saisi&#xa0;: à vérifier</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/lists.py" line="285"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="62"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="66"/>
        <source>{0} is encrypted. Its recovery key opens it when this computer&apos;s keyring cannot. Write it down or print it, and keep it apart from this computer, in the office safe: it is shown only this once.</source>
        <translation>{0} est chiffrée. Sa clé de récupération l’ouvre lorsque le trousseau de cet ordinateur ne le peut pas. Notez-la ou imprimez-la, et gardez-la à l’écart de cet ordinateur, dans le coffre du bureau : elle n’est affichée qu’une seule fois.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="82"/>
        <source>The key is not kept in a keyring: {0}. Every start asks for it.</source>
        <translation>La clé n’est conservée dans aucun trousseau : {0}. Elle sera demandée à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="89"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="93"/>
        <source>Print the recovery sheet…</source>
        <translation>Imprimer la feuille de récupération…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="97"/>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Enregistrer la feuille de récupération en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="103"/>
        <source>I have written down or printed the recovery key</source>
        <translation>J’ai noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="108"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="119"/>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="135"/>
        <source>Recovery sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="126"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="167"/>
        <source>Open an encrypted database</source>
        <translation>Ouvrir une base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="172"/>
        <source>Recovery key:</source>
        <translation>Clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="185"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="59"/>
        <source>Refer %1 to a partner</source>
        <translation>Orienter %1 vers un partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="78"/>
        <source>Your role may not read this section, so not send it</source>
        <translation>Votre rôle ne permet pas de lire cette section, ni donc de l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="84"/>
        <source>The child&apos;s views, health and protection go only where the consent names them.</source>
        <translation>L&apos;opinion de l&apos;enfant, la santé et la protection ne partent que là où le consentement les nomme.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="90"/>
        <source>A note for the partner (optional)</source>
        <translation>Une note pour le partenaire (facultative)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="96"/>
        <source>Send it without a valid consent, for this reason:</source>
        <translation>L&apos;envoyer sans consentement valide, pour ce motif :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="103"/>
        <source>Why it cannot wait for consent (kept in the audit log)</source>
        <translation>Pourquoi cela ne peut pas attendre le consentement (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="112"/>
        <source>Write the bundle…</source>
        <translation>Écrire le paquet…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="117"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="118"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="123"/>
        <source>No partner is confirmed yet: add its card and confirm it by telephone on the Partners page first.</source>
        <translation>Aucun partenaire n&apos;est encore confirmé : ajoutez d&apos;abord sa carte et confirmez-le par téléphone sur la page Partenaires.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="131"/>
        <source>Sections sent (at least what the purpose needs):</source>
        <translation>Sections envoyées (au moins celles qu&apos;exige l&apos;objet) :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="175"/>
        <source>The purpose needs this section</source>
        <translation>L&apos;objet exige cette section</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="205"/>
        <source>A recorded consent covers this referral.</source>
        <translation>Un consentement enregistré couvre cette orientation.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="232"/>
        <source>Where to write the bundle for %1</source>
        <translation>Où écrire le paquet pour %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="234"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>Paquets Guardian Desk (*.gdbundle)</translation>
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
            <numerusform>Guardian Desk&#xa0;: %n en retard</numerusform>
            <numerusform>Guardian Desk&#xa0;: %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="71"/>
        <source>Guardian Desk: %n reminder(s)</source>
        <translation>
            <numerusform>Guardian Desk&#xa0;: %n rappel</numerusform>
            <numerusform>Guardian Desk&#xa0;: %n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="75"/>
        <source>… and %n more in This week.</source>
        <translation>
            <numerusform>… et %n autre dans «&#xa0;Cette semaine&#xa0;».</numerusform>
            <numerusform>… et %n autres dans «&#xa0;Cette semaine&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="93"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="106"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="94"/>
        <source>First quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="95"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="96"/>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
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
        <translation>Non affiché : l&apos;effectif de ce groupe est masqué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="206"/>
        <source>Hidden: fewer than {0}, so that no child can be picked out</source>
        <translation>Masqué : moins de {0}, afin qu&apos;aucun enfant ne puisse être identifié</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="211"/>
        <source>Hidden so that a small count cannot be worked out from the totals or from another table</source>
        <translation>Masqué afin qu&apos;un petit effectif ne puisse pas être déduit des totaux ou d&apos;un autre tableau</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="362"/>
        <source>A rate is not shown for a group whose number is hidden.</source>
        <translation>Un taux n’est pas indiqué pour un groupe dont le nombre est masqué.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="363"/>
        <source>A report covers at most twenty years.</source>
        <translation>Un rapport couvre au plus vingt ans.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="364"/>
        <source>Age bands are taken on each count&apos;s reference day from the latest date of birth the record allows: a child whose birth date is estimated is counted at the youngest age it may be.</source>
        <translation>Les tranches d&apos;âge sont déterminées au jour de référence de chaque comptage, d&apos;après la date de naissance la plus tardive que permet le dossier : un enfant dont la date de naissance est estimée est compté à l&apos;âge le plus jeune qu&apos;il peut avoir.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="365"/>
        <source>Days are given as the median and the quartiles (nearest rank) of each group; they are not shown for a group whose number is hidden.</source>
        <translation>Les jours sont indiqués par la médiane et les quartiles (méthode du rang le plus proche) de chaque groupe ; ils ne sont pas affichés pour un groupe dont l&apos;effectif est masqué.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="366"/>
        <source>The counts cover the cases within the record scope of the person who made the report, not every case of the organisation.</source>
        <translation>Les effectifs portent sur les dossiers relevant du périmètre d&apos;accès de la personne qui a établi le rapport, et non sur tous les dossiers de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="367"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>La période se termine ({last}) avant de commencer ({first}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="368"/>
        <source>These tables cannot be narrowed by {dimension}: {tables}.</source>
        <translation>Ces tableaux ne peuvent pas être restreints par {dimension} : {tables}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="369"/>
        <source>This count is hidden to protect the children it counts: it cannot be opened.</source>
        <translation>Cet effectif est masqué pour protéger les enfants qu&apos;il compte : il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="370"/>
        <source>{n} counted children would fall in another age band with the earliest date of birth their record allows.</source>
        <translation>{n} enfants comptés relèveraient d&apos;une autre tranche d&apos;âge avec la date de naissance la plus précoce que permet leur dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="30"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="31"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="32"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="33"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="34"/>
        <source>Protection status</source>
        <translation>Statut de protection</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="35"/>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="63"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="36"/>
        <source>Trafficking concern</source>
        <translation>Inquiétude de traite</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="37"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="38"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="42"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="43"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="44"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="45"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="46"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="48"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="49"/>
        <source>School enrolment</source>
        <translation>Inscription scolaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="50"/>
        <source>Court-ready file</source>
        <translation>Dossier prêt pour l’audience</translation>
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
        <translation>18 ans et plus</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="59"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="60"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="61"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="62"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="64"/>
        <source>Unaccompanied</source>
        <translation>Non accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="65"/>
        <source>Separated</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="66"/>
        <source>Accompanied</source>
        <translation>Accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="67"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="68"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="69"/>
        <source>No concern</source>
        <translation>Aucune inquiétude</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="70"/>
        <source>Possible concern</source>
        <translation>Inquiétude possible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="71"/>
        <source>Clear concern</source>
        <translation>Inquiétude manifeste</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="72"/>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="73"/>
        <source>Missed</source>
        <translation>Non respectée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="74"/>
        <source>Waived</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="75"/>
        <source>Not yet due</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="76"/>
        <source>Passed</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="77"/>
        <source>Ahead</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="78"/>
        <source>18th birthday</source>
        <translation>18e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="79"/>
        <source>21st birthday</source>
        <translation>21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="80"/>
        <source>Within the set days</source>
        <translation>Dans le délai fixé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="81"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="82"/>
        <source>Not yet enrolled</source>
        <translation>Pas encore inscrit</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="83"/>
        <source>In the child&apos;s language</source>
        <translation>Dans la langue de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="84"/>
        <source>In another language</source>
        <translation>Dans une autre langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="85"/>
        <source>None needed</source>
        <translation>Aucun nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="86"/>
        <source>Without an interpreter</source>
        <translation>Sans interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="87"/>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="88"/>
        <source>SIJS</source>
        <translation>SIJS</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="89"/>
        <source>Court-ready</source>
        <translation>Prêt pour l’audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="90"/>
        <source>Not court-ready</source>
        <translation>Pas prêt pour l’audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="96"/>
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="97"/>
        <source>Cases active</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="98"/>
        <source>Cases closed</source>
        <translation>Dossiers clôturés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="99"/>
        <source>Proceedings active</source>
        <translation>Procédures en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="100"/>
        <source>Deadlines due</source>
        <translation>Échéances arrivant à terme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="101"/>
        <source>Children turning 18 or 21</source>
        <translation>Enfants atteignant 18 ou 21 ans</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="102"/>
        <source>Cases active by trafficking concern</source>
        <translation>Dossiers en cours par inquiétude de traite</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="103"/>
        <source>Referrals to services</source>
        <translation>Orientations vers des services</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="104"/>
        <source>Filings made</source>
        <translation>Actes établis</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="105"/>
        <source>Hearings held, by interpreter</source>
        <translation>Audiences tenues, par interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="106"/>
        <source>Children arrived, by school enrolment</source>
        <translation>Enfants arrivés, par inscription scolaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="107"/>
        <source>Days from opening to the first hearing</source>
        <translation>Jours entre l&apos;ouverture et la première audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="108"/>
        <source>Days from a proceeding&apos;s opening to its first decision</source>
        <translation>Jours entre l&apos;ouverture d&apos;une procédure et sa première décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="109"/>
        <source>Days from arrival to the first guardian&apos;s appointment</source>
        <translation>Jours entre l&apos;arrivée et la première désignation d&apos;un représentant légal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="110"/>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="111"/>
        <source>proceedings</source>
        <translation>procédures</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="112"/>
        <source>deadlines</source>
        <translation>échéances</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="113"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="114"/>
        <source>referrals</source>
        <translation>orientations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="115"/>
        <source>filings</source>
        <translation>actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="116"/>
        <source>hearings</source>
        <translation>audiences</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="117"/>
        <source>days (median)</source>
        <translation>jours (médiane)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="118"/>
        <source>Changes of placement per child-year</source>
        <translation>Changements de placement par année-enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="119"/>
        <source>Changes per child-year</source>
        <translation>Changements par année-enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="120"/>
        <source>Documents court-ready a week before the hearing</source>
        <translation>Documents prêts une semaine avant l’audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="121"/>
        <source>% of documents court-ready</source>
        <translation>% de documents prêts</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="122"/>
        <source>Children with a hearing, by a court-ready file a week before</source>
        <translation>Enfants ayant une audience, selon que leur dossier était prêt une semaine avant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="124"/>
        <source>Changes of placement per child-year: the placements begun in the period after a child&apos;s first placement, divided by the years the children&apos;s cases were open in the period.</source>
        <translation>Changements de placement par année-enfant : les placements commencés pendant la période après le premier placement de l’enfant, divisés par les années pendant lesquelles les dossiers des enfants étaient ouverts dans la période.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="130"/>
        <source>Documents court-ready a week before the hearing: for the children with a hearing in the period (those vacated left out), the share of their civil documents, counted once for each hearing, that met every requirement of the hearing&apos;s forum as the records stood a week before it (as they stood when it was first checked, for a hearing set within a week or recorded before checks were kept).</source>
        <translation>Documents prêts une semaine avant l’audience : pour les enfants ayant une audience dans la période (hors audiences annulées), la part de leurs documents d’état civil, comptés une fois par audience, qui remplissaient toutes les exigences de la juridiction de l’audience selon le dossier tel qu’il était une semaine avant (tel qu’il était lors de la première vérification, pour une audience fixée moins d’une semaine avant ou enregistrée avant que les vérifications ne soient conservées).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="138"/>
        <source>A child&apos;s file is not court-ready when, a week before one of their hearings of the period, one of their civil documents lacked a requirement of the hearing&apos;s forum.</source>
        <translation>Le dossier d’un enfant n’est pas prêt lorsque, une semaine avant l’une de ses audiences de la période, l’un de ses documents d’état civil ne remplissait pas une exigence de la juridiction de l’audience.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="147"/>
        <source>Caseload</source>
        <translation>Volume de dossiers</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="148"/>
        <source>Cases opened, active and closed in the period, by age band, sex, nationality, protection status and jurisdiction.</source>
        <translation>Dossiers ouverts, en cours et clôturés sur la période, par tranche d&apos;âge, sexe, nationalité, statut de protection et juridiction.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="153"/>
        <source>Cases opened, by age band and sex</source>
        <translation>Dossiers ouverts, par tranche d&apos;âge et sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="154"/>
        <source>Cases active, by nationality and sex</source>
        <translation>Dossiers en cours, par nationalité et sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="155"/>
        <source>Cases active, by protection status and age band</source>
        <translation>Dossiers en cours, par statut de protection et tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="156"/>
        <source>Cases closed, by jurisdiction</source>
        <translation>Dossiers clôturés, par juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="157"/>
        <source>Cases opened, by quarter</source>
        <translation>Dossiers ouverts, par trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="158"/>
        <source>Outcomes for children</source>
        <translation>Résultats pour les enfants</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="159"/>
        <source>Days from arrival to a guardian&apos;s appointment, school enrolment within the set days of arrival, hearings held with an interpreter in the child&apos;s language, filings made by form and language, and changes of placement per child-year.</source>
        <translation>Jours entre l’arrivée et la désignation d’un tuteur, scolarisation dans le délai fixé après l’arrivée, audiences tenues avec un interprète dans la langue de l’enfant, actes établis par formulaire et par langue, et changements de placement par année-enfant.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="165"/>
        <source>Days from arrival to the first guardian&apos;s appointment, by age band</source>
        <translation>Jours entre l&apos;arrivée et la première désignation d&apos;un représentant légal, par tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="168"/>
        <source>Children arrived in the period, by school enrolment and sex</source>
        <translation>Enfants arrivés sur la période, par inscription scolaire et sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="169"/>
        <source>Hearings held, by interpreter and jurisdiction</source>
        <translation>Audiences tenues, par interprète et juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="170"/>
        <source>Filings made, by form and language</source>
        <translation>Actes établis, par formulaire et langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="171"/>
        <source>Proceedings and deadlines</source>
        <translation>Procédures et échéances</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="172"/>
        <source>Proceedings by kind, forum and outcome; deadlines met, missed and waived; children turning 18 or 21.</source>
        <translation>Procédures par type, juridiction saisie et issue ; échéances respectées, non respectées et abandonnées ; enfants atteignant 18 ou 21 ans.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="177"/>
        <source>Time to hearing and decision</source>
        <translation>Délais jusqu&apos;à l&apos;audience et à la décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="178"/>
        <source>Days from opening to the first hearing, and from a proceeding&apos;s opening to its first decision (median and quartiles).</source>
        <translation>Jours entre l&apos;ouverture et la première audience, et entre l&apos;ouverture d&apos;une procédure et sa première décision (médiane et quartiles).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="183"/>
        <source>Proceedings active, by kind and latest decision</source>
        <translation>Procédures en cours, par type et dernière décision</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="184"/>
        <source>Proceedings active, by forum</source>
        <translation>Procédures en cours, par tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="185"/>
        <source>Days from opening to the first hearing, by age band</source>
        <translation>Jours entre l&apos;ouverture et la première audience, par tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="186"/>
        <source>Days from a proceeding&apos;s opening to its first decision, by kind</source>
        <translation>Jours entre l&apos;ouverture d&apos;une procédure et sa première décision, par type</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="187"/>
        <source>Deadlines due, by outcome and jurisdiction</source>
        <translation>Échéances arrivant à terme, par issue et juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="188"/>
        <source>Children turning 18 or 21 in the period</source>
        <translation>Enfants atteignant 18 ou 21 ans sur la période</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="189"/>
        <source>Protection and services</source>
        <translation>Protection et services</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="190"/>
        <source>Trafficking concern levels of the cases active, and referrals to services by kind and status.</source>
        <translation>Niveaux d&apos;inquiétude de traite des dossiers en cours, et orientations vers des services par type et état.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="195"/>
        <source>Cases active, by trafficking concern and age band</source>
        <translation>Dossiers en cours, par inquiétude de traite et tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="196"/>
        <source>Cases active, by trafficking concern and sex</source>
        <translation>Dossiers en cours, par inquiétude de traite et sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="197"/>
        <source>Referrals to services, by service and status</source>
        <translation>Orientations vers des services, par service et état</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="198"/>
        <source>Changes of placement per child-year, by age band</source>
        <translation>Changements de placement par année-enfant, par tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="199"/>
        <source>Court-readiness of files</source>
        <translation>Préparation des dossiers pour l’audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="200"/>
        <source>Children with a hearing in the period whose file was not court-ready a week before it, and the share of documents court-ready then.</source>
        <translation>Enfants ayant une audience dans la période dont le dossier n’était pas prêt une semaine avant, et la part des documents prêts à ce moment.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="205"/>
        <source>Children with a hearing, by a court-ready file a week before and jurisdiction</source>
        <translation>Enfants ayant une audience, selon que leur dossier était prêt une semaine avant, par juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="209"/>
        <source>Children with a hearing, by a court-ready file a week before and age band</source>
        <translation>Enfants ayant une audience, selon que leur dossier était prêt une semaine avant, par tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="212"/>
        <source>Documents court-ready a week before the hearing, by jurisdiction</source>
        <translation>Documents prêts une semaine avant l’audience, par juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="215"/>
        <source>Documents court-ready a week before the hearing, by age band</source>
        <translation>Documents prêts une semaine avant l’audience, par tranche d’âge</translation>
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
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="250"/>
        <source>Anonymised statistics of the team&apos;s cases for a period. Small counts are hidden (&lt;5), and further counts where needed (*), so that no child can be picked out. Double-click a category to narrow the report to it.</source>
        <translation>Statistiques anonymisées des dossiers de l&apos;équipe sur une période. Les petits effectifs sont masqués (&lt;5), ainsi que d&apos;autres effectifs si nécessaire (*), afin qu&apos;aucun enfant ne puisse être identifié. Double-cliquez sur une catégorie pour restreindre le rapport à celle-ci.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="255"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="256"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="257"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="258"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="259"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="260"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="262"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="263"/>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="264"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="265"/>
        <source>Last year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="269"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="270"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="271"/>
        <source>The report to make</source>
        <translation>Le rapport à établir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="272"/>
        <source>Only the cases of this jurisdiction</source>
        <translation>Uniquement les dossiers de cette juridiction</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="273"/>
        <source>Only the children of this sex</source>
        <translation>Uniquement les enfants de ce sexe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="274"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="275"/>
        <source>The report as it was before it was narrowed</source>
        <translation>Le rapport tel qu&apos;il était avant d&apos;être restreint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="276"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="277"/>
        <source>&amp;Make the report</source>
        <translation>Éta&amp;blir le rapport</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="278"/>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="281"/>
        <source>Export the report as {0}</source>
        <translation>Exporter le rapport en {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="283"/>
        <source>Choose a report and a period, then click Make the report.</source>
        <translation>Choisissez un rapport et une période, puis cliquez sur Établir le rapport.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="301"/>
        <source>These report files cannot be used:</source>
        <translation>Ces fichiers de rapport ne peuvent pas être utilisés :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="313"/>
        <source>All jurisdictions</source>
        <translation>Toutes les juridictions</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="316"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="401"/>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="422"/>
        <source>Making the report…</source>
        <translation>Établissement du rapport…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="454"/>
        <source>Tables: %n. Double-click a category to narrow the report.</source>
        <translation>
            <numerusform>Tableaux : %n. Double-cliquez sur une catégorie pour restreindre le rapport.</numerusform>
            <numerusform>Tableaux : %n. Double-cliquez sur une catégorie pour restreindre le rapport.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="475"/>
        <source>The other nationalities are counted together: the report cannot be narrowed to them.</source>
        <translation>Les autres nationalités sont comptées ensemble : le rapport ne peut pas être restreint à celles-ci.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="512"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="513"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="514"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="521"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="532"/>
        <source>The report was written to {0}.</source>
        <translation>Le rapport a été écrit dans {0}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="539"/>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="371"/>
        <source>Alert the supervising lawyer today</source>
        <translation>Alerter l&apos;avocat superviseur aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="372"/>
        <source>Appeal the immigration judge&apos;s decision to the Board of Immigration Appeals</source>
        <translation>Faire appel de la décision du juge de l&apos;immigration devant la Board of Immigration Appeals</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="373"/>
        <source>Appeal the juge des enfants&apos; decision (assistance éducative, placement)</source>
        <translation>Faire appel de la décision du juge des enfants (assistance éducative, placement)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="374"/>
        <source>Appeal the juge des tutelles&apos; decision or the family council&apos;s deliberation</source>
        <translation>Former un recours contre la décision du juge des tutelles ou la délibération du conseil de famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="375"/>
        <source>Ask social services, the chief guardian (överförmyndaren) and the police to keep the case open until the child is found</source>
        <translation>Demander aux services sociaux, au juge des tutelles (överförmyndaren) et à la police de garder le dossier ouvert jusqu&apos;à ce que l&apos;enfant soit retrouvé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="376"/>
        <source>Call 116 000, the missing children hotline, to report the child missing and get support</source>
        <translation>Appeler le 116 000, le numéro pour les enfants disparus, pour signaler la disparition et être accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="377"/>
        <source>Carry out a best-interests assessment before any family tracing or sharing of the case</source>
        <translation>Réaliser une évaluation de l&apos;intérêt supérieur de l&apos;enfant avant toute recherche familiale ou tout partage du dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="378"/>
        <source>Check that social services of the municipality the child was assigned to act to bring the child back</source>
        <translation>Vérifier que les services sociaux de la commune à laquelle l&apos;enfant a été attribué agissent pour le faire revenir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="379"/>
        <source>Check that the police entered the child in NCIC (within 2 hours of the report)</source>
        <translation>Vérifier que la police a inscrit l&apos;enfant au NCIC (dans les 2 heures suivant le signalement)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="380"/>
        <source>Check that the protection section of the record is restricted</source>
        <translation>Vérifier que la section protection du dossier est bien restreinte</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="381"/>
        <source>Check that the protection service reported the child&apos;s absence to the police for the register of unaccompanied minors</source>
        <translation>Vérifier que le service de protection a signalé l&apos;absence de l&apos;enfant à la police pour le registre des mineurs non accompagnés</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="382"/>
        <source>Expect the receiving State&apos;s decision on consent to the cross-border placement</source>
        <translation>Attendre la décision de l&apos;État d&apos;accueil sur le consentement au placement transfrontière</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="383"/>
        <source>File certified English translations of every foreign-language document with the evidence</source>
        <translation>Déposer avec les preuves une traduction anglaise certifiée de chaque document en langue étrangère</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="384"/>
        <source>File evidence, applications and witness lists with the immigration court before the merits hearing</source>
        <translation>Déposer les preuves, demandes et listes de témoins auprès du tribunal de l&apos;immigration avant l&apos;audience au fond</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="385"/>
        <source>File the SIJ petition (Form I-360) before the 21st birthday</source>
        <translation>Déposer la demande SIJ (formulaire I-360) avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="386"/>
        <source>File the action (Klage) at the administrative court against the BAMF decision</source>
        <translation>Introduire le recours (Klage) devant le tribunal administratif contre la décision du BAMF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="387"/>
        <source>File the action against the foreigners authority&apos;s or mission&apos;s refusal</source>
        <translation>Introduire le recours contre le refus de l&apos;autorité des étrangers ou de la représentation diplomatique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="388"/>
        <source>File the appellant&apos;s notice against the family court&apos;s order (England and Wales; counted from the day of the decision)</source>
        <translation>Déposer l&apos;acte d&apos;appel (appellant&apos;s notice) contre l&apos;ordonnance du tribunal de la famille (Angleterre et pays de Galles ; délai compté à partir du jour de la décision)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="389"/>
        <source>File the asylum application (Form I-589) within one year of the last arrival</source>
        <translation>Déposer la demande d&apos;asile (formulaire I-589) dans l&apos;année suivant la dernière arrivée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="390"/>
        <source>File the last written submissions and evidence with the CNDA before the hearing</source>
        <translation>Déposer les dernières écritures et pièces auprès de la CNDA avant l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="391"/>
        <source>File the notice of appeal to the Refugee Appeal Division (IRB) against the RPD decision</source>
        <translation>Déposer l&apos;avis d&apos;appel auprès de la Section d&apos;appel des réfugiés (CISR) contre la décision de la SPR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="392"/>
        <source>File the opposition in the civil court against the administrative child-protection decision</source>
        <translation>Former opposition devant le juge civil contre la décision administrative de protection de l&apos;enfance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="393"/>
        <source>File the recurso contencioso-administrativo against the asylum decision</source>
        <translation>Former le recurso contencioso-administrativo contre la décision d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="394"/>
        <source>File the ricorso at the tribunal&apos;s specialised section against the Territorial Commission&apos;s decision</source>
        <translation>Former le ricorso devant la section spécialisée du tribunal contre la décision de la Commission territoriale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="395"/>
        <source>Find out what happened while the child was away, including whether the child may be a sex-trafficking victim</source>
        <translation>Établir ce que l&apos;enfant a vécu pendant son absence, y compris s&apos;il peut être victime de traite à des fins d&apos;exploitation sexuelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="396"/>
        <source>Follow up a service for the child</source>
        <translation>Assurer le suivi d&apos;un service pour l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="397"/>
        <source>Follow up a tracing request</source>
        <translation>Assurer le suivi d&apos;une demande de recherche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="398"/>
        <source>Follow up the health referral</source>
        <translation>Assurer le suivi de l&apos;orientation vers les soins de santé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="399"/>
        <source>Follow up the language classes</source>
        <translation>Assurer le suivi des cours de langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="400"/>
        <source>Follow up the mental-health referral</source>
        <translation>Assurer le suivi de l&apos;orientation en santé mentale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="401"/>
        <source>Follow up the referral for legal help</source>
        <translation>Assurer le suivi de l&apos;orientation vers une assistance juridique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="402"/>
        <source>Follow up the school referral</source>
        <translation>Assurer le suivi de l&apos;orientation vers l&apos;école</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="403"/>
        <source>Follow up the shelter or placement referral</source>
        <translation>Assurer le suivi de l&apos;orientation vers un foyer d&apos;accueil ou un placement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="404"/>
        <source>Give notice of appeal to the First-tier Tribunal (Immigration and Asylum Chamber) against the Home Office refusal</source>
        <translation>Former appel devant le First-tier Tribunal (Immigration and Asylum Chamber) contre le refus du Home Office</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="405"/>
        <source>Guardian: talk about the concern with the child and the caseworker</source>
        <translation>Tuteur : parler de l&apos;inquiétude avec l&apos;enfant et le travailleur social</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="406"/>
        <source>Inform the Guardianship Service (Service des Tutelles) of the disappearance</source>
        <translation>Informer le Service des Tutelles de la disparition</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="407"/>
        <source>Inform the child&apos;s guardian (Vormund) today: the guardian decides where the child is to live and where the police bring the child back</source>
        <translation>Informer aujourd&apos;hui le tuteur (Vormund) de l&apos;enfant : c&apos;est lui qui décide où l&apos;enfant doit vivre et où la police le ramène</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="408"/>
        <source>Inform the child&apos;s guardian today</source>
        <translation>Informer aujourd&apos;hui le tuteur de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="409"/>
        <source>Inform the supervising lawyer of the possible concern</source>
        <translation>Informer l&apos;avocat superviseur de l&apos;inquiétude possible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="410"/>
        <source>Italian certificate more than six months old: obtain a fresh one or add the art. 41(2) declaration</source>
        <translation>Certificat italien de plus de six mois : en obtenir un récent ou joindre la déclaration de l&apos;art. 41, par. 2</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="411"/>
        <source>Lawyer: check that the public prosecutor was informed of the disappearance (within 48 hours)</source>
        <translation>Avocat : vérifier que le procureur de la République a été informé de la disparition (dans les 48 heures)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="412"/>
        <source>Lawyer: check the hearings and deadlines the absence affects</source>
        <translation>Avocat : vérifier les audiences et les délais que l&apos;absence touche</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="413"/>
        <source>Lawyer: take note of the screening result</source>
        <translation>Avocat : prendre connaissance du résultat du repérage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="414"/>
        <source>Lodge the Beschwerde against the family court&apos;s decision (guardianship, custody)</source>
        <translation>Former la Beschwerde contre la décision du tribunal de la famille (tutelle, garde)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="415"/>
        <source>Lodge the administrative appeal (recurso de revisión) against COMAR&apos;s refusal of refugee status</source>
        <translation>Former le recours administratif (recurso de revisión) contre le refus du statut de réfugié par la COMAR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="416"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: accelerated procedure</source>
        <translation>Former le recours (Beschwerde) devant le Tribunal administratif fédéral : procédure accélérée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="417"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: extended procedure and other cases</source>
        <translation>Former le recours (Beschwerde) devant le Tribunal administratif fédéral : procédure étendue et autres cas</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="418"/>
        <source>Lodge the appeal (Beschwerde / recours) to the court against the child-protection authority&apos;s (KESB / APEA) decision</source>
        <translation>Former le recours (Beschwerde) devant le tribunal contre la décision de l&apos;autorité de protection de l&apos;enfant et de l&apos;adulte (APEA / KESB)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="419"/>
        <source>Lodge the appeal (Rekurs) against the district court&apos;s guardianship or custody order (Obsorge)</source>
        <translation>Former le recours (Rekurs) contre la décision du tribunal de district relative à la tutelle ou à la garde (Obsorge)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="420"/>
        <source>Lodge the appeal (apelacja) against the family court&apos;s decision on guardianship or custody</source>
        <translation>Interjeter appel (apelacja) de la décision du tribunal de la famille relative à la tutelle ou à la garde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="421"/>
        <source>Lodge the appeal (appel / hoger beroep) against the family court&apos;s judgment on custody or guardianship</source>
        <translation>Interjeter appel (appel / hoger beroep) du jugement du tribunal de la famille sur la garde ou la tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="422"/>
        <source>Lodge the appeal (beroep) at the district court against the IND asylum decision</source>
        <translation>Former le recours (beroep) devant le tribunal d&apos;arrondissement contre la décision d&apos;asile de l&apos;IND</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="423"/>
        <source>Lodge the appeal (efesi) against the court&apos;s decision on guardianship or custody</source>
        <translation>Interjeter appel (efesi) de la décision du tribunal relative à la tutelle ou à la garde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="424"/>
        <source>Lodge the appeal (hoger beroep) at the court of appeal against the family-court order (counted from the day of the order)</source>
        <translation>Interjeter appel (hoger beroep) devant la cour d&apos;appel de la décision du tribunal de la famille (délai compté à partir du jour de la décision)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="425"/>
        <source>Lodge the appeal (odwołanie) to the Refugee Board (Rada do Spraw Uchodźców)</source>
        <translation>Former le recours (odwołanie) devant le Conseil des réfugiés (Rada do Spraw Uchodźców)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="426"/>
        <source>Lodge the appeal (prosfygi) to the Appeals Authority against the Asylum Service decision</source>
        <translation>Former le recours (prosfygi) devant l&apos;Autorité de recours contre la décision du Service d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="427"/>
        <source>Lodge the appeal (recours / beroep) at the Council for Alien Law Litigation (CCE / RvV) against the CGRA decision</source>
        <translation>Introduire le recours devant le Conseil du contentieux des étrangers (CCE / RvV) contre la décision du CGRA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="428"/>
        <source>Lodge the appeal (recours) with the CNDA against the OFPRA decision</source>
        <translation>Former le recours devant la CNDA contre la décision de l&apos;OFPRA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="429"/>
        <source>Lodge the appeal (recurso de apelación) against the family court&apos;s final judgment (sentencia definitiva) on custody or guardianship</source>
        <translation>Former le recours en appel (recurso de apelación) contre le jugement définitif (sentencia definitiva) du juge de la famille sur la garde ou la tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="430"/>
        <source>Lodge the appeal (överklagande) against the Migration Agency&apos;s decision, sent to the Agency for the migration court</source>
        <translation>Former le recours (överklagande) contre la décision de l&apos;Office des migrations, adressé à l&apos;Office pour le tribunal des migrations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="431"/>
        <source>Lodge the appeal (överklagande) against the district court&apos;s judgment on custody (vårdnad), sent to the district court for the court of appeal</source>
        <translation>Former le recours (överklagande) contre le jugement du tribunal de première instance sur la garde (vårdnad), déposé auprès de ce tribunal pour la cour d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="432"/>
        <source>Lodge the complaint (Beschwerde) to the Federal Administrative Court against the BFA decision</source>
        <translation>Former le recours (Beschwerde) devant le Tribunal administratif fédéral contre la décision du BFA</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="433"/>
        <source>Lodge the optional recurso de reposición against the asylum decision</source>
        <translation>Former le recurso de reposición facultatif contre la décision d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="434"/>
        <source>Make a safety plan with the child</source>
        <translation>Établir un plan de sécurité avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="435"/>
        <source>Make sure the agency finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>Veiller à ce que l&apos;agence établisse avec l&apos;enfant ce qui a conduit à son absence, et à ce que le placement y réponde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="436"/>
        <source>Make sure the agency reports the child to NCMEC (National Center for Missing &amp; Exploited Children): at once, within 24 hours at the latest</source>
        <translation>Veiller à ce que l&apos;agence signale l&apos;enfant au NCMEC (centre national pour les enfants disparus et exploités) : immédiatement, au plus tard dans les 24 heures</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="437"/>
        <source>Make sure the agency reports the child to the police for entry into NCIC: at once, within 24 hours at the latest</source>
        <translation>Veiller à ce que l&apos;agence signale l&apos;enfant à la police pour inscription au NCIC : immédiatement, au plus tard dans les 24 heures</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="438"/>
        <source>Make sure the child is offered an independent return interview within 72 hours of coming back</source>
        <translation>Veiller à ce qu&apos;un entretien de retour indépendant soit proposé à l&apos;enfant dans les 72 heures suivant son retour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="439"/>
        <source>Make sure the child is reported missing to the police today</source>
        <translation>Veiller à ce que la disparition de l&apos;enfant soit signalée à la police aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="440"/>
        <source>Make sure the child is reported missing to the police today: the police treat every missing minor as in danger</source>
        <translation>Veiller à ce que la disparition de l&apos;enfant soit signalée à la police aujourd&apos;hui : la police considère tout mineur disparu comme en danger</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="441"/>
        <source>Make sure the disappearance is declared to the police or gendarmerie today: a minor&apos;s disappearance is always treated as worrying</source>
        <translation>Veiller à ce que la disparition soit déclarée aujourd&apos;hui à la police ou à la gendarmerie : la disparition d&apos;un mineur est toujours considérée comme inquiétante</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="442"/>
        <source>Make sure the disappearance is reported today to the police of the zone where it happened</source>
        <translation>Veiller à ce que la disparition soit signalée aujourd&apos;hui à la police de la zone où elle s&apos;est produite</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="443"/>
        <source>Make sure the social worker finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>Veiller à ce que le travailleur social établisse avec l&apos;enfant ce qui a conduit à son absence, et à ce que le placement y réponde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="444"/>
        <source>Make sure the social worker notifies the child&apos;s parents or guardians (and an Indian child&apos;s Tribe) at once, within 24 hours at the latest</source>
        <translation>Veiller à ce que le travailleur social avise immédiatement les parents ou tuteurs de l&apos;enfant (et la tribu d&apos;un enfant autochtone), au plus tard dans les 24 heures</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="445"/>
        <source>Make sure the social worker notifies the local police at once (within 24 hours at the latest), for entry into NCIC</source>
        <translation>Veiller à ce que le travailleur social avise immédiatement la police locale (au plus tard dans les 24 heures), pour inscription au NCIC</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="446"/>
        <source>Obtain the California guardianship and SIJ findings before the 21st birthday</source>
        <translation>Obtenir en Californie la tutelle et les constatations SIJ avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="447"/>
        <source>Obtain the Maryland custody or guardianship order with SIJ findings before the 21st birthday</source>
        <translation>Obtenir au Maryland l&apos;ordonnance de garde ou de tutelle avec les constatations SIJ avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="448"/>
        <source>Obtain the Massachusetts Probate and Family Court SIJ findings before the 21st birthday</source>
        <translation>Obtenir les constatations SIJ de la Probate and Family Court du Massachusetts avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="449"/>
        <source>Obtain the New Jersey Family Part order with SIJ findings before the 21st birthday</source>
        <translation>Obtenir l&apos;ordonnance de la Family Part du New Jersey avec les constatations SIJ avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="450"/>
        <source>Obtain the New York Family Court guardianship and SIJ findings before the 21st birthday</source>
        <translation>Obtenir de la Family Court de New York la tutelle et les constatations SIJ avant le 21e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="451"/>
        <source>Obtain the Texas order with SIJ findings before the 18th birthday</source>
        <translation>Obtenir l&apos;ordonnance texane avec les constatations SIJ avant le 18e anniversaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="452"/>
        <source>Passport expires in six months: renew it</source>
        <translation>Le passeport expire dans six mois : le renouveler</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="453"/>
        <source>Perfect the appeal to the Refugee Appeal Division (file the appellant&apos;s record)</source>
        <translation>Mettre en état l&apos;appel devant la Section d&apos;appel des réfugiés (déposer le dossier de l&apos;appelant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="454"/>
        <source>Placement abroad: obtain the consent of the receiving State&apos;s Central Authority first</source>
        <translation>Placement à l&apos;étranger : obtenir d&apos;abord le consentement de l&apos;Autorité centrale de l&apos;État d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="455"/>
        <source>Refer the child to the national referral mechanism</source>
        <translation>Orienter l&apos;enfant vers le mécanisme national d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="456"/>
        <source>Renew a consent before it expires, or record its end</source>
        <translation>Renouveler un consentement avant son expiration, ou en enregistrer la fin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="457"/>
        <source>Report the child missing to the police today</source>
        <translation>Signaler la disparition de l&apos;enfant à la police aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="458"/>
        <source>Report the child&apos;s disappearance to the police today: anyone may, with no waiting time, and the police start the search at once</source>
        <translation>Signaler aujourd&apos;hui la disparition de l&apos;enfant à la police : toute personne le peut, sans délai d&apos;attente, et la police lance les recherches aussitôt</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="459"/>
        <source>Review a goal of the care plan</source>
        <translation>Réexaminer un objectif du plan de prise en charge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="460"/>
        <source>Review the best-interests assessment</source>
        <translation>Réexaminer l&apos;évaluation de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="461"/>
        <source>Review the best-interests determination</source>
        <translation>Réexaminer la détermination de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="462"/>
        <source>Screen the child again</source>
        <translation>Refaire le repérage avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="463"/>
        <source>Screen the child again for trafficking risk</source>
        <translation>Repérer à nouveau le risque de traite pour l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="464"/>
        <source>Seise the court of the habitual residence after a decision refusing return</source>
        <translation>Saisir la juridiction de la résidence habituelle après une décision de non-retour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="465"/>
        <source>Serve the notice of appeal against the Ontario court&apos;s final order on custody (decision-making responsibility) or guardianship</source>
        <translation>Signifier l&apos;avis d&apos;appel contre l&apos;ordonnance définitive du tribunal de l&apos;Ontario sur la garde (responsabilité décisionnelle) ou la tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="466"/>
        <source>State the facts and evidence supporting the asylum action</source>
        <translation>Exposer les faits et les preuves à l&apos;appui du recours en matière d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="467"/>
        <source>Unaccompanied alien child designation ends on the 18th birthday</source>
        <translation>La qualification de mineur étranger non accompagné prend fin au 18e anniversaire</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="172"/>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="176"/>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="183"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="178"/>
        <source>of {0}</source>
        <translation>sur {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="179"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="180"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="181"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="58"/>
        <source>Screening for trafficking risk</source>
        <translation>Repérage du risque de traite</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="68"/>
        <source>No interpreter</source>
        <translation>Sans interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="79"/>
        <source>The child&apos;s language (e.g. ti, prs, ar)</source>
        <translation>La langue de l&apos;enfant (p. ex. ti, prs, ar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="81"/>
        <source>&amp;Screened on</source>
        <translation>&amp;Repérage effectué le</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="82"/>
        <source>&amp;Asked by</source>
        <translation>&amp;Questions posées par</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="83"/>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="84"/>
        <source>In the &amp;language</source>
        <translation>Dans la &amp;langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="98"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="99"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="100"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="112"/>
        <source>What the answer rests on (optional)</source>
        <translation>Sur quoi repose la réponse (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="129"/>
        <source>The concern level comes from this program&apos;s rule, not from a validated cut-off: it screens, it does not decide, and it never says that a child is a victim. Your judgement may raise it.</source>
        <translation>Le niveau d&apos;inquiétude vient de la règle de ce programme, et non d&apos;un seuil validé : il s&apos;agit d&apos;un repérage, pas d&apos;une décision, et il ne dit jamais qu&apos;un enfant est victime. Votre jugement peut le relever.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="136"/>
        <source>Keep the rule&apos;s level</source>
        <translation>Garder le niveau de la règle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="142"/>
        <source>Why you raise it (required to raise it)</source>
        <translation>Pourquoi vous le relevez (obligatoire pour le relever)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="145"/>
        <source>&amp;Raise the level to</source>
        <translation>Rele&amp;ver le niveau à</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="146"/>
        <source>&amp;Because</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="152"/>
        <source>Record the screening</source>
        <translation>Enregistrer le repérage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="183"/>
        <source>Concern by the program&apos;s rule: %1</source>
        <translation>Niveau selon la règle du programme : %1</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="29"/>
        <source>Protect the export</source>
        <translation>Protéger l’export</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="33"/>
        <source>The export holds every child&apos;s data. Seal it with a passphrase: whoever opens it needs the same passphrase. A few words are easier to remember than symbols, and stronger.</source>
        <translation>L’export contient les données de chaque enfant. Scellez-le avec une phrase secrète : qui l’ouvre a besoin de la même phrase. Quelques mots se retiennent mieux que des symboles, et sont plus sûrs.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="47"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="48"/>
        <source>The same again:</source>
        <translation>La même, à nouveau :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="51"/>
        <source>Write a clear copy instead: anyone who has the file can read it</source>
        <translation>Écrire plutôt une copie en clair : quiconque a le fichier peut le lire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="62"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="89"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="31"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>Se connecter au serveur de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="35"/>
        <source>The server {0} asks for a password that this computer&apos;s keyring does not hold. Type it once: it is then kept in the keyring, never in a file.</source>
        <translation>Le serveur {0} demande un mot de passe que le trousseau de cet ordinateur ne contient pas. Saisissez-le une fois : il est ensuite conservé dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="41"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="52"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="63"/>
        <source>The server refused this password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="266"/>
        <source>These are throw-away demo cases: they unlock without a key.</source>
        <translation>Ce sont des dossiers de démonstration jetables : ils se déverrouillent sans clé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="269"/>
        <source>This database is not encrypted, so it has no recovery key: anyone who copies its file can read it. Encrypt it (the banner above the case list) to make unlocking need its key.</source>
        <translation>Cette base de données n&apos;est pas chiffrée, elle n&apos;a donc pas de clé de récupération : quiconque copie son fichier peut la lire. Chiffrez-la (le bandeau au-dessus de la liste des dossiers) pour que le déverrouillage demande sa clé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="274"/>
        <source>The team&apos;s server keeps its own protection; unlocking needs your own sign-in once sign-in is set up.</source>
        <translation>Le serveur de l&apos;équipe assure sa propre protection ; le déverrouillage demandera votre propre connexion une fois la connexion des personnes mise en place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="287"/>
        <source>nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>personne ne l&apos;a utilisé depuis %n minute.</numerusform>
            <numerusform>personne ne l&apos;a utilisé depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="312"/>
        <source>the screen was locked.</source>
        <translation>l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="317"/>
        <source>the computer went to sleep.</source>
        <translation>l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="351"/>
        <source>it was asked to.</source>
        <translation>on le lui a demandé.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="358"/>
        <source>Guardian Desk — locked</source>
        <translation>Guardian Desk — verrouillé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="11"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Database file or address</source>
        <translation>Fichier ou adresse de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>The default file in your data folder</source>
        <translation>Le fichier par défaut de votre répertoire de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Default &amp;jurisdiction</source>
        <translation>&amp;Juridiction par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="38"/>
        <source>Default jurisdiction of new cases</source>
        <translation>Juridiction par défaut des nouveaux dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="43"/>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="49"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="54"/>
        <source>&amp;Reminders, days before</source>
        <translation>&amp;Rappels, jours avant</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="60"/>
        <source>Days before a hearing or deadline to remind</source>
        <translation>Nombre de jours avant une audience ou une échéance pour le rappel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>for example 1, 7, 14</source>
        <translation>par exemple 1, 7, 14</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>&amp;Travel time before a hearing</source>
        <translation>&amp;Temps de trajet avant une audience</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="72"/>
        <source>Minutes kept free before a hearing</source>
        <translation>Minutes réservées avant une audience</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="80"/>
        <source>Calendar files name the &amp;child (otherwise only the case reference)</source>
        <translation>Les fichiers de calendrier nomment l&apos;&amp;enfant (sinon seulement la référence du dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="85"/>
        <source>Loc&amp;k the window after</source>
        <translation>&amp;Verrouiller la fenêtre après</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="91"/>
        <source>Minutes without a key press or a click before the window locks</source>
        <translation>Minutes sans frappe ni clic avant que la fenêtre se verrouille</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="92"/>
        <source> minutes without use</source>
        <translation> minutes sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="102"/>
        <source>What is wrong with the settings</source>
        <translation>Ce qui ne va pas dans les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="109"/>
        <source>A new database is opened the next time Guardian Desk starts.</source>
        <translation>Une nouvelle base de données sera ouverte au prochain démarrage de Guardian Desk.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="16"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="33"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="57"/>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="59"/>
        <source>Guardian Desk databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Guardian Desk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="78"/>
        <source>Reminders: write whole numbers of days from 0 to 365, separated by commas.</source>
        <translation>Rappels&#xa0;: indiquez des nombres entiers de jours de 0 à 365, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="91"/>
        <source>Database: a password does not belong in the address, where it would stay in the settings file. Give the address without it: Guardian Desk asks for the password once and keeps it in this computer&apos;s keyring.</source>
        <translation>Base de données : un mot de passe n&apos;a pas sa place dans l&apos;adresse, où il resterait dans le fichier des paramètres. Donnez l&apos;adresse sans lui : Guardian Desk demande le mot de passe une fois et le conserve dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="96"/>
        <source>Database: this address is not understood.</source>
        <translation>Base de données : cette adresse n&apos;est pas comprise.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="81"/>
        <source>Sign in to Guardian Desk</source>
        <translation>Se connecter à Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="83"/>
        <source>Sign in with your user name and passphrase.</source>
        <translation>Connectez-vous avec votre nom d&apos;utilisateur et votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="90"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="91"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="93"/>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="96"/>
        <source>The next start needs nothing typed; locking and a change of user still ask for the passphrase. Only on a computer no one else uses.</source>
        <translation>Le prochain démarrage ne demande rien ; le verrouillage et un changement d&apos;utilisateur demandent toujours la phrase secrète. Seulement sur un ordinateur que personne d&apos;autre n&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="103"/>
        <source>Forgot your passphrase? An administrator gives you a new one. If no one can sign in, whoever holds the recovery key runs: guardian-desk users reset NAME --recovery-key-file FILE</source>
        <translation>Phrase secrète oubliée ? Un administrateur vous en donne une nouvelle. Si personne ne peut se connecter, qui détient la clé de récupération lance : guardian-desk users reset NOM --recovery-key-file FICHIER</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="111"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="121"/>
        <source>A demo database: sign in as admin, supervisor, lawyer, gal, caseworker, clerk, interpreter or dpo to see what each role sees. The passphrase of each is: {0}</source>
        <translation>Une base de démonstration : connectez-vous comme admin, supervisor, lawyer, gal, caseworker, clerk, interpreter ou dpo pour voir ce que voit chaque rôle. La phrase secrète de chacun est : {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="156"/>
        <source>Choose your own passphrase to go on.</source>
        <translation>Choisissez votre propre phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="359"/>
        <source>Nothing to count in this period.</source>
        <translation>Rien à compter sur cette période.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="375"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="391"/>
        <source>From {0} to {1}</source>
        <translation>Du {0} au {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="399"/>
        <source>Only: {0}</source>
        <translation>Uniquement : {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="400"/>
        <source>Made {0}</source>
        <translation>Établi le {0}</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="516"/>
        <source>This week: overdue, hearings and deadlines</source>
        <translation>Cette semaine&#xa0;: en retard, audiences et échéances</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="550"/>
        <source>Overdue (the latest %n; the Calendar has them all)</source>
        <translation>
            <numerusform>En retard (%n, le plus récent&#xa0;; le Calendrier les affiche tous)</numerusform>
            <numerusform>En retard (les %n plus récents&#xa0;; le Calendrier les affiche tous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="552"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="563"/>
        <source>… and more: see the Calendar, or filter it by person.</source>
        <translation>… et d&apos;autres&#xa0;: voir le Calendrier, ou le filtrer par personne.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="565"/>
        <source>Nothing due this week.</source>
        <translation>Rien à échéance cette semaine.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="90"/>
        <source>Pages of the scan</source>
        <translation>Pages de la numérisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="112"/>
        <source>This file cannot be shown here</source>
        <translation>Ce fichier ne peut pas être affiché ici</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="120"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
</context>
<context>
    <name>TracingDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="82"/>
        <source>Family tracing</source>
        <translation>Recherche familiale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Relative here</source>
        <translation>Membre de la famille (ici)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Found in case</source>
        <translation>Trouvé dans le dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Why</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="104"/>
        <source>Confirm: the same person</source>
        <translation>Confirmer : la même personne</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="107"/>
        <source>Link the relative here to this person: the case is saved, and audited.</source>
        <translation>Relier le membre de la famille d&apos;ici à cette personne : le dossier est enregistré, et l&apos;opération est consignée au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="136"/>
        <source>No one in the other cases you may see is alike to a relative.</source>
        <translation>Personne, dans les autres dossiers que vous pouvez voir, ne ressemble à un membre de la famille.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="140"/>
        <source>People of other cases alike to the child&apos;s relatives, most alike first. A match is a lead, not a finding: check it before anyone is contacted.</source>
        <translation>Personnes d&apos;autres dossiers qui ressemblent aux membres de la famille de l&apos;enfant, les plus semblables d&apos;abord. Une correspondance est une piste, pas une constatation : vérifiez-la avant de contacter qui que ce soit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="146"/>
        <source>%n relative(s) not to be contacted were not looked for.</source>
        <translation>
            <numerusform>%n membre de la famille à ne pas contacter n&apos;a pas été recherché.</numerusform>
            <numerusform>%n membres de la famille à ne pas contacter n&apos;ont pas été recherchés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="156"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="184"/>
        <source>the child of that case</source>
        <translation>l&apos;enfant de ce dossier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="187"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="189"/>
        <source>Name as written</source>
        <translation>Nom (graphie d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="194"/>
        <source>Relationship</source>
        <translation>Lien avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="198"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="200"/>
        <source>Nationality (of the child)</source>
        <translation>Nationalité (de l&apos;enfant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="205"/>
        <source>Languages (of the child)</source>
        <translation>Langues (de l&apos;enfant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="209"/>
        <source>Last known place</source>
        <translation>Dernier lieu connu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="211"/>
        <source>Last known country</source>
        <translation>Dernier pays connu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="216"/>
        <source>Separated from the child on</source>
        <translation>Date de séparation d&apos;avec l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>In case %1</source>
        <translation>Dans le dossier %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="231"/>
        <source>Confirmed on %1 as the same person.</source>
        <translation>Confirmé le %1 comme étant la même personne.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="468"/>
        <source>A receipt answers a referral that arrived here.</source>
        <translation>Un accusé de réception répond à une orientation arrivée ici.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="469"/>
        <source>A referral that is {state} cannot become {new}.</source>
        <translation>Une orientation à l&apos;état « {state} » ne peut pas devenir « {new} ».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="470"/>
        <source>Choose the case to merge it into.</source>
        <translation>Choisissez le dossier avec lequel le fusionner.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="471"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before sending a case (Partners › Confirm).</source>
        <translation>Confirmez l&apos;empreinte de {partner} avec eux par téléphone avant d&apos;envoyer un dossier (Partenaires › Confirmer).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="472"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before taking in what they send (Partners › Confirm). Nothing was changed.</source>
        <translation>Confirmez l&apos;empreinte de {partner} avec eux par téléphone avant d&apos;intégrer ce qu&apos;ils envoient (Partenaires › Confirmer). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="473"/>
        <source>Give your organisation&apos;s name first (Partners page, or guardian-desk organisation --name NAME): a consent names who may receive the case.</source>
        <translation>Indiquez d&apos;abord le nom de votre organisation (page Partenaires, ou guardian-desk organisation --name NAME) : un consentement désigne qui peut recevoir le dossier.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="474"/>
        <source>Give your organisation&apos;s name first (Settings › Organisation, or guardian-desk organisation --name NAME): a partner sees it on your card.</source>
        <translation>Indiquez d&apos;abord le nom de votre organisation (Paramètres › Organisation, ou guardian-desk organisation --name NAME) : un partenaire le voit sur votre carte.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="475"/>
        <source>No Guardian Desk contact card&apos;s QR code was found in {file}.</source>
        <translation>Aucun code QR de carte de contact Guardian Desk n&apos;a été trouvé dans {file}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="476"/>
        <source>Only a referral is taken in; a receipt is answered on opening.</source>
        <translation>Seule une orientation est intégrée ; un accusé de réception est traité à l&apos;ouverture.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="477"/>
        <source>Reading QR codes needs the zxing-cpp package.</source>
        <translation>La lecture des codes QR nécessite la bibliothèque zxing-cpp.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="478"/>
        <source>Say why the partner is revoked (at least 5 characters).</source>
        <translation>Indiquez pourquoi le partenaire est révoqué (au moins 5 caractères).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="479"/>
        <source>The card&apos;s signing key is damaged.</source>
        <translation>La clé de signature de la carte est endommagée.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="480"/>
        <source>The consent this case was sent under is not valid ({problem}): ask {partner} to send it again with a valid one. Nothing was changed.</source>
        <translation>Le consentement sous lequel ce dossier a été envoyé n&apos;est pas valide ({problem}) : demandez à {partner} de le renvoyer avec un consentement valide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="481"/>
        <source>The contact must have at most 400 characters.</source>
        <translation>Le contact doit comporter au plus 400 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="482"/>
        <source>The days a partner has to answer must be from 1 to 365.</source>
        <translation>Le nombre de jours dont dispose un partenaire pour répondre doit être compris entre 1 et 365.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="483"/>
        <source>The fingerprint read does not match the card&apos;s: do not trust this card; ask the partner for a new one. Nothing was changed.</source>
        <translation>L&apos;empreinte lue ne correspond pas à celle de la carte : ne faites pas confiance à cette carte ; demandez-en une nouvelle au partenaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="484"/>
        <source>The organisation&apos;s name must have from 1 to 200 characters.</source>
        <translation>Le nom de l&apos;organisation doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="485"/>
        <source>This bundle carries no consent or legitimate basis: it is not taken in.</source>
        <translation>Ce paquet ne comporte aucun consentement ni fondement légitime : il n&apos;est pas intégré.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="486"/>
        <source>This bundle comes from an organisation whose contact card you have not taken in: add its card (Partners) and confirm its fingerprint by telephone first. Nothing was changed.</source>
        <translation>Ce paquet provient d&apos;une organisation dont vous n&apos;avez pas intégré la carte de contact : ajoutez d&apos;abord sa carte (Partenaires) et confirmez son empreinte par téléphone. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="487"/>
        <source>This bundle does not open with your organisation&apos;s key: it was sealed for another organisation. Nothing was changed.</source>
        <translation>Ce paquet ne s&apos;ouvre pas avec la clé de votre organisation : il a été scellé pour une autre organisation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="488"/>
        <source>This bundle is addressed to another organisation, not to yours. Nothing was changed.</source>
        <translation>Ce paquet est adressé à une autre organisation, pas à la vôtre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="489"/>
        <source>This bundle is cut short: ask the sender for it again.</source>
        <translation>Ce paquet est tronqué : redemandez-le à l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="490"/>
        <source>This bundle is damaged: its kind is unknown. Nothing was changed.</source>
        <translation>Ce paquet est endommagé : son type est inconnu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="491"/>
        <source>This bundle is damaged: its manifest cannot be read. Nothing was changed.</source>
        <translation>Ce paquet est endommagé : son manifeste ne peut pas être lu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="492"/>
        <source>This bundle is signed with a key of {partner} that is no longer trusted (revoked or replaced). Nothing was changed.</source>
        <translation>Ce paquet est signé avec une clé de {partner} qui n&apos;est plus digne de confiance (révoquée ou remplacée). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="493"/>
        <source>This bundle is too large to be one. Nothing was changed.</source>
        <translation>Ce paquet est trop volumineux pour en être un. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="494"/>
        <source>This bundle was already received on {day}; it is not taken in twice.</source>
        <translation>Ce paquet a déjà été reçu le {day} ; il n&apos;est pas intégré deux fois.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="495"/>
        <source>This bundle was changed after it was signed, or not signed by its sender: it is not taken in. Nothing was changed.</source>
        <translation>Ce paquet a été modifié après sa signature, ou n&apos;a pas été signé par son expéditeur : il n&apos;est pas intégré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="496"/>
        <source>This bundle was changed after it was signed: it is not taken in. Nothing was changed.</source>
        <translation>Ce paquet a été modifié après sa signature : il n&apos;est pas intégré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="497"/>
        <source>This bundle was made by a newer version of Guardian Desk; update the program to open it. Nothing was changed.</source>
        <translation>Ce paquet a été créé par une version plus récente de Guardian Desk ; mettez le programme à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="498"/>
        <source>This bundle&apos;s case is not valid here ({problems}). Nothing was changed.</source>
        <translation>Le dossier de ce paquet n&apos;est pas valide ici ({problems}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="499"/>
        <source>This bundle&apos;s content does not belong to its manifest: it is not taken in.</source>
        <translation>Le contenu de ce paquet ne correspond pas à son manifeste : il n&apos;est pas intégré.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="500"/>
        <source>This bundle&apos;s content is damaged. Nothing was changed.</source>
        <translation>Le contenu de ce paquet est endommagé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="501"/>
        <source>This case carries {sections}, which your role may not take in: someone whose role may must receive it. Nothing was changed.</source>
        <translation>Ce dossier comporte {sections}, que votre rôle ne permet pas d&apos;intégrer : une personne dont le rôle le permet doit le recevoir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="502"/>
        <source>This case is already here: take it in as an update (merge), field by field.</source>
        <translation>Ce dossier est déjà ici : intégrez-le comme mise à jour (fusion), champ par champ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="503"/>
        <source>This contact card is damaged: it cannot be read.</source>
        <translation>Cette carte de contact est endommagée : elle ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="504"/>
        <source>This contact card is too long to be one.</source>
        <translation>Cette carte de contact est trop longue pour en être une.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="505"/>
        <source>This contact card names no organisation.</source>
        <translation>Cette carte de contact ne nomme aucune organisation.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="506"/>
        <source>This contact card says it replaces earlier keys, but the earlier key did not sign it.</source>
        <translation>Cette carte de contact indique qu&apos;elle remplace des clés antérieures, mais la clé antérieure ne l&apos;a pas signée.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="507"/>
        <source>This contact card&apos;s signature does not match: it was changed.</source>
        <translation>La signature de cette carte de contact ne correspond pas : elle a été modifiée.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="508"/>
        <source>This database has no keys of its own yet; open it once with this version of Guardian Desk to make them.</source>
        <translation>Cette base n&apos;a pas encore de clés propres ; ouvrez-la une fois avec cette version de Guardian Desk pour les créer.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="509"/>
        <source>This file is not a Guardian Desk bundle. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas un paquet Guardian Desk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="510"/>
        <source>This is not a Guardian Desk contact card (one begins with GD-CARD:1:).</source>
        <translation>Ce n&apos;est pas une carte de contact Guardian Desk (une telle carte commence par GD-CARD:1:).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="511"/>
        <source>This is your own organisation&apos;s card, not a partner&apos;s.</source>
        <translation>C&apos;est la carte de votre propre organisation, pas celle d&apos;un partenaire.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="512"/>
        <source>This partner organisation no longer exists.</source>
        <translation>Cette organisation partenaire n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="513"/>
        <source>This partner was revoked; read its card again to trust it anew.</source>
        <translation>Ce partenaire a été révoqué ; relisez sa carte pour lui faire de nouveau confiance.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="514"/>
        <source>This receipt answers no referral you sent to this partner.</source>
        <translation>Cet accusé de réception ne répond à aucune orientation que vous avez envoyée à ce partenaire.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="515"/>
        <source>This referral is already {state}; the receipt changes nothing.</source>
        <translation>Cette orientation est déjà à l&apos;état « {state} » ; l&apos;accusé de réception ne change rien.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="516"/>
        <source>This referral no longer exists.</source>
        <translation>Cette orientation n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="517"/>
        <source>Write why the case goes without consent (at least {count} characters): the audit log keeps it.</source>
        <translation>Écrivez pourquoi le dossier part sans consentement (au moins {count} caractères) : le journal d&apos;audit le conserve.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="518"/>
        <source>alias matches ({score})</source>
        <translation>alias concordant ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="519"/>
        <source>birth dates overlap</source>
        <translation>les dates de naissance se recoupent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="520"/>
        <source>born the same year</source>
        <translation>nés la même année</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="521"/>
        <source>born within a year</source>
        <translation>nés à un an d&apos;écart au plus</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="522"/>
        <source>born within two years</source>
        <translation>nés à deux ans d&apos;écart au plus</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="523"/>
        <source>born {years} years apart</source>
        <translation>nés à {years} ans d&apos;écart</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="524"/>
        <source>different nationality</source>
        <translation>nationalité différente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="525"/>
        <source>different sex</source>
        <translation>sexe différent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="526"/>
        <source>names alike ({score})</source>
        <translation>noms semblables ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="527"/>
        <source>native-script names alike ({score})</source>
        <translation>noms semblables en écriture d&apos;origine ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="528"/>
        <source>no birth date to compare</source>
        <translation>aucune date de naissance à comparer</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="529"/>
        <source>not a short text</source>
        <translation>pas un texte court</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="530"/>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="531"/>
        <source>same nationality</source>
        <translation>même nationalité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="532"/>
        <source>{file} cannot be read: {why}.</source>
        <translation>{file} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="533"/>
        <source>{file} is neither a contact card nor a picture.</source>
        <translation>{file} n&apos;est ni une carte de contact ni une image.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="534"/>
        <source>{partner} was revoked: nothing is sent to it.</source>
        <translation>{partner} a été révoqué : rien ne lui est envoyé.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="131"/>
        <source>Guardian Desk is locked</source>
        <translation>Guardian Desk est verrouillé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="137"/>
        <source>Guardian Desk locked itself: {0} What you were typing is kept, unsaved, until you unlock.</source>
        <translation>Guardian Desk s&apos;est verrouillé : {0} Ce que vous saisissiez est conservé, non enregistré, jusqu&apos;au déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="147"/>
        <source>Type your passphrase ({0}) to go on:</source>
        <translation>Tapez votre phrase secrète ({0}) pour continuer :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="159"/>
        <source>Type the database&apos;s recovery key to go on:</source>
        <translation>Saisissez la clé de récupération de la base de données pour continuer :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="177"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="69"/>
        <source>Guardian Desk — User guide</source>
        <translation>Guardian Desk — Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="70"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="79"/>
        <source># User guide

The user guide could not be found at {0}. Reinstalling Guardian Desk puts it back.</source>
        <translation># Guide d&apos;utilisation

Le guide d&apos;utilisation est introuvable à l&apos;emplacement {0}. Réinstaller Guardian Desk le remet en place.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="38"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="51"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="52"/>
        <source>Change role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="53"/>
        <source>Reset passphrase…</source>
        <translation>Réinitialiser la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="54"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="55"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="57"/>
        <source>Server role…</source>
        <translation>Rôle sur le serveur…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="60"/>
        <source>A login of their own on the team&apos;s server, that reads only what their role may</source>
        <translation>Une connexion à soi sur le serveur de l&apos;équipe, qui ne lit que ce que permet son rôle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="95"/>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="97"/>
        <source>must choose a passphrase</source>
        <translation>doit choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="99"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Resume</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="157"/>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="158"/>
        <source>Role of {0}:</source>
        <translation>Rôle de {0} :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="172"/>
        <source>Reset passphrase</source>
        <translation>Réinitialiser la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="174"/>
        <source>A passphrase for {0} to sign in with once; they choose their own then:</source>
        <translation>Une phrase secrète pour que {0} se connecte une fois ; il choisira ensuite la sienne :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="187"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="196"/>
        <source>Server role</source>
        <translation>Rôle sur le serveur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="189"/>
        <source>The password {0} signs in to the team&apos;s server with (at least 12 characters):</source>
        <translation>Le mot de passe avec lequel {0} se connecte au serveur de l&apos;équipe (au moins 12 caractères) :</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="198"/>
        <source>{0} can now sign in to the team&apos;s server with their own password: they read there only what their role may, and write nothing.</source>
        <translation>{0} peut maintenant se connecter au serveur de l&apos;équipe avec son propre mot de passe : il n&apos;y lit que ce que permet son rôle, et n&apos;y écrit rien.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="214"/>
        <source>Remove a user</source>
        <translation>Retirer un utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="215"/>
        <source>Remove {0}? They can no longer sign in.</source>
        <translation>Retirer {0} ? Il ne pourra plus se connecter.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="222"/>
        <source>User removed</source>
        <translation>Utilisateur retiré</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="248"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="249"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="250"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="251"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="252"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="253"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="254"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="255"/>
        <source>Documented</source>
        <translation>Documentée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="256"/>
        <source>Declared</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="257"/>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="258"/>
        <source>Age assessed</source>
        <translation>Âge évalué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="259"/>
        <source>Holistic interview</source>
        <translation>Entretien pluridisciplinaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="260"/>
        <source>Review of documents</source>
        <translation>Examen des documents</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="261"/>
        <source>Medical examination</source>
        <translation>Examen médical</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="262"/>
        <source>Dental X-ray</source>
        <translation>Radiographie dentaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="263"/>
        <source>Wrist X-ray</source>
        <translation>Radiographie du poignet</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="264"/>
        <source>Clavicle CT scan</source>
        <translation>Scanner de la clavicule</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="265"/>
        <source>Shelter</source>
        <translation>Foyer d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="266"/>
        <source>Foster family</source>
        <translation>Famille d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="267"/>
        <source>With a relative</source>
        <translation>Chez un membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="268"/>
        <source>Supported independent living</source>
        <translation>Logement autonome accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="269"/>
        <source>Unaccompanied</source>
        <translation>Non accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="270"/>
        <source>Separated</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="271"/>
        <source>Accompanied</source>
        <translation>Accompagné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="272"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="273"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="274"/>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="275"/>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="276"/>
        <source>Aunt or uncle</source>
        <translation>Tante ou oncle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="277"/>
        <source>Cousin</source>
        <translation>Cousin ou cousine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="278"/>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="279"/>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="280"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="281"/>
        <source>Tracing under way</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="282"/>
        <source>Located</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="283"/>
        <source>Reunified</source>
        <translation>Réunifié</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="284"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="285"/>
        <source>Not to be contacted</source>
        <translation>À ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="286"/>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="287"/>
        <source>Temporary custodian</source>
        <translation>Gardien provisoire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="288"/>
        <source>Guardian ad litem</source>
        <translation>Administrateur ad hoc</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="289"/>
        <source>Foster carer</source>
        <translation>Assistant familial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="290"/>
        <source>Kafala holder</source>
        <translation>Titulaire de la kafala</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="291"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="292"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="293"/>
        <source>Legal representation</source>
        <translation>Représentation en justice</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="294"/>
        <source>Travel</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="295"/>
        <source>Property</source>
        <translation>Biens</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="296"/>
        <source>Guardianship</source>
        <translation>Tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="297"/>
        <source>Temporary custody</source>
        <translation>Garde provisoire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="298"/>
        <source>Asylum</source>
        <translation>Asile</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="299"/>
        <source>Humanitarian status</source>
        <translation>Statut humanitaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="300"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Statut spécial de jeune immigrant (SIJS)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="301"/>
        <source>Family reunification</source>
        <translation>Regroupement familial</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="302"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="303"/>
        <source>Appeal</source>
        <translation>Recours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="304"/>
        <source>Return of the child (Hague 1980)</source>
        <translation>Retour de l&apos;enfant (La Haye 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="305"/>
        <source>Return refused</source>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="306"/>
        <source>Art. 12: settled after more than one year</source>
        <translation>Art. 12 : intégré après plus d&apos;un an</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="307"/>
        <source>Art. 13(1)(a): custody not exercised, or consent or acquiescence</source>
        <translation>Art. 13(1)(a) : garde non exercée, ou consentement ou acquiescement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="310"/>
        <source>Art. 13(1)(b): grave risk of harm</source>
        <translation>Art. 13(1)(b) : risque grave de danger</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="311"/>
        <source>Art. 13(2): the child objects</source>
        <translation>Art. 13(2) : l&apos;enfant s&apos;y oppose</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="312"/>
        <source>Art. 20: fundamental principles of human rights</source>
        <translation>Art. 20 : principes fondamentaux des droits de l&apos;homme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="313"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="314"/>
        <source>Tribunal</source>
        <translation>Juridiction spécialisée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="315"/>
        <source>Agency</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="316"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="317"/>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="318"/>
        <source>Partially granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="319"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="320"/>
        <source>Dismissed</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="321"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="322"/>
        <source>Remitted</source>
        <translation>Renvoyée pour réexamen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="323"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="324"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="325"/>
        <source>Adjourned</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="326"/>
        <source>Decided</source>
        <translation>Décision rendue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="327"/>
        <source>Vacated</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="328"/>
        <source>From a rule</source>
        <translation>Règle de calcul</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="329"/>
        <source>Entered by hand</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="330"/>
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="331"/>
        <source>Done</source>
        <translation>Accompli</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="332"/>
        <source>Waived</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="333"/>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="334"/>
        <source>Family register extract</source>
        <translation>Extrait du registre de famille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="335"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="336"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="337"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="338"/>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="339"/>
        <source>Death certificate</source>
        <translation>Acte de décès</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="340"/>
        <source>Marriage certificate</source>
        <translation>Acte de mariage</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="341"/>
        <source>Custody order</source>
        <translation>Décision de garde</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="342"/>
        <source>Guardianship order</source>
        <translation>Décision de tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="343"/>
        <source>School record</source>
        <translation>Dossier scolaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="344"/>
        <source>Medical report</source>
        <translation>Rapport médical</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="345"/>
        <source>Age assessment report</source>
        <translation>Rapport d&apos;évaluation de l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="346"/>
        <source>Certificate under Regulation 2019/1111 (Arts. 36, 47, 66)</source>
        <translation>Certificat au titre du règlement 2019/1111 (art. 36, 47, 66)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="349"/>
        <source>Authentic instrument or agreement on parental responsibility</source>
        <translation>Acte authentique ou accord en matière de responsabilité parentale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="352"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="353"/>
        <source>Certified copy</source>
        <translation>Copie certifiée conforme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="354"/>
        <source>Plain copy</source>
        <translation>Copie simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="355"/>
        <source>Apostille</source>
        <translation>Apostille</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="356"/>
        <source>e-Apostille</source>
        <translation>Apostille électronique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="357"/>
        <source>Legalisation by a notary</source>
        <translation>Légalisation par un notaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="358"/>
        <source>Legalisation by the ministry</source>
        <translation>Légalisation par le ministère</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="359"/>
        <source>Legalisation by an embassy or consulate</source>
        <translation>Légalisation par une ambassade ou un consulat</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="362"/>
        <source>EU 2016/1191 exemption (no apostille)</source>
        <translation>Dispense au titre du règlement (UE) 2016/1191 (sans apostille)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="363"/>
        <source>Multilingual standard form</source>
        <translation>Formulaire type multilingue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="364"/>
        <source>Notarised copy</source>
        <translation>Copie notariée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="365"/>
        <source>Sworn</source>
        <translation>Assermentée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="366"/>
        <source>Certified</source>
        <translation>Certifiée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="367"/>
        <source>Plain</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="368"/>
        <source>Recognised</source>
        <translation>Reconnue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="369"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="370"/>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="371"/>
        <source>Art. 23(2)(a): no jurisdiction under the Convention</source>
        <translation>Art. 23(2)(a)&#xa0;: absence de compétence au titre de la Convention</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="372"/>
        <source>Art. 23(2)(b): the child was not heard (not in urgency)</source>
        <translation>Art. 23(2)(b)&#xa0;: l&apos;enfant n&apos;a pas été entendu (hors cas d&apos;urgence)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="375"/>
        <source>Art. 23(2)(c): a person with parental responsibility was not heard</source>
        <translation>Art. 23(2)(c)&#xa0;: une personne investie de la responsabilité parentale n&apos;a pas été entendue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="378"/>
        <source>Art. 23(2)(d): manifestly contrary to public policy</source>
        <translation>Art. 23(2)(d)&#xa0;: manifestement contraire à l&apos;ordre public</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="379"/>
        <source>Art. 23(2)(e): incompatible with a later measure</source>
        <translation>Art. 23(2)(e)&#xa0;: incompatible avec une mesure prise postérieurement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="380"/>
        <source>Art. 23(2)(f): the Art. 33 procedure was not followed</source>
        <translation>Art. 23(2)(f)&#xa0;: la procédure de l&apos;art. 33 n&apos;a pas été respectée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="383"/>
        <source>Hague 1996 Art. 40 (the guardian&apos;s powers)</source>
        <translation>Convention de La Haye de 1996, art. 40 (pouvoirs du représentant)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="384"/>
        <source>Brussels IIb Art. 36 (Annex III: a decision)</source>
        <translation>Bruxelles II ter, art. 36 (annexe III&#xa0;: décision)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="387"/>
        <source>Brussels IIb Art. 47 (Annexes V-VI: access, return)</source>
        <translation>Bruxelles II ter, art. 47 (annexes V-VI&#xa0;: droit de visite, retour)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="390"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="391"/>
        <source>Care and protection</source>
        <translation>Prise en charge et protection</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="392"/>
        <source>No concern</source>
        <translation>Aucune inquiétude</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="393"/>
        <source>Possible concern</source>
        <translation>Inquiétude possible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="394"/>
        <source>Clear concern</source>
        <translation>Inquiétude manifeste</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="395"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="396"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="397"/>
        <source>Best-interests assessment</source>
        <translation>Évaluation de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="398"/>
        <source>Best-interests determination</source>
        <translation>Détermination de l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="399"/>
        <source>Family tracing</source>
        <translation>Recherche familiale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="401"/>
        <source>Identity, placement and notes</source>
        <translation>Identité, placement et notes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="402"/>
        <source>Family and tracing</source>
        <translation>Famille et recherche familiale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="403"/>
        <source>Guardians</source>
        <translation>Représentants légaux</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="404"/>
        <source>Proceedings, hearings and deadlines</source>
        <translation>Procédures, audiences et échéances</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="405"/>
        <source>Civil documents</source>
        <translation>Actes d&apos;état civil</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="406"/>
        <source>Protection and risk</source>
        <translation>Protection et risques</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="407"/>
        <source>The child&apos;s views and restricted notes</source>
        <translation>Opinion de l&apos;enfant et notes à accès restreint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="408"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="409"/>
        <source>Filings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="411"/>
        <source>The child</source>
        <translation>L&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="412"/>
        <source>The guardian</source>
        <translation>Le tuteur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="413"/>
        <source>A parent</source>
        <translation>Un parent</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="414"/>
        <source>The legal representative</source>
        <translation>Le représentant légal</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="415"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="416"/>
        <source>A legal obligation</source>
        <translation>Une obligation légale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="417"/>
        <source>The child&apos;s vital interests</source>
        <translation>Les intérêts vitaux de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="418"/>
        <source>A task in the public interest</source>
        <translation>Une mission d&apos;intérêt public</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="419"/>
        <source>Legitimate interests</source>
        <translation>Intérêts légitimes</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="421"/>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="422"/>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="423"/>
        <source>Guardianship authority</source>
        <translation>Autorité de tutelle</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="424"/>
        <source>To confirm by telephone</source>
        <translation>À confirmer par téléphone</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="425"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="426"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="427"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="428"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="429"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="430"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="431"/>
        <source>Sent to a partner</source>
        <translation>Envoyée à un partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="432"/>
        <source>Received from a partner</source>
        <translation>Reçue d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="433"/>
        <source>Disclosure</source>
        <translation>Communication d&apos;informations</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="434"/>
        <source>Reporting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="435"/>
        <source>Irregular route</source>
        <translation>Itinéraire irrégulier</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="436"/>
        <source>Someone else holds the documents</source>
        <translation>Documents détenus par un tiers</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="437"/>
        <source>Sudden separation</source>
        <translation>Séparation soudaine</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="438"/>
        <source>Unexplained changes of residence</source>
        <translation>Changements de résidence inexpliqués</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="441"/>
        <source>Debt to a smuggler</source>
        <translation>Dette envers un passeur</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="442"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="443"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="444"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="445"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="446"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="447"/>
        <source>The child&apos;s views</source>
        <translation>Opinion de l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="448"/>
        <source>Hearing preparation</source>
        <translation>Préparation de l&apos;audience</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="449"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="451"/>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="452"/>
        <source>Legal help</source>
        <translation>Assistance juridique</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="453"/>
        <source>Language classes</source>
        <translation>Cours de langue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="454"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="455"/>
        <source>Referred</source>
        <translation>Orientée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="456"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="457"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="458"/>
        <source>Declined by the provider or the child</source>
        <translation>Refusée par l&apos;organisme ou par l&apos;enfant</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="459"/>
        <source>Ended early</source>
        <translation>Interrompue avant son terme</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="460"/>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="461"/>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="462"/>
        <source>Partly recognised</source>
        <translation>Partiellement reconnue</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="463"/>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="464"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="465"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="466"/>
        <source>Not found</source>
        <translation>Non retrouvé</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="88"/>
        <source>Guardian Desk is locked.</source>
        <translation>Guardian Desk est verrouillé.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="94"/>
        <source>Receipt from %1: the referral is now %2.</source>
        <translation>Accusé de réception de %1 : l&apos;orientation est maintenant à l&apos;état « %2 ».</translation>
    </message>
</context>
</TS>
