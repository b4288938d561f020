<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Api::ApiError</name>
        <message>
            <source>The wizard ran into an internal problem (%1). Please report it.</source>
            <translation>Der Assistent ist auf ein internes Problem gestoßen (%1). Bitte melden Sie es.</translation>
        </message>
        <message>
            <source>The connection settings cannot be used: %1</source>
            <translation>Die Verbindungseinstellungen sind nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>A user with this email address already exists in WorkOS. The existing user is kept.</source>
            <translation>In WorkOS gibt es bereits einen Benutzer mit dieser E-Mail-Adresse. Der vorhandene Benutzer bleibt erhalten.</translation>
        </message>
        <message>
            <source>The external ID is already used by another record in WorkOS. Give this row a different external ID or leave it empty.</source>
            <translation>Die externe ID wird in WorkOS bereits von einem anderen Datensatz verwendet. Geben Sie dieser Zeile eine andere externe ID oder lassen Sie sie leer.</translation>
        </message>
        <message>
            <source>The user is already a member of this organization. Nothing needed to change.</source>
            <translation>Der Benutzer ist bereits Mitglied dieser Organisation. Es war nichts zu ändern.</translation>
        </message>
        <message>
            <source>WorkOS does not know a role in this row (%1). Check the role slugs in the WorkOS dashboard (Roles) and fix the role_slugs column.</source>
            <translation>WorkOS kennt eine Rolle in dieser Zeile nicht (%1). Prüfen Sie die Rollen-Slugs im WorkOS-Dashboard (Roles) und korrigieren Sie die Spalte role_slugs.</translation>
        </message>
        <message>
            <source>This row gives a user several roles, but Multiple Roles is not turned on for this WorkOS environment. Turn it on in the dashboard, or give each row one role.</source>
            <translation>Diese Zeile gibt einem Benutzer mehrere Rollen, aber „Multiple Roles“ ist für diese WorkOS-Umgebung nicht eingeschaltet. Schalten Sie es im Dashboard ein oder geben Sie jeder Zeile nur eine Rolle.</translation>
        </message>
        <message>
            <source>WorkOS asked us to slow down (too many requests). The wizard waits and tries again; nothing needs doing.</source>
            <translation>WorkOS hat um langsameres Senden gebeten (zu viele Anfragen). Der Assistent wartet und versucht es erneut; Sie müssen nichts tun.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached or had a temporary problem (%1). Check the internet connection; running the job again later retries this row.</source>
            <translation>WorkOS war nicht erreichbar oder hatte ein vorübergehendes Problem (%1). Prüfen Sie die Internetverbindung; wenn Sie den Auftrag später erneut ausführen, wird diese Zeile wiederholt.</translation>
        </message>
        <message>
            <source>WorkOS did not answer in time (%1). Check the internet connection; running the job again later retries this row.</source>
            <translation>WorkOS hat nicht rechtzeitig geantwortet (%1). Prüfen Sie die Internetverbindung; wenn Sie den Auftrag später erneut ausführen, wird diese Zeile wiederholt.</translation>
        </message>
        <message>
            <source>The request was stopped before it finished. Resume the job to carry on.</source>
            <translation>Die Anfrage wurde abgebrochen, bevor sie fertig war. Setzen Sie den Auftrag fort, um weiterzumachen.</translation>
        </message>
        <message>
            <source>WorkOS did not accept the API key. Copy the secret key (it starts with sk_) from the WorkOS dashboard, API Keys, and paste it again.</source>
            <translation>WorkOS hat den API-Schlüssel nicht angenommen. Kopieren Sie den geheimen Schlüssel (er beginnt mit sk_) aus dem WorkOS-Dashboard unter „API Keys“ und fügen Sie ihn erneut ein.</translation>
        </message>
        <message>
            <source>The API key is valid but is not allowed to do this. Use a key with full access to User Management, or ask your WorkOS administrator for one.</source>
            <translation>Der API-Schlüssel ist gültig, darf dies aber nicht tun. Verwenden Sie einen Schlüssel mit vollem Zugriff auf User Management oder fragen Sie Ihre WorkOS-Administration nach einem.</translation>
        </message>
        <message>
            <source>WorkOS could not find what this row refers to (%1). Check the IDs in the row.</source>
            <translation>WorkOS findet nicht, worauf sich diese Zeile bezieht (%1). Prüfen Sie die IDs in der Zeile.</translation>
        </message>
        <message>
            <source>WorkOS rejected this row: %1. Fix the data in the row and run it again.</source>
            <translation>WorkOS hat diese Zeile abgelehnt: %1. Korrigieren Sie die Daten der Zeile und führen Sie sie erneut aus.</translation>
        </message>
        <message>
            <source>WorkOS sent an answer the wizard could not read (%1). If a proxy or firewall sits between you and WorkOS, check it; otherwise try again later.</source>
            <translation>WorkOS hat eine Antwort gesendet, die der Assistent nicht lesen kann (%1). Falls ein Proxy oder eine Firewall zwischen Ihnen und WorkOS liegt, prüfen Sie diese; andernfalls versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The secure connection to WorkOS failed (%1). If your network inspects HTTPS traffic, your administrator's certificate must be installed on this computer.</source>
            <translation>Die sichere Verbindung zu WorkOS ist fehlgeschlagen (%1). Wenn Ihr Netzwerk HTTPS-Verkehr prüft, muss das Zertifikat Ihrer Administration auf diesem Computer installiert sein.</translation>
        </message>
        <message>
            <source>The proxy server set up on this computer did not work (%1). Check the proxy settings (HTTPS_PROXY) or ask your network administrator.</source>
            <translation>Der auf diesem Computer eingerichtete Proxyserver hat nicht funktioniert (%1). Prüfen Sie die Proxy-Einstellungen (HTTPS_PROXY) oder fragen Sie Ihre Netzwerkadministration.</translation>
        </message>
    </context>
    <context>
        <name>Api::RateLimits</name>
        <message>
            <source>The rate limit setting has an empty item (two commas in a row?).</source>
            <translation>Die Einstellung des Ratenlimits hat einen leeren Eintrag (zwei Kommas hintereinander?).</translation>
        </message>
    </context>
    <context>
        <name>Api::Role</name>
        <message>
            <source>A role needs a slug.</source>
            <translation>Eine Rolle braucht einen Slug.</translation>
        </message>
        <message>
            <source>The role slug “%1” is longer than %2 characters.</source>
            <translation>Der Rollen-Slug „%1“ ist länger als %2 Zeichen.</translation>
        </message>
        <message>
            <source>The role slug “%1” may hold only lowercase letters, digits, “-” and “_”: WorkOS cannot create it.</source>
            <translation>Der Rollen-Slug „%1“ darf nur Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten: WorkOS kann ihn nicht anlegen.</translation>
        </message>
        <message>
            <source>A role needs a name.</source>
            <translation>Eine Rolle braucht einen Namen.</translation>
        </message>
        <message>
            <source>The role name “%1” is longer than %2 characters.</source>
            <translation>Der Rollenname „%1“ ist länger als %2 Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>Api::SignInAnswer</name>
        <message>
            <source>Signed in: passwords from this file work in WorkOS.</source>
            <translation>Angemeldet: Die Passwörter aus dieser Datei funktionieren in WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS refused the sign-in: invalid credentials. The password is not the one WorkOS holds for this user (check it with check-password before the import), or the user has no password (reset needed).</source>
            <translation>WorkOS hat die Anmeldung abgelehnt: ungültige Anmeldedaten. Das Passwort ist nicht das, das WorkOS für diesen Benutzer gespeichert hat (prüfen Sie es vor dem Import mit check-password), oder der Benutzer hat kein Passwort (Zurücksetzen nötig).</translation>
        </message>
        <message>
            <source>WorkOS did not sign the user in: %1 (%2).</source>
            <translation>WorkOS hat den Benutzer nicht angemeldet: %1 (%2).</translation>
        </message>
        <message>
            <source>WorkOS allows 10 sign-in attempts per minute for one email; try again in %1 seconds.</source>
            <translation>WorkOS erlaubt 10 Anmeldeversuche pro Minute für eine E-Mail-Adresse; versuchen Sie es in %1 Sekunden erneut.</translation>
        </message>
        <message>
            <source>WorkOS refused the client id or the API key (%1). Copy the client id from the WorkOS dashboard (API Keys page, "Client ID", client_…) of the same environment as the API key.</source>
            <translation>WorkOS hat die Client-ID oder den API-Schlüssel abgelehnt (%1). Kopieren Sie die Client-ID aus dem WorkOS-Dashboard (Seite „API Keys“, „Client ID“, client_…) derselben Umgebung wie der API-Schlüssel.</translation>
        </message>
    </context>
    <context>
        <name>Api::SignInClient</name>
        <message>
            <source>A sign-in needs the client id, the API key, the email and the password.</source>
            <translation>Eine Anmeldung braucht die Client-ID, den API-Schlüssel, die E-Mail-Adresse und das Passwort.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached (%1). Check the network and try again.</source>
            <translation>WorkOS war nicht erreichbar (%1). Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>WorkOS answered the sign-in without a user (HTTP 200); the address may not be WorkOS's API.</source>
            <translation>WorkOS hat die Anmeldung ohne Benutzer beantwortet (HTTP 200); die Adresse ist womöglich nicht die API von WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS answered HTTP %1 without saying why (request %2). Try again later.</source>
            <translation>WorkOS hat mit HTTP %1 geantwortet, ohne einen Grund zu nennen (Anfrage %2). Versuchen Sie es später erneut.</translation>
        </message>
    </context>
    <context>
        <name>Api::TlsCheck</name>
        <message>
            <source>Qt found no TLS plugin (the tls/ plugin folder is missing or empty).</source>
            <translation>Qt hat kein TLS-Plugin gefunden (der Plugin-Ordner tls/ fehlt oder ist leer).</translation>
        </message>
        <message>
            <source>Qt's TLS plugins (%1) could not load a TLS library; Qt was built against %2.</source>
            <translation>Die TLS-Plugins von Qt (%1) konnten keine TLS-Bibliothek laden; Qt wurde gegen %2 erstellt.</translation>
        </message>
    </context>
    <context>
        <name>Api::WorkOsClient</name>
        <message>
            <source>No API key was given. Paste the secret key (sk_...) from the WorkOS dashboard.</source>
            <translation>Es wurde kein API-Schlüssel angegeben. Fügen Sie den geheimen Schlüssel (sk_...) aus dem WorkOS-Dashboard ein.</translation>
        </message>
        <message>
            <source>The API address must not contain a user name, a query or a fragment (%1).</source>
            <translation>Die API-Adresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten (%1).</translation>
        </message>
    </context>
    <context>
        <name>Csv::CsvReader</name>
        <message>
            <source>Line %1 has characters that are not valid UTF-8; they were read as Windows-1252.</source>
            <translation>Zeile %1 enthält Zeichen, die kein gültiges UTF-8 sind; sie wurden als Windows-1252 gelesen.</translation>
        </message>
        <message>
            <source>Line %1: has more than 10,000 fields, the most a line may have, so it was not read. Check for a missing line break or a line of delimiters, and remove or correct it.</source>
            <translation>Zeile %1: hat mehr als 10.000 Felder, das Maximum für eine Zeile, und wurde deshalb nicht gelesen. Prüfen Sie, ob ein Zeilenumbruch fehlt oder eine Zeile nur aus Trennzeichen besteht, und entfernen oder korrigieren Sie sie.</translation>
        </message>
        <message>
            <source>Line %1: a double quote (") appears inside a field that is not enclosed in quotes. Enclose the field in quotes and double the quote (""), or remove it.</source>
            <translation>Zeile %1: Ein doppeltes Anführungszeichen (") steht in einem Feld, das nicht in Anführungszeichen eingeschlossen ist. Schließen Sie das Feld in Anführungszeichen ein und verdoppeln Sie das Zeichen (""), oder entfernen Sie es.</translation>
        </message>
        <message>
            <source>Line %1: contains a NUL byte, which is not text. Re-export the file as CSV text.</source>
            <translation>Zeile %1: enthält ein NUL-Byte, also keinen Text. Exportieren Sie die Datei erneut als CSV-Text.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than 1 MiB. Check for a missing closing quote or remove the oversized value.</source>
            <translation>Zeile %1: Ein Feld ist länger als 1 MiB. Prüfen Sie, ob ein schließendes Anführungszeichen fehlt, oder entfernen Sie den zu großen Wert.</translation>
        </message>
        <message>
            <source>Line %1: has %2 fields but the header has %3. Check for an unquoted delimiter inside a value.</source>
            <translation>Zeile %1: hat %2 Felder, die Kopfzeile aber %3. Prüfen Sie, ob ein Trennzeichen ohne Anführungszeichen in einem Wert steht.</translation>
        </message>
        <message numerus="yes">
            <source>Line %1: has %n field(s) but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.</source>
            <translation>
                <numerusform>Zeile %1: hat %n Feld, die Kopfzeile aber %2. Prüfen Sie, ob ein Trennzeichen fehlt oder ein Zeilenumbruch in einem Wert ohne Anführungszeichen steht.</numerusform>
                <numerusform>Zeile %1: hat %n Felder, die Kopfzeile aber %2. Prüfen Sie, ob ein Trennzeichen fehlt oder ein Zeilenumbruch in einem Wert ohne Anführungszeichen steht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: cannot be read.</source>
            <translation>Zeile %1: kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Cannot open "%1": %2. Check that the file exists and that you may read it.</source>
            <translation>„%1“ kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
        </message>
        <message>
            <source>The file "%1" is empty. Choose the CSV export that contains your users.</source>
            <translation>Die Datei „%1“ ist leer. Wählen Sie den CSV-Export, der Ihre Benutzer enthält.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8; it was read as Windows-1252 (the encoding Excel uses on Windows). Check that accented names look right.</source>
            <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen (die Kodierung, die Excel unter Windows verwendet). Prüfen Sie, ob Namen mit Akzenten richtig aussehen.</translation>
        </message>
        <message>
            <source>Line %1: the header has a quote that is never closed. Check the first line of the file.</source>
            <translation>Zeile %1: Die Kopfzeile hat ein Anführungszeichen, das nie geschlossen wird. Prüfen Sie die erste Zeile der Datei.</translation>
        </message>
        <message>
            <source>Cannot read "%1": %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The file "%1" has no text in it. Choose the CSV export that contains your users.</source>
            <translation>Die Datei „%1“ enthält keinen Text. Wählen Sie den CSV-Export, der Ihre Benutzer enthält.</translation>
        </message>
        <message>
            <source>The header cannot be read: %1</source>
            <translation>Die Kopfzeile kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Line %1: a quoted field starts here and is never closed, so the rest of the file cannot be read. Add the missing closing quote (").</source>
            <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird; der Rest der Datei kann daher nicht gelesen werden. Ergänzen Sie das fehlende schließende Anführungszeichen (").</translation>
        </message>
        <message>
            <source>Reading "%1" failed near line %2: %3</source>
            <translation>Lesen von „%1“ ist in der Nähe von Zeile %2 fehlgeschlagen: %3</translation>
        </message>
    </context>
    <context>
        <name>Csv::Dialect</name>
        <message>
            <source>comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>No row of the file has the email %1. Name an account that is in the file (your own test account is a good choice).</source>
            <translation>Keine Zeile der Datei hat die E-Mail-Adresse %1. Nennen Sie ein Konto, das in der Datei steht (Ihr eigenes Testkonto ist eine gute Wahl).</translation>
        </message>
        <message>
            <source>The hash of this account (line %1) cannot be used: %2</source>
            <translation>Der Hash dieses Kontos (Zeile %1) ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>This password is the one the file gives this account in plain text.</source>
            <translation>Dieses Passwort ist das, das die Datei diesem Konto im Klartext gibt.</translation>
        </message>
        <message>
            <source>The file gives this account a plain-text password, and it is not this one. WorkOS will set the password of the file.</source>
            <translation>Die Datei gibt diesem Konto ein Klartext-Passwort, und es ist nicht dieses. WorkOS setzt das Passwort aus der Datei.</translation>
        </message>
        <message>
            <source>This account (line %1) has no password and no hash in the file: after the import its user has no password and must set one (reset needed).</source>
            <translation>Dieses Konto (Zeile %1) hat in der Datei weder Passwort noch Hash: Nach dem Import hat sein Benutzer kein Passwort und muss eines festlegen (Zurücksetzen nötig).</translation>
        </message>
        <message>
            <source>The hash type of this account (line %1) is not one WorkOS accepts.</source>
            <translation>Der Hash-Typ dieses Kontos (Zeile %1) wird von WorkOS nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Line %1 (%2): %3</source>
            <translation>Zeile %1 (%2): %3</translation>
        </message>
        <message>
            <source>There is no job "%1" to catch up with. `workos-import jobs` lists the jobs; give the id of the import this file is a newer export of.</source>
            <translation>Es gibt keinen Auftrag „%1“, der nachgeführt werden könnte. `workos-import jobs` listet die Aufträge; geben Sie die ID des Imports an, von dem diese Datei ein neuerer Export ist.</translation>
        </message>
        <message>
            <source>To import this file anyway, start it as a new job without --catch-up (users that exist are then met as "already existed", or updated with --update-existing).</source>
            <translation>Um diese Datei trotzdem zu importieren, starten Sie sie als neuen Auftrag ohne --catch-up (vorhandene Benutzer gelten dann als „schon vorhanden“ oder werden mit --update-existing aktualisiert).</translation>
        </message>
        <message>
            <source>Job %1 read its file as %2; this file reads as %3. A catch-up needs a newer export of the same source. Export again from the same system. %4</source>
            <translation>Auftrag %1 hat seine Datei als %2 gelesen; diese Datei liest sich als %3. Ein Nachführen braucht einen neueren Export derselben Quelle. Exportieren Sie erneut aus demselben System. %4</translation>
        </message>
        <message>
            <source>this file has %1 that job %2's file did not have</source>
            <translation>diese Datei hat %1, die die Datei von Auftrag %2 nicht hatte</translation>
        </message>
        <message>
            <source>it lacks %1</source>
            <translation>ihr fehlt %1</translation>
        </message>
        <message>
            <source>The columns differ from job %1's file: %2. Export with the same columns as the earlier import. %3</source>
            <translation>Die Spalten unterscheiden sich von der Datei von Auftrag %1: %2. Exportieren Sie mit denselben Spalten wie beim früheren Import. %3</translation>
        </message>
        <message>
            <source>The columns differ from job %1's file (its header line is not this file's: %2). Export with the same columns as the earlier import. %3</source>
            <translation>Die Spalten unterscheiden sich von der Datei von Auftrag %1 (ihre Kopfzeile ist nicht die dieser Datei: %2). Exportieren Sie mit denselben Spalten wie beim früheren Import. %3</translation>
        </message>
        <message>
            <source>The columns are mapped differently than in job %1 (there: "%2"; here: "%3"). Give the same --map as job %1. %4</source>
            <translation>Die Spalten sind anders zugeordnet als in Auftrag %1 (dort: „%2“; hier: „%3“). Geben Sie dasselbe --map wie bei Auftrag %1 an. %4</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2 (%3); this import would go to %4 (%5). A catch-up continues an import where it wrote: catch up with the job that imported into this environment. %6</source>
            <translation>Auftrag %1 schrieb nach %2 (%3); dieser Import ginge nach %4 (%5). Ein Nachführen setzt einen Import dort fort, wo er schrieb: führen Sie den Auftrag nach, der in diese Umgebung importiert hat. %6</translation>
        </message>
    </context>
    <context>
        <name>Engine::CatchUp</name>
        <message numerus="yes">
            <source>%n users from the earlier import are not in this file (listed, not deleted)</source>
            <translation>
                <numerusform>%n Benutzer aus dem früheren Import steht nicht in dieser Datei (aufgelistet, nicht gelöscht)</numerusform>
                <numerusform>%n Benutzer aus dem früheren Import stehen nicht in dieser Datei (aufgelistet, nicht gelöscht)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::FollowUp</name>
        <message>
            <source>The CSV file of job %1 is gone: %2. Put it back at that path: verify and undo read the rows from it.</source>
            <translation>Die CSV-Datei von Auftrag %1 ist nicht mehr da: %2. Legen Sie sie wieder unter diesem Pfad ab: Prüfen und Rückgängigmachen lesen die Zeilen daraus.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job ran (its size was %2 bytes, now %3). Put the original file back at %4.</source>
            <translation>Die CSV-Datei von Auftrag %1 hat sich seit dem Lauf des Auftrags geändert (ihre Größe war %2 Byte, jetzt %3). Legen Sie die ursprüngliche Datei wieder unter %4 ab.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job ran (its contents differ). Put the original file back at %2.</source>
            <translation>Die CSV-Datei von Auftrag %1 hat sich seit dem Lauf des Auftrags geändert (ihr Inhalt ist anders). Legen Sie die ursprüngliche Datei wieder unter %2 ab.</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <source>Rehearsal (local sandbox)</source>
            <translation>Probelauf (lokale Sandbox)</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Staging (Test)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2, but this would go to %3. Refused: undo and verify work only where the job wrote. Run it again without --api-url and with WORKOS_API_URL unset, so that the job's own address is used.</source>
            <translation>Auftrag %1 hat nach %2 geschrieben, dies ginge aber nach %3. Abgelehnt: Rückgängigmachen und Prüfen arbeiten nur dort, wohin der Auftrag geschrieben hat. Starten Sie es erneut ohne --api-url und ohne gesetztes WORKOS_API_URL, damit die Adresse des Auftrags verwendet wird.</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2 (%3), but the API key given is for %4. Refused: use the key of the environment the job wrote to (WORKOS_API_KEY).</source>
            <translation>Auftrag %1 hat nach %2 (%3) geschrieben, der angegebene API-Schlüssel gilt aber für %4. Abgelehnt: Verwenden Sie den Schlüssel der Umgebung, in die der Auftrag geschrieben hat (WORKOS_API_KEY).</translation>
        </message>
        <message>
            <source>a test environment (not production)</source>
            <translation>eine Testumgebung (nicht Produktion)</translation>
        </message>
        <message>
            <source>Job %1 is closed to import: an undo of it has started, and importing more of it now would put back what undo takes away. Import the file again as a new job if you need it.</source>
            <translation>Auftrag %1 ist für den Import geschlossen: „Rückgängig“ wurde für ihn gestartet, und ihn jetzt weiter zu importieren, würde zurückbringen, was „Rückgängig“ entfernt. Importieren Sie die Datei bei Bedarf erneut als neuen Auftrag.</translation>
        </message>
    </context>
    <context>
        <name>Engine::JobRunner</name>
        <message>
            <source>WorkOS could not be reached, and still not after %1 s of trying again (%2). Check the internet connection, a proxy or firewall, and the API address.</source>
            <translation>WorkOS ist nicht erreichbar, auch nicht nach %1 s erneuter Versuche (%2). Prüfen Sie die Internetverbindung, einen Proxy oder eine Firewall und die API-Adresse.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached (%1). Check the internet connection, a proxy or firewall, and the API address.</source>
            <translation>WorkOS ist nicht erreichbar (%1). Prüfen Sie die Internetverbindung, einen Proxy oder eine Firewall und die API-Adresse.</translation>
        </message>
        <message>
            <source>A job is already running.</source>
            <translation>Es läuft bereits ein Auftrag.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 is gone: %2. Put it back at that path to resume.</source>
            <translation>Die CSV-Datei von Auftrag %1 ist verschwunden: %2. Legen Sie sie wieder an diesen Ort, um fortzusetzen.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its size was %2 bytes, now %3). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Die CSV-Datei von Auftrag %1 hat sich seit dem Start geändert (ihre Größe war %2 Byte, jetzt %3). Beim Fortsetzen würden falsche Zeilen importiert: Legen Sie die ursprüngliche Datei zurück, um fortzusetzen, oder starten Sie einen neuen Auftrag für die geänderte Datei.</translation>
        </message>
        <message>
            <source>Cannot read the CSV file of job %1: %2</source>
            <translation>Die CSV-Datei von Auftrag %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its header differs). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Die CSV-Datei von Auftrag %1 hat sich seit dem Start geändert (ihre Kopfzeile ist anders). Beim Fortsetzen würden falsche Zeilen importiert: Legen Sie die ursprüngliche Datei zurück, um fortzusetzen, oder starten Sie einen neuen Auftrag für die geänderte Datei.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its contents differ). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Die CSV-Datei von Auftrag %1 hat sich seit dem Start geändert (ihr Inhalt ist anders). Beim Fortsetzen würden falsche Zeilen importiert: Legen Sie die ursprüngliche Datei zurück, um fortzusetzen, oder starten Sie einen neuen Auftrag für die geänderte Datei.</translation>
        </message>
        <message>
            <source>A job named "%1" exists already. Resume it with --resume %1, or choose another --job-id.</source>
            <translation>Ein Auftrag namens „%1“ existiert bereits. Setzen Sie ihn mit --resume %1 fort oder wählen Sie eine andere --job-id.</translation>
        </message>
        <message>
            <source>A job named "%1" is being started by another window or process (%2). Choose another --job-id.</source>
            <translation>Ein Auftrag namens „%1“ wird gerade von einem anderen Fenster oder Prozess gestartet (%2). Wählen Sie eine andere --job-id.</translation>
        </message>
        <message>
            <source>Cannot make a lock file next to the job store %1. Check that its folder is writable.</source>
            <translation>Neben dem Auftragsspeicher %1 kann keine Sperrdatei angelegt werden. Prüfen Sie, ob sein Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process. Stop it there first, or wait for it to end.</source>
            <translation>Auftrag %1 läuft in einem anderen Fenster oder Prozess. Beenden Sie ihn dort zuerst oder warten Sie, bis er endet.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process (%2). Stop it there first, or wait for it to end.</source>
            <extracomment>%2 names the window or process, e.g. "process 4711 on host"</extracomment>
            <translation>Auftrag %1 läuft in einem anderen Fenster oder Prozess (%2). Beenden Sie ihn dort zuerst oder warten Sie, bis er endet.</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Es gibt keinen Auftrag „%1“. `workos-import jobs` listet die Aufträge auf.</translation>
        </message>
        <message>
            <source>Job "%1" was deleted just now.</source>
            <translation>Auftrag „%1“ wurde soeben gelöscht.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume.</source>
            <translation>Es gibt keinen unterbrochenen Auftrag zum Fortsetzen.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume: %1 is running in another window or process. Resume a job by its id once it has stopped there.</source>
            <translation>Es gibt keinen unterbrochenen Auftrag zum Fortsetzen: %1 läuft in einem anderen Fenster oder Prozess. Setzen Sie einen Auftrag über seine ID fort, sobald er dort beendet ist.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume: %1 are running in another window or process. Resume a job by its id once it has stopped there.</source>
            <translation>Es gibt keinen unterbrochenen Auftrag zum Fortsetzen: %1 laufen in einem anderen Fenster oder Prozess. Setzen Sie einen Auftrag über seine ID fort, sobald er dort beendet ist.</translation>
        </message>
        <message>
            <source>Job %1 is no longer in the job store: it was deleted during the run (in another window or process?). What was sent is in WorkOS; start a new job for the file to import the rest (rows already imported are found and counted as existing).</source>
            <translation>Auftrag %1 ist nicht mehr im Auftragsspeicher: Er wurde während des Laufs gelöscht (in einem anderen Fenster oder Prozess?). Was gesendet wurde, ist in WorkOS; starten Sie einen neuen Auftrag für die Datei, um den Rest zu importieren (bereits importierte Zeilen werden gefunden und als vorhanden gezählt).</translation>
        </message>
        <message>
            <source>Job %1 has no planned rows in the job store, so it cannot be called finished. Resume it to plan it again.</source>
            <translation>Auftrag %1 hat keine geplanten Zeilen im Auftragsspeicher und kann daher nicht als fertig gelten. Setzen Sie ihn fort, um ihn neu zu planen.</translation>
        </message>
        <message>
            <source>The chunks of job %1 cover %2 rows but the plan has %3. The job store is damaged: start a new job for the file (rows already imported are found and counted as existing).</source>
            <translation>Die Abschnitte von Auftrag %1 umfassen %2 Zeilen, der Plan aber %3. Der Auftragsspeicher ist beschädigt: Starten Sie einen neuen Auftrag für die Datei (bereits importierte Zeilen werden gefunden und als vorhanden gezählt).</translation>
        </message>
        <message>
            <source>Only %1 of the %2 rows of job %3 have a recorded outcome (%4 of %5 rows to import). %6</source>
            <translation>Nur %1 der %2 Zeilen von Auftrag %3 haben ein gespeichertes Ergebnis (%4 von %5 zu importierenden Zeilen). %6</translation>
        </message>
        <message>
            <source>Resume the job to import the rest.</source>
            <translation>Setzen Sie den Auftrag fort, um den Rest zu importieren.</translation>
        </message>
        <message>
            <source>Resume the job; if this repeats, start a new job for the file.</source>
            <translation>Setzen Sie den Auftrag fort; wenn das wieder passiert, starten Sie einen neuen Auftrag für die Datei.</translation>
        </message>
        <message>
            <source>Looking up the file's users in WorkOS (reads only).</source>
            <translation>Die Benutzer der Datei werden in WorkOS nachgeschlagen (nur lesend).</translation>
        </message>
        <message>
            <source>Stopped before the dry run ended.</source>
            <translation>Vor dem Ende des Testlaufs angehalten.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written to WorkOS. The import would create %1 users (%2 already exist), add %3 memberships (%4 already there) and create %5 organizations; %6 rows would fail and %7 are invalid.</source>
            <translation>Testlauf: Nichts wurde in WorkOS geschrieben. Der Import würde %1 Benutzer anlegen (%2 existieren bereits), %3 Mitgliedschaften hinzufügen (%4 bestehen bereits) und %5 Organisationen anlegen; %6 Zeilen würden fehlschlagen und %7 sind ungültig.</translation>
        </message>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Job %1 has already ended (%2); nothing to resume. Use `workos-import retry %1` to run its failed rows again.</source>
            <translation>Auftrag %1 ist bereits beendet (%2); es gibt nichts fortzusetzen. Mit `workos-import retry %1` führen Sie seine fehlgeschlagenen Zeilen erneut aus.</translation>
        </message>
        <message>
            <source>Job %1 was stopped while its file was being checked; checking it again.</source>
            <translation>Auftrag %1 wurde angehalten, während seine Datei geprüft wurde; sie wird erneut geprüft.</translation>
        </message>
        <message>
            <source>Reading and checking %1</source>
            <translation>%1 wird gelesen und geprüft</translation>
        </message>
        <message>
            <source>Stopped while the file was being checked: nothing was sent to WorkOS.</source>
            <translation>Während der Prüfung der Datei angehalten: Nichts wurde an WorkOS gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>Retrying %n failed rows of job %1.</source>
            <translation>
                <numerusform>%n fehlgeschlagene Zeile von Auftrag %1 wird wiederholt.</numerusform>
                <numerusform>%n fehlgeschlagene Zeilen von Auftrag %1 werden wiederholt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot reach WorkOS (%1); retrying in %2 s.</source>
            <translation>WorkOS ist nicht erreichbar (%1); neuer Versuch in %2 s.</translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations (reads only).</source>
            <translation>
                <numerusform>%n Organisation wird aufgelöst (nur lesend).</numerusform>
                <numerusform>%n Organisationen werden aufgelöst (nur lesend).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations.</source>
            <translation>
                <numerusform>%n Organisation wird aufgelöst.</numerusform>
                <numerusform>%n Organisationen werden aufgelöst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped while resolving organizations; resume to continue.</source>
            <translation>Beim Auflösen der Organisationen angehalten; setzen Sie den Auftrag fort, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Organizations: %1 existed, %2 would be created, %3 failed.</source>
            <translation>Organisationen: %1 vorhanden, %2 würden angelegt, %3 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Organizations: %1 existed, %2 created, %3 failed.</source>
            <translation>Organisationen: %1 vorhanden, %2 angelegt, %3 fehlgeschlagen.</translation>
        </message>
        <message numerus="yes">
            <source>Importing with %n worker(s), %1 rows in flight each.</source>
            <translation>
                <numerusform>Import mit %n Vorgang, je %1 Zeilen gleichzeitig unterwegs.</numerusform>
                <numerusform>Import mit %n parallelen Vorgängen, je %1 Zeilen gleichzeitig unterwegs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. The job can be resumed: rows already imported will not be sent again.</source>
            <translation>Angehalten. Der Auftrag kann fortgesetzt werden: Bereits importierte Zeilen werden nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Paused. Resume to continue where it stopped.</source>
            <translation>Pausiert. Setzen Sie fort, um dort weiterzumachen, wo angehalten wurde.</translation>
        </message>
        <message>
            <source>Some chunks could not be finished (%1). Resume the job to try them again.</source>
            <translation>Einige Abschnitte konnten nicht abgeschlossen werden (%1). Setzen Sie den Auftrag fort, um sie erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Done: every valid row was imported.</source>
            <translation>Fertig: Jede gültige Zeile wurde importiert.</translation>
        </message>
        <message>
            <source>Done, with %1 failed and %2 invalid rows. Export the error report to see why.</source>
            <translation>Fertig, mit %1 fehlgeschlagenen und %2 ungültigen Zeilen. Exportieren Sie den Fehlerbericht, um die Gründe zu sehen.</translation>
        </message>
        <message>
            <source>The job store %1 was deleted or replaced while the import ran: what this run recorded went with it, so this job can no longer be resumed, verified or undone. The import stopped. What it created in WorkOS is still there; put the job store back from a backup, or import the file again as a new job (existing users are recognised).</source>
            <translation>Der Auftragsspeicher %1 wurde während des Imports gelöscht oder ersetzt: Was dieser Lauf festgehalten hat, ist damit verloren, sodass dieser Auftrag nicht mehr fortgesetzt, geprüft oder rückgängig gemacht werden kann. Der Import wurde angehalten. Was er in WorkOS angelegt hat, ist noch da; stellen Sie den Auftragsspeicher aus einer Sicherung wieder her oder importieren Sie die Datei als neuen Auftrag erneut (vorhandene Benutzer werden erkannt).</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was deleted or moved while it ran. The rows imported are those it had when the job started; put it back to resume or verify the job.</source>
            <translation>Die Datei hat sich während des Imports geändert: %1 wurde während des Laufs gelöscht oder verschoben. Importiert werden die Zeilen, die sie beim Start des Auftrags hatte; legen Sie sie wieder dorthin, um den Auftrag fortzusetzen oder zu prüfen.</translation>
        </message>
        <message>
            <source>1 row added after it started was</source>
            <translation>1 nach dem Start hinzugefügte Zeile wurde nicht importiert</translation>
        </message>
        <message>
            <source>%1 rows added after it started were</source>
            <translation>%1 nach dem Start hinzugefügte Zeilen wurden nicht importiert</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 not imported. Import the new rows as a new job (rows already in WorkOS are recognised); this job keeps the rows it was started with.</source>
            <translation>Die Datei hat sich während des Imports geändert: %1. Importieren Sie die neuen Zeilen als neuen Auftrag (Zeilen, die schon in WorkOS sind, werden erkannt); dieser Auftrag behält die Zeilen, mit denen er gestartet wurde.</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was %2 (it had %3 bytes when the job started, now %4). The rows imported are those of the file as it was; check what changed and import the changed file as a new job.</source>
            <translation>Die Datei hat sich während des Imports geändert: %1 wurde %2 (beim Start des Auftrags hatte sie %3 Bytes, jetzt %4). Importiert werden die Zeilen der Datei, wie sie war; prüfen Sie, was sich geändert hat, und importieren Sie die geänderte Datei als neuen Auftrag.</translation>
        </message>
        <message>
            <source>replaced by another file</source>
            <translation>durch eine andere Datei ersetzt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was replaced by another file (an editor or a tool such as sed -i saves a new file). The rows imported are those of the file when the job started; import the new file as a new job.</source>
            <translation>Die Datei hat sich während des Imports geändert: %1 wurde durch eine andere Datei ersetzt (ein Editor oder ein Werkzeug wie sed -i speichert eine neue Datei). Importiert werden die Zeilen der Datei beim Start des Auftrags; importieren Sie die neue Datei als neuen Auftrag.</translation>
        </message>
        <message>
            <source>%1 rows: %2 to import, %3 invalid, %4 duplicates; %5 organizations, %6 chunks.</source>
            <translation>%1 Zeilen: %2 zu importieren, %3 ungültig, %4 Duplikate; %5 Organisationen, %6 Abschnitte.</translation>
        </message>
        <message>
            <source>Creating the roles you agreed to: %1.</source>
            <translation>Die Rollen, denen Sie zugestimmt haben, werden angelegt: %1.</translation>
        </message>
        <message>
            <source>Roles: %1 existed, %2 would be created, %3 failed.</source>
            <translation>Rollen: %1 vorhanden, %2 würden angelegt, %3 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Roles: %1 existed, %2 created, %3 failed.</source>
            <translation>Rollen: %1 vorhanden, %2 angelegt, %3 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Read as: %1. Passwords: %2.</source>
            <translation>Gelesen als: %1. Passwörter: %2.</translation>
        </message>
        <message>
            <source>The users missing from this file could not be listed: %1</source>
            <translation>Die in dieser Datei fehlenden Benutzer konnten nicht aufgelistet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Engine::KnownPasswordResult</name>
        <message>
            <source>This password is the one the file gives this account in plain text: WorkOS will set it, and the user signs in with it.</source>
            <translation>Dieses Passwort ist das, das die Datei diesem Konto im Klartext gibt: WorkOS setzt es, und der Benutzer meldet sich damit an.</translation>
        </message>
        <message>
            <source>This password matches its hash: users with %1 hashes from this file (%2) will sign in with their old passwords.</source>
            <translation>Dieses Passwort passt zu seinem Hash: Benutzer mit %1-Hashes aus dieser Datei (%2) melden sich mit ihren alten Passwörtern an.</translation>
        </message>
    </context>
    <context>
        <name>Engine::RoleCreator</name>
        <message>
            <source>These roles could not be created, so nothing was imported: %1. Fix this (or create the roles in the WorkOS dashboard) and resume the job.</source>
            <translation>Diese Rollen konnten nicht angelegt werden, daher wurde nichts importiert: %1. Beheben Sie das (oder legen Sie die Rollen im WorkOS-Dashboard an) und setzen Sie den Auftrag fort.</translation>
        </message>
    </context>
    <context>
        <name>Engine::Undoer</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Es gibt keinen Auftrag „%1“. `workos-import jobs` listet die Aufträge auf.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process. Stop it there first, then run undo again.</source>
            <translation>Auftrag %1 läuft in einem anderen Fenster oder Prozess. Halten Sie ihn zuerst dort an und starten Sie dann „Rückgängig“ erneut.</translation>
        </message>
        <message>
            <source>Continuing the undo of job %1 (started %2).</source>
            <translation>Das Rückgängigmachen von Auftrag %1 wird fortgesetzt (gestartet %2).</translation>
        </message>
        <message>
            <source>Undo of job %1: %2 objects in the plan, %3 still to do.</source>
            <translation type="vanished">Rückgängigmachen von Auftrag %1: %2 Objekte im Plan, %3 noch zu erledigen.</translation>
        </message>
        <message>
            <source>Deleting memberships</source>
            <translation>Mitgliedschaften werden gelöscht</translation>
        </message>
        <message>
            <source>Deleting users</source>
            <translation>Benutzer werden gelöscht</translation>
        </message>
        <message>
            <source>Deleting organizations</source>
            <translation>Organisationen werden gelöscht</translation>
        </message>
        <message>
            <source>Stopped: cannot record progress in the job store (%1). Run undo again to continue.</source>
            <translation>Angehalten: Der Fortschritt kann nicht im Auftragsspeicher festgehalten werden (%1). Starten Sie „Rückgängig“ erneut, um fortzufahren.</translation>
        </message>
        <message>
            <source>Stopped: %1 Run undo again to continue; nothing is deleted twice.</source>
            <translation>Angehalten: %1 Starten Sie „Rückgängig“ erneut, um fortzufahren; nichts wird zweimal gelöscht.</translation>
        </message>
        <message>
            <source>Stopped. Run undo again to continue; nothing is deleted twice.</source>
            <translation>Angehalten. Starten Sie „Rückgängig“ erneut, um fortzufahren; nichts wird zweimal gelöscht.</translation>
        </message>
        <message>
            <source>%1 deletions failed (see the report). Run undo again to try them again.</source>
            <translation type="vanished">%1 Löschvorgänge sind fehlgeschlagen (siehe Bericht). Starten Sie „Rückgängig“ erneut, um sie zu wiederholen.</translation>
        </message>
        <message>
            <source>Undone: %1 objects this job created were deleted; nothing that existed before was touched.</source>
            <translation type="vanished">Rückgängig gemacht: %1 von diesem Auftrag angelegte Objekte wurden gelöscht; nichts, was vorher existierte, wurde angetastet.</translation>
        </message>
        <message>
            <source>Undone, except %1 objects left in place (see the report); %2 objects deleted.</source>
            <translation type="vanished">Rückgängig gemacht, außer %1 Objekten, die erhalten blieben (siehe Bericht); %2 Objekte gelöscht.</translation>
        </message>
        <message>
            <source>Undone. Import the file again as a new job if you need it.</source>
            <translation type="vanished">Rückgängig gemacht. Importieren Sie die Datei als neuen Auftrag erneut, wenn Sie sie brauchen.</translation>
        </message>
        <message>
            <source> The report could not be written: %1</source>
            <translation> Der Bericht konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>An undo is already running.</source>
            <translation>Ein Rückgängigmachen läuft bereits.</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions failed (see the report). Run undo again to try them again.</source>
            <translation>
                <numerusform>%n Löschvorgang ist fehlgeschlagen (siehe Bericht). Starten Sie „Rückgängig“ erneut, um ihn zu wiederholen.</numerusform>
                <numerusform>%n Löschvorgänge sind fehlgeschlagen (siehe Bericht). Starten Sie „Rückgängig“ erneut, um sie zu wiederholen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted; nothing that existed before was touched.</source>
            <translation>
                <numerusform>Rückgängig gemacht: %n von diesem Auftrag angelegtes Objekt wurde gelöscht; nichts, was vorher existierte, wurde angetastet.</numerusform>
                <numerusform>Rückgängig gemacht: %n von diesem Auftrag angelegte Objekte wurden gelöscht; nichts, was vorher existierte, wurde angetastet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone, except %n objects left in place (see the report); deleted: %1.</source>
            <translation>
                <numerusform>Rückgängig gemacht, außer %n Objekt, das erhalten blieb (siehe Bericht); gelöscht: %1.</numerusform>
                <numerusform>Rückgängig gemacht, außer %n Objekten, die erhalten blieben (siehe Bericht); gelöscht: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This job also created the roles %1. WorkOS's API cannot delete an environment role: delete them in the WorkOS dashboard (Roles) once no membership uses them.</source>
            <translation>Dieser Auftrag hat außerdem die Rollen %1 angelegt. Die API von WorkOS kann keine Umgebungsrolle löschen: Löschen Sie sie im WorkOS-Dashboard (Roles), sobald keine Mitgliedschaft sie mehr verwendet.</translation>
        </message>
        <message>
            <source>Stopped before deleting anything: %1</source>
            <translation>Angehalten, bevor etwas gelöscht wurde: %1</translation>
        </message>
        <message>
            <source>Refused: this key/address does not hold this job's data. %1 of the objects job %2 created were looked up by id at %3 and none is there, so nothing was deleted. Use the key of the environment the job wrote to (WORKOS_API_KEY) and its address.</source>
            <translation>Abgelehnt: Dieser Schlüssel bzw. diese Adresse enthält die Daten dieses Auftrags nicht. %1 der Objekte, die Auftrag %2 angelegt hat, wurden bei %3 über ihre ID gesucht, und keines ist dort, daher wurde nichts gelöscht. Verwenden Sie den Schlüssel der Umgebung, in die der Auftrag geschrieben hat (WORKOS_API_KEY), und ihre Adresse.</translation>
        </message>
        <message numerus="yes">
            <source>%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.</source>
            <translation>
                <numerusform>%n Objekt, das der Import ohne Aufzeichnung der Antwort angelegt hat (er wurde angehalten oder abgebrochen), wird dem Rückgängigmachen hinzugefügt.</numerusform>
                <numerusform>%n Objekte, die der Import ohne Aufzeichnung der Antwort angelegt hat (er wurde angehalten oder abgebrochen), werden dem Rückgängigmachen hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>An undo of this job started. Import the file again as a new job if you need it.</source>
            <translation>Für diesen Auftrag wurde „Rückgängig“ gestartet. Importieren Sie die Datei bei Bedarf erneut als neuen Auftrag.</translation>
        </message>
        <message>
            <source>Undo of job %1 at %2: %3 objects in the plan, %4 still to do.</source>
            <translation>Rückgängigmachen von Auftrag %1 bei %2: %3 Objekte im Plan, %4 noch offen.</translation>
        </message>
        <message numerus="yes">
            <source>Not undone: %n objects this job created were not found at %1, so undo cannot prove them deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, then run undo again.</source>
            <translation>
                <numerusform>Nicht rückgängig gemacht: %n Objekt, das dieser Auftrag angelegt hat, wurde bei %1 nicht gefunden, daher kann „Rückgängig“ seine Löschung nicht nachweisen (siehe Bericht); gelöscht: %2. Prüfen Sie, ob dies die Umgebung ist, in die der Auftrag geschrieben hat, und starten Sie „Rückgängig“ dann erneut.</numerusform>
                <numerusform>Nicht rückgängig gemacht: %n Objekte, die dieser Auftrag angelegt hat, wurden bei %1 nicht gefunden, daher kann „Rückgängig“ ihre Löschung nicht nachweisen (siehe Bericht); gelöscht: %2. Prüfen Sie, ob dies die Umgebung ist, in die der Auftrag geschrieben hat, und starten Sie „Rückgängig“ dann erneut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted.</source>
            <translation>
                <numerusform>Rückgängig gemacht: %n von diesem Auftrag angelegtes Objekt wurde gelöscht.</numerusform>
                <numerusform>Rückgängig gemacht: %n von diesem Auftrag angelegte Objekte wurden gelöscht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::UpdateRestore</name>
        <message>
            <source>The fields of %1 were not put back: %2</source>
            <translation>Die Felder von %1 wurden nicht zurückgesetzt: %2</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translation>Den Benutzer gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>WorkOS's answer still shows %1</source>
            <translation>Die Antwort von WorkOS zeigt noch %1</translation>
        </message>
        <message>
            <source>%1 (the import set %2, WorkOS now holds %3)</source>
            <translation>%1 (der Import setzte %2, WorkOS hat jetzt %3)</translation>
        </message>
        <message>
            <source>Changed again since the import, left as it is: %1.</source>
            <translation>Seit dem Import erneut geändert, so gelassen: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n users the import updated have their fields from before back (they existed before: never deleted).</source>
            <translation>
                <numerusform>%n Benutzer, den der Import aktualisiert hat, hat seine früheren Felder zurück (er bestand schon vorher: nie gelöscht).</numerusform>
                <numerusform>%n Benutzer, die der Import aktualisiert hat, haben ihre früheren Felder zurück (sie bestanden schon vorher: nie gelöscht).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users had fields changed again since the import: those fields were left as they are, the others were put back (see the report).</source>
            <translation>
                <numerusform>Bei %n Benutzer wurden seit dem Import Felder erneut geändert: diese Felder blieben, wie sie sind, die anderen wurden zurückgesetzt (siehe Bericht).</numerusform>
                <numerusform>Bei %n Benutzern wurden seit dem Import Felder erneut geändert: diese Felder blieben, wie sie sind, die anderen wurden zurückgesetzt (siehe Bericht).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated users no longer exist.</source>
            <translation>
                <numerusform>%n aktualisierter Benutzer existiert nicht mehr.</numerusform>
                <numerusform>%n aktualisierte Benutzer existieren nicht mehr.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users could not be put back: run undo again.</source>
            <translation>
                <numerusform>%n Benutzer konnte nicht zurückgesetzt werden: führen Sie Rückgängig erneut aus.</numerusform>
                <numerusform>%n Benutzer konnten nicht zurückgesetzt werden: führen Sie Rückgängig erneut aus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passwords the import replaced (%n users) cannot be put back: WorkOS never returns a hash.</source>
            <translation>
                <numerusform>Die Passwörter, die der Import ersetzt hat (%n Benutzer), lassen sich nicht zurücksetzen: WorkOS gibt nie einen Hash zurück.</numerusform>
                <numerusform>Die Passwörter, die der Import ersetzt hat (%n Benutzer), lassen sich nicht zurücksetzen: WorkOS gibt nie einen Hash zurück.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::Verifier</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Es gibt keinen Auftrag „%1“. `workos-import jobs` listet die Aufträge auf.</translation>
        </message>
        <message>
            <source>Continuing the verify of job %1 stopped earlier: %2 objects it had already read are not read again.</source>
            <translation>Die vorher angehaltene Prüfung von Auftrag %1 wird fortgesetzt: %2 bereits gelesene Objekte werden nicht erneut gelesen.</translation>
        </message>
        <message>
            <source>Verifying %1 imported rows of job %2: %3 users, %4 organizations.</source>
            <translation>%1 importierte Zeilen von Auftrag %2 werden geprüft: %3 Benutzer, %4 Organisationen.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed; run verify again to continue where it stopped.</source>
            <translation>Angehalten. Es wurde nichts geändert; starten Sie die Prüfung erneut, um dort fortzufahren, wo sie aufgehört hat.</translation>
        </message>
        <message>
            <source>Could not read WorkOS: %1</source>
            <translation>WorkOS konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Reading organizations</source>
            <translation>Organisationen werden gelesen</translation>
        </message>
        <message>
            <source>Reading memberships</source>
            <translation>Mitgliedschaften werden gelesen</translation>
        </message>
        <message>
            <source>Reading users</source>
            <translation>Benutzer werden gelesen</translation>
        </message>
        <message>
            <source>Looking up users by email</source>
            <translation>Benutzer werden über ihre E-Mail-Adresse gesucht</translation>
        </message>
        <message>
            <source>Comparing rows</source>
            <translation>Zeilen werden verglichen</translation>
        </message>
        <message>
            <source>Cannot write the verification report: %1</source>
            <translation>Der Prüfbericht kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Verified: WorkOS holds every one of the %1 imported rows as the file says.</source>
            <translation>Geprüft: WorkOS enthält jede der %1 importierten Zeilen so, wie die Datei sagt.</translation>
        </message>
        <message>
            <source>%1 mismatches in %2 imported rows: WorkOS does not hold what the file says (see the report).</source>
            <translation type="vanished">%1 Abweichungen in %2 importierten Zeilen: WorkOS enthält nicht, was die Datei sagt (siehe Bericht).</translation>
        </message>
        <message>
            <source>A verify is already running.</source>
            <translation>Eine Prüfung läuft bereits.</translation>
        </message>
        <message numerus="yes">
            <source>%n mismatches in %1 imported rows: WorkOS does not hold what the file says (see the report).</source>
            <translation>
                <numerusform>%n Abweichung in %1 importierten Zeilen: WorkOS enthält nicht, was die Datei sagt (siehe Bericht).</numerusform>
                <numerusform>%n Abweichungen in %1 importierten Zeilen: WorkOS enthält nicht, was die Datei sagt (siehe Bericht).</numerusform>
            </translation>
        </message>
        <message>
            <source>The server at %1 does not page its %2 list as WorkOS does (an empty page that points to a next one, or a page it gave before), so the verify cannot read it to the end. Nothing was verified; check the API address.</source>
            <translation>Der Server unter %1 paginiert seine %2-Liste nicht so wie WorkOS (eine leere Seite, die auf eine nächste verweist, oder eine Seite, die er schon geliefert hat), daher kann die Prüfung sie nicht bis zum Ende lesen. Es wurde nichts geprüft; prüfen Sie die API-Adresse.</translation>
        </message>
        <message>
            <source>Looking up memberships</source>
            <translation>Mitgliedschaften werden gesucht</translation>
        </message>
        <message>
            <source>The job itself is unfinished (%1): only the %2 rows it imported so far were checked, of %3 rows in its file. Resume it to import the rest, then verify again.</source>
            <translation>Der Auftrag selbst ist nicht abgeschlossen (%1): Nur die %2 bisher importierten Zeilen wurden geprüft, von %3 Zeilen in seiner Datei. Setzen Sie ihn fort, um den Rest zu importieren, und prüfen Sie dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>Gui::AboutDialog</name>
        <message>
            <source>About WorkOS Migration Wizard</source>
            <translation>Über den WorkOS-Migrationsassistenten</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Moves users, their password hashes, organizations and memberships from a CSV file into WorkOS.</source>
            <translation type="vanished">Überträgt Benutzer, ihre Passwort-Hashes, Organisationen und Mitgliedschaften aus einer CSV-Datei in WorkOS.</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
        </message>
        <message>
            <source>Released under the MIT licence. The same engine runs from a terminal as workos-import (see: man workos-import).</source>
            <translation>Veröffentlicht unter der MIT-Lizenz. Dieselbe Engine läuft im Terminal als workos-import (siehe: man workos-import).</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About WorkOS Migration Wizard</source>
            <translation>Ü&amp;ber den WorkOS-Migrationsassistenten</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard icon</source>
            <translation>Symbol des WorkOS-Migrationsassistenten</translation>
        </message>
        <message>
            <source>Moves users, their password hashes, organizations and memberships into WorkOS from a CSV file or another provider's export (Auth0, Firebase, Clerk, Supabase, Cognito, Okta).</source>
            <translation>Überträgt Benutzer, ihre Passwort-Hashes, Organisationen und Mitgliedschaften nach WorkOS, aus einer CSV-Datei oder dem Export eines anderen Anbieters (Auth0, Firebase, Clerk, Supabase, Cognito, Okta).</translation>
        </message>
    </context>
    <context>
        <name>Gui::ColumnsPage</name>
        <message>
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Password (plain text)</source>
            <translation>Passwort (Klartext)</translation>
        </message>
        <message>
            <source>Password hash</source>
            <translation>Passwort-Hash</translation>
        </message>
        <message>
            <source>Password hash algorithm</source>
            <translation>Hash-Algorithmus des Passworts</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Email verified (yes/no)</source>
            <translation>E-Mail bestätigt (ja/nein)</translation>
        </message>
        <message>
            <source>User id in your old system</source>
            <translation>Benutzer-ID in Ihrem bisherigen System</translation>
        </message>
        <message>
            <source>Extra data (JSON)</source>
            <translation>Zusätzliche Daten (JSON)</translation>
        </message>
        <message>
            <source>WorkOS organization id (org_…)</source>
            <translation>WorkOS-Organisations-ID (org_…)</translation>
        </message>
        <message>
            <source>Organization id in your system</source>
            <translation>Organisations-ID in Ihrem System</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Name der Organisation</translation>
        </message>
        <message>
            <source>Role(s)</source>
            <translation>Rolle(n)</translation>
        </message>
        <message>
            <source>What each column holds</source>
            <translation>Was jede Spalte enthält</translation>
        </message>
        <message>
            <source>Check what the wizard recognised, and choose for the columns it did not. Columns marked “not imported” are left out.</source>
            <translation>Prüfen Sie, was der Assistent erkannt hat, und wählen Sie für die Spalten, die er nicht erkannt hat. Mit „nicht importiert“ markierte Spalten werden ausgelassen.</translation>
        </message>
        <message>
            <source>Column in your file</source>
            <translation>Spalte in Ihrer Datei</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Importiert als</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Spalten der Datei</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>Spa&amp;lten</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>E&amp;xport these rows…</source>
            <translation>Diese Zeilen e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Rows with &amp;problems</source>
            <translation>Zeilen mit &amp;Problemen</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>&amp;Users only: no organization memberships</source>
            <translation>&amp;Nur Benutzer: keine Mitgliedschaften in Organisationen</translation>
        </message>
        <message>
            <source>Every user &amp;joins one organization:</source>
            <translation>Jeder Benutzer tritt &amp;einer Organisation bei:</translation>
        </message>
        <message>
            <source>Its WorkOS id (org_…)</source>
            <translation>Ihre WorkOS-ID (org_…)</translation>
        </message>
        <message>
            <source>Its id in your system</source>
            <translation>Ihre ID in Ihrem System</translation>
        </message>
        <message>
            <source>How the organization is named</source>
            <translation>Wie die Organisation heißt</translation>
        </message>
        <message>
            <source>org_01… or your own id</source>
            <translation>org_01… oder Ihre eigene ID</translation>
        </message>
        <message>
            <source>Organization id</source>
            <translation>Organisations-ID</translation>
        </message>
        <message>
            <source>&amp;Create it when it does not exist, named:</source>
            <translation type="vanished">&amp;Anlegen, falls sie nicht existiert, mit dem Namen:</translation>
        </message>
        <message>
            <source>Organizations named only by name</source>
            <translation>Organisationen, die nur einen Namen haben</translation>
        </message>
        <message>
            <source>Use each organization's &amp;name as its id (recommended: the same name always finds the same organization)</source>
            <translation type="vanished">Den Namen jeder Organisation als ihre ID &amp;verwenden (empfohlen: derselbe Name findet immer dieselbe Organisation)</translation>
        </message>
        <message>
            <source>WorkOS finds an organization by an id. Your file has names only: with this ticked, the name exactly as written becomes the organization's external id. Without it, these rows cannot be imported.</source>
            <translation type="vanished">WorkOS findet eine Organisation über eine ID. Ihre Datei enthält nur Namen: Ist dies angekreuzt, wird der Name genau wie geschrieben zur externen ID der Organisation. Ohne diese Option können diese Zeilen nicht importiert werden.</translation>
        </message>
        <message>
            <source>Export the rows with problems</source>
            <translation>Die Zeilen mit Problemen exportieren</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation>CSV-Datei (*.csv);;JSON-Datei (*.json)</translation>
        </message>
        <message>
            <source>What column %1 holds</source>
            <translation>Was Spalte %1 enthält</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— bitte wählen —</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>This column already has the name the import uses.</source>
            <translation>Diese Spalte trägt bereits den Namen, den der Import verwendet.</translation>
        </message>
        <message>
            <source>⚠ choose what it holds</source>
            <translation>⚠ bitte wählen, was sie enthält</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>nicht importiert</translation>
        </message>
        <message>
            <source>1 column looks like user data the wizard does not recognise. Choose what it holds, or “Not imported”, to go on.</source>
            <translation type="vanished">1 Spalte sieht nach Benutzerdaten aus, die der Assistent nicht erkennt. Wählen Sie, was sie enthält, oder „Nicht importiert“, um fortzufahren.</translation>
        </message>
        <message>
            <source>%1 columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</source>
            <translation type="vanished">%1 Spalten sehen nach Benutzerdaten aus, die der Assistent nicht erkennt. Wählen Sie für jede, was sie enthält, oder „Nicht importiert“, um fortzufahren.</translation>
        </message>
        <message>
            <source>Checking every row with these columns…</source>
            <translation>Jede Zeile wird mit diesen Spalten geprüft…</translation>
        </message>
        <message>
            <source>This file cannot be imported yet.</source>
            <translation>Diese Datei kann noch nicht importiert werden.</translation>
        </message>
        <message>
            <source>Choose “Email address” for the column that holds the email addresses.</source>
            <translation>Wählen Sie „E-Mail-Adresse“ für die Spalte, die die E-Mail-Adressen enthält.</translation>
        </message>
        <message>
            <source>%1 users to import (%2 memberships in %3 organizations).</source>
            <translation type="vanished">%1 Benutzer zu importieren (%2 Mitgliedschaften in %3 Organisationen).</translation>
        </message>
        <message>
            <source>%1 rows have problems and will be skipped (see “Rows with problems”).</source>
            <translation type="vanished">%1 Zeilen haben Probleme und werden übersprungen (siehe „Zeilen mit Problemen“).</translation>
        </message>
        <message>
            <source>%1 repeated rows are imported once.</source>
            <translation type="vanished">%1 wiederholte Zeilen werden einmal importiert.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Rows with &amp;problems (%1)</source>
            <translation>Zeilen mit &amp;Problemen (%1)</translation>
        </message>
        <message>
            <source>Rows with &amp;problems (first %1 of %2)</source>
            <translation>Zeilen mit &amp;Problemen (erste %1 von %2)</translation>
        </message>
        <message>
            <source>Enter the organization's id to go on, or choose “Users only”.</source>
            <translation>Geben Sie die ID der Organisation ein, um fortzufahren, oder wählen Sie „Nur Benutzer“.</translation>
        </message>
        <message>
            <source>Enter the name the new organization gets.</source>
            <translation>Geben Sie den Namen ein, den die neue Organisation erhält.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation>Wählen Sie einen Dateinamen, der auf .csv oder .json endet.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
        <message>
            <source>The rows could not be saved: %1</source>
            <translation>Die Zeilen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Each column of the file with an example value and what it is imported as.</source>
            <translation>Jede Spalte der Datei mit einem Beispielwert und dem, als was sie importiert wird.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Header of the column that says whether a file column is imported or still to be decided</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Zeilen mit Problemen</translation>
        </message>
        <message>
            <source>Each row of the file that cannot be imported as it is: its line, its email address and the problem.</source>
            <translation>Jede Zeile der Datei, die so nicht importiert werden kann: ihre Zeilennummer, ihre E-Mail-Adresse und das Problem.</translation>
        </message>
        <message>
            <source>Whether the id that follows is the organization's WorkOS id or its id in your system.</source>
            <translation>Ob die folgende ID die WorkOS-ID der Organisation oder ihre ID in Ihrem System ist.</translation>
        </message>
        <message>
            <source>Cr&amp;eate it when it does not exist, named:</source>
            <translation>&amp;Anlegen, falls sie nicht existiert, mit dem Namen:</translation>
        </message>
        <message>
            <source>Use each organization's na&amp;me as its id (recommended: the same name always finds the same organization)</source>
            <translation type="vanished">Den Namen jeder Organisation als ihre ID &amp;verwenden (empfohlen: derselbe Name findet immer dieselbe Organisation)</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Die Zeilen werden geprüft</translation>
        </message>
        <message numerus="yes">
            <source>%n columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</source>
            <translation type="vanished">
                <numerusform>%n Spalte sieht nach Benutzerdaten aus, die der Assistent nicht erkennt. Wählen Sie, was sie enthält, oder „Nicht importiert“, um fortzufahren.</numerusform>
                <numerusform>%n Spalten sehen nach Benutzerdaten aus, die der Assistent nicht erkennt. Wählen Sie für jede, was sie enthält, oder „Nicht importiert“, um fortzufahren.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to import (%2 in %3).</source>
            <extracomment>The whole sentence: "&lt;users&gt; to import (&lt;memberships&gt; in &lt;organizations&gt;)."</extracomment>
            <translation>%1 zu importieren (%2 in %3).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln Benutzer</numerusform>
                <numerusform>%Ln Benutzer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln Mitgliedschaft</numerusform>
                <numerusform>%Ln Mitgliedschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln Organisation</numerusform>
                <numerusform>%Ln Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems and will be skipped (see “Rows with problems”).</source>
            <translation>
                <numerusform>%Ln Zeile hat Probleme und wird übersprungen (siehe „Zeilen mit Problemen“).</numerusform>
                <numerusform>%Ln Zeilen haben Probleme und werden übersprungen (siehe „Zeilen mit Problemen“).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated rows are imported once.</source>
            <translation>
                <numerusform>%Ln wiederholte Zeile wird einmal importiert.</numerusform>
                <numerusform>%Ln wiederholte Zeilen werden einmal importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use each organization's na&amp;me as its id (recommended)</source>
            <translation>Den &amp;Namen jeder Organisation als ihre ID verwenden (empfohlen)</translation>
        </message>
        <message>
            <source>WorkOS finds an organization by an id. Your file has names only: with this ticked, the name exactly as written becomes the organization's external id, so the same name always finds the same organization. Without it, these rows cannot be imported.</source>
            <translation>WorkOS findet eine Organisation über eine ID. Ihre Datei enthält nur Namen: Mit diesem Haken wird der Name genau so, wie er geschrieben ist, zur externen ID der Organisation, sodass derselbe Name immer dieselbe Organisation findet. Ohne ihn können diese Zeilen nicht importiert werden.</translation>
        </message>
        <message>
            <source>Most rows of the file have problems. Tick this to import only the rows without problems; the others are listed under “Rows with problems”.</source>
            <translation>Die meisten Zeilen der Datei haben Probleme. Setzen Sie diesen Haken, um nur die Zeilen ohne Probleme zu importieren; die anderen stehen unter „Zeilen mit Problemen“.</translation>
        </message>
        <message>
            <source>Its values look like email addresses.</source>
            <translation>Ihre Werte sehen aus wie E-Mail-Adressen.</translation>
        </message>
        <message>
            <source>Its values look like WorkOS organization ids (org_…).</source>
            <translation>Ihre Werte sehen aus wie WorkOS-Organisations-IDs (org_…).</translation>
        </message>
        <message>
            <source>Its values look like WorkOS user ids (user_…). WorkOS gives imported users new ids, so these are usually not imported.</source>
            <translation>Ihre Werte sehen aus wie WorkOS-Benutzer-IDs (user_…). WorkOS gibt importierten Benutzern neue IDs, daher werden diese meist nicht importiert.</translation>
        </message>
        <message>
            <source>Its values look like yes/no answers.</source>
            <translation>Ihre Werte sehen aus wie Ja/Nein-Antworten.</translation>
        </message>
        <message>
            <source>Its values look like roles.</source>
            <translation>Ihre Werte sehen aus wie Rollen.</translation>
        </message>
        <message>
            <source>Its values look like organization names.</source>
            <translation>Ihre Werte sehen aus wie Organisationsnamen.</translation>
        </message>
        <message>
            <source>Its values look like people's names.</source>
            <translation>Ihre Werte sehen aus wie Personennamen.</translation>
        </message>
        <message>
            <source>Its values look like ids.</source>
            <translation>Ihre Werte sehen aus wie IDs.</translation>
        </message>
        <message>
            <source>Its name suggests data about users.</source>
            <translation>Ihr Name deutet auf Daten über Benutzer hin.</translation>
        </message>
        <message>
            <source>Its name means “%1”, which the column “%2” provides already.</source>
            <translation>Ihr Name bedeutet „%1“, was die Spalte „%2“ schon liefert.</translation>
        </message>
        <message>
            <source>Perhaps: %1.</source>
            <translation>Vielleicht: %1.</translation>
        </message>
        <message>
            <source>These columns look like user data and would not be imported. Choose what each holds, or “Not imported”, to go on:</source>
            <translation>Diese Spalten sehen nach Benutzerdaten aus und würden nicht importiert. Wählen Sie, was jede enthält, oder „Nicht importiert“, um fortzufahren:</translation>
        </message>
        <message>
            <source>S&amp;kip %1 of the %2 rows: import only the %3 without problems</source>
            <translation>%1 der %2 Zeilen ü&amp;berspringen: nur die %3 ohne Probleme importieren</translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>%Ln Zeile überspringen und weiter</numerusform>
                <numerusform>%Ln Zeilen überspringen und weiter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ConnectPage</name>
        <message>
            <source>The key works: WorkOS accepted it.</source>
            <translation>Der Schlüssel funktioniert: WorkOS hat ihn angenommen.</translation>
        </message>
        <message>
            <source>Connect to WorkOS</source>
            <translation>Mit WorkOS verbinden</translation>
        </message>
        <message>
            <source>Paste the secret API key of the WorkOS environment the users go to. You find it in the WorkOS dashboard under API Keys. Nothing is written yet.</source>
            <translation>Fügen Sie den geheimen API-Schlüssel der WorkOS-Umgebung ein, in die die Benutzer kommen. Sie finden ihn im WorkOS-Dashboard unter „API Keys“. Noch wird nichts geschrieben.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Production.&lt;/b&gt; This key writes to your live WorkOS environment: real users will be created. Rehearse with a staging key or the local sandbox first.</source>
            <translation>&lt;b&gt;Produktion.&lt;/b&gt; Dieser Schlüssel schreibt in Ihre echte WorkOS-Umgebung: Es werden echte Benutzer angelegt. Proben Sie zuerst mit einem Staging-Schlüssel oder der lokalen Sandbox.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… oder sk_live_…</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the key</source>
            <translation>Schlüssel anzeigen oder verbergen</translation>
        </message>
        <message>
            <source>Hi&amp;de</source>
            <translation>&amp;Verbergen</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Umgebung:</translation>
        </message>
        <message>
            <source>&amp;Verify the key</source>
            <translation>Schlüssel &amp;prüfen</translation>
        </message>
        <message>
            <source>&amp;Remember the key in the system keychain</source>
            <translation>Schlüssel im System-Schlüsselbund &amp;merken</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Probelauf</translation>
        </message>
        <message>
            <source>Not ready for the real thing? Run the whole migration against a local sandbox that behaves like WorkOS, with the same rate limits.</source>
            <translation>Noch nicht bereit für den Ernstfall? Führen Sie die ganze Migration mit einer lokalen Sandbox durch, die sich wie WorkOS verhält, mit denselben Ratenlimits.</translation>
        </message>
        <message>
            <source>Rehearse on a local &amp;sandbox</source>
            <translation>Mit einer lokalen Sand&amp;box proben</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <extracomment>A disclosure button that shows more settings</extracomment>
            <translation>&amp;Erweitert</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation type="vanished">API-A&amp;dresse:</translation>
        </message>
        <message>
            <source>WorkOS refused this key: it is wrong, was revoked, or belongs to another environment. Copy it again from the WorkOS dashboard (API Keys).</source>
            <translation>WorkOS hat diesen Schlüssel abgelehnt: Er ist falsch, wurde widerrufen oder gehört zu einer anderen Umgebung. Kopieren Sie ihn erneut aus dem WorkOS-Dashboard („API Keys“).</translation>
        </message>
        <message>
            <source>The key is valid but has no permission for User Management and Organizations. Use a secret key with full access.</source>
            <translation>Der Schlüssel ist gültig, hat aber keine Berechtigung für User Management und Organizations. Verwenden Sie einen geheimen Schlüssel mit vollem Zugriff.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached: check the internet connection (and the API URL), then verify again.</source>
            <translation>WorkOS ist nicht erreichbar: Prüfen Sie die Internetverbindung (und die API-URL) und prüfen Sie den Schlüssel dann erneut.</translation>
        </message>
        <message>
            <source>The secure connection to WorkOS failed: the certificate was not trusted. A company proxy that inspects traffic may be in the way; ask your IT team. (%1)</source>
            <translation>Die sichere Verbindung zu WorkOS ist fehlgeschlagen: Dem Zertifikat wurde nicht vertraut. Möglicherweise steht ein Firmen-Proxy im Weg, der den Verkehr prüft; fragen Sie Ihre IT-Abteilung. (%1)</translation>
        </message>
        <message>
            <source>The proxy server of this computer refused or failed the connection to WorkOS. Check the proxy settings. (%1)</source>
            <translation>Der Proxyserver dieses Computers hat die Verbindung zu WorkOS abgelehnt oder ist gescheitert. Prüfen Sie die Proxy-Einstellungen. (%1)</translation>
        </message>
        <message>
            <source>This cannot be used: %1</source>
            <translation>Das ist nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>WorkOS is rate limiting this key right now; wait a minute and verify again.</source>
            <translation>WorkOS drosselt diesen Schlüssel gerade; warten Sie eine Minute und prüfen Sie erneut.</translation>
        </message>
        <message>
            <source>The key you used earlier in this session was filled in.</source>
            <translation>Der Schlüssel, den Sie vorhin in dieser Sitzung verwendet haben, wurde eingetragen.</translation>
        </message>
        <message>
            <source>Looking for a saved key in the system keychain…</source>
            <translation>Gespeicherter Schlüssel wird im System-Schlüsselbund gesucht…</translation>
        </message>
        <message>
            <source>The key saved in the system keychain was filled in.</source>
            <translation>Der im System-Schlüsselbund gespeicherte Schlüssel wurde eingetragen.</translation>
        </message>
        <message>
            <source>Staging (a test key: nothing here touches your live users)</source>
            <translation>Staging (ein Testschlüssel: Ihre echten Benutzer bleiben unberührt)</translation>
        </message>
        <message>
            <source>&lt;b style='color:#b3261e'&gt;Production&lt;/b&gt; (a live key)</source>
            <translation>&lt;b style='color:#b3261e'&gt;Produktion&lt;/b&gt; (ein Live-Schlüssel)</translation>
        </message>
        <message>
            <source>Local sandbox on this computer (a rehearsal)</source>
            <translation>Lokale Sandbox auf diesem Computer (ein Probelauf)</translation>
        </message>
        <message>
            <source>Unknown: WorkOS secret keys start with sk_test_ or sk_live_.</source>
            <translation>Unbekannt: Geheime WorkOS-Schlüssel beginnen mit sk_test_ oder sk_live_.</translation>
        </message>
        <message>
            <source>Asking WorkOS…</source>
            <translation>WorkOS wird gefragt…</translation>
        </message>
        <message>
            <source>Saving the key in the system keychain…</source>
            <translation>Schlüssel wird im System-Schlüsselbund gespeichert…</translation>
        </message>
        <message>
            <source>The key is saved in the system keychain.</source>
            <translation>Der Schlüssel ist im System-Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Starting the local sandbox…</source>
            <translation>Lokale Sandbox wird gestartet…</translation>
        </message>
        <message>
            <source>Show the key</source>
            <translation>Schlüssel anzeigen</translation>
        </message>
        <message>
            <source>Shows or hides the address of the WorkOS API.</source>
            <translation>Zeigt die Adresse der WorkOS-API an oder verbirgt sie.</translation>
        </message>
        <message>
            <source>API &amp;URL:</source>
            <translation>API-&amp;URL:</translation>
        </message>
        <message>
            <source>Hide the key</source>
            <translation>Schlüssel verbergen</translation>
        </message>
        <message>
            <source>The production key used earlier in this session is not filled in: paste it when you mean to import into production.</source>
            <translation>Der Produktionsschlüssel, der vorhin in dieser Sitzung verwendet wurde, ist nicht eingetragen: Fügen Sie ihn ein, wenn Sie in die Produktion importieren wollen.</translation>
        </message>
        <message>
            <source>A production key is saved in the system keychain; it is not filled in for a new import. Paste it when you mean to import into production.</source>
            <translation>Im Schlüsselbund des Systems ist ein Produktionsschlüssel gespeichert; für einen neuen Import wird er nicht eingetragen. Fügen Sie ihn ein, wenn Sie in die Produktion importieren wollen.</translation>
        </message>
    </context>
    <context>
        <name>Gui::CutoverChecklistWidget</name>
        <message>
            <source>Before you switch over</source>
            <translation>Bevor Sie umstellen</translation>
        </message>
        <message>
            <source>A production import is one step of the switch to WorkOS. Tick what you have done, or dismiss this list.</source>
            <translation>Ein Import in die Produktion ist ein Schritt der Umstellung auf WorkOS. Haken Sie ab, was Sie erledigt haben, oder blenden Sie diese Liste aus.</translation>
        </message>
        <message>
            <source>Webhook delivery is paused during the import</source>
            <translation>Die Webhook-Zustellung ist während des Imports pausiert</translation>
        </message>
        <message>
            <source>Otherwise your application receives a “user created” event for every imported user.</source>
            <translation>Sonst erhält Ihre Anwendung für jeden importierten Benutzer ein „user created“-Ereignis.</translation>
        </message>
        <message>
            <source>Sign-ups in the old system are frozen, or written to both systems</source>
            <translation>Registrierungen im alten System sind eingefroren oder werden in beide Systeme geschrieben</translation>
        </message>
        <message>
            <source>People who sign up or change their profile during the import are otherwise missing from WorkOS.</source>
            <translation>Wer sich während des Imports registriert oder sein Profil ändert, fehlt sonst in WorkOS.</translation>
        </message>
        <message>
            <source>A catch-up run is planned for what changes in the meantime</source>
            <translation>Ein Nachhol-Lauf ist für das geplant, was sich in der Zwischenzeit ändert</translation>
        </message>
        <message>
            <source>Import a newer export on top of this job just before the switch.</source>
            <translation>Importieren Sie kurz vor der Umstellung einen neueren Export über diesen Auftrag.</translation>
        </message>
        <message>
            <source>The ID map will be saved after the import</source>
            <translation>Die ID-Zuordnung wird nach dem Import gespeichert</translation>
        </message>
        <message>
            <source>Your application's database points at the old user ids; the ID map gives each one its WorkOS id.</source>
            <translation>Die Datenbank Ihrer Anwendung verweist auf die alten Benutzer-IDs; die ID-Zuordnung gibt jeder ihre WorkOS-ID.</translation>
        </message>
        <message>
            <source>Dis&amp;miss this list</source>
            <translation>Liste &amp;ausblenden</translation>
        </message>
    </context>
    <context>
        <name>Gui::EnvironmentBadge</name>
        <message>
            <source>&lt;b&gt;Production&lt;/b&gt; — this import writes to your live WorkOS environment.</source>
            <translation>&lt;b&gt;Produktion&lt;/b&gt; — dieser Import schreibt in Ihre echte WorkOS-Umgebung.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Staging&lt;/b&gt; — a test environment: your live users are not touched.</source>
            <translation>&lt;b&gt;Staging&lt;/b&gt; — eine Testumgebung: Ihre echten Benutzer bleiben unberührt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rehearsal&lt;/b&gt; — a local sandbox on this computer: nothing reaches WorkOS.</source>
            <translation>&lt;b&gt;Probelauf&lt;/b&gt; — eine lokale Sandbox auf diesem Computer: Nichts erreicht WorkOS.</translation>
        </message>
        <message>
            <source>Where this import writes</source>
            <translation>Wohin dieser Import schreibt</translation>
        </message>
    </context>
    <context>
        <name>Gui::FileInspection</name>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>No row of this file can be imported: every row has a problem. Fix the file (see the issues below) and choose it again.</source>
            <translation type="vanished">Keine Zeile dieser Datei kann importiert werden: Jede Zeile hat ein Problem. Korrigieren Sie die Datei (siehe die Probleme unten) und wählen Sie sie erneut.</translation>
        </message>
        <message>
            <source>No row of this file can be imported: every row has a problem. The tab “Rows with problems” says what is wrong with each row: fix the file (or the choices on this page) and choose it again.</source>
            <translation>Keine Zeile dieser Datei kann importiert werden: Jede Zeile hat ein Problem. Der Reiter „Zeilen mit Problemen“ zeigt, was an jeder Zeile falsch ist: Korrigieren Sie die Datei (oder die Auswahl auf dieser Seite) und wählen Sie sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>Gui::FilePage</name>
        <message>
            <source>Choose the file of users</source>
            <translation>Die Benutzerdatei wählen</translation>
        </message>
        <message>
            <source>A CSV file with one row per user (or per user and organization), exported from a spreadsheet or another system. Drop it here or browse for it. Nothing is sent anywhere yet.</source>
            <translation type="vanished">Eine CSV-Datei mit einer Zeile pro Benutzer (oder pro Benutzer und Organisation), exportiert aus einer Tabellenkalkulation oder einem anderen System. Ziehen Sie sie hierher oder suchen Sie sie. Noch wird nichts gesendet.</translation>
        </message>
        <message>
            <source>CSV &amp;file:</source>
            <translation type="vanished">CSV-&amp;Datei:</translation>
        </message>
        <message>
            <source>Path of a .csv file</source>
            <translation type="vanished">Pfad einer .csv-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="vanished">Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>No file yet, or not sure what it should look like?</source>
            <translation>Noch keine Datei, oder unsicher, wie sie aussehen soll?</translation>
        </message>
        <message>
            <source>Save a &amp;template CSV…</source>
            <translation>&amp;Vorlage als CSV speichern…</translation>
        </message>
        <message>
            <source>Saves an example file with every column the import understands, to fill in with a spreadsheet program.</source>
            <translation>Speichert eine Beispieldatei mit jeder Spalte, die der Import versteht, zum Ausfüllen mit einer Tabellenkalkulation.</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation type="vanished">Die ersten Zeilen der Datei:</translation>
        </message>
        <message>
            <source>Preview of the file</source>
            <translation>Vorschau der Datei</translation>
        </message>
        <message>
            <source>Save a template CSV</source>
            <translation>Vorlage als CSV speichern</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV-Datei (*.csv)</translation>
        </message>
        <message>
            <source>A template was saved to %1. Fill it in (one row per user and organization), save it as CSV and choose it here.</source>
            <translation>Eine Vorlage wurde unter %1 gespeichert. Füllen Sie sie aus (eine Zeile pro Benutzer und Organisation), speichern Sie sie als CSV und wählen Sie sie hier.</translation>
        </message>
        <message>
            <source>The template could not be saved: %1</source>
            <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Choose the CSV file of users</source>
            <translation type="vanished">Die CSV-Datei mit den Benutzern wählen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="vanished">CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>There is no file at this path. Check the name, or use Browse.</source>
            <translation>Unter diesem Pfad gibt es keine Datei. Prüfen Sie den Namen oder verwenden Sie „Durchsuchen“.</translation>
        </message>
        <message>
            <source>This file cannot be read as CSV: %1</source>
            <translation type="vanished">Diese Datei kann nicht als CSV gelesen werden: %1</translation>
        </message>
        <message>
            <source>Reading and checking every row…</source>
            <translation>Jede Zeile wird gelesen und geprüft…</translation>
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation>Kodierung: %1</translation>
        </message>
        <message>
            <source>Delimiter: %1</source>
            <translation>Trennzeichen: %1</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Spalten: %1</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Zeilen: %1</translation>
        </message>
        <message>
            <source>This file cannot be used.</source>
            <translation>Diese Datei kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>The file was read. On the next page, say what each column holds.</source>
            <translation>Die Datei wurde gelesen. Geben Sie auf der nächsten Seite an, was jede Spalte enthält.</translation>
        </message>
        <message>
            <source>The file was read: %1 users. On the next page, check what each column holds.</source>
            <translation type="vanished">Die Datei wurde gelesen: %1 Benutzer. Prüfen Sie auf der nächsten Seite, was jede Spalte enthält.</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Die Datei wird gelesen</translation>
        </message>
        <message>
            <source>The first &amp;rows of the file:</source>
            <translation>Die &amp;ersten Zeilen der Datei:</translation>
        </message>
        <message>
            <source>The first rows of the chosen file, as they were read; passwords and hashes are hidden.</source>
            <translation>Die ersten Zeilen der gewählten Datei, so wie sie gelesen wurden; Passwörter und Hashes sind verborgen.</translation>
        </message>
        <message numerus="yes">
            <source>The file was read: %Ln users. On the next page, check what each column holds.</source>
            <translation>
                <numerusform>Die Datei wurde gelesen: %Ln Benutzer. Prüfen Sie auf der nächsten Seite, was jede Spalte enthält.</numerusform>
                <numerusform>Die Datei wurde gelesen: %Ln Benutzer. Prüfen Sie auf der nächsten Seite, was jede Spalte enthält.</numerusform>
            </translation>
        </message>
        <message>
            <source>A CSV file with one row per user (or per user and organization), or the export your old provider gives you (Auth0, Firebase, Clerk, Supabase, Cognito, Okta). Drop it here or browse for it. Nothing is sent anywhere yet.</source>
            <translation>Eine CSV-Datei mit einer Zeile je Benutzer (oder je Benutzer und Organisation) oder der Export Ihres bisherigen Anbieters (Auth0, Firebase, Clerk, Supabase, Cognito, Okta). Ziehen Sie sie hierher oder wählen Sie sie aus. Noch wird nichts gesendet.</translation>
        </message>
        <message>
            <source>Users &amp;file:</source>
            <translation>Benutzer&amp;datei:</translation>
        </message>
        <message>
            <source>A CSV, or an Auth0, Firebase, Clerk, Supabase, Cognito or Okta export</source>
            <translation>Eine CSV-Datei oder ein Export von Auth0, Firebase, Clerk, Supabase, Cognito oder Okta</translation>
        </message>
        <message>
            <source>Firebase password hash &amp;parameters (Firebase console: Authentication, Users, the menu above the table, Password hash parameters). Paste them here:</source>
            <translation>Firebase-Passwort-Hash-&amp;Parameter (Firebase-Konsole: Authentication, Users, das Menü über der Tabelle, Password hash parameters). Fügen Sie sie hier ein:</translation>
        </message>
        <message>
            <source>hash_config { algorithm: SCRYPT, base64_signer_key: …, base64_salt_separator: …, rounds: 8, mem_cost: 14 }</source>
            <translation>hash_config { algorithm: SCRYPT, base64_signer_key: …, base64_salt_separator: …, rounds: 8, mem_cost: 14 }</translation>
        </message>
        <message>
            <source>Auth0 password e&amp;xport (optional):</source>
            <translation>Auth0-Passwort-E&amp;xport (optional):</translation>
        </message>
        <message>
            <source>The NDJSON file Auth0 support sends</source>
            <translation>Die NDJSON-Datei, die der Auth0-Support schickt</translation>
        </message>
        <message>
            <source>Choos&amp;e…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Choose the Auth0 password export</source>
            <translation>Auth0-Passwort-Export auswählen</translation>
        </message>
        <message>
            <source>Organization from app metadata &amp;key:</source>
            <translation>Organisation aus dem App-Metadaten-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>none (for example tenant_id)</source>
            <translation>keiner (zum Beispiel tenant_id)</translation>
        </message>
        <message>
            <source>Keep created_&amp;at in metadata as:</source>
            <translation>created_&amp;at in den Metadaten behalten als:</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>nicht behalten</translation>
        </message>
        <message>
            <source>Auth0 password export (*.json *.ndjson *.txt);;All files (*)</source>
            <translation>Auth0-Passwort-Export (*.json *.ndjson *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>CSV and provider exports (*.csv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
            <translation>CSV und Anbieter-Exporte (*.csv *.txt *.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>This file cannot be read: %1</source>
            <translation>Diese Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Paste the Firebase hash parameters below.</source>
            <translation>Fügen Sie unten die Firebase-Hash-Parameter ein.</translation>
        </message>
        <message>
            <source>The file was read. As its columns are understood now, %1 can be imported and %2 cannot. On the next page, check what each column holds: the right choice there often makes these rows importable.</source>
            <translation>Die Datei wurde gelesen. So wie ihre Spalten jetzt verstanden werden, können %1 importiert werden und %2 nicht. Prüfen Sie auf der nächsten Seite, was jede Spalte enthält: Die richtige Wahl dort macht diese Zeilen oft importierbar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln Benutzer</numerusform>
                <numerusform>%Ln Benutzer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Detected: a %1 export. Its users are read into the import's columns: the %1 id becomes the external_id.</source>
            <translation>Erkannt: ein %1-Export. Seine Benutzer werden in die Spalten des Imports gelesen: Die %1-ID wird zur external_id.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Passwords:</source>
            <translation>Passwörter:</translation>
        </message>
        <message>
            <source>%1 kept as-is%2, %3 converted%4, %5 without a password (they must reset it)</source>
            <translation>%1 unverändert übernommen%2, %3 umgewandelt%4, %5 ohne Passwort (sie müssen es zurücksetzen)</translation>
        </message>
        <message>
            <source>reset needed, %1: %2</source>
            <translation>Zurücksetzen nötig, %1: %2</translation>
        </message>
        <message>
            <source>A newer export of an earlier import?</source>
            <translation>Ein neuerer Export eines früheren Imports?</translation>
        </message>
        <message>
            <source>Catch &amp;up with that import</source>
            <translation>Diesen Import &amp;nachführen</translation>
        </message>
        <message>
            <source>New users are created, users that changed are updated, unchanged users cost nothing, and users no longer in the file are listed, never deleted.</source>
            <translation>Neue Benutzer werden angelegt, geänderte Benutzer aktualisiert, unveränderte kosten nichts, und Benutzer, die nicht mehr in der Datei stehen, werden aufgelistet, nie gelöscht.</translation>
        </message>
        <message>
            <source>Import as a ne&amp;w job</source>
            <translation>Als neuen &amp;Job importieren</translation>
        </message>
        <message>
            <source>This looks like a newer export of “%1”, rehearsed on %2: %3 of its users are in this file.</source>
            <translation>Das sieht aus wie ein neuerer Export von „%1“, geprobt am %2: %3 seiner Benutzer stehen in dieser Datei.</translation>
        </message>
        <message>
            <source>This looks like a newer export of “%1”, imported on %2: %3 of its users are in this file.</source>
            <translation>Das sieht aus wie ein neuerer Export von „%1“, importiert am %2: %3 seiner Benutzer stehen in dieser Datei.</translation>
        </message>
        <message>
            <source>A catch-up creates the new users, updates the users that changed, leaves the others as they are and lists the users no longer in the file (it deletes nobody).</source>
            <translation>Ein Nachführen legt die neuen Benutzer an, aktualisiert die geänderten, lässt die anderen, wie sie sind, und listet die Benutzer auf, die nicht mehr in der Datei stehen (es löscht niemanden).</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
    </context>
    <context>
        <name>Gui::FreedesktopActions</name>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>No file manager could be started (xdg-open is missing; install the package xdg-utils). The folder is %1.</source>
            <translation>Es konnte kein Dateimanager gestartet werden (xdg-open fehlt; installieren Sie das Paket xdg-utils). Der Ordner ist %1.</translation>
        </message>
        <message>
            <source>The file manager could not be started. The folder is %1.</source>
            <translation>Der Dateimanager konnte nicht gestartet werden. Der Ordner ist %1.</translation>
        </message>
        <message>
            <source>This desktop has no session bus, so no notification can be shown.</source>
            <translation>Diese Arbeitsumgebung hat keinen Sitzungsbus, daher kann keine Benachrichtigung angezeigt werden.</translation>
        </message>
    </context>
    <context>
        <name>Gui::HelpDialog</name>
        <message>
            <source>Help — WorkOS Migration Wizard</source>
            <translation>Hilfe — WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>The user guide is not part of this build.</source>
            <translation>Das Benutzerhandbuch ist nicht Teil dieses Builds.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>Gui::IdMapSaver</name>
        <message>
            <source>The ID map could not be saved: %1</source>
            <translation>Die ID-Zuordnung konnte nicht gespeichert werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>The ID map (%Ln users) was saved to %1.</source>
            <translation>
                <numerusform>Die ID-Zuordnung (%Ln Benutzer) wurde unter %1 gespeichert.</numerusform>
                <numerusform>Die ID-Zuordnung (%Ln Benutzer) wurde unter %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>This job ran before source ids and membership ids were recorded: those columns are empty, and each line says so.</source>
            <translation>Dieser Auftrag lief, bevor Quell-IDs und Mitgliedschafts-IDs festgehalten wurden: Diese Spalten sind leer, und jede Zeile sagt das.</translation>
        </message>
        <message>
            <source>Save the ID map</source>
            <translation>ID-Zuordnung speichern</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation>CSV-Datei (*.csv);;JSON-Datei (*.json)</translation>
        </message>
    </context>
    <context>
        <name>Gui::ImportWizard</name>
        <message>
            <source>New import — WorkOS Migration Wizard</source>
            <translation>Neuer Import — WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <source>Rehearsal (local sandbox)</source>
            <translation>Probelauf (lokale Sandbox)</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Staging (Test)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Resume import — WorkOS Migration Wizard</source>
            <translation>Import fortsetzen — WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Resume rehearsal — WorkOS Migration Wizard</source>
            <translation>Probelauf fortsetzen — WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>The job is no longer in the job list.</source>
            <translation>Der Auftrag ist nicht mehr in der Auftragsliste.</translation>
        </message>
        <message>
            <source>Retry failed rows — WorkOS Migration Wizard</source>
            <translation>Fehlgeschlagene Zeilen wiederholen — WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Stop the import?</source>
            <translation>Import anhalten?</translation>
        </message>
        <message>
            <source>The import is still running. Stop it now? It stays in the job list and can be resumed later; rows already imported are not sent again.</source>
            <translation>Der Import läuft noch. Jetzt anhalten? Er bleibt in der Auftragsliste und kann später fortgesetzt werden; bereits importierte Zeilen werden nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>&amp;Stop and close</source>
            <translation>Anhalten und &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Keep running</source>
            <translation>&amp;Weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Discard this import?</source>
            <translation>Diesen Import verwerfen?</translation>
        </message>
        <message>
            <source>Close the wizard and discard this import's setup (the file, the columns, the key and the settings)? Nothing was sent to WorkOS.</source>
            <translation>Den Assistenten schließen und die Einrichtung dieses Imports verwerfen (Datei, Spalten, Schlüssel und Einstellungen)? Es wurde nichts an WorkOS gesendet.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>Weiter &amp;bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Gui::JobListModel</name>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>preparing organizations</source>
            <translation>Organisationen werden vorbereitet</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>unterbrochen</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>finished with errors</source>
            <translation>fertig, mit Fehlern</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Staging (Test)</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Probelauf</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1
Job %2</source>
            <translation>%1
Auftrag %2</translation>
        </message>
        <message>
            <source>%1 rows refused by WorkOS or not sent, %2 rows with a problem in the file</source>
            <translation>%1 Zeilen von WorkOS abgelehnt oder nicht gesendet, %2 Zeilen mit einem Problem in der Datei</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Angelegte Benutzer</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Nicht importierte Zeilen</translation>
        </message>
        <message>
            <source>undo unfinished</source>
            <extracomment>the job list's state: an undo was started and has not reached its end</extracomment>
            <translation>Rückgängigmachen unvollständig</translation>
        </message>
        <message numerus="yes">
            <source>undone, %n kept</source>
            <extracomment>the job list's state: undone, except objects left in place (see the undo report)</extracomment>
            <translation>
                <numerusform>rückgängig gemacht, %n behalten</numerusform>
                <numerusform>rückgängig gemacht, %n behalten</numerusform>
            </translation>
        </message>
        <message>
            <source>undone</source>
            <extracomment>the job list's state: everything the import created was deleted again</extracomment>
            <translation>rückgängig gemacht</translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches</source>
            <extracomment>the job list's state: a verify found this many rows WorkOS does not hold as the file says</extracomment>
            <translation>
                <numerusform>Prüfung: %n Abweichung</numerusform>
                <numerusform>Prüfung: %n Abweichungen</numerusform>
            </translation>
        </message>
        <message>
            <source>verified %1</source>
            <extracomment>the job list's state: WorkOS holds every imported row; %1 is when it was checked</extracomment>
            <translation>geprüft %1</translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches in %1 of %2 rows</source>
            <translation>
                <numerusform>Prüfung: %n Abweichung in %1 von %2 Zeilen</numerusform>
                <numerusform>Prüfung: %n Abweichungen in %1 von %2 Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>verified %1 of %2 rows %3</source>
            <extracomment>the job list's state, after the job's own state: a verify of part of the job; %3 is when</extracomment>
            <translation>%1 von %2 Zeilen geprüft %3</translation>
        </message>
        <message>
            <source>%1
Job %2
Passwords: %3</source>
            <translation>%1
Auftrag %2
Passwörter: %3</translation>
        </message>
        <message>
            <source>%1 (catch-up of “%2”)</source>
            <extracomment>The job list's file column for a catch-up: "new.csv (catch-up of “old.csv”)"</extracomment>
            <translation>%1 (Nachführung von „%2“)</translation>
        </message>
        <message>
            <source>%1 · %2 updated</source>
            <extracomment>The job list's users column: users created, then users the import updated</extracomment>
            <translation>%1 · %2 aktualisiert</translation>
        </message>
        <message>
            <source>Catch-up of “%1”</source>
            <translation>Nachführung von „%1“</translation>
        </message>
        <message>
            <source>%1 users created, %2 already in WorkOS, of which %3 updated</source>
            <translation>%1 Benutzer angelegt, %2 schon in WorkOS, davon %3 aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>Gui::KeychainStore</name>
        <message>
            <source>No system keychain answered on this computer, so the key is kept in memory only and you will be asked for it again next time.</source>
            <translation>Auf diesem Computer hat kein System-Schlüsselbund geantwortet; der Schlüssel wird daher nur im Speicher gehalten, und Sie werden beim nächsten Mal erneut danach gefragt.</translation>
        </message>
        <message>
            <source>The system keychain refused access, so the key is kept in memory only.</source>
            <translation>Der System-Schlüsselbund hat den Zugriff verweigert; der Schlüssel wird daher nur im Speicher gehalten.</translation>
        </message>
        <message>
            <source>The key could not be removed from the system keychain.</source>
            <translation>Der Schlüssel konnte nicht aus dem System-Schlüsselbund entfernt werden.</translation>
        </message>
    </context>
    <context>
        <name>Gui::MainWindow</name>
        <message>
            <source>Verify</source>
            <translation type="vanished">Prüfen</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation type="vanished">Diesen Import rückgängig machen…</translation>
        </message>
        <message>
            <source>Export the error report</source>
            <translation>Den Fehlerbericht exportieren</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation type="vanished">CSV-Datei (*.csv);;JSON-Datei (*.json)</translation>
        </message>
        <message>
            <source>No imports yet. Press “New import” to move your first users into WorkOS.</source>
            <translation type="vanished">Noch keine Importe. Klicken Sie auf „Neuer Import“, um Ihre ersten Benutzer nach WorkOS zu übertragen.</translation>
        </message>
        <message>
            <source>Checking that the file has not changed…</source>
            <translation>Es wird geprüft, ob sich die Datei geändert hat…</translation>
        </message>
        <message>
            <source>The file changed</source>
            <translation>Die Datei hat sich geändert</translation>
        </message>
        <message>
            <source>The file %1 is no longer at %2. Put it back there to resume this import; nothing was lost.</source>
            <translation>Die Datei %1 liegt nicht mehr unter %2. Legen Sie sie dorthin zurück, um diesen Import fortzusetzen; nichts ging verloren.</translation>
        </message>
        <message>
            <source>The file %1 changed since this import started, so it cannot continue: the rows would no longer match. Put the original file back to resume, or start a New import with the changed file (users already imported are recognised, not created twice).</source>
            <translation>Die Datei %1 hat sich seit dem Start dieses Imports geändert, daher kann er nicht weiterlaufen: Die Zeilen würden nicht mehr passen. Legen Sie die ursprüngliche Datei zurück, um fortzusetzen, oder starten Sie einen neuen Import mit der geänderten Datei (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>The rehearsal could not resume: %1</source>
            <translation>Der Probelauf konnte nicht fortgesetzt werden: %1</translation>
        </message>
        <message>
            <source>Looking for the API key in the system keychain…</source>
            <translation>API-Schlüssel wird im System-Schlüsselbund gesucht…</translation>
        </message>
        <message>
            <source>Retry the rows of %1 that were not imported</source>
            <translation>Die nicht importierten Zeilen von %1 wiederholen</translation>
        </message>
        <message>
            <source>Resume the interrupted import?</source>
            <translation>Unterbrochenen Import fortsetzen?</translation>
        </message>
        <message>
            <source>The import of %1, started %2, stopped before it finished. Resume it now? Users already imported will not be sent again.</source>
            <translation>Der Import von %1, gestartet %2, wurde vor dem Ende angehalten. Jetzt fortsetzen? Bereits importierte Benutzer werden nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation type="vanished">Wählen Sie einen Dateinamen, der auf .csv oder .json endet.</translation>
        </message>
        <message>
            <source>The error report was saved to %1.</source>
            <translation>Der Fehlerbericht wurde unter %1 gespeichert.</translation>
        </message>
        <message>
            <source>The error report could not be saved: %1</source>
            <translation>Der Fehlerbericht konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Job id</source>
            <translation>Auftrags-ID</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Job details: the job's state (Running, Paused, Finished…)</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Where</source>
            <extracomment>Job details: the WorkOS environment the job writes to (Production, Staging, Rehearsal)</extracomment>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Mode</source>
            <extracomment>Job details: how the job imports (create users, update, dry run), not a display mode</extracomment>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation type="vanished">Parallele Vorgänge</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>Job details: when the job was created (a date), not a count of users created</extracomment>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Finished</source>
            <extracomment>Job details: when the job finished (a date)</extracomment>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Angelegte Benutzer</translation>
        </message>
        <message>
            <source>Already existed</source>
            <translation>Bereits vorhanden</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Hinzugefügte Mitgliedschaften</translation>
        </message>
        <message>
            <source>Invalid rows</source>
            <translation>Ungültige Zeilen</translation>
        </message>
        <message>
            <source>Failed rows</source>
            <translation>Fehlgeschlagene Zeilen</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Letzte Meldung</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Auftragsdetails</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process: stop it there before deleting it.</source>
            <translation>Auftrag %1 läuft in einem anderen Fenster oder Prozess: Beenden Sie ihn dort, bevor Sie ihn löschen.</translation>
        </message>
        <message>
            <source>Delete the job?</source>
            <translation>Auftrag löschen?</translation>
        </message>
        <message>
            <source>Delete the import of %1 and everything recorded about it (progress, row outcomes, error report)? The users already in WorkOS stay there. This cannot be undone.</source>
            <translation>Den Import von %1 und alles, was dazu gespeichert ist (Fortschritt, Ergebnisse der Zeilen, Fehlerbericht), löschen? Die Benutzer, die bereits in WorkOS sind, bleiben dort. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <source>Job %1 deleted.</source>
            <translation>Auftrag %1 gelöscht.</translation>
        </message>
        <message>
            <source>The job could not be deleted: %1</source>
            <translation>Der Auftrag konnte nicht gelöscht werden: %1</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations from a CSV file into WorkOS. Start a new import, or pick up a job from the list.</source>
            <translation type="vanished">Übertragen Sie Benutzer, ihre Passwörter und ihre Organisationen aus einer CSV-Datei nach WorkOS. Starten Sie einen neuen Import oder setzen Sie einen Auftrag aus der Liste fort.</translation>
        </message>
        <message>
            <source>&amp;New import…</source>
            <translation>&amp;Neuer Import…</translation>
        </message>
        <message>
            <source>&amp;Resume…</source>
            <translation>&amp;Fortsetzen…</translation>
        </message>
        <message>
            <source>Re&amp;try failed rows…</source>
            <translation>Fehlgeschlagene Zeilen &amp;wiederholen…</translation>
        </message>
        <message>
            <source>&amp;Export error report…</source>
            <translation>Fehlerbericht e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Check in WorkOS that every user of this job is there</source>
            <translation>In WorkOS prüfen, dass jeder Benutzer dieses Auftrags vorhanden ist</translation>
        </message>
        <message>
            <source>&amp;Undo this import…</source>
            <translation>Diesen Import &amp;rückgängig machen…</translation>
        </message>
        <message>
            <source>Deta&amp;ils</source>
            <translation>De&amp;tails</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Recent &amp;jobs:</source>
            <translation>Letzte &amp;Aufträge:</translation>
        </message>
        <message>
            <source>Recent jobs</source>
            <translation>Letzte Aufträge</translation>
        </message>
        <message>
            <source>One row per import: its file, state, where it wrote and its counts</source>
            <translation>Eine Zeile pro Import: seine Datei, sein Status, wohin er geschrieben hat und seine Zahlen</translation>
        </message>
        <message>
            <source>No imports yet</source>
            <translation>Noch keine Importe</translation>
        </message>
        <message>
            <source>Start with a CSV file of your users: the wizard checks it, connects to WorkOS and shows what will happen before anything is written.</source>
            <translation type="vanished">Beginnen Sie mit einer CSV-Datei Ihrer Benutzer: Der Assistent prüft sie, verbindet sich mit WorkOS und zeigt, was passieren wird, bevor etwas geschrieben wird.</translation>
        </message>
        <message>
            <source>Starts the wizard for your first import</source>
            <translation>Startet den Assistenten für Ihren ersten Import</translation>
        </message>
        <message>
            <source>Save the &amp;ID map…</source>
            <translation>&amp;ID-Zuordnung speichern…</translation>
        </message>
        <message>
            <source>Retry the rows of %1 that were not imported — Production</source>
            <translation>Die nicht importierten Zeilen von %1 wiederholen — Produktion</translation>
        </message>
        <message>
            <source>Choose a file name ending in .xlsx (a spreadsheet), .csv or .json.</source>
            <translation>Wählen Sie einen Dateinamen mit der Endung .xlsx (eine Tabelle), .csv oder .json.</translation>
        </message>
        <message>
            <source>Users only</source>
            <extracomment>Job details: the job imports users without organizations</extracomment>
            <translation>Nur Benutzer</translation>
        </message>
        <message>
            <source>Users and their organizations</source>
            <extracomment>Job details: the job imports users with the organizations each row names</extracomment>
            <translation>Benutzer und ihre Organisationen</translation>
        </message>
        <message>
            <source>Users into one organization</source>
            <extracomment>Job details: the job imports every user into one organization</extracomment>
            <translation>Benutzer in eine Organisation</translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <extracomment>Job details: how many connections to WorkOS the job used at the same time</extracomment>
            <translation>Parallele Verbindungen</translation>
        </message>
        <message>
            <source>An undo of this job has started: import the file again as a new job.</source>
            <translation>Für diesen Auftrag wurde „Rückgängig“ gestartet: Importieren Sie die Datei erneut als neuen Auftrag.</translation>
        </message>
        <message>
            <source>An undo of %1 has started, so it is closed to import: import the file again as a new job.</source>
            <translation>Für %1 wurde „Rückgängig“ gestartet, daher ist er für den Import geschlossen: Importieren Sie die Datei erneut als neuen Auftrag.</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations into WorkOS, from a CSV file or your old provider’s export. Start a new import, or pick up a job from the list.</source>
            <translation>Übertragen Sie Benutzer, ihre Passwörter und ihre Organisationen nach WorkOS, aus einer CSV-Datei oder dem Export Ihres bisherigen Anbieters. Starten Sie einen neuen Import oder setzen Sie einen Auftrag aus der Liste fort.</translation>
        </message>
        <message>
            <source>Start with a CSV file of your users, or the export of Auth0, Firebase, Clerk, Supabase, Cognito or Okta: the wizard checks it, connects to WorkOS and shows what will happen before anything is written.</source>
            <translation>Beginnen Sie mit einer CSV-Datei Ihrer Benutzer oder dem Export aus Auth0, Firebase, Clerk, Supabase, Cognito oder Okta: Der Assistent prüft sie, verbindet sich mit WorkOS und zeigt, was passieren wird, bevor etwas geschrieben wird.</translation>
        </message>
    </context>
    <context>
        <name>Gui::OrganizationsPage</name>
        <message>
            <source>Organizations &amp; roles</source>
            <translation>Organisationen und Rollen</translation>
        </message>
        <message>
            <source>Every organization the file names, looked up in WorkOS, and the roles it gives. This only reads: missing organizations are created when the import starts, after the review.</source>
            <translation>Jede Organisation, die die Datei nennt, in WorkOS nachgeschlagen, und die Rollen, die sie vergibt. Hier wird nur gelesen: Fehlende Organisationen werden beim Start des Imports angelegt, nach der Überprüfung.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Was passieren wird</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Organizations that cannot be found</source>
            <translation>Organisationen, die nicht gefunden werden</translation>
        </message>
        <message>
            <source>&amp;Go back and fix the file first (Next stays off)</source>
            <translation>Zurückgehen und zuerst die Datei &amp;korrigieren („Weiter“ bleibt gesperrt)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Import anyway: the memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again)</source>
            <translation type="vanished">Trotzdem importieren: Die Mitgliedschaften mit diesen Rollen schlagen fehl und kommen in den Fehlerbericht (oder fügen Sie die Rollen im WorkOS-Dashboard hinzu und prüfen Sie erneut)</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Erneut p&amp;rüfen</translation>
        </message>
        <message>
            <source>(no name in the file)</source>
            <translation>(kein Name in der Datei)</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>wird geprüft…</translation>
        </message>
        <message>
            <source>%1 ⚠</source>
            <translation>%1 ⚠</translation>
        </message>
        <message>
            <source>The same name is used with different ids (%1): these become separate organizations. Check that this is meant.</source>
            <translation type="vanished">Derselbe Name wird mit verschiedenen IDs verwendet (%1): Daraus werden getrennte Organisationen. Prüfen Sie, ob das gewollt ist.</translation>
        </message>
        <message>
            <source>Looking up 1 organization in WorkOS…</source>
            <translation type="vanished">1 Organisation wird in WorkOS nachgeschlagen…</translation>
        </message>
        <message>
            <source>Looking up %1 organizations in WorkOS…</source>
            <translation type="vanished">%1 Organisationen werden in WorkOS nachgeschlagen…</translation>
        </message>
        <message>
            <source>exists in WorkOS</source>
            <translation>existiert in WorkOS</translation>
        </message>
        <message>
            <source>will be created</source>
            <translation>wird angelegt</translation>
        </message>
        <message>
            <source>could not be checked: %1</source>
            <translation>konnte nicht geprüft werden: %1</translation>
        </message>
        <message>
            <source>cannot be found — %1</source>
            <translation>nicht gefunden — %1</translation>
        </message>
        <message>
            <source>The organizations could not be checked: %1 Fix this and press “Check again”.</source>
            <translation>Die Organisationen konnten nicht geprüft werden: %1 Beheben Sie das und klicken Sie auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>Some organizations could not be checked (see the table). Nothing was written. Press “Check again” when WorkOS can be reached.</source>
            <translation>Einige Organisationen konnten nicht geprüft werden (siehe Tabelle). Es wurde nichts geschrieben. Klicken Sie auf „Erneut prüfen“, sobald WorkOS erreichbar ist.</translation>
        </message>
        <message>
            <source>%1 exist, %2 will be created, %3 cannot be found.</source>
            <translation type="vanished">%1 vorhanden, %2 werden angelegt, %3 nicht gefunden.</translation>
        </message>
        <message>
            <source>WorkOS has no organization for: %1. Their rows cannot be imported as they are.</source>
            <translation>WorkOS hat keine Organisation für: %1. Deren Zeilen können so nicht importiert werden.</translation>
        </message>
        <message>
            <source>&amp;Skip its row: the other rows are imported, this one goes to the error report</source>
            <translation type="vanished">Ihre Zeile &amp;überspringen: Die anderen Zeilen werden importiert, diese kommt in den Fehlerbericht</translation>
        </message>
        <message>
            <source>&amp;Skip their %1 rows: the other rows are imported, these go to the error report</source>
            <translation type="vanished">Ihre %1 Zeilen &amp;überspringen: Die anderen Zeilen werden importiert, diese kommen in den Fehlerbericht</translation>
        </message>
        <message>
            <source>The environment's roles could not be read (%1). The roles in the file (%2) are checked by WorkOS during the import.</source>
            <translation>Die Rollen der Umgebung konnten nicht gelesen werden (%1). Die Rollen in der Datei (%2) prüft WorkOS während des Imports.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>Every role in the file exists in this environment: %1.</source>
            <translation>Jede Rolle in der Datei existiert in dieser Umgebung: %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This environment has no role %1&lt;/b&gt; (used on %2). WorkOS refuses a membership with an unknown role. The environment's roles are: %3.</source>
            <translation>&lt;b&gt;Diese Umgebung hat keine Rolle %1&lt;/b&gt; (verwendet in %2). WorkOS lehnt eine Mitgliedschaft mit einer unbekannten Rolle ab. Die Rollen der Umgebung sind: %3.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation type="vanished">1 Zeile</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation type="vanished">%1 Zeilen</translation>
        </message>
        <message>
            <source>Looking up the organizations</source>
            <translation>Die Organisationen werden nachgeschlagen</translation>
        </message>
        <message>
            <source>Every organization of the file with its id, its rows and what will happen to it.</source>
            <translation>Jede Organisation der Datei mit ihrer ID, ihren Zeilen und dem, was mit ihr geschieht.</translation>
        </message>
        <message>
            <source>&amp;Import anyway: the memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again)</source>
            <translation type="vanished">Trotzdem &amp;importieren: Die Mitgliedschaften mit diesen Rollen schlagen fehl und kommen in den Fehlerbericht (oder fügen Sie die Rollen im WorkOS-Dashboard hinzu und prüfen Sie erneut)</translation>
        </message>
        <message numerus="yes">
            <source>Looking up %Ln organizations in WorkOS…</source>
            <translation>
                <numerusform>%Ln Organisation wird in WorkOS nachgeschlagen…</numerusform>
                <numerusform>%Ln Organisationen werden in WorkOS nachgeschlagen…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2, %3.</source>
            <extracomment>The whole sentence: "&lt;n organizations&gt; exist, &lt;n&gt; will be created, &lt;n&gt; cannot be found." Each number agrees with its own verb.</extracomment>
            <translation>%1, %2, %3.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln exist</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln vorhanden</numerusform>
                <numerusform>%Ln vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln will be created</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln wird angelegt</numerusform>
                <numerusform>%Ln werden angelegt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cannot be found</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln nicht gefunden</numerusform>
                <numerusform>%Ln nicht gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows: the other rows are imported, these go to the error report</source>
            <translation type="vanished">
                <numerusform>Ihre Zeile &amp;überspringen: Die anderen Zeilen werden importiert, diese kommt in den Fehlerbericht</numerusform>
                <numerusform>Ihre %Ln Zeilen &amp;überspringen: Die anderen Zeilen werden importiert, diese kommen in den Fehlerbericht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>The other rows are imported; these go to the error report.</source>
            <translation>Die anderen Zeilen werden importiert; diese kommen in den Fehlerbericht.</translation>
        </message>
        <message>
            <source>&amp;Import anyway</source>
            <translation>&amp;Trotzdem importieren</translation>
        </message>
        <message>
            <source>The memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again).</source>
            <translation>Die Mitgliedschaften mit diesen Rollen schlagen fehl und kommen in den Fehlerbericht (oder legen Sie die Rollen im WorkOS-Dashboard an und prüfen Sie erneut).</translation>
        </message>
        <message>
            <source>Names written differently</source>
            <translation>Unterschiedlich geschriebene Namen</translation>
        </message>
        <message>
            <source>&amp;Different organizations: import them as written</source>
            <translation>&amp;Verschiedene Organisationen: so importieren, wie geschrieben</translation>
        </message>
        <message>
            <source>Organizations that may exist already</source>
            <translation>Organisationen, die es vielleicht schon gibt</translation>
        </message>
        <message>
            <source>C&amp;reate new ones anyway</source>
            <translation>Trotzdem neue an&amp;legen</translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>%Ln Zeile überspringen und weiter</numerusform>
                <numerusform>%Ln Zeilen überspringen und weiter</numerusform>
            </translation>
        </message>
        <message>
            <source>Written like %1: these become separate organizations. Check that this is meant.</source>
            <translation>Geschrieben wie %1: Daraus werden getrennte Organisationen. Prüfen Sie, ob das so gemeint ist.</translation>
        </message>
        <message>
            <source>These organizations have the same name, or names that differ only in case, spacing or punctuation, and each becomes an organization of its own: %1. If they are one organization, write the name the same way on every row and give the rows the same organization id, then choose the file again.</source>
            <translation>Diese Organisationen haben denselben Namen oder Namen, die sich nur in Groß-/Kleinschreibung, Leerzeichen oder Satzzeichen unterscheiden, und jede wird eine eigene Organisation: %1. Wenn sie eine Organisation sind, schreiben Sie den Namen in jeder Zeile gleich und geben Sie den Zeilen dieselbe Organisations-ID; wählen Sie dann die Datei erneut.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows</source>
            <translation>
                <numerusform>Ihre %Ln Zeile ü&amp;berspringen</numerusform>
                <numerusform>Ihre %Ln Zeilen ü&amp;berspringen</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) would be created next to the existing “%3” (%4)</source>
            <translation>„%1“ (%2) würde neben der bestehenden „%3“ (%4) angelegt</translation>
        </message>
        <message>
            <source>external id %1</source>
            <translation>externe ID %1</translation>
        </message>
        <message>
            <source>will be created — an organization named “%1” exists</source>
            <translation>wird angelegt — eine Organisation namens „%1“ existiert</translation>
        </message>
        <message>
            <source>WorkOS already has organizations with these names (case, spacing and punctuation aside): %1. To use the existing organization, put its id (or its external id) in the file's organization column for these rows and choose the file again.</source>
            <translation>WorkOS hat bereits Organisationen mit diesen Namen (abgesehen von Groß-/Kleinschreibung, Leerzeichen und Satzzeichen): %1. Um die bestehende Organisation zu verwenden, tragen Sie für diese Zeilen ihre ID (oder ihre externe ID) in die Organisationsspalte der Datei ein und wählen Sie die Datei erneut.</translation>
        </message>
        <message>
            <source>The ids in the column “%1” look like WorkOS organization ids (org_…): on the Columns page, choose “%2” for it.</source>
            <translation>Die IDs in der Spalte „%1“ sehen aus wie WorkOS-Organisations-IDs (org_…): Wählen Sie dafür auf der Seite „Spalten“ „%2“.</translation>
        </message>
        <message>
            <source>The column “%1” does not hold WorkOS organization ids (org_…): if they are your own ids, choose “%2” for it on the Columns page.</source>
            <translation>Die Spalte „%1“ enthält keine WorkOS-Organisations-IDs (org_…): Wenn es Ihre eigenen IDs sind, wählen Sie dafür auf der Seite „Spalten“ „%2“.</translation>
        </message>
    </context>
    <context>
        <name>Gui::PasswordCheckDialog</name>
        <message>
            <source>Check a known password</source>
            <translation>Ein bekanntes Passwort prüfen</translation>
        </message>
        <message>
            <source>&amp;Email of the account:</source>
            <translation>&amp;E-Mail-Adresse des Kontos:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>C&amp;lient ID:</source>
            <translation>C&amp;lient-ID:</translation>
        </message>
        <message>
            <source>client_…</source>
            <translation>client_…</translation>
        </message>
        <message>
            <source>In the WorkOS dashboard: API Keys, "Client ID", of the same environment as the API key.</source>
            <translation>Im WorkOS-Dashboard: „API Keys“, „Client ID“, in derselben Umgebung wie der API-Schlüssel.</translation>
        </message>
        <message>
            <source>Sign in with an imported user</source>
            <translation>Mit einem importierten Benutzer anmelden</translation>
        </message>
        <message>
            <source>Sign in with one imported user whose password you know. WorkOS checks the password as it will for your users; it allows 10 attempts per minute for one email. The password is not kept.</source>
            <translation>Melden Sie sich mit einem importierten Benutzer an, dessen Passwort Sie kennen. WorkOS prüft das Passwort so, wie es das für Ihre Benutzer tun wird; es erlaubt 10 Versuche pro Minute für eine E-Mail-Adresse. Das Passwort wird nicht gespeichert.</translation>
        </message>
        <message>
            <source>Name one account of the file whose password you know (your own test account is a good choice) and type its password. It is checked here, against that account's hash as WorkOS will read it; nothing is sent and the password is not kept.</source>
            <translation>Nennen Sie ein Konto aus der Datei, dessen Passwort Sie kennen (Ihr eigenes Testkonto ist eine gute Wahl), und geben Sie sein Passwort ein. Es wird hier geprüft, gegen den Hash dieses Kontos, so wie WorkOS ihn lesen wird; es wird nichts gesendet und das Passwort nicht gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>P&amp;rüfen</translation>
        </message>
        <message>
            <source>Type the account's email and its password.</source>
            <translation>Geben Sie die E-Mail-Adresse des Kontos und sein Passwort ein.</translation>
        </message>
        <message>
            <source>Type the client id (client_…): WorkOS dashboard, API Keys, "Client ID".</source>
            <translation>Geben Sie die Client-ID ein (client_…): WorkOS-Dashboard, „API Keys“, „Client ID“.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>Gui::RehearsalSandbox</name>
        <message>
            <source>The local sandbox (workos-sandbox) is not installed next to this program.</source>
            <translation>Die lokale Sandbox (workos-sandbox) ist nicht neben diesem Programm installiert.</translation>
        </message>
        <message>
            <source>The local sandbox could not be started: %1</source>
            <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>The local sandbox stopped before it was ready.</source>
            <translation>Die lokale Sandbox hat sich beendet, bevor sie bereit war.</translation>
        </message>
        <message>
            <source>The local sandbox did not start within 15 seconds.</source>
            <translation>Die lokale Sandbox ist nicht innerhalb von 15 Sekunden gestartet.</translation>
        </message>
        <message>
            <source>The local sandbox answered in an unexpected way.</source>
            <translation>Die lokale Sandbox hat unerwartet geantwortet.</translation>
        </message>
        <message>
            <source>The folder for the rehearsal's data could not be made: %1</source>
            <translation>Der Ordner für die Daten des Probelaufs konnte nicht angelegt werden: %1</translation>
        </message>
        <message>
            <source>This rehearsal's data is in use by another local sandbox (another window of this program, or one still running from earlier). Close it, then try again.</source>
            <translation>Die Daten dieses Probelaufs werden von einer anderen lokalen Sandbox verwendet (einem anderen Fenster dieses Programms oder einer, die von früher noch läuft). Schließen Sie sie und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The local sandbox stopped before it was ready: %1</source>
            <translation>Die lokale Sandbox hat sich beendet, bevor sie bereit war: %1</translation>
        </message>
    </context>
    <context>
        <name>Gui::ResumeDialog</name>
        <message>
            <source>Resume %1</source>
            <translation>%1 fortsetzen</translation>
        </message>
        <message>
            <source>The import continues where it stopped; users already imported are not sent again. Paste the API key for %1: it is not saved on this computer.</source>
            <translation>Der Import macht dort weiter, wo er angehalten wurde; bereits importierte Benutzer werden nicht erneut gesendet. Fügen Sie den API-Schlüssel für %1 ein: Er wird nicht auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>The import continues where it stopped; users already imported are not sent again. The key for %1 comes from the system keychain.</source>
            <translation>Der Import macht dort weiter, wo er angehalten wurde; bereits importierte Benutzer werden nicht erneut gesendet. Der Schlüssel für %1 kommt aus dem System-Schlüsselbund.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… oder sk_live_…</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Parallel &amp;workers:</source>
            <translation type="vanished">Parallele &amp;Vorgänge:</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Checking the key with WorkOS…</source>
            <translation>Der Schlüssel wird bei WorkOS geprüft…</translation>
        </message>
        <message>
            <source>%1 Nothing was sent; paste the key again.</source>
            <translation>%1 Es wurde nichts gesendet; fügen Sie den Schlüssel erneut ein.</translation>
        </message>
        <message>
            <source>Parallel &amp;connections:</source>
            <translation>Parallele &amp;Verbindungen:</translation>
        </message>
        <message>
            <source>Resume %1 — Production</source>
            <extracomment>the resume dialog's title for a job that writes to production; %1 is the file's name</extracomment>
            <translation>%1 fortsetzen — Produktion</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewPage</name>
        <message>
            <source>Review and start</source>
            <translation>Überprüfen und starten</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Check what will happen; the import starts only with the button below.</source>
            <translation>Es wurde noch nichts geschrieben. Prüfen Sie, was passieren wird; der Import startet erst mit der Schaltfläche unten.</translation>
        </message>
        <message>
            <source>Import 1 user into Production</source>
            <translation type="vanished">1 Benutzer in die Produktion importieren</translation>
        </message>
        <message>
            <source>Import %1 users into Production</source>
            <translation type="vanished">%1 Benutzer in die Produktion importieren</translation>
        </message>
        <message>
            <source>Rehearse with 1 user</source>
            <translation type="vanished">Probelauf mit 1 Benutzer</translation>
        </message>
        <message>
            <source>Rehearse with %1 users</source>
            <translation type="vanished">Probelauf mit %1 Benutzern</translation>
        </message>
        <message>
            <source>Import 1 user into Staging</source>
            <translation type="vanished">1 Benutzer ins Staging importieren</translation>
        </message>
        <message>
            <source>Import %1 users into Staging</source>
            <translation type="vanished">%1 Benutzer ins Staging importieren</translation>
        </message>
        <message>
            <source>(key ending %1)</source>
            <translation>(Schlüssel endet auf %1)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Users to import</source>
            <translation>Zu importierende Benutzer</translation>
        </message>
        <message>
            <source>Organization for everyone</source>
            <translation>Organisation für alle</translation>
        </message>
        <message>
            <source>Memberships to add</source>
            <translation>Hinzuzufügende Mitgliedschaften</translation>
        </message>
        <message>
            <source>Organizations that exist</source>
            <translation>Vorhandene Organisationen</translation>
        </message>
        <message>
            <source>Organizations to create</source>
            <translation>Anzulegende Organisationen</translation>
        </message>
        <message>
            <source>Organizations not found</source>
            <translation>Nicht gefundene Organisationen</translation>
        </message>
        <message>
            <source>%1 — their %2 rows are skipped and listed in the error report</source>
            <translation type="vanished">%1 — ihre %2 Zeilen werden übersprungen und im Fehlerbericht aufgeführt</translation>
        </message>
        <message>
            <source>Unknown roles</source>
            <translation>Unbekannte Rollen</translation>
        </message>
        <message>
            <source>%1 — %2 memberships will fail</source>
            <translation type="vanished">%1 — %2 Mitgliedschaften werden fehlschlagen</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Übersprungene Zeilen</translation>
        </message>
        <message>
            <source>%1 rows with problems (see the Columns page)</source>
            <translation type="vanished">%1 Zeilen mit Problemen (siehe die Seite „Spalten“)</translation>
        </message>
        <message>
            <source>Repeated rows</source>
            <translation>Wiederholte Zeilen</translation>
        </message>
        <message>
            <source>%1, imported once</source>
            <translation>%1, einmal importiert</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Parallel workers</source>
            <translation type="vanished">Parallele Vorgänge</translation>
        </message>
        <message>
            <source>The import can be paused, stopped and resumed from the job list; no user is ever created twice.</source>
            <translation>Der Import kann in der Auftragsliste pausiert, angehalten und fortgesetzt werden; kein Benutzer wird jemals doppelt angelegt.</translation>
        </message>
        <message>
            <source>I want to write %1 real users into my Production environment</source>
            <translation type="vanished">Ich möchte %1 echte Benutzer in meine Produktionsumgebung schreiben</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln users into Production</source>
            <extracomment>The Review page's commit button; "Production" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>%Ln Benutzer in die Produktion importieren</numerusform>
                <numerusform>%Ln Benutzer in die Produktion importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln users</source>
            <extracomment>The Review page's commit button for a rehearsal in a local sandbox</extracomment>
            <translation>
                <numerusform>Probelauf mit %Ln Benutzer</numerusform>
                <numerusform>Probelauf mit %Ln Benutzern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln users into Staging</source>
            <extracomment>The Review page's commit button; "Staging" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>%Ln Benutzer ins Staging importieren</numerusform>
                <numerusform>%Ln Benutzer ins Staging importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — their %Ln rows are skipped and listed in the error report</source>
            <translation>
                <numerusform>%1 — ihre %Ln Zeile wird übersprungen und im Fehlerbericht aufgeführt</numerusform>
                <numerusform>%1 — ihre %Ln Zeilen werden übersprungen und im Fehlerbericht aufgeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln memberships will fail</source>
            <translation>
                <numerusform>%1 — %Ln Mitgliedschaft wird fehlschlagen</numerusform>
                <numerusform>%1 — %Ln Mitgliedschaften werden fehlschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows with problems (see the Columns page)</source>
            <translation>
                <numerusform>%Ln Zeile mit Problemen (siehe die Seite „Spalten“)</numerusform>
                <numerusform>%Ln Zeilen mit Problemen (siehe die Seite „Spalten“)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I want to write %Ln real users into my Production environment</source>
            <translation>
                <numerusform>Ich möchte %Ln echten Benutzer in meine Produktionsumgebung schreiben</numerusform>
                <numerusform>Ich möchte %Ln echte Benutzer in meine Produktionsumgebung schreiben</numerusform>
            </translation>
        </message>
        <message>
            <source>Check a &amp;known password…</source>
            <translation>Ein &amp;bekanntes Passwort prüfen…</translation>
        </message>
        <message>
            <source>Roles to create first</source>
            <translation>Zuerst anzulegende Rollen</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Production</source>
            <extracomment>The Review page's commit button when some users of the file exist already</extracomment>
            <translation>
                <numerusform>%Ln neuen Benutzer in die Produktion importieren</numerusform>
                <numerusform>%Ln neue Benutzer in die Produktion importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln new users</source>
            <translation>
                <numerusform>Probelauf mit %Ln neuen Benutzer</numerusform>
                <numerusform>Probelauf mit %Ln neuen Benutzern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Staging</source>
            <translation>
                <numerusform>%Ln neuen Benutzer ins Staging importieren</numerusform>
                <numerusform>%Ln neue Benutzer ins Staging importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Production</source>
            <extracomment>The Review page's commit button when every user exists and only memberships are added</extracomment>
            <translation>
                <numerusform>%Ln Mitgliedschaft in der Produktion hinzufügen</numerusform>
                <numerusform>%Ln Mitgliedschaften in der Produktion hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse adding %Ln memberships</source>
            <translation>
                <numerusform>Probelauf: %Ln Mitgliedschaft hinzufügen</numerusform>
                <numerusform>Probelauf: %Ln Mitgliedschaften hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Staging</source>
            <translation>
                <numerusform>%Ln Mitgliedschaft im Staging hinzufügen</numerusform>
                <numerusform>%Ln Mitgliedschaften im Staging hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln organizations</source>
            <translation>
                <numerusform>%Ln Organisation anlegen</numerusform>
                <numerusform>%Ln Organisationen anlegen</numerusform>
            </translation>
        </message>
        <message>
            <source>Go on: nothing new to write</source>
            <extracomment>The Review page's commit button when every user and membership exists already: the job runs (and records them), but writes nothing</extracomment>
            <translation>Weiter: nichts Neues zu schreiben</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <extracomment>The Review page's commit button when the dry run found nothing to write (it is disabled)</extracomment>
            <translation>Nichts zu importieren</translation>
        </message>
        <message>
            <source>The check could not start. Go back one page and press Next to try again.</source>
            <translation>Die Prüfung konnte nicht starten. Gehen Sie eine Seite zurück und drücken Sie „Weiter“, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>The check with WorkOS could not finish: %1 Nothing was written. Go back one page and press Next to check again.</source>
            <translation>Die Prüfung mit WorkOS konnte nicht abgeschlossen werden: %1 Es wurde nichts geschrieben. Gehen Sie eine Seite zurück und drücken Sie „Weiter“, um erneut zu prüfen.</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
        <message>
            <source>Looking up each row's user and organization in WorkOS (reads only)…</source>
            <translation>Benutzer und Organisation jeder Zeile werden in WorkOS nachgeschlagen (nur Lesen)…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Users to create</source>
            <translation>Anzulegende Benutzer</translation>
        </message>
        <message>
            <source>Users already in WorkOS</source>
            <translation>Benutzer, die schon in WorkOS sind</translation>
        </message>
        <message>
            <source>%1 — not created again; their memberships are added</source>
            <translation>%1 — nicht erneut angelegt; ihre Mitgliedschaften werden hinzugefügt</translation>
        </message>
        <message>
            <source>Memberships already there</source>
            <translation>Bereits vorhandene Mitgliedschaften</translation>
        </message>
        <message>
            <source>Rows that would fail</source>
            <translation>Zeilen, die fehlschlagen würden</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Columns not imported</source>
            <translation>Nicht importierte Spalten</translation>
        </message>
        <message>
            <source>Passwords</source>
            <translation>Passwörter</translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <translation>Parallele Verbindungen</translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Production</source>
            <extracomment>The Review page's commit button when the only writes are updates of existing users</extracomment>
            <translation>
                <numerusform>%Ln Benutzer in Production aktualisieren</numerusform>
                <numerusform>%Ln Benutzer in Production aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse updating %Ln users</source>
            <translation>
                <numerusform>Aktualisierung von %Ln Benutzer proben</numerusform>
                <numerusform>Aktualisierung von %Ln Benutzern proben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Staging</source>
            <translation>
                <numerusform>%Ln Benutzer in Staging aktualisieren</numerusform>
                <numerusform>%Ln Benutzer in Staging aktualisieren</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (job %2): its users are recognised, not created again</source>
            <translation>„%1“ (Auftrag %2): seine Benutzer werden erkannt, nicht neu angelegt</translation>
        </message>
        <message>
            <source>That import went to %1; this one goes to %2.</source>
            <translation>Jener Import ging nach %1; dieser geht nach %2.</translation>
        </message>
        <message>
            <source>Catch-up of</source>
            <translation>Nachführung von</translation>
        </message>
        <message>
            <source>Users that already exist</source>
            <translation>Bereits vorhandene Benutzer</translation>
        </message>
        <message>
            <source>Updated where the file differs (first and last name, email verified, metadata, external id); undo puts the previous values back</source>
            <translation>Aktualisiert, wo die Datei abweicht (Vor- und Nachname, E-Mail bestätigt, Metadaten, externe ID); Rückgängig stellt die vorherigen Werte wieder her</translation>
        </message>
        <message>
            <source>Their passwords</source>
            <translation>Ihre Passwörter</translation>
        </message>
        <message>
            <source>Replaced with the file's. This cannot be undone.</source>
            <translation>Durch die der Datei ersetzt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Users to update</source>
            <translation>Zu aktualisierende Benutzer</translation>
        </message>
        <message>
            <source>%1 — only the fields that changed are sent</source>
            <translation>%1 — nur die geänderten Felder werden gesendet</translation>
        </message>
        <message>
            <source>Users unchanged</source>
            <translation>Unveränderte Benutzer</translation>
        </message>
        <message>
            <source>%1 — nothing is sent for them</source>
            <translation>%1 — für sie wird nichts gesendet</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users from the earlier import are not in this file. They are listed here, not deleted.</source>
            <translation>
                <numerusform>%Ln Benutzer aus dem früheren Import steht nicht in dieser Datei. Er wird hier aufgelistet, nicht gelöscht.</numerusform>
                <numerusform>%Ln Benutzer aus dem früheren Import stehen nicht in dieser Datei. Sie werden hier aufgelistet, nicht gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>und %1 weitere</translation>
        </message>
        <message>
            <source>Not in this file</source>
            <translation>Nicht in dieser Datei</translation>
        </message>
    </context>
    <context>
        <name>Gui::RoleCreationWidget</name>
        <message>
            <source>Cr&amp;eate these roles in WorkOS before the import, with the names below</source>
            <translation>Diese Rollen vor dem Import in WorkOS &amp;anlegen, mit den Namen unten</translation>
        </message>
        <message>
            <source>Each role is created once (POST /authorization/roles) and recorded with the job. WorkOS cannot delete an environment role through its API: undo lists the roles this job created so that you can remove them in the WorkOS dashboard.</source>
            <translation>Jede Rolle wird einmal angelegt (POST /authorization/roles) und mit dem Auftrag festgehalten. WorkOS kann eine Umgebungsrolle nicht über seine API löschen: „Rückgängig“ listet die Rollen auf, die dieser Auftrag angelegt hat, damit Sie sie im WorkOS-Dashboard entfernen können.</translation>
        </message>
        <message>
            <source>Roles to create: slug and name</source>
            <translation>Anzulegende Rollen: Slug und Name</translation>
        </message>
        <message>
            <source>Slug</source>
            <translation>Kennung (Slug)</translation>
        </message>
        <message>
            <source>Name (you can edit it)</source>
            <translation>Name (bearbeitbar)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows give two or more roles. That needs Multiple Roles in this environment, and WorkOS does not say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in the ID map says so.</source>
            <translation>
                <numerusform>%Ln Zeile gibt zwei oder mehr Rollen an. Das erfordert „Multiple Roles“ in dieser Umgebung, und WorkOS sagt vorher nicht, ob es eingeschaltet ist. Ist es ausgeschaltet, erhält eine solche Zeile nur ihre erste Rolle, und ihre Zeile in der ID-Zuordnung vermerkt das.</numerusform>
                <numerusform>%Ln Zeilen geben zwei oder mehr Rollen an. Das erfordert „Multiple Roles“ in dieser Umgebung, und WorkOS sagt vorher nicht, ob es eingeschaltet ist. Ist es ausgeschaltet, erhält eine solche Zeile nur ihre erste Rolle, und ihre Zeile in der ID-Zuordnung vermerkt das.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (role %2)</source>
            <translation>%1 (Rolle %2)</translation>
        </message>
    </context>
    <context>
        <name>Gui::RunPage</name>
        <message>
            <source>estimating…</source>
            <translation>wird geschätzt…</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 Sekunden</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import läuft</translation>
        </message>
        <message>
            <source>You can leave this running. If the computer sleeps or the program is closed, resume the job from the list: nothing is sent twice.</source>
            <translation>Sie können dies laufen lassen. Wenn der Computer in den Ruhezustand geht oder das Programm geschlossen wird, setzen Sie den Auftrag in der Liste fort: Nichts wird doppelt gesendet.</translation>
        </message>
        <message>
            <source>Enter the &amp;key again…</source>
            <translation>Schlüssel erneut &amp;eingeben…</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation type="vanished">Zähler</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Angelegte Benutzer</translation>
        </message>
        <message>
            <source>Already in WorkOS</source>
            <translation>Bereits in WorkOS</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Hinzugefügte Mitgliedschaften</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Nicht importierte Zeilen</translation>
        </message>
        <message>
            <source>Requests sent again</source>
            <translation>Erneut gesendete Anfragen</translation>
        </message>
        <message>
            <source>Slowed down by WorkOS</source>
            <translation>Von WorkOS gebremst</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation type="vanished">Vorgang</translation>
        </message>
        <message>
            <source>Working on</source>
            <translation>Arbeitet an</translation>
        </message>
        <message>
            <source>Users being sent</source>
            <translation>Benutzer in Übertragung</translation>
        </message>
        <message>
            <source>&amp;Messages</source>
            <translation>&amp;Meldungen</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation type="vanished">A&amp;nhalten</translation>
        </message>
        <message>
            <source>Stop after asking; the job stays in the job list and can be resumed.</source>
            <translation>Nach Rückfrage anhalten; der Auftrag bleibt in der Auftragsliste und kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>Nothing was started: an import starts only from the Review page.</source>
            <translation>Es wurde nichts gestartet: Ein Import startet nur auf der Seite „Überprüfen“.</translation>
        </message>
        <message>
            <source>Resuming the job…</source>
            <translation>Auftrag wird fortgesetzt…</translation>
        </message>
        <message>
            <source>Retrying the failed rows…</source>
            <translation>Fehlgeschlagene Zeilen werden wiederholt…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Another import is still running in this window.</source>
            <translation>In diesem Fenster läuft noch ein anderer Import.</translation>
        </message>
        <message>
            <source>Importing users into WorkOS</source>
            <translation>Benutzer werden nach WorkOS importiert</translation>
        </message>
        <message>
            <source>Pausing: finishing the users already being sent…</source>
            <translation>Pause: Die Benutzer, die gerade gesendet werden, werden noch fertig übertragen…</translation>
        </message>
        <message>
            <source>Speed: —</source>
            <translation>Geschwindigkeit: —</translation>
        </message>
        <message>
            <source>Time left: —</source>
            <translation>Restzeit: —</translation>
        </message>
        <message>
            <source>Stop the import?</source>
            <translation>Import anhalten?</translation>
        </message>
        <message>
            <source>Stop sending users now? The job stays in the job list; resume it at any time and it continues where it stopped, without creating anyone twice.</source>
            <translation>Jetzt keine Benutzer mehr senden? Der Auftrag bleibt in der Auftragsliste; setzen Sie ihn jederzeit fort, und er macht dort weiter, wo er angehalten wurde, ohne jemanden doppelt anzulegen.</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>&amp;Keep importing</source>
            <translation>&amp;Weiter importieren</translation>
        </message>
        <message>
            <source>Stopping: nothing new is sent; your progress is saved…</source>
            <translation>Wird angehalten: Es wird nichts Neues gesendet; Ihr Fortschritt wird gespeichert…</translation>
        </message>
        <message>
            <source>Trying again in 1 second.</source>
            <translation type="vanished">Neuer Versuch in 1 Sekunde.</translation>
        </message>
        <message>
            <source>Trying again in %1 seconds.</source>
            <translation type="vanished">Neuer Versuch in %1 Sekunden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;WorkOS refused the API key.&lt;/b&gt; Your progress is saved and no row was lost. Enter the key again (copy it from the WorkOS dashboard, API Keys) to continue.</source>
            <translation>&lt;b&gt;WorkOS hat den API-Schlüssel abgelehnt.&lt;/b&gt; Ihr Fortschritt ist gespeichert, und keine Zeile ging verloren. Geben Sie den Schlüssel erneut ein (kopieren Sie ihn aus dem WorkOS-Dashboard unter „API Keys“), um fortzufahren.</translation>
        </message>
        <message>
            <source>&lt;b&gt;WorkOS cannot be reached.&lt;/b&gt; Your progress is saved and no row was lost. Check the internet connection.</source>
            <translation>&lt;b&gt;WorkOS ist nicht erreichbar.&lt;/b&gt; Ihr Fortschritt ist gespeichert, und keine Zeile ging verloren. Prüfen Sie die Internetverbindung.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The secure connection to WorkOS failed&lt;/b&gt; (a company proxy may be in the way). Your progress is saved and no row was lost. Ask your IT team about the proxy.</source>
            <translation>&lt;b&gt;Die sichere Verbindung zu WorkOS ist fehlgeschlagen&lt;/b&gt; (möglicherweise steht ein Firmen-Proxy im Weg). Ihr Fortschritt ist gespeichert, und keine Zeile ging verloren. Fragen Sie Ihre IT-Abteilung nach dem Proxy.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file changed since the import started.&lt;/b&gt; Your progress is saved. Put the original file back to resume, or start a new import with the changed file.</source>
            <translation>&lt;b&gt;Die Datei hat sich seit dem Start des Imports geändert.&lt;/b&gt; Ihr Fortschritt ist gespeichert. Legen Sie die ursprüngliche Datei zurück, um fortzusetzen, oder starten Sie einen neuen Import mit der geänderten Datei.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The progress could not be saved&lt;/b&gt; (is the disk full?). The import stopped so that nothing is lost. Free some space, then resume the job from the list.</source>
            <translation>&lt;b&gt;Der Fortschritt konnte nicht gespeichert werden&lt;/b&gt; (ist die Festplatte voll?). Der Import wurde angehalten, damit nichts verloren geht. Geben Sie Speicherplatz frei und setzen Sie den Auftrag dann in der Liste fort.</translation>
        </message>
        <message>
            <source>Enter the API key again</source>
            <translation>API-Schlüssel erneut eingeben</translation>
        </message>
        <message>
            <source>The secret API key of the WorkOS environment (sk_…):</source>
            <translation>Der geheime API-Schlüssel der WorkOS-Umgebung (sk_…):</translation>
        </message>
        <message>
            <source>Checking the key…</source>
            <translation>Schlüssel wird geprüft…</translation>
        </message>
        <message>
            <source>This key did not work either: %1</source>
            <translation>Auch dieser Schlüssel hat nicht funktioniert: %1</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Die Datei wird gelesen und geprüft…</translation>
        </message>
        <message>
            <source>Preparing organizations: %1 of %2</source>
            <translation>Organisationen werden vorbereitet: %1 von %2</translation>
        </message>
        <message>
            <source>Waiting: %1 of %2 rows done</source>
            <translation>Warten: %1 von %2 Zeilen erledigt</translation>
        </message>
        <message>
            <source>Importing: %1 of %2 rows done</source>
            <translation>Import: %1 von %2 Zeilen erledigt</translation>
        </message>
        <message>
            <source>Speed: %1 users a second</source>
            <translation>Geschwindigkeit: %1 Benutzer pro Sekunde</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Restzeit: %1</translation>
        </message>
        <message>
            <source>waiting</source>
            <extracomment>A worker's state in the run page's table: it has no part of the file to send yet</extracomment>
            <translation>wartet</translation>
        </message>
        <message>
            <source>part %1 of the file</source>
            <translation>Teil %1 der Datei</translation>
        </message>
        <message>
            <source>Paused. Nothing is being sent; your progress is saved. Press Resume to continue.</source>
            <translation>Pausiert. Es wird nichts gesendet; Ihr Fortschritt ist gespeichert. Klicken Sie auf „Fortsetzen“, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Stopped before anything was sent to WorkOS. Start the import again when you are ready.</source>
            <translation type="vanished">Angehalten, bevor etwas an WorkOS gesendet wurde. Starten Sie den Import erneut, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>Stopped. Your progress is saved; resume the job from the job list at any time.</source>
            <translation>Angehalten. Ihr Fortschritt ist gespeichert; setzen Sie den Auftrag jederzeit in der Auftragsliste fort.</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Angehalten: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%p%</source>
            <comment>percentage of the file's rows that are done</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <source>Share of the file's rows that are done</source>
            <translation>Anteil der erledigten Zeilen der Datei</translation>
        </message>
        <message>
            <source>Counts</source>
            <comment>the run page's box of counters (users created, failed…)</comment>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation type="vanished">Parallele Vorgänge</translation>
        </message>
        <message>
            <source>What each parallel worker is sending right now</source>
            <translation type="vanished">Was jeder parallele Vorgang gerade sendet</translation>
        </message>
        <message>
            <source>Worker</source>
            <comment>column header: one of the parallel connections sending users</comment>
            <translation type="vanished">Vorgang</translation>
        </message>
        <message>
            <source>Shows or hides the import's messages, for support</source>
            <translation>Zeigt die Meldungen des Imports an oder verbirgt sie, für den Support</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <comment>stops the running import (after asking)</comment>
            <translation>A&amp;nhalten</translation>
        </message>
        <message numerus="yes">
            <source>Trying again in %Ln seconds.</source>
            <translation>
                <numerusform>Neuer Versuch in %Ln Sekunde.</numerusform>
                <numerusform>Neuer Versuch in %Ln Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <translation>Parallele Verbindungen</translation>
        </message>
        <message>
            <source>What each parallel connection is sending right now</source>
            <translation>Was jede parallele Verbindung gerade sendet</translation>
        </message>
        <message>
            <source>Connection</source>
            <comment>column header: one of the parallel connections sending users</comment>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Connection %1</source>
            <extracomment>One of the parallel connections sending users, in the run page's table: "Connection 1"</extracomment>
            <translation>Verbindung %1</translation>
        </message>
        <message>
            <source>Stopped before anything was sent to WorkOS. When you are ready, start a New import of the file from the job list.</source>
            <translation>Angehalten, bevor etwas an WorkOS gesendet wurde. Wenn Sie bereit sind, starten Sie in der Auftragsliste einen neuen Import der Datei.</translation>
        </message>
    </context>
    <context>
        <name>Gui::SettingsPage</name>
        <message>
            <source>How fast to import</source>
            <translation>Wie schnell importiert wird</translation>
        </message>
        <message>
            <source>The recommended values suit almost every import: WorkOS's limit, not this computer, sets the pace. Nothing is written yet.</source>
            <translation>Die empfohlenen Werte passen für fast jeden Import: Das Tempo bestimmt das Limit von WorkOS, nicht dieser Computer. Noch wird nichts geschrieben.</translation>
        </message>
        <message>
            <source>Parallel &amp;workers:</source>
            <translation type="vanished">Parallele &amp;Vorgänge:</translation>
        </message>
        <message>
            <source>Recommended: %1. More workers cannot go faster than WorkOS allows; fewer leave this computer quieter.</source>
            <translation type="vanished">Empfohlen: %1. Mehr Vorgänge können nicht schneller sein, als WorkOS erlaubt; weniger entlasten diesen Computer.</translation>
        </message>
        <message>
            <source>Rows per &amp;checkpoint:</source>
            <translation type="vanished">Zeilen pro &amp;Sicherungspunkt:</translation>
        </message>
        <message>
            <source>Recommended: %1. Progress is saved in steps of this many rows; after an interruption, at most this many rows are checked again (never imported twice).</source>
            <translation type="vanished">Empfohlen: %1. Der Fortschritt wird in Schritten dieser Zeilenzahl gespeichert; nach einer Unterbrechung werden höchstens so viele Zeilen erneut geprüft (nie doppelt importiert).</translation>
        </message>
        <message>
            <source>WorkOS's limits for one API key</source>
            <translation>Limits von WorkOS für einen API-Schlüssel</translation>
        </message>
        <message>
            <source>My WorkOS plan has &amp;higher limits (WorkOS confirmed them to me)</source>
            <translation type="vanished">Mein WorkOS-&amp;Tarif hat höhere Limits (von WorkOS bestätigt)</translation>
        </message>
        <message>
            <source> per 10 seconds</source>
            <extracomment>Suffix of a number of requests</extracomment>
            <translation> pro 10 Sekunden</translation>
        </message>
        <message>
            <source> per minute</source>
            <extracomment>Suffix of a number of requests</extracomment>
            <translation> pro Minute</translation>
        </message>
        <message>
            <source>User w&amp;rites:</source>
            <translation>Benutzer-Sch&amp;reibvorgänge:</translation>
        </message>
        <message>
            <source>User r&amp;eads:</source>
            <translation>Benutzer-&amp;Lesevorgänge:</translation>
        </message>
        <message>
            <source>Organization requests:</source>
            <translation type="vanished">Organisationsanfragen:</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <extracomment>A disclosure button that shows more settings</extracomment>
            <translation>&amp;Erweitert</translation>
        </message>
        <message>
            <source>Users each worker sends at &amp;once:</source>
            <translation type="vanished">Benutzer, die jeder Vorgang &amp;gleichzeitig sendet:</translation>
        </message>
        <message>
            <source>Recommended: 10. Only change it when WorkOS answers slowly.</source>
            <translation>Empfohlen: 10. Ändern Sie dies nur, wenn WorkOS langsam antwortet.</translation>
        </message>
        <message>
            <source>Plan</source>
            <extracomment>The plan of the import: writes and how long they take</extracomment>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>about 1 second</source>
            <translation>etwa 1 Sekunde</translation>
        </message>
        <message>
            <source>about %1 seconds</source>
            <translation>etwa %1 Sekunden</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>etwa %n min</numerusform>
                <numerusform>etwa %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>etwa %1 h</translation>
        </message>
        <message>
            <source>%1 at WorkOS's limit of %2 writes per %3 seconds</source>
            <translation>%1 beim Limit von WorkOS von %2 Schreibvorgängen pro %3 Sekunden</translation>
        </message>
        <message>
            <source>WorkOS allows %1 user writes per 10 seconds, %2 reads per 10 seconds and %3 other requests per minute for one API key: about %4 users a second, or %5 with one organization each. This import stays just under these limits.</source>
            <translation>WorkOS erlaubt pro API-Schlüssel %1 Benutzer-Schreibvorgänge pro 10 Sekunden, %2 Lesevorgänge pro 10 Sekunden und %3 andere Anfragen pro Minute: etwa %4 Benutzer pro Sekunde, oder %5 mit je einer Organisation. Dieser Import bleibt knapp unter diesen Limits.</translation>
        </message>
        <message>
            <source>%1 users and %2 memberships: %3 writes, %4.</source>
            <translation type="vanished">%1 Benutzer und %2 Mitgliedschaften: %3 Schreibvorgänge, %4.</translation>
        </message>
        <message>
            <source>Before the first user, the %1 organizations are looked up (and created where missing).</source>
            <translation type="vanished">Vor dem ersten Benutzer werden die %1 Organisationen nachgeschlagen (und angelegt, wo sie fehlen).</translation>
        </message>
        <message>
            <source>My WorkOS plan has hi&amp;gher limits (WorkOS confirmed them to me)</source>
            <translation>Mein WorkOS-&amp;Tarif hat höhere Limits (von WorkOS bestätigt)</translation>
        </message>
        <message>
            <source>&amp;Organization requests:</source>
            <translation>&amp;Organisationsanfragen:</translation>
        </message>
        <message>
            <source>Shows or hides how many users each worker sends at once.</source>
            <translation type="vanished">Zeigt an oder verbirgt, wie viele Benutzer jeder Vorgang gleichzeitig sendet.</translation>
        </message>
        <message>
            <source>&amp;Users each worker sends at once:</source>
            <translation type="vanished">Benutzer, die jeder Vorgang &amp;gleichzeitig sendet:</translation>
        </message>
        <message>
            <source>%1–%2 seconds</source>
            <extracomment>A range of durations, e.g. "12–14 seconds"</extracomment>
            <translation>%1–%2 Sekunden</translation>
        </message>
        <message>
            <source>%1–%2 min</source>
            <extracomment>A range of durations, e.g. "12–14 min"</extracomment>
            <translation>%1–%2 min</translation>
        </message>
        <message>
            <source>%1–%2 h</source>
            <extracomment>A range of durations, e.g. "11.2–11.5 h"</extracomment>
            <translation>%1–%2 h</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>etwa %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: how fast WorkOS answers sets the pace here, not its limit (more workers or more users at once would be faster)</source>
            <translation type="vanished">%1: Hier bestimmt die Antwortzeit von WorkOS das Tempo, nicht sein Limit (mehr Vorgänge oder mehr Benutzer gleichzeitig wären schneller)</translation>
        </message>
        <message>
            <source>%1 and %2: %3, %4.</source>
            <extracomment>The whole sentence: "&lt;users&gt; and &lt;memberships&gt;: &lt;writes&gt;, &lt;how long&gt;."</extracomment>
            <translation>%1 und %2: %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln Benutzer</numerusform>
                <numerusform>%Ln Benutzer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln Mitgliedschaft</numerusform>
                <numerusform>%Ln Mitgliedschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln writes</source>
            <translation>
                <numerusform>%Ln Schreibvorgang</numerusform>
                <numerusform>%Ln Schreibvorgänge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before the first user, the %Ln organizations are looked up (and created where missing).</source>
            <translation>
                <numerusform>Vor dem ersten Benutzer wird die Organisation nachgeschlagen (und angelegt, falls sie fehlt).</numerusform>
                <numerusform>Vor dem ersten Benutzer werden die %Ln Organisationen nachgeschlagen (und angelegt, wo sie fehlen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Parallel &amp;connections:</source>
            <translation>Parallele &amp;Verbindungen:</translation>
        </message>
        <message>
            <source>Batch &amp;size (rows):</source>
            <translation>Stapel&amp;größe (Zeilen):</translation>
        </message>
        <message>
            <source>Shows or hides how many users each connection sends at once.</source>
            <translation>Zeigt oder verbirgt, wie viele Benutzer jede Verbindung auf einmal sendet.</translation>
        </message>
        <message>
            <source>&amp;Users each connection sends at once:</source>
            <translation>&amp;Benutzer, die jede Verbindung auf einmal sendet:</translation>
        </message>
        <message>
            <source>How many connections to WorkOS send users at the same time. Recommended: %1. More connections cannot go faster than WorkOS allows; fewer leave this computer quieter.</source>
            <translation>Wie viele Verbindungen gleichzeitig Benutzer an WorkOS senden. Empfohlen: %1. Mehr Verbindungen können nicht schneller sein, als WorkOS erlaubt; weniger entlasten diesen Computer.</translation>
        </message>
        <message>
            <source>The file is imported in batches of this many rows, and progress is saved after each. Recommended: %1. After an interruption, at most one batch is checked again (never imported twice).</source>
            <translation>Die Datei wird in Stapeln dieser Zeilenzahl importiert, und nach jedem wird der Fortschritt gespeichert. Empfohlen: %1. Nach einer Unterbrechung wird höchstens ein Stapel erneut geprüft (nie doppelt importiert).</translation>
        </message>
        <message>
            <source>%1: how fast WorkOS answers sets the pace here, not its limit (more parallel connections or more users at once would be faster)</source>
            <translation>%1: Hier bestimmt die Antwortzeit von WorkOS das Tempo, nicht sein Limit (mehr parallele Verbindungen oder mehr Benutzer auf einmal wären schneller)</translation>
        </message>
        <message>
            <source>Users that already exist in WorkOS</source>
            <translation>Benutzer, die es in WorkOS schon gibt</translation>
        </message>
        <message>
            <source>Up&amp;date users that already exist</source>
            <translation>Vorhandene Benutzer a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Off: users WorkOS already has are left as they are; only their memberships are added.</source>
            <translation>Aus: Benutzer, die WorkOS schon hat, bleiben, wie sie sind; nur ihre Mitgliedschaften werden hinzugefügt.</translation>
        </message>
        <message>
            <source>Only what changed is sent: first and last name, email verified, metadata and external id. Undo puts the previous values back.</source>
            <translation>Nur Geändertes wird gesendet: Vor- und Nachname, E-Mail bestätigt, Metadaten und externe ID. Rückgängig stellt die vorherigen Werte wieder her.</translation>
        </message>
        <message>
            <source>Also replace the passwords of ex&amp;isting users with the file's</source>
            <translation>Auch die &amp;Passwörter vorhandener Benutzer durch die der Datei ersetzen</translation>
        </message>
        <message>
            <source>This cannot be undone: WorkOS never gives a password hash back, so undo cannot restore the passwords these users have now.</source>
            <translation>Das lässt sich nicht rückgängig machen: WorkOS gibt nie einen Passwort-Hash zurück, Rückgängig kann die heutigen Passwörter dieser Benutzer also nicht wiederherstellen.</translation>
        </message>
        <message>
            <source>A catch-up of “%1” updates the users that changed. Only what changed is sent: first and last name, email verified, metadata and external id. Undo puts the previous values back.</source>
            <translation>Eine Nachführung von „%1“ aktualisiert die geänderten Benutzer. Nur Geändertes wird gesendet: Vor- und Nachname, E-Mail bestätigt, Metadaten und externe ID. Rückgängig stellt die vorherigen Werte wieder her.</translation>
        </message>
    </context>
    <context>
        <name>Gui::StepList</name>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>The steps of the import: the current one, the ones done and the ones left.</source>
            <translation>Die Schritte des Imports: der aktuelle, die erledigten und die verbleibenden.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Connect</source>
            <extracomment>The step where the API key is entered and verified</extracomment>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>The step with the import's speed settings</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Organizations &amp; roles</source>
            <translation>Organisationen und Rollen</translation>
        </message>
        <message>
            <source>Review</source>
            <extracomment>The step where the person reviews everything before the import starts</extracomment>
            <translation>Überprüfen</translation>
        </message>
        <message>
            <source>Run</source>
            <extracomment>The step where the import runs (a noun, as in "the import run")</extracomment>
            <translation>Ausführung</translation>
        </message>
        <message>
            <source>Finish</source>
            <extracomment>The last step: the import's outcome</extracomment>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>%1, done</source>
            <extracomment>Read out by a screen reader for a step of the wizard, e.g. "File, done"</extracomment>
            <translation>%1, erledigt</translation>
        </message>
        <message>
            <source>%1, current step</source>
            <extracomment>Read out by a screen reader for the wizard's current step</extracomment>
            <translation>%1, aktueller Schritt</translation>
        </message>
        <message>
            <source>%1, not needed</source>
            <extracomment>Read out for a step the wizard left out (e.g. no organizations in the file)</extracomment>
            <translation>%1, nicht nötig</translation>
        </message>
        <message>
            <source>%1, to do</source>
            <extracomment>Read out by a screen reader for a step still to come</extracomment>
            <translation>%1, noch offen</translation>
        </message>
    </context>
    <context>
        <name>Gui::SummaryPage</name>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>What happened, what was not imported and why, and what to do next.</source>
            <translation>Was passiert ist, was nicht importiert wurde und warum, und was als Nächstes zu tun ist.</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="vanished">Zeilen</translation>
        </message>
        <message>
            <source>Why they were not imported</source>
            <translation>Warum sie nicht importiert wurden</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>Rows not imported, by reason</source>
            <translation>Nicht importierte Zeilen, nach Grund</translation>
        </message>
        <message>
            <source>&amp;Export the error report…</source>
            <translation>Fehlerbericht &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Retry failed rows</source>
            <translation>Fehlgeschlagene Zeilen &amp;wiederholen</translation>
        </message>
        <message>
            <source>Open the job &amp;folder</source>
            <translation>Auftrags&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>Job folder</source>
            <translation>Auftragsordner</translation>
        </message>
        <message>
            <source>&amp;Copy the path</source>
            <translation>Pfad &amp;kopieren</translation>
        </message>
        <message>
            <source>Export the error report</source>
            <translation>Den Fehlerbericht exportieren</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation type="vanished">CSV-Datei (*.csv);;JSON-Datei (*.json)</translation>
        </message>
        <message>
            <source>The folder's path was copied.</source>
            <translation>Der Pfad des Ordners wurde kopiert.</translation>
        </message>
        <message>
            <source>The email address is not valid</source>
            <translation type="vanished">Die E-Mail-Adresse ist ungültig</translation>
        </message>
        <message>
            <source>Correct the addresses in the file and import it again.</source>
            <translation type="vanished">Korrigieren Sie die Adressen in der Datei und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The role does not exist in this WorkOS environment</source>
            <translation type="vanished">Die Rolle existiert in dieser WorkOS-Umgebung nicht</translation>
        </message>
        <message>
            <source>Add the role in the WorkOS dashboard (Roles), then press Retry failed rows.</source>
            <translation type="vanished">Fügen Sie die Rolle im WorkOS-Dashboard hinzu (Roles) und klicken Sie dann auf „Fehlgeschlagene Zeilen wiederholen“.</translation>
        </message>
        <message>
            <source>The organization could not be found or created</source>
            <translation type="vanished">Die Organisation konnte nicht gefunden oder angelegt werden</translation>
        </message>
        <message>
            <source>Check the organization's id in the file, or create it in WorkOS, then import these rows again.</source>
            <translation type="vanished">Prüfen Sie die ID der Organisation in der Datei oder legen Sie sie in WorkOS an, und importieren Sie diese Zeilen dann erneut.</translation>
        </message>
        <message>
            <source>The password or its hash was refused</source>
            <translation type="vanished">Das Passwort oder sein Hash wurde abgelehnt</translation>
        </message>
        <message>
            <source>Check the password hash and its algorithm in the file; the users can also reset their password.</source>
            <translation type="vanished">Prüfen Sie den Passwort-Hash und seinen Algorithmus in der Datei; die Benutzer können ihr Passwort auch zurücksetzen.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached or did not answer in time</source>
            <translation type="vanished">WorkOS war nicht erreichbar oder hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>Press Retry failed rows when the connection works.</source>
            <translation type="vanished">Klicken Sie auf „Fehlgeschlagene Zeilen wiederholen“, wenn die Verbindung funktioniert.</translation>
        </message>
        <message>
            <source>The row has a problem in the file: %1</source>
            <translation type="vanished">Die Zeile hat ein Problem in der Datei: %1</translation>
        </message>
        <message>
            <source>Fix the row in the file and import it again.</source>
            <translation type="vanished">Korrigieren Sie die Zeile in der Datei und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>WorkOS refused the row (%1)</source>
            <translation type="vanished">WorkOS hat die Zeile abgelehnt (%1)</translation>
        </message>
        <message>
            <source>See the error report for each row; fix the file and import these rows again.</source>
            <translation type="vanished">Siehe den Fehlerbericht für jede Zeile; korrigieren Sie die Datei und importieren Sie diese Zeilen erneut.</translation>
        </message>
        <message>
            <source>The job is not in the job store.</source>
            <translation>Der Auftrag ist nicht im Auftragsspeicher.</translation>
        </message>
        <message>
            <source>The row has a problem in the file (it was never sent)</source>
            <translation>Die Zeile hat ein Problem in der Datei (sie wurde nie gesendet)</translation>
        </message>
        <message>
            <source>See the error report for each row's problem; fix the file and import these rows again.</source>
            <translation>Siehe den Fehlerbericht für das Problem jeder Zeile; korrigieren Sie die Datei und importieren Sie diese Zeilen erneut.</translation>
        </message>
        <message>
            <source>Reading the results…</source>
            <translation>Ergebnisse werden gelesen…</translation>
        </message>
        <message>
            <source>Done: every valid row was imported.</source>
            <translation>Fertig: Jede gültige Zeile wurde importiert.</translation>
        </message>
        <message>
            <source>Done, with 1 row that could not be imported (see below).</source>
            <translation>Fertig, mit 1 Zeile, die nicht importiert werden konnte (siehe unten).</translation>
        </message>
        <message>
            <source>Done, with %1 rows that could not be imported (see below).</source>
            <translation>Fertig, mit %1 Zeilen, die nicht importiert werden konnten (siehe unten).</translation>
        </message>
        <message>
            <source>The import stopped before the end. Resume it from the job list: it continues where it stopped.</source>
            <translation>Der Import wurde vor dem Ende angehalten. Setzen Sie ihn in der Auftragsliste fort: Er macht dort weiter, wo er angehalten wurde.</translation>
        </message>
        <message>
            <source>The import could not finish: %1</source>
            <translation>Der Import konnte nicht abgeschlossen werden: %1</translation>
        </message>
        <message>
            <source>Rows in the file</source>
            <translation>Zeilen in der Datei</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation type="vanished">Angelegte Benutzer</translation>
        </message>
        <message>
            <source>Users that were already in WorkOS</source>
            <translation type="vanished">Benutzer, die bereits in WorkOS waren</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Hinzugefügte Mitgliedschaften</translation>
        </message>
        <message>
            <source>Memberships that were already there</source>
            <translation>Bereits bestehende Mitgliedschaften</translation>
        </message>
        <message>
            <source>Repeated rows (imported once)</source>
            <translation>Wiederholte Zeilen (einmal importiert)</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Nicht importierte Zeilen</translation>
        </message>
        <message>
            <source>This run sent %1 rows in %2 s of importing: %3 rows a second (time paused or waiting for WorkOS not counted).</source>
            <translation>Dieser Lauf hat %1 Zeilen in %2 s Importzeit gesendet: %3 Zeilen pro Sekunde (Pausen und Wartezeit auf WorkOS nicht mitgezählt).</translation>
        </message>
        <message>
            <source>This was a rehearsal against the local sandbox: nothing reached WorkOS.</source>
            <translation>Dies war ein Probelauf mit der lokalen Sandbox: Nichts hat WorkOS erreicht.</translation>
        </message>
        <message>
            <source>The job store could not be read: %1</source>
            <translation>Der Auftragsspeicher konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>When the rehearsal looks right, start a New import with your real API key.</source>
            <translation>Wenn der Probelauf stimmt, starten Sie einen neuen Import mit Ihrem echten API-Schlüssel.</translation>
        </message>
        <message>
            <source>Look at a few of the imported users in the WorkOS dashboard (User Management → Users).</source>
            <translation>Sehen Sie sich einige der importierten Benutzer im WorkOS-Dashboard an (User Management → Users).</translation>
        </message>
        <message>
            <source>Export the error report, fix those rows in a copy of the file, and import the copy: users already imported are recognised, not created twice.</source>
            <translation>Exportieren Sie den Fehlerbericht, korrigieren Sie diese Zeilen in einer Kopie der Datei und importieren Sie die Kopie: Bereits importierte Benutzer werden erkannt, nicht doppelt angelegt.</translation>
        </message>
        <message>
            <source>Keep this job in the list: it records what was imported.</source>
            <translation>Behalten Sie diesen Auftrag in der Liste: Er hält fest, was importiert wurde.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>WorkOS import finished</source>
            <translation>WorkOS-Import abgeschlossen</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation type="vanished">Wählen Sie einen Dateinamen, der auf .csv oder .json endet.</translation>
        </message>
        <message>
            <source>Writing the error report…</source>
            <translation>Der Fehlerbericht wird geschrieben…</translation>
        </message>
        <message>
            <source>The error report was saved to %1.</source>
            <translation>Der Fehlerbericht wurde unter %1 gespeichert.</translation>
        </message>
        <message>
            <source>The error report could not be saved: %1</source>
            <translation>Der Fehlerbericht konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Nothing to retry: every row was imported.</source>
            <translation>Nichts zu wiederholen: Jede Zeile wurde importiert.</translation>
        </message>
        <message>
            <source>Nothing to retry now: the row not imported needs a change first (see “What to do” above). Sending it again as it is would fail the same way.</source>
            <translation type="vanished">Jetzt nichts zu wiederholen: Die nicht importierte Zeile muss erst geändert werden (siehe „Was zu tun ist“ oben). Unverändert erneut gesendet, würde sie auf dieselbe Weise fehlschlagen.</translation>
        </message>
        <message>
            <source>Nothing to retry now: the %1 rows not imported need a change first (see “What to do” above). Sending them again as they are would fail the same way.</source>
            <translation type="vanished">Jetzt nichts zu wiederholen: Die %1 nicht importierten Zeilen müssen erst geändert werden (siehe „Was zu tun ist“ oben). Unverändert erneut gesendet, würden sie auf dieselbe Weise fehlschlagen.</translation>
        </message>
        <message>
            <source>Retrying 1 row…</source>
            <translation>1 Zeile wird wiederholt…</translation>
        </message>
        <message>
            <source>Retrying %1 rows…</source>
            <translation>%1 Zeilen werden wiederholt…</translation>
        </message>
        <message>
            <source>No file manager opened the folder. Its path is below; copy it into one.</source>
            <translation>Kein Dateimanager hat den Ordner geöffnet. Sein Pfad steht unten; kopieren Sie ihn in einen Dateimanager.</translation>
        </message>
        <message>
            <source>The job folder was opened: %1</source>
            <translation>Der Auftragsordner wurde geöffnet: %1</translation>
        </message>
        <message>
            <source>Rows</source>
            <comment>column header: how many rows</comment>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Reads WorkOS (it changes nothing) and checks that every imported row is there as the file says.</source>
            <translation>Liest WorkOS (ändert nichts) und prüft, dass jede importierte Zeile so vorhanden ist, wie die Datei sagt.</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <comment>button: check with reads only that WorkOS holds what the import sent</comment>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Verify progress</source>
            <translation>Fortschritt der Prüfung</translation>
        </message>
        <message>
            <source>Verifying: reading what WorkOS holds…</source>
            <translation>Prüfung: Es wird gelesen, was WorkOS enthält…</translation>
        </message>
        <message>
            <source>Verify did not finish: %1 Press Verify again: it continues where it stopped.</source>
            <translation>Die Prüfung wurde nicht abgeschlossen: %1 Klicken Sie erneut auf „Prüfen“: Sie macht dort weiter, wo sie aufgehört hat.</translation>
        </message>
        <message>
            <source>Verified: WorkOS holds every one of the %1 imported rows as the file says.</source>
            <translation>Geprüft: WorkOS enthält jede der %1 importierten Zeilen so, wie die Datei sagt.</translation>
        </message>
        <message numerus="yes">
            <source>WorkOS does not hold what the file says: %n mismatches in %1 imported rows. The job list shows the job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes each one with its line, what was expected and what WorkOS holds.</source>
            <translation>
                <numerusform>WorkOS enthält nicht, was die Datei sagt: %n Abweichung in %1 importierten Zeilen. Die Auftragsliste zeigt den Auftrag als „Prüfung: Abweichungen“; der Befehl workos-import verify %2 --report mismatches.csv schreibt jede mit ihrer Zeile, dem Erwarteten und dem, was WorkOS enthält.</numerusform>
                <numerusform>WorkOS enthält nicht, was die Datei sagt: %n Abweichungen in %1 importierten Zeilen. Die Auftragsliste zeigt den Auftrag als „Prüfung: Abweichungen“; der Befehl workos-import verify %2 --report mismatches.csv schreibt jede mit ihrer Zeile, dem Erwarteten und dem, was WorkOS enthält.</numerusform>
            </translation>
        </message>
        <message>
            <source>WorkOS could not find the user or organization the row refers to</source>
            <translation type="vanished">WorkOS hat den Benutzer oder die Organisation, auf die sich die Zeile bezieht, nicht gefunden</translation>
        </message>
        <message>
            <source>See the error report for each row; check that the ids in the file exist in this environment, then press Retry failed rows.</source>
            <translation type="vanished">Siehe den Fehlerbericht für jede Zeile; prüfen Sie, ob die IDs in der Datei in dieser Umgebung existieren, und klicken Sie dann auf „Fehlgeschlagene Zeilen wiederholen“.</translation>
        </message>
        <message>
            <source>Save the &amp;ID map…</source>
            <translation>&amp;ID-Zuordnung speichern…</translation>
        </message>
        <message>
            <source>Writes, from the job store alone, each imported user's source id, email and WorkOS ids, for your application's database.</source>
            <translation>Schreibt, allein aus dem Auftragsspeicher, für jeden importierten Benutzer die Quell-ID, die E-Mail-Adresse und die WorkOS-IDs, für die Datenbank Ihrer Anwendung.</translation>
        </message>
        <message>
            <source>&amp;Sign in as…</source>
            <translation>&amp;Anmelden als…</translation>
        </message>
        <message>
            <source>Users created by this import</source>
            <translation>Von diesem Import angelegte Benutzer</translation>
        </message>
        <message>
            <source>Users that were in WorkOS before this import</source>
            <translation>Benutzer, die schon vor diesem Import in WorkOS waren</translation>
        </message>
        <message>
            <source>Spreadsheet (*.xlsx);;CSV file for engineers (*.csv);;JSON file for engineers (*.json)</source>
            <translation>Tabelle (*.xlsx);;CSV-Datei für Technikteams (*.csv);;JSON-Datei für Technikteams (*.json)</translation>
        </message>
        <message>
            <source>Choose a file name ending in .xlsx (a spreadsheet), .csv or .json.</source>
            <translation>Wählen Sie einen Dateinamen mit der Endung .xlsx (eine Tabelle), .csv oder .json.</translation>
        </message>
        <message>
            <source>There is no job whose ID map could be saved.</source>
            <translation>Es gibt keinen Auftrag, dessen ID-Zuordnung gespeichert werden könnte.</translation>
        </message>
        <message>
            <source>Nothing to retry: the row not imported needs a change in the file (see “What to do” above). Correct the file and import it again; users already imported are recognised, not created twice.</source>
            <translation>Nichts zu wiederholen: Die nicht importierte Zeile braucht eine Änderung in der Datei (siehe „Was zu tun ist“ oben). Korrigieren Sie die Datei und importieren Sie sie erneut; bereits importierte Benutzer werden erkannt, nicht doppelt angelegt.</translation>
        </message>
        <message>
            <source>Nothing to retry: the %1 rows not imported need a change in the file (see “What to do” above). Correct the file and import it again; users already imported are recognised, not created twice.</source>
            <translation>Nichts zu wiederholen: Die %1 nicht importierten Zeilen brauchen eine Änderung in der Datei (siehe „Was zu tun ist“ oben). Korrigieren Sie die Datei und importieren Sie sie erneut; bereits importierte Benutzer werden erkannt, nicht doppelt angelegt.</translation>
        </message>
        <message>
            <source>Passwords: %1.</source>
            <translation>Passwörter: %1.</translation>
        </message>
        <message>
            <source>Proved: %1.</source>
            <translation>Nachgewiesen: %1.</translation>
        </message>
        <message>
            <source>Users without a password must set one (reset needed): send them WorkOS's password reset, or let them sign in another way.</source>
            <translation>Benutzer ohne Passwort müssen eines festlegen (Zurücksetzen nötig): Schicken Sie ihnen die Passwort-Zurücksetzung von WorkOS, oder lassen Sie sie sich auf andere Weise anmelden.</translation>
        </message>
        <message>
            <source>Users updated (fields that changed)</source>
            <translation>Aktualisierte Benutzer (geänderte Felder)</translation>
        </message>
        <message>
            <source>This import caught up with “%1”: its users were recognised, the ones that changed updated, and those no longer in the file left as they are.</source>
            <translation>Dieser Import hat „%1“ nachgeführt: seine Benutzer wurden erkannt, die geänderten aktualisiert und die, die nicht mehr in der Datei stehen, so gelassen.</translation>
        </message>
    </context>
    <context>
        <name>Gui::SystemdKeepAwake</name>
        <message>
            <source>This computer may go to sleep during the import (systemd-inhibit is not available). If it does, resume the job afterwards.</source>
            <translation>Dieser Computer kann während des Imports in den Ruhezustand gehen (systemd-inhibit ist nicht verfügbar). Setzen Sie den Auftrag in diesem Fall danach fort.</translation>
        </message>
        <message>
            <source>The system did not allow keeping the computer awake; if it sleeps, resume the job afterwards.</source>
            <translation>Das System hat nicht erlaubt, den Computer wach zu halten; wenn er in den Ruhezustand geht, setzen Sie den Auftrag danach fort.</translation>
        </message>
        <message>
            <source>The computer is kept from sleeping while the import runs.</source>
            <translation>Der Computer wird während des Imports am Ruhezustand gehindert.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ThroughputChartWidget</name>
        <message>
            <source>Throughput chart</source>
            <translation>Durchsatzdiagramm</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes</source>
            <translation type="vanished">Importierte Benutzer pro Sekunde in den letzten fünf Minuten</translation>
        </message>
        <message>
            <source>users/s, last 5 minutes</source>
            <translation>Benutzer/s, letzte 5 Minuten</translation>
        </message>
        <message>
            <source>rate limit %1/s</source>
            <extracomment>The dashed line of the chart: the most users per second WorkOS's rate limit allows</extracomment>
            <translation>Ratenlimit %1/s</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes: no figures yet.</source>
            <translation>Importierte Benutzer pro Sekunde in den letzten fünf Minuten: noch keine Zahlen.</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes: now %1, average %2, highest %3.</source>
            <translation>Importierte Benutzer pro Sekunde in den letzten fünf Minuten: jetzt %1, Durchschnitt %2, Höchstwert %3.</translation>
        </message>
        <message>
            <source>The rate limit allows %1 users per second.</source>
            <translation>Das Ratenlimit erlaubt %1 Benutzer pro Sekunde.</translation>
        </message>
    </context>
    <context>
        <name>Gui::VerifyUndoDialog</name>
        <message>
            <source>Verify job %1</source>
            <translation>Auftrag %1 prüfen</translation>
        </message>
        <message>
            <source>Undo job %1</source>
            <translation>Auftrag %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Verify reads WorkOS (it changes nothing) and checks that every row this job imported is there: users, their fields, memberships and roles, and the organizations the job created.</source>
            <translation>„Prüfen“ liest WorkOS (es ändert nichts) und stellt sicher, dass jede Zeile, die dieser Auftrag importiert hat, dort ist: Benutzer, ihre Felder, Mitgliedschaften und Rollen sowie die Organisationen, die der Auftrag angelegt hat.</translation>
        </message>
        <message>
            <source>Undo deletes exactly what this job created: the memberships it added, then the users it created, then the organizations it created. Nothing that existed before the import is touched. Users or organizations that have gained other memberships since are kept and listed.</source>
            <translation>„Rückgängig“ löscht genau das, was dieser Auftrag angelegt hat: zuerst die hinzugefügten Mitgliedschaften, dann die angelegten Benutzer, dann die angelegten Organisationen. Nichts, was vor dem Import existierte, wird angetastet. Benutzer oder Organisationen, die inzwischen andere Mitgliedschaften erhalten haben, bleiben erhalten und werden aufgeführt.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… oder sk_live_…</translation>
        </message>
        <message>
            <source>API key of the environment:</source>
            <translation type="vanished">API-Schlüssel der Umgebung:</translation>
        </message>
        <message>
            <source>This is a production key. Type %1 to confirm:</source>
            <translation type="vanished">Dies ist ein Produktionsschlüssel. Geben Sie zur Bestätigung %1 ein:</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation type="vanished">Prüfen</translation>
        </message>
        <message>
            <source>Delete what this job created</source>
            <translation type="vanished">Löschen, was dieser Auftrag angelegt hat</translation>
        </message>
        <message>
            <source>Counting what the job created…</source>
            <translation>Es wird gezählt, was der Auftrag angelegt hat…</translation>
        </message>
        <message>
            <source>Cannot read the job: %1</source>
            <translation>Der Auftrag kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>In %1 this deletes %2 memberships, %3 users and %4 organizations.%5%6</source>
            <translation type="vanished">In %1 werden dadurch %2 Mitgliedschaften, %3 Benutzer und %4 Organisationen gelöscht.%5%6</translation>
        </message>
        <message>
            <source> %1 objects have no WorkOS id and are left alone.</source>
            <translation type="vanished"> %1 Objekte haben keine WorkOS-ID und bleiben unangetastet.</translation>
        </message>
        <message>
            <source> The job was undone already; running it again only checks what is left.</source>
            <translation> Der Auftrag wurde bereits rückgängig gemacht; ein erneuter Lauf prüft nur, was übrig ist.</translation>
        </message>
        <message>
            <source>Job %1.</source>
            <translation>Auftrag %1.</translation>
        </message>
        <message>
            <source>%1 Nothing more was done; you can run it again.</source>
            <translation>%1 Es wurde nichts weiter getan; Sie können es erneut ausführen.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>API &amp;key of the environment:</source>
            <translation>API-&amp;Schlüssel der Umgebung:</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>This is a production key. &amp;Type %1 to confirm:</source>
            <extracomment>%1 is the word to type, "production"</extracomment>
            <translation type="vanished">Dies ist ein Produktionsschlüssel. Geben Sie zur Bestätigung %1 &amp;ein:</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>&amp;Delete what this job created</source>
            <translation>&amp;Löschen, was dieser Auftrag angelegt hat</translation>
        </message>
        <message>
            <source>In %1 this deletes %2, %3 and %4.%5%6</source>
            <extracomment>%1 is where (api.workos.com or the sandbox's address), %2 %3 %4 the counts below</extracomment>
            <translation type="vanished">In %1 werden dadurch %2, %3 und %4 gelöscht.%5%6</translation>
        </message>
        <message numerus="yes">
            <source>%n memberships</source>
            <translation>
                <numerusform>%n Mitgliedschaft</numerusform>
                <numerusform>%n Mitgliedschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n Benutzer</numerusform>
                <numerusform>%n Benutzer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations</source>
            <translation>
                <numerusform>%n Organisation</numerusform>
                <numerusform>%n Organisationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n objects have no WorkOS id and are left alone.</source>
            <translation>
                <numerusform> %n Objekt hat keine WorkOS-ID und bleibt unangetastet.</numerusform>
                <numerusform> %n Objekte haben keine WorkOS-ID und bleiben unangetastet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting the rehearsal's local sandbox…</source>
            <translation>Die lokale Sandbox des Probelaufs wird gestartet…</translation>
        </message>
        <message>
            <source>The rehearsal's local sandbox is running again with everything the rehearsal created.</source>
            <translation>Die lokale Sandbox des Probelaufs läuft wieder, mit allem, was der Probelauf angelegt hat.</translation>
        </message>
        <message>
            <source>This is Production: the people in it lose what this deletes. &amp;Type %1 to confirm:</source>
            <extracomment>%1 is the word to type, "production"</extracomment>
            <translation>Dies ist die Produktion: Die Menschen darin verlieren, was hier gelöscht wird. &amp;Geben Sie zur Bestätigung %1 ein:</translation>
        </message>
        <message>
            <source>%1 at %2: this deletes %3, %4 and %5.%6%7</source>
            <extracomment>%1 is the environment (Production, Staging, ...), %2 the address undo uses, %3 %4 %5 the counts below</extracomment>
            <translation>%1 bei %2: Dies löscht %3, %4 und %5.%6%7</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Settings</source>
            <extracomment>The menu with the program's settings (here: its language)</extracomment>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <extracomment>Language menu entry: follow the language of the desktop</extracomment>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The wizard speaks %1 from its next start. Close it and open it again to switch now; jobs you started are kept.</source>
            <translation>Der Assistent spricht ab dem nächsten Start %1. Schließen und öffnen Sie ihn erneut, um jetzt zu wechseln; begonnene Aufträge bleiben erhalten.</translation>
        </message>
        <message>
            <source>the language of your system</source>
            <translation>die Sprache Ihres Systems</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation type="vanished">WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations from a CSV file into WorkOS. Start a new import, or pick up a job from the list.</source>
            <translation type="vanished">Übertragen Sie Benutzer, ihre Passwörter und ihre Organisationen aus einer CSV-Datei nach WorkOS. Starten Sie einen neuen Import oder setzen Sie einen Auftrag aus der Liste fort.</translation>
        </message>
        <message>
            <source>&amp;New import…</source>
            <translation type="vanished">&amp;Neuer Import…</translation>
        </message>
        <message>
            <source>&amp;Resume…</source>
            <translation type="vanished">&amp;Fortsetzen…</translation>
        </message>
        <message>
            <source>Re&amp;try failed rows…</source>
            <translation type="vanished">Fehlgeschlagene Zeilen &amp;wiederholen…</translation>
        </message>
        <message>
            <source>&amp;Export error report…</source>
            <translation type="vanished">Fehlerbericht e&amp;xportieren…</translation>
        </message>
        <message>
            <source>De&amp;tails</source>
            <translation type="vanished">De&amp;tails</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="vanished">&amp;Löschen…</translation>
        </message>
        <message>
            <source>Recent &amp;jobs:</source>
            <translation type="vanished">Letzte &amp;Aufträge:</translation>
        </message>
    </context>
    <context>
        <name>Model::ColumnMapping</name>
        <message>
            <source>The column mapping has a double quote (") that is never closed.</source>
            <translation>Die Spaltenzuordnung enthält ein doppeltes Anführungszeichen ("), das nie geschlossen wird.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no '='. Write it as "Your Column=field", for example "Email Address=email".</source>
            <translation>Der Eintrag „%1“ der Spaltenzuordnung enthält kein „=“. Schreiben Sie ihn als „Ihre Spalte=Feld“, zum Beispiel „Email Address=email“.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no column name before the '='.</source>
            <translation>Der Eintrag „%1“ der Spaltenzuordnung hat keinen Spaltennamen vor dem „=“.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no field name after the '='. Fields you can map to: %2.</source>
            <translation>Der Eintrag „%1“ der Spaltenzuordnung hat keinen Feldnamen nach dem „=“. Felder, denen Sie zuordnen können: %2.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" names an unknown field "%2". Fields you can map to: %3.</source>
            <translation>Der Eintrag „%1“ der Spaltenzuordnung nennt ein unbekanntes Feld „%2“. Felder, denen Sie zuordnen können: %3.</translation>
        </message>
        <message>
            <source>The column mapping maps the column "%1" more than once. Map each column once.</source>
            <translation>Die Spaltenzuordnung ordnet die Spalte „%1“ mehr als einmal zu. Ordnen Sie jede Spalte nur einmal zu.</translation>
        </message>
        <message>
            <source>A column mapping needs a column name.</source>
            <translation>Eine Spaltenzuordnung braucht einen Spaltennamen.</translation>
        </message>
        <message>
            <source>The columns "%1" and "%2" are both mapped to %3. Map only one column to each field.</source>
            <translation>Die Spalten „%1“ und „%2“ sind beide %3 zugeordnet. Ordnen Sie jedem Feld nur eine Spalte zu.</translation>
        </message>
    </context>
    <context>
        <name>Model::FileScan</name>
        <message>
            <source>The file was not opened.</source>
            <translation>Die Datei wurde nicht geöffnet.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>Model::PasswordFate</name>
        <message>
            <source>kept as-is (%1)</source>
            <translation>unverändert übernommen (%1)</translation>
        </message>
        <message>
            <source>converted to %1</source>
            <translation>umgewandelt in %1</translation>
        </message>
        <message>
            <source>no password: reset needed (%1)</source>
            <translation>kein Passwort: Zurücksetzen nötig (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n kept as-is</source>
            <translation>
                <numerusform>%n unverändert übernommen</numerusform>
                <numerusform>%n unverändert übernommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n converted</source>
            <translation>
                <numerusform>%n umgewandelt</numerusform>
                <numerusform>%n umgewandelt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reset needed</source>
            <translation>
                <numerusform>%n muss zurückgesetzt werden</numerusform>
                <numerusform>%n müssen zurückgesetzt werden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Model::RowRules</name>
        <message>
            <source>The email is empty. Every user needs an email address: fill it in or remove the row.</source>
            <translation type="vanished">Die E-Mail ist leer. Jeder Benutzer braucht eine E-Mail-Adresse: Tragen Sie sie ein oder entfernen Sie die Zeile.</translation>
        </message>
        <message>
            <source>The email "%1" is not a valid email address: %2. Correct it (it should look like name@example.com).</source>
            <translation type="vanished">Die E-Mail „%1“ ist keine gültige E-Mail-Adresse: %2. Korrigieren Sie sie (sie sollte wie name@example.com aussehen).</translation>
        </message>
        <message>
            <source>The row has both a password and a password_hash (or password_hash_type). A user gets one or the other: keep the plain password or the hash, and clear the other column(s).</source>
            <translation type="vanished">Die Zeile hat sowohl ein Passwort als auch einen password_hash (oder password_hash_type). Ein Benutzer erhält das eine oder das andere: Behalten Sie das Klartext-Passwort oder den Hash und leeren Sie die andere(n) Spalte(n).</translation>
        </message>
        <message>
            <source>The row has a password_hash but no password_hash_type. Fill in the hash type (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2).</source>
            <translation type="vanished">Die Zeile hat einen password_hash, aber keinen password_hash_type. Tragen Sie den Hash-Typ ein (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 oder argon2).</translation>
        </message>
        <message>
            <source>The password_hash_type "%1" is not one WorkOS accepts. Use bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2.</source>
            <translation type="vanished">Der password_hash_type „%1“ wird von WorkOS nicht akzeptiert. Verwenden Sie bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 oder argon2.</translation>
        </message>
        <message>
            <source>The password_hash does not look like a bcrypt hash. A bcrypt hash is 60 characters long and starts with $2a$, $2b$ or $2y$ followed by a two-digit cost, for example $2b$10$. Check the hash type, or export the hashes again without changes.</source>
            <translation type="vanished">Der password_hash sieht nicht wie ein bcrypt-Hash aus. Ein bcrypt-Hash ist 60 Zeichen lang und beginnt mit $2a$, $2b$ oder $2y$, gefolgt von zweistelligen Kosten, zum Beispiel $2b$10$. Prüfen Sie den Hash-Typ oder exportieren Sie die Hashes unverändert erneut.</translation>
        </message>
        <message>
            <source>The metadata is not valid JSON (%1 at character %2). It must be a JSON object such as {"department": "Sales"}.</source>
            <translation type="vanished">Die Metadaten sind kein gültiges JSON (%1 bei Zeichen %2). Sie müssen ein JSON-Objekt sein, etwa {"department": "Sales"}.</translation>
        </message>
        <message>
            <source>The metadata must be a JSON object such as {"department": "Sales"}, not a list or a single value.</source>
            <translation type="vanished">Die Metadaten müssen ein JSON-Objekt sein, etwa {"department": "Sales"}, keine Liste und kein einzelner Wert.</translation>
        </message>
        <message>
            <source>The metadata has %1 keys; WorkOS allows at most %2. Remove the keys you do not need.</source>
            <translation type="vanished">Die Metadaten haben %1 Schlüssel; WorkOS erlaubt höchstens %2. Entfernen Sie die Schlüssel, die Sie nicht brauchen.</translation>
        </message>
        <message>
            <source>The metadata key(s) %1 are longer than %2 characters, the WorkOS limit. Shorten them.</source>
            <translation>Die Metadaten-Schlüssel %1 sind länger als %2 Zeichen, das Limit von WorkOS. Kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are longer than %2 characters, the WorkOS limit. Shorten them.</source>
            <translation>Die Metadaten-Werte von %1 sind länger als %2 Zeichen, das Limit von WorkOS. Kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are objects or lists; WorkOS metadata values must be plain text. Flatten them into separate keys or into one text value.</source>
            <translation>Die Metadaten-Werte von %1 sind Objekte oder Listen; Metadaten-Werte in WorkOS müssen einfacher Text sein. Teilen Sie sie in einzelne Schlüssel auf oder fassen Sie sie zu einem Textwert zusammen.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are numbers or true/false; they were converted to text, because WorkOS metadata values are text.</source>
            <translation>Die Metadaten-Werte von %1 sind Zahlen oder true/false; sie wurden in Text umgewandelt, weil Metadaten-Werte in WorkOS Text sind.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are null; those keys were left out.</source>
            <translation>Die Metadaten-Werte von %1 sind null; diese Schlüssel wurden ausgelassen.</translation>
        </message>
        <message>
            <source>The row has both org_id and org_external_id. Give the organization one way only: org_id for an organization that exists in WorkOS, or org_external_id (with org_name) for one to find or create.</source>
            <translation type="vanished">Die Zeile hat sowohl org_id als auch org_external_id. Geben Sie die Organisation nur auf eine Art an: org_id für eine Organisation, die in WorkOS existiert, oder org_external_id (mit org_name) für eine, die gefunden oder angelegt werden soll.</translation>
        </message>
        <message>
            <source>The row has an org_name but no org_external_id. An organization is found or created by its external id: add org_external_id, or use org_id for an organization that already exists.</source>
            <translation type="vanished">Die Zeile hat einen org_name, aber keine org_external_id. Eine Organisation wird über ihre externe ID gefunden oder angelegt: Ergänzen Sie org_external_id oder verwenden Sie org_id für eine bereits existierende Organisation.</translation>
        </message>
        <message>
            <source>it has no @</source>
            <translation>sie enthält kein @</translation>
        </message>
        <message>
            <source>it has more than one @</source>
            <translation>sie enthält mehr als ein @</translation>
        </message>
        <message>
            <source>it contains a space or an invisible character</source>
            <translation>sie enthält ein Leerzeichen oder ein unsichtbares Zeichen</translation>
        </message>
        <message>
            <source>it contains "%1", and WorkOS accepts only ASCII letters, digits and !#$%&amp;'*+/=?^_`{|}~-. in an email (a domain with accents must be written in its xn-- form)</source>
            <translation>sie enthält „%1“, und WorkOS akzeptiert in einer E-Mail-Adresse nur ASCII-Buchstaben, Ziffern und !#$%&amp;'*+/=?^_`{|}~-. (eine Domain mit Akzenten muss in ihrer xn---Form geschrieben werden)</translation>
        </message>
        <message>
            <source>there is nothing before the @</source>
            <translation>vor dem @ steht nichts</translation>
        </message>
        <message>
            <source>there is nothing after the @</source>
            <translation>nach dem @ steht nichts</translation>
        </message>
        <message>
            <source>it is longer than 320 characters</source>
            <translation>sie ist länger als 320 Zeichen</translation>
        </message>
        <message>
            <source>the part before the @ is longer than 64 characters</source>
            <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
        </message>
        <message>
            <source>the part before the @ starts or ends with a dot, or has two dots in a row</source>
            <translation>der Teil vor dem @ beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander</translation>
        </message>
        <message>
            <source>the part before the @ holds a character an address cannot hold unquoted (only letters, digits and !#$%&amp;'*+/=?^_`{|}~-. are allowed)</source>
            <translation>der Teil vor dem @ enthält ein Zeichen, das eine Adresse ohne Anführungszeichen nicht enthalten darf (erlaubt sind nur Buchstaben, Ziffern und !#$%&amp;'*+/=?^_`{|}~-.)</translation>
        </message>
        <message>
            <source>the part after the @ has no dot (a domain looks like example.com)</source>
            <translation>der Teil nach dem @ enthält keinen Punkt (eine Domain sieht aus wie example.com)</translation>
        </message>
        <message>
            <source>the part after the @ has two dots in a row, or starts or ends with a dot</source>
            <translation>der Teil nach dem @ enthält zwei Punkte hintereinander oder beginnt oder endet mit einem Punkt</translation>
        </message>
        <message>
            <source>the part after the @ may hold only letters, digits, hyphens and dots</source>
            <translation>der Teil nach dem @ darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten</translation>
        </message>
        <message>
            <source>a part of the domain starts or ends with a hyphen</source>
            <translation>ein Teil der Domain beginnt oder endet mit einem Bindestrich</translation>
        </message>
        <message>
            <source>the domain is too long (at most 63 characters between dots, 253 in all)</source>
            <translation>die Domain ist zu lang (höchstens 63 Zeichen zwischen Punkten, insgesamt 253)</translation>
        </message>
        <message>
            <source>the domain does not end in a real top-level domain (like .com or .de)</source>
            <translation>die Domain endet nicht auf einer echten Top-Level-Domain (wie .com oder .de)</translation>
        </message>
        <message>
            <source>The email (column %1) is empty. Every user needs an email address: fill it in or remove the row.</source>
            <translation>Die E-Mail-Adresse (Spalte %1) ist leer. Jeder Benutzer braucht eine E-Mail-Adresse: Tragen Sie sie ein oder entfernen Sie die Zeile.</translation>
        </message>
        <message>
            <source>The email "%1" (column %3) is not a valid email address: %2. Correct it (it should look like name@example.com).</source>
            <translation>Die E-Mail-Adresse „%1“ (Spalte %3) ist keine gültige E-Mail-Adresse: %2. Korrigieren Sie sie (sie sollte wie name@example.com aussehen).</translation>
        </message>
        <message>
            <source>%1 is "%2", which is not a yes/no value (use true/false, yes/no, y/n or 1/0). It was left out, so the email counts as not verified.</source>
            <translation>%1 ist „%2“, was kein Ja/Nein-Wert ist (verwenden Sie true/false, yes/no, y/n oder 1/0). Der Wert wurde weggelassen, die E-Mail-Adresse gilt also als nicht bestätigt.</translation>
        </message>
        <message>
            <source>The row has both a password (column %1) and a password hash (%2). A user gets one or the other: keep the plain password or the hash, and clear the other column(s).</source>
            <translation>Die Zeile hat sowohl ein Passwort (Spalte %1) als auch einen Passwort-Hash (%2). Ein Benutzer bekommt das eine oder das andere: Behalten Sie das Klartext-Passwort oder den Hash und leeren Sie die andere(n) Spalte(n).</translation>
        </message>
        <message>
            <source>The hash type (column %1) is set but the password hash (%2) is empty; the type was ignored and the user gets no password.</source>
            <translation>Der Hash-Typ (Spalte %1) ist angegeben, aber der Passwort-Hash (%2) ist leer; der Typ wurde ignoriert, und der Benutzer bekommt kein Passwort.</translation>
        </message>
        <message>
            <source>The row has a password hash (column %1) but no hash type. Give the hash type (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2).</source>
            <translation>Die Zeile hat einen Passwort-Hash (Spalte %1), aber keinen Hash-Typ. Geben Sie den Hash-Typ an (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 oder argon2).</translation>
        </message>
        <message>
            <source>The hash type "%1" (column %2) is not one WorkOS accepts. Use bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2.</source>
            <translation>Der Hash-Typ „%1“ (Spalte %2) wird von WorkOS nicht akzeptiert. Verwenden Sie bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 oder argon2.</translation>
        </message>
        <message>
            <source>The password hash (column %1) does not look like a bcrypt hash. A bcrypt hash is 60 characters long and starts with $2a$, $2b$ or $2y$ followed by a two-digit cost, for example $2b$10$. Check the hash type, or export the hashes again without changes.</source>
            <translation>Der Passwort-Hash (Spalte %1) sieht nicht wie ein bcrypt-Hash aus. Ein bcrypt-Hash ist 60 Zeichen lang und beginnt mit $2a$, $2b$ oder $2y$, gefolgt von zweistelligen Kosten, zum Beispiel $2b$10$. Prüfen Sie den Hash-Typ oder exportieren Sie die Hashes unverändert erneut.</translation>
        </message>
        <message>
            <source>The metadata (column %3) is not valid JSON (%1 at character %2). It must be a JSON object such as {"department": "Sales"}.</source>
            <translation>Die Metadaten (Spalte %3) sind kein gültiges JSON (%1 bei Zeichen %2). Sie müssen ein JSON-Objekt sein, etwa {"department": "Sales"}.</translation>
        </message>
        <message>
            <source>The metadata (column %1) must be a JSON object such as {"department": "Sales"}, not a list or a single value.</source>
            <translation>Die Metadaten (Spalte %1) müssen ein JSON-Objekt sein, etwa {"department": "Sales"}, keine Liste und kein einzelner Wert.</translation>
        </message>
        <message>
            <source>The metadata (column %3) has %1 keys; WorkOS allows at most %2. Remove the keys you do not need.</source>
            <translation>Die Metadaten (Spalte %3) haben %1 Schlüssel; WorkOS erlaubt höchstens %2. Entfernen Sie die Schlüssel, die Sie nicht brauchen.</translation>
        </message>
        <message>
            <source>The user's external id (column %1) is %2 characters long; WorkOS allows at most %3. Shorten it.</source>
            <translation>Die externe ID des Benutzers (Spalte %1) ist %2 Zeichen lang; WorkOS erlaubt höchstens %3. Kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The user's external id "%1" (column %2) contains characters that are not plain ASCII (accented letters, symbols or invisible characters). Use only English letters, digits and punctuation.</source>
            <translation>Die externe ID „%1“ des Benutzers (Spalte %2) enthält Zeichen, die kein reines ASCII sind (Buchstaben mit Akzenten, Symbole oder unsichtbare Zeichen). Verwenden Sie nur englische Buchstaben, Ziffern und Satzzeichen.</translation>
        </message>
        <message>
            <source>The row has both a WorkOS organization id (column %1) and your own organization id (column %2). Give the organization one way only: the WorkOS id for an organization that exists in WorkOS, or your own id (with a name) for one to find or create.</source>
            <translation>Die Zeile hat sowohl eine WorkOS-Organisations-ID (Spalte %1) als auch Ihre eigene Organisations-ID (Spalte %2). Geben Sie die Organisation nur auf eine Weise an: die WorkOS-ID für eine Organisation, die in WorkOS existiert, oder Ihre eigene ID (mit einem Namen) für eine, die gefunden oder angelegt werden soll.</translation>
        </message>
        <message>
            <source>The row has an organization name (column %1) but no id of your own for it (%2). An organization is found or created by that id: fill it in, or give the WorkOS id of an organization that already exists.</source>
            <translation>Die Zeile hat einen Organisationsnamen (Spalte %1), aber keine eigene ID dafür (%2). Eine Organisation wird über diese ID gefunden oder angelegt: Tragen Sie sie ein oder geben Sie die WorkOS-ID einer bereits existierenden Organisation an.</translation>
        </message>
        <message>
            <source>The organization name (column %1) is ignored on a row that gives a WorkOS organization id (column %2): the organization already exists in WorkOS with its own name.</source>
            <translation>Der Organisationsname (Spalte %1) wird in einer Zeile ignoriert, die eine WorkOS-Organisations-ID angibt (Spalte %2): Die Organisation existiert in WorkOS bereits mit ihrem eigenen Namen.</translation>
        </message>
        <message>
            <source>The roles (column %1) are ignored because the row names no organization; roles belong to an organization membership.</source>
            <translation>Die Rollen (Spalte %1) werden ignoriert, weil die Zeile keine Organisation nennt; Rollen gehören zu einer Mitgliedschaft in einer Organisation.</translation>
        </message>
        <message>
            <source>The roles (column %1) start with '[' but are not a valid JSON list. Write them as ["admin", "member"] or as admin,member.</source>
            <translation>Die Rollen (Spalte %1) beginnen mit „[“, sind aber keine gültige JSON-Liste. Schreiben Sie sie als ["admin", "member"] oder als admin,member.</translation>
        </message>
        <message>
            <source>The roles (column %1) are a JSON list with something other than text in it. Write them as ["admin", "member"].</source>
            <translation>Die Rollen (Spalte %1) sind eine JSON-Liste, die etwas anderes als Text enthält. Schreiben Sie sie als ["admin", "member"].</translation>
        </message>
        <message>
            <source>The roles (column %1) hold %2, which is not a role slug. A slug uses only lower-case letters, digits, '-' and '_' (for example admin or billing-manager); separate several with commas.</source>
            <translation>Die Rollen (Spalte %1) enthalten %2, was kein Rollen-Slug ist. Ein Slug verwendet nur Kleinbuchstaben, Ziffern, „-“ und „_“ (zum Beispiel admin oder billing-manager); trennen Sie mehrere durch Kommas.</translation>
        </message>
    </context>
    <context>
        <name>Model::Schema</name>
        <message>
            <source>The file has no header row.</source>
            <translation>Die Datei hat keine Kopfzeile.</translation>
        </message>
        <message>
            <source>The file has no header row. The first line must name the columns, for example "email,first_name,last_name".</source>
            <translation>Die Datei hat keine Kopfzeile. Die erste Zeile muss die Spalten benennen, zum Beispiel „email,first_name,last_name“.</translation>
        </message>
        <message>
            <source>The column mapping names the column "%1" (for %2), but the file has no such column.</source>
            <translation>Die Spaltenzuordnung nennt die Spalte „%1“ (für %2), aber die Datei hat keine solche Spalte.</translation>
        </message>
        <message>
            <source>Ignored because the column mapping chose another column: %1.</source>
            <translation>Ignoriert, weil die Spaltenzuordnung eine andere Spalte gewählt hat: %1.</translation>
        </message>
        <message>
            <source>The file cannot be used: %1. Remove or rename the extra column so that each field comes from one column.</source>
            <translation>Die Datei kann nicht verwendet werden: %1. Entfernen oder benennen Sie die zusätzliche Spalte um, sodass jedes Feld aus einer Spalte kommt.</translation>
        </message>
        <message>
            <source>Email Address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>The file has no email column, and every user needs an email address. The columns found are: %1. Rename the column that holds the email addresses to "email", or map it to email (on the command line: --map "%2=email").</source>
            <translation>Die Datei hat keine E-Mail-Spalte, und jeder Benutzer braucht eine E-Mail-Adresse. Gefundene Spalten: %1. Benennen Sie die Spalte mit den E-Mail-Adressen in „email“ um oder ordnen Sie sie email zu (auf der Kommandozeile: --map "%2=email").</translation>
        </message>
        <message>
            <source>The role_slugs column is ignored because the file has no organization columns, and roles belong to organization memberships.</source>
            <translation>Die Spalte role_slugs wird ignoriert, weil die Datei keine Organisationsspalten hat und Rollen zu Mitgliedschaften in Organisationen gehören.</translation>
        </message>
        <message>
            <source>The file has organization columns, so each row names its own organization; one organization for the whole file cannot be given as well.</source>
            <translation>Die Datei hat Organisationsspalten, also nennt jede Zeile ihre eigene Organisation; eine Organisation für die ganze Datei kann nicht zusätzlich angegeben werden.</translation>
        </message>
        <message>
            <source>Give the organization for all users by its WorkOS id or by its external id.</source>
            <translation>Geben Sie die Organisation für alle Benutzer über ihre WorkOS-ID oder ihre externe ID an.</translation>
        </message>
        <message>
            <source>Give the organization for all users by its WorkOS id or by its external id, not both.</source>
            <translation>Geben Sie die Organisation für alle Benutzer über ihre WorkOS-ID oder ihre externe ID an, nicht über beide.</translation>
        </message>
    </context>
    <context>
        <name>Model::Validator</name>
        <message>
            <source>The external_id "%1" already belongs to another email (line %2). Each user needs their own external_id: correct one of the two rows.</source>
            <translation>Die external_id „%1“ gehört bereits zu einer anderen E-Mail (Zeile %2). Jeder Benutzer braucht seine eigene external_id: Korrigieren Sie eine der beiden Zeilen.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 and this row names no organization, so there is nothing new to import; the row is skipped.</source>
            <translation>Diese E-Mail kam bereits in Zeile %1 vor, und diese Zeile nennt keine Organisation; es gibt also nichts Neues zu importieren, die Zeile wird übersprungen.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 (letter case does not matter in emails); this row is skipped as a duplicate.</source>
            <translation>Diese E-Mail kam bereits in Zeile %1 vor (Groß- und Kleinschreibung zählt bei E-Mails nicht); diese Zeile wird als Duplikat übersprungen.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 with a different %2. The user is created from line %1 only; if this row's values are the right ones, correct line %1.</source>
            <translation>Diese E-Mail kam bereits in Zeile %1 mit einem anderen Wert für %2 vor. Der Benutzer wird nur aus Zeile %1 angelegt; wenn die Werte dieser Zeile die richtigen sind, korrigieren Sie Zeile %1.</translation>
        </message>
        <message>
            <source>This email and organization already appeared together on an earlier row (the user's first row is line %1); this row is skipped as a duplicate.</source>
            <translation>Diese E-Mail und Organisation kamen bereits zusammen in einer früheren Zeile vor (die erste Zeile des Benutzers ist Zeile %1); diese Zeile wird als Duplikat übersprungen.</translation>
        </message>
        <message>
            <source>the row has no password or hash</source>
            <translation>die Zeile hat weder Passwort noch Hash</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <source>The %1 part of this %2 hash is not valid base64, so it cannot be read. Export the hashes again without changes (a spreadsheet can damage long values).</source>
            <translation>Der %1-Teil dieses %2-Hashs ist kein gültiges Base64 und kann daher nicht gelesen werden. Exportieren Sie die Hashes unverändert erneut (eine Tabellenkalkulation kann lange Werte beschädigen).</translation>
        </message>
        <message>
            <source>This is not a bcrypt hash: a bcrypt hash starts with $2a$, $2b$ or $2y$ and a two-digit cost, for example $2b$10$.</source>
            <translation>Das ist kein bcrypt-Hash: Ein bcrypt-Hash beginnt mit $2a$, $2b$ oder $2y$ und zweistelligen Kosten, zum Beispiel $2b$10$.</translation>
        </message>
        <message>
            <source>This bcrypt hash holds a character bcrypt never writes (only letters, digits, . and / follow the cost). Export the hashes again without changes.</source>
            <translation>Dieser bcrypt-Hash enthält ein Zeichen, das bcrypt nie schreibt (nach den Kosten folgen nur Buchstaben, Ziffern, . und /). Exportieren Sie die Hashes unverändert erneut.</translation>
        </message>
        <message>
            <source>This bcrypt hash is %1 characters long; a bcrypt hash is exactly 60. It was cut off or has something extra: export the hashes again without changes.</source>
            <translation>Dieser bcrypt-Hash ist %1 Zeichen lang; ein bcrypt-Hash hat genau 60. Er wurde abgeschnitten oder enthält etwas zusätzlich: Exportieren Sie die Hashes unverändert erneut.</translation>
        </message>
        <message>
            <source>This bcrypt hash has cost %1; bcrypt costs go from 04 to 31, so no system made it. Export the hashes again without changes.</source>
            <translation>Dieser bcrypt-Hash hat die Kosten %1; bcrypt-Kosten reichen von 04 bis 31, also hat ihn kein System erzeugt. Exportieren Sie die Hashes unverändert erneut.</translation>
        </message>
        <message>
            <source>A firebase-scrypt hash starts with $firebase-scrypt$ and carries the project's parameters: $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</source>
            <translation>Ein firebase-scrypt-Hash beginnt mit $firebase-scrypt$ und trägt die Parameter des Projekts: $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</translation>
        </message>
        <message>
            <source>The firebase-scrypt hash has a part "%1" it cannot hold. It must read $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</source>
            <translation>Der firebase-scrypt-Hash hat einen Teil „%1“, den er nicht enthalten kann. Er muss lauten: $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</translation>
        </message>
        <message>
            <source>hash= (the user's hash)</source>
            <translation>hash= (der Hash des Benutzers)</translation>
        </message>
        <message>
            <source>salt= (the user's salt)</source>
            <translation>salt= (das Salt des Benutzers)</translation>
        </message>
        <message>
            <source>sk= (the project's signer key)</source>
            <translation>sk= (der Signer Key des Projekts)</translation>
        </message>
        <message>
            <source>ss= (the project's salt separator)</source>
            <translation>ss= (der Salt Separator des Projekts)</translation>
        </message>
        <message>
            <source>r= (rounds)</source>
            <translation>r= (Runden)</translation>
        </message>
        <message>
            <source>m= (memory cost)</source>
            <translation>m= (Speicherkosten)</translation>
        </message>
        <message>
            <source>The firebase-scrypt hash lacks %1. Without the project's parameters nobody can check the password: take them from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Dem firebase-scrypt-Hash fehlt %1. Ohne die Parameter des Projekts kann niemand das Passwort prüfen: Entnehmen Sie sie der Firebase-Konsole (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>The firebase-scrypt rounds (r=%1) or memory cost (m=%2) is not one Firebase uses (rounds 1 to 255, memory cost 1 to 20; Firebase projects show rounds 8 and mem_cost 14).</source>
            <translation>Die firebase-scrypt-Runden (r=%1) oder Speicherkosten (m=%2) sind keine, die Firebase verwendet (Runden 1 bis 255, Speicherkosten 1 bis 20; Firebase-Projekte zeigen rounds 8 und mem_cost 14).</translation>
        </message>
        <message>
            <source>The signer key (sk=) is %1 bytes; a Firebase signer key is 64. Copy base64_signer_key again from the Firebase console.</source>
            <translation>Der Signer Key (sk=) hat %1 Bytes; ein Firebase-Signer-Key hat 64. Kopieren Sie base64_signer_key erneut aus der Firebase-Konsole.</translation>
        </message>
        <message>
            <source>The hash= part is %1 bytes; a firebase-scrypt hash is as long as the signer key (%2 bytes). It was cut off: export the users again.</source>
            <translation>Der hash=-Teil hat %1 Bytes; ein firebase-scrypt-Hash ist so lang wie der Signer Key (%2 Bytes). Er wurde abgeschnitten: Exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>This is not an scrypt hash as WorkOS reads it: $scrypt$ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;$&lt;salt&gt;$&lt;hash&gt; (the PHC format), for example $scrypt$ln=15,r=8,p=1$…$…</source>
            <translation>Das ist kein scrypt-Hash, wie WorkOS ihn liest: $scrypt$ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;$&lt;salt&gt;$&lt;hash&gt; (das PHC-Format), zum Beispiel $scrypt$ln=15,r=8,p=1$…$…</translation>
        </message>
        <message>
            <source>The scrypt hash does not carry its parameters as ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;; without them it cannot be checked.</source>
            <translation>Der scrypt-Hash trägt seine Parameter nicht als ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;; ohne sie kann er nicht geprüft werden.</translation>
        </message>
        <message>
            <source>The scrypt cost ln=%1 is out of range (1 to 30).</source>
            <translation>Die scrypt-Kosten ln=%1 liegen außerhalb des zulässigen Bereichs (1 bis 30).</translation>
        </message>
        <message>
            <source>The scrypt cost n=%1 is not a power of two.</source>
            <translation>Die scrypt-Kosten n=%1 sind keine Zweierpotenz.</translation>
        </message>
        <message>
            <source>The scrypt parameters r=%1, p=%2 with N=%3 are out of range (at most 1 GiB of memory).</source>
            <translation>Die scrypt-Parameter r=%1, p=%2 mit N=%3 liegen außerhalb des zulässigen Bereichs (höchstens 1 GiB Speicher).</translation>
        </message>
        <message>
            <source>salt</source>
            <translation>Salt</translation>
        </message>
        <message>
            <source>hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <source>The scrypt hash part is only %1 bytes (at least 16 expected): it was cut off.</source>
            <translation>Der Hash-Teil des scrypt-Hashs hat nur %1 Bytes (mindestens 16 erwartet): Er wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>This is not a PBKDF2 hash as WorkOS reads it: $pbkdf2-sha256$i=&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (also -sha1 and -sha512).</source>
            <translation>Das ist kein PBKDF2-Hash, wie WorkOS ihn liest: $pbkdf2-sha256$i=&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (auch -sha1 und -sha512).</translation>
        </message>
        <message>
            <source>The PBKDF2 hash does not say its iteration count (i=&lt;iterations&gt;); without it it cannot be checked.</source>
            <translation>Der PBKDF2-Hash nennt seine Iterationszahl nicht (i=&lt;iterations&gt;); ohne sie kann er nicht geprüft werden.</translation>
        </message>
        <message>
            <source>The PBKDF2 iteration count %1 is out of range (1 to 10,000,000).</source>
            <translation>Die PBKDF2-Iterationszahl %1 liegt außerhalb des zulässigen Bereichs (1 bis 10.000.000).</translation>
        </message>
        <message>
            <source>The PBKDF2 hash part is %1 bytes but the hash says l=%2: it was cut off.</source>
            <translation>Der Hash-Teil des PBKDF2-Hashs hat %1 Bytes, aber der Hash gibt l=%2 an: Er wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>The PBKDF2 hash part is only %1 bytes (at least 16 expected): it was cut off.</source>
            <translation>Der Hash-Teil des PBKDF2-Hashs hat nur %1 Bytes (mindestens 16 erwartet): Er wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>This is not an argon2 hash: it starts with $argon2id$, $argon2i$ or $argon2d$, then v=19$m=…,t=…,p=…$&lt;salt&gt;$&lt;hash&gt;.</source>
            <translation>Das ist kein argon2-Hash: Er beginnt mit $argon2id$, $argon2i$ oder $argon2d$, dann v=19$m=…,t=…,p=…$&lt;salt&gt;$&lt;hash&gt;.</translation>
        </message>
        <message>
            <source>"%1" is not an argon2 variant WorkOS reads (argon2id, argon2i, argon2d).</source>
            <translation>„%1“ ist keine argon2-Variante, die WorkOS liest (argon2id, argon2i, argon2d).</translation>
        </message>
        <message>
            <source>The argon2 version %1 is not one argon2 has (v=19 or v=16).</source>
            <translation>Die argon2-Version %1 gibt es bei argon2 nicht (v=19 oder v=16).</translation>
        </message>
        <message>
            <source>The argon2 hash does not carry its parameters: after the variant it needs m=&lt;memory&gt;,t=&lt;passes&gt;,p=&lt;lanes&gt;, then the salt and the hash ($argon2id$v=19$m=65536,t=3,p=4$&lt;salt&gt;$&lt;hash&gt;). Export the full hash.</source>
            <translation>Der argon2-Hash trägt seine Parameter nicht: Nach der Variante braucht er m=&lt;memory&gt;,t=&lt;passes&gt;,p=&lt;lanes&gt;, dann das Salt und den Hash ($argon2id$v=19$m=65536,t=3,p=4$&lt;salt&gt;$&lt;hash&gt;). Exportieren Sie den vollständigen Hash.</translation>
        </message>
        <message>
            <source>The argon2 parameters m=%1,t=%2,p=%3 are out of range (p 1 to 255, t 1 to 1000, m from 8×p KiB to 1 GiB).</source>
            <translation>Die argon2-Parameter m=%1,t=%2,p=%3 liegen außerhalb des zulässigen Bereichs (p 1 bis 255, t 1 bis 1000, m von 8×p KiB bis 1 GiB).</translation>
        </message>
        <message>
            <source>The argon2 salt is %1 bytes; argon2 needs at least 8.</source>
            <translation>Das argon2-Salt hat %1 Bytes; argon2 braucht mindestens 8.</translation>
        </message>
        <message>
            <source>The argon2 hash part is %1 bytes: it was cut off.</source>
            <translation>Der Hash-Teil des argon2-Hashs hat %1 Bytes: Er wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>The hash starts with {%1} but its type is %2, which is written {%3}&lt;base64&gt;.</source>
            <translation>Der Hash beginnt mit {%1}, aber sein Typ ist %2, der als {%3}&lt;base64&gt; geschrieben wird.</translation>
        </message>
        <message>
            <source>The %1 hash is empty after its {…} prefix.</source>
            <translation>Der %1-Hash ist nach seinem {…}-Präfix leer.</translation>
        </message>
        <message>
            <source>The %1 hash holds %2 bytes: the %3-byte digest and no salt after it. It was cut off, or it is an unsalted hash WorkOS cannot take.</source>
            <translation>Der %1-Hash enthält %2 Bytes: den %3-Byte-Digest und kein Salt danach. Er wurde abgeschnitten, oder es ist ein Hash ohne Salt, den WorkOS nicht annehmen kann.</translation>
        </message>
        <message>
            <source>The password_hash is written as a %1 hash, but its password_hash_type says %2. Set the type to %1.</source>
            <translation>Der password_hash ist als %1-Hash geschrieben, aber sein password_hash_type sagt %2. Setzen Sie den Typ auf %1.</translation>
        </message>
        <message>
            <source>Unknown hash type.</source>
            <translation>Unbekannter Hash-Typ.</translation>
        </message>
        <message>
            <source>This password matches its hash.</source>
            <translation>Dieses Passwort passt zu seinem Hash.</translation>
        </message>
        <message>
            <source>This password does not match its hash. Either it is not this account's current password, or the hash in the file is not the one the old system keeps for this account (check the export).</source>
            <translation>Dieses Passwort passt nicht zu seinem Hash. Entweder ist es nicht das aktuelle Passwort dieses Kontos, oder der Hash in der Datei ist nicht der, den das alte System für dieses Konto speichert (prüfen Sie den Export).</translation>
        </message>
        <message>
            <source>The check could not run (the computer refused the memory the hash needs). Nothing is known about the password yet: close other programs and check again.</source>
            <translation>Die Prüfung konnte nicht laufen (der Computer hat den Speicher verweigert, den der Hash braucht). Über das Passwort ist noch nichts bekannt: Schließen Sie andere Programme und prüfen Sie erneut.</translation>
        </message>
        <message>
            <source>libargon2 cannot read this argon2 hash (%1). Export the full hash again.</source>
            <translation>libargon2 kann diesen argon2-Hash nicht lesen (%1). Exportieren Sie den vollständigen Hash erneut.</translation>
        </message>
        <message>
            <source>The salt separator is wrong: this password matches with Firebase's usual salt separator (Bw==), not with the ss= in the file. Copy base64_salt_separator again from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Der Salt Separator ist falsch: Dieses Passwort passt mit dem üblichen Salt Separator von Firebase (Bw==), nicht mit dem ss= in der Datei. Kopieren Sie base64_salt_separator erneut aus der Firebase-Konsole (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>This password does not match with the Firebase parameters in the file. Either it is not this account's password, or the signer key (sk=), salt separator (ss=), rounds (r=) or memory cost (m=) are not this Firebase project's: copy them again from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Dieses Passwort passt nicht zu den Firebase-Parametern in der Datei. Entweder ist es nicht das Passwort dieses Kontos, oder Signer Key (sk=), Salt Separator (ss=), Runden (r=) oder Speicherkosten (m=) gehören nicht zu diesem Firebase-Projekt: Kopieren Sie sie erneut aus der Firebase-Konsole (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>The salt position is wrong: this password matches when the salt goes %1 the password (password_salt_position %2), but the hash is read with %3. Set password_salt_position to %2.</source>
            <translation>Die Position des Salts ist falsch: Dieses Passwort passt, wenn das Salt %1 dem Passwort steht (password_salt_position %2), aber der Hash wird mit %3 gelesen. Setzen Sie password_salt_position auf %2.</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vor</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nach</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Report::ErrorReport</name>
        <message>
            <source>WorkOS no longer holds this: it was deleted or changed after the import. Import the row again (a new job with the corrected file) if it should be there.</source>
            <translation>WorkOS enthält dies nicht mehr: Es wurde nach dem Import gelöscht oder geändert. Importieren Sie die Zeile erneut (ein neuer Auftrag mit der korrigierten Datei), falls sie dort sein soll.</translation>
        </message>
        <message>
            <source>WorkOS holds something else than the file says (changed after the import?). Fix it in the WorkOS dashboard, or correct the file if WorkOS is right.</source>
            <translation>WorkOS enthält etwas anderes, als die Datei sagt (nach dem Import geändert?). Korrigieren Sie es im WorkOS-Dashboard oder korrigieren Sie die Datei, falls WorkOS recht hat.</translation>
        </message>
        <message>
            <source>Left in place on purpose. Remove the other memberships first if it should go, then run undo again.</source>
            <translation>Absichtlich belassen. Entfernen Sie zuerst die anderen Mitgliedschaften, falls es weg soll, und führen Sie „Rückgängig“ dann erneut aus.</translation>
        </message>
        <message>
            <source>Undo did not know its WorkOS id; check it in the WorkOS dashboard and delete it there if needed.</source>
            <translation>„Rückgängig“ kannte seine WorkOS-ID nicht; prüfen Sie es im WorkOS-Dashboard und löschen Sie es dort, falls nötig.</translation>
        </message>
        <message>
            <source>The email belongs to a WorkOS user the import could not look up; check the user in the WorkOS dashboard and run Retry failed rows.</source>
            <translation>Die E-Mail gehört zu einem WorkOS-Benutzer, den der Import nicht nachschlagen konnte; prüfen Sie den Benutzer im WorkOS-Dashboard und führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>Another WorkOS user already has this external_id: fix external_id in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Ein anderer WorkOS-Benutzer hat bereits diese external_id: Korrigieren Sie external_id in der CSV-Datei und importieren Sie die korrigierte Datei dann als neuen Auftrag (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>Turn on Multiple Roles in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or give one slug in role_slugs and import the corrected file as a new job.</source>
            <translation>Schalten Sie „Multiple Roles“ im WorkOS-Dashboard ein und wiederholen Sie dann jede fehlgeschlagene Zeile (workos-import retry JOB --all); oder geben Sie in role_slugs nur einen Slug an und importieren Sie die korrigierte Datei als neuen Auftrag.</translation>
        </message>
        <message>
            <source>Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or fix role_slugs in the CSV and import the corrected file as a new job.</source>
            <translation>Legen Sie die Rolle im WorkOS-Dashboard an und wiederholen Sie dann jede fehlgeschlagene Zeile (workos-import retry JOB --all); oder korrigieren Sie role_slugs in der CSV-Datei und importieren Sie die korrigierte Datei als neuen Auftrag.</translation>
        </message>
        <message>
            <source>Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Korrigieren Sie die E-Mail-Adresse in der CSV-Datei und importieren Sie die korrigierte Datei dann als neuen Auftrag (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>Fix this line of the CSV file (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Korrigieren Sie diese Zeile der CSV-Datei (siehe die Meldung) und importieren Sie die korrigierte Datei dann als neuen Auftrag (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>Fix password_hash / password_hash_type for this row (supported types: bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Korrigieren Sie password_hash / password_hash_type für diese Zeile (unterstützte Typen: bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2) und importieren Sie die korrigierte Datei dann als neuen Auftrag (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>Fix this row in the CSV (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Korrigieren Sie diese Zeile in der CSV-Datei (siehe die Meldung) und importieren Sie die korrigierte Datei dann als neuen Auftrag (bereits importierte Benutzer werden erkannt, nicht doppelt angelegt).</translation>
        </message>
        <message>
            <source>Check the API key: it may be mistyped, revoked or for another WorkOS environment.</source>
            <translation>Prüfen Sie den API-Schlüssel: Er ist vielleicht falsch geschrieben, widerrufen oder für eine andere WorkOS-Umgebung.</translation>
        </message>
        <message>
            <source>Check that the API key may manage users and organizations in the WorkOS dashboard.</source>
            <translation>Prüfen Sie im WorkOS-Dashboard, ob der API-Schlüssel Benutzer und Organisationen verwalten darf.</translation>
        </message>
        <message>
            <source>Retry failed rows; the import respects WorkOS's rate limits.</source>
            <translation>Wiederholen Sie die fehlgeschlagenen Zeilen; der Import hält die Ratenlimits von WorkOS ein.</translation>
        </message>
        <message>
            <source>WorkOS had a temporary problem; run Retry failed rows later.</source>
            <translation>WorkOS hatte ein vorübergehendes Problem; führen Sie „Fehlgeschlagene Zeilen wiederholen“ später aus.</translation>
        </message>
        <message>
            <source>The connection to WorkOS was not trusted (TLS): check the network, proxy or antivirus that may intercept it, then run Retry failed rows.</source>
            <translation>Der Verbindung zu WorkOS wurde nicht vertraut (TLS): Prüfen Sie das Netzwerk, den Proxy oder den Virenschutz, der sie abfangen könnte, und führen Sie dann „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>The proxy refused the connection: check the system proxy settings, then run Retry failed rows.</source>
            <translation>Der Proxy hat die Verbindung abgelehnt: Prüfen Sie die Proxy-Einstellungen des Systems und führen Sie dann „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>Retry failed rows when the network is back.</source>
            <translation>Wiederholen Sie die fehlgeschlagenen Zeilen, sobald das Netzwerk wieder da ist.</translation>
        </message>
        <message>
            <source>The organization does not exist in this WorkOS environment: fix org_id, or give org_external_id with org_name so the import can create it, then run Retry failed rows.</source>
            <translation>Die Organisation existiert in dieser WorkOS-Umgebung nicht: Korrigieren Sie org_id oder geben Sie org_external_id mit org_name an, damit der Import sie anlegen kann, und führen Sie dann „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>WorkOS could not find this user; run Retry failed rows, and contact WorkOS support with the request id if it keeps failing.</source>
            <translation>WorkOS konnte diesen Benutzer nicht finden; führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus und wenden Sie sich mit der Request-ID an den WorkOS-Support, falls es weiter fehlschlägt.</translation>
        </message>
        <message>
            <source>The organization could not be resolved because of a temporary problem; run Retry failed rows.</source>
            <translation>Die Organisation konnte wegen eines vorübergehenden Problems nicht aufgelöst werden; führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>The row's organization could not be found or created (see the message); fix the organization columns and run Retry failed rows.</source>
            <translation>Die Organisation der Zeile konnte nicht gefunden oder angelegt werden (siehe die Meldung); korrigieren Sie die Organisationsspalten und führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>Run Retry failed rows.</source>
            <translation>Führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus.</translation>
        </message>
        <message>
            <source>Fix this row (see the message) and run Retry failed rows; contact WorkOS support with the request id if it keeps failing.</source>
            <translation>Korrigieren Sie diese Zeile (siehe die Meldung) und führen Sie „Fehlgeschlagene Zeilen wiederholen“ aus; wenden Sie sich mit der Request-ID an den WorkOS-Support, falls es weiter fehlschlägt.</translation>
        </message>
        <message>
            <source>Cannot tell the report format from the file name "%1": name it .csv, .json, .jsonl or .ndjson.</source>
            <translation>Das Berichtsformat lässt sich aus dem Dateinamen „%1“ nicht erkennen: Benennen Sie ihn mit .csv, .json, .jsonl oder .ndjson.</translation>
        </message>
        <message>
            <source>Cannot write the report %1: %2</source>
            <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot make the report %1 private to you: %2</source>
            <translation>Der Bericht %1 kann nicht nur für Sie lesbar gemacht werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the failed rows for the report.</source>
            <translation>Die fehlgeschlagenen Zeilen für den Bericht können nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Cannot save the report %1: %2</source>
            <translation>Der Bericht %1 kann nicht gespeichert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Report::IdMap</name>
        <message>
            <source>Name the file for the ID map (ending in .csv or .json).</source>
            <translation>Geben Sie der Datei für die ID-Zuordnung einen Namen (mit der Endung .csv oder .json).</translation>
        </message>
        <message>
            <source>%1 is the job's own input file: the ID map would overwrite it. Choose another file name.</source>
            <translation>%1 ist die Eingabedatei des Auftrags selbst: Die ID-Zuordnung würde sie überschreiben. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>%1 is the job store: the ID map would overwrite every job's record. Choose another file name.</source>
            <translation>%1 ist der Auftragsspeicher: Die ID-Zuordnung würde die Aufzeichnungen aller Aufträge überschreiben. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>Cannot tell the ID map's format from the file name "%1": name it .csv or .json.</source>
            <translation>Das Format der ID-Zuordnung lässt sich am Dateinamen „%1“ nicht erkennen: Nennen Sie sie .csv oder .json.</translation>
        </message>
        <message>
            <source>source id and membership id not recorded: the job ran before this version</source>
            <translation>Quell-ID und Mitgliedschafts-ID nicht festgehalten: Der Auftrag lief vor dieser Version</translation>
        </message>
        <message>
            <source>membership id unknown: the user was already a member before this job</source>
            <translation>Mitgliedschafts-ID unbekannt: Der Benutzer war schon vor diesem Auftrag Mitglied</translation>
        </message>
        <message>
            <source>membership id unknown</source>
            <translation>Mitgliedschafts-ID unbekannt</translation>
        </message>
        <message>
            <source>no membership: the row failed at its membership (see the error report)</source>
            <translation>keine Mitgliedschaft: Die Zeile ist bei ihrer Mitgliedschaft fehlgeschlagen (siehe Fehlerbericht)</translation>
        </message>
        <message>
            <source>There is no job %1 in the job store.</source>
            <translation>Im Auftragsspeicher gibt es keinen Auftrag %1.</translation>
        </message>
        <message>
            <source>Cannot write the ID map %1: %2</source>
            <translation>Die ID-Zuordnung %1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Report::ValidationReport</name>
        <message>
            <source>Cannot write the report "%1": %2. Choose a folder you may write to.</source>
            <translation>Der Bericht „%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Cannot make the report "%1" private to you: %2.</source>
            <translation>Der Bericht „%1“ kann nicht nur für Sie lesbar gemacht werden: %2.</translation>
        </message>
        <message>
            <source>The report "%1" was not opened.</source>
            <translation>Der Bericht „%1“ wurde nicht geöffnet.</translation>
        </message>
        <message>
            <source>Writing the report "%1" failed: %2. Check the free disk space and try again.</source>
            <translation>Das Schreiben des Berichts „%1“ ist fehlgeschlagen: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>Source</name>
        <message>
            <source>detected from the content</source>
            <translation>am Inhalt erkannt</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>Cannot read the Firebase hash parameters from %1: %2.</source>
            <translation>Die Firebase-Hash-Parameter aus %1 können nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>die Datei ist zu groß</translation>
        </message>
    </context>
    <context>
        <name>Source::Auth0Passwords</name>
        <message>
            <source>Cannot read the Auth0 password export %1: %2.</source>
            <translation>Der Auth0-Passwort-Export %1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>The Auth0 password export %1 holds no user (one JSON object per line, with _id and passwordHash). Check that it is the file Auth0 sent.</source>
            <translation>Der Auth0-Passwort-Export %1 enthält keinen Benutzer (ein JSON-Objekt je Zeile, mit _id und passwordHash). Prüfen Sie, ob es die Datei ist, die Auth0 geschickt hat.</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation>%1 Zeilen des Auth0-Passwort-Exports sind keine JSON-Objekte und wurden nicht gelesen.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation>%1 Einträge des Auth0-Passwort-Exports passen zu keinem Benutzer des Benutzer-Exports (zum Beispiel: %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::CsvSource</name>
        <message>
            <source>A Cognito export is the JSON of ListUsers; "%1" is a CSV file. Choose the JSON file.</source>
            <translation>Ein Cognito-Export ist das JSON von ListUsers; „%1“ ist eine CSV-Datei. Wählen Sie die JSON-Datei.</translation>
        </message>
        <message>
            <source>no Auth0 password export was given</source>
            <translation>es wurde kein Auth0-Passwort-Export angegeben</translation>
        </message>
        <message>
            <source>The Auth0 password export has this user's hash under another id; it was matched by the email.</source>
            <translation>Der Auth0-Passwort-Export hat den Hash dieses Benutzers unter einer anderen ID; er wurde über die E-Mail-Adresse zugeordnet.</translation>
        </message>
        <message>
            <source>not in the Auth0 password export</source>
            <translation>nicht im Auth0-Passwort-Export</translation>
        </message>
        <message>
            <source>This Firebase export has password hashes (the first at line %1), and %2 Without the project's hash parameters the hashes cannot be converted, so nothing is imported. Copy them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters) and give them with --firebase-hash-config FILE, or paste them on the File page.</source>
            <translation>Dieser Firebase-Export enthält Passwort-Hashes (den ersten in Zeile %1), und %2 Ohne die Hash-Parameter des Projekts können die Hashes nicht umgewandelt werden, daher wird nichts importiert. Kopieren Sie sie aus der Firebase-Konsole (Authentication, Users, das Menü über der Tabelle, Password hash parameters) und geben Sie sie mit --firebase-hash-config FILE an oder fügen Sie sie auf der Seite „Datei“ ein.</translation>
        </message>
        <message>
            <source>the line cannot be read</source>
            <translation>die Zeile kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation type="vanished">%1 Zeilen des Auth0-Passwort-Exports sind keine JSON-Objekte und wurden nicht gelesen.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation type="vanished">%1 Einträge des Auth0-Passwort-Exports passen zu keinem Benutzer des Benutzer-Exports (zum Beispiel: %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::FirebaseHashConfig</name>
        <message>
            <source>The Firebase hash parameters are incomplete: %1 missing. Copy all of them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters).</source>
            <translation>Die Firebase-Hash-Parameter sind unvollständig: %1 fehlt. Kopieren Sie alle aus der Firebase-Konsole (Authentication, Users, das Menü über der Tabelle, Password hash parameters).</translation>
        </message>
        <message>
            <source>The Firebase hash parameters name the algorithm %1; Firebase exports SCRYPT hashes, and only those can be converted. Copy the parameters of the project the users were exported from.</source>
            <translation>Die Firebase-Hash-Parameter nennen den Algorithmus %1; Firebase exportiert SCRYPT-Hashes, und nur diese können umgewandelt werden. Kopieren Sie die Parameter des Projekts, aus dem die Benutzer exportiert wurden.</translation>
        </message>
        <message>
            <source>The Firebase base64_signer_key is not base64. Copy it again from the Firebase console.</source>
            <translation>Der Firebase-base64_signer_key ist kein Base64. Kopieren Sie ihn erneut aus der Firebase-Konsole.</translation>
        </message>
        <message>
            <source>The Firebase base64_salt_separator is not base64. Copy it again from the Firebase console.</source>
            <translation>Der Firebase-base64_salt_separator ist kein Base64. Kopieren Sie ihn erneut aus der Firebase-Konsole.</translation>
        </message>
        <message>
            <source>The Firebase rounds must be a whole number from 1 to 8 (got "%1").</source>
            <translation>Die Firebase-rounds müssen eine ganze Zahl von 1 bis 8 sein (erhalten: „%1“).</translation>
        </message>
        <message>
            <source>The Firebase mem_cost must be a whole number from 1 to 14 (got "%1").</source>
            <translation>Der Firebase-mem_cost muss eine ganze Zahl von 1 bis 14 sein (erhalten: „%1“).</translation>
        </message>
        <message>
            <source>The Firebase passwordHash is not base64, so it cannot be converted. Export the users again.</source>
            <translation>Der Firebase-passwordHash ist kein Base64 und kann daher nicht umgewandelt werden. Exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>The Firebase salt is missing or not base64, so the hash cannot be converted. Export the users again.</source>
            <translation>Das Firebase-Salt fehlt oder ist kein Base64, daher kann der Hash nicht umgewandelt werden. Exportieren Sie die Benutzer erneut.</translation>
        </message>
    </context>
    <context>
        <name>Source::JsonReader</name>
        <message>
            <source>Cannot open "%1": %2</source>
            <translation>„%1“ kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>"%1" is JSON in UTF-16. Save it as UTF-8 (the encoding every export tool writes) and choose it again.</source>
            <translation>„%1“ ist JSON in UTF-16. Speichern Sie es als UTF-8 (die Kodierung, die jedes Export-Werkzeug schreibt) und wählen Sie es erneut.</translation>
        </message>
        <message>
            <source>"%1" is not valid JSON: %2 at byte %3 (line %4). Export the users again.</source>
            <translation>„%1“ ist kein gültiges JSON: %2 bei Byte %3 (Zeile %4). Exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>"%1" is neither a CSV file nor a JSON export.</source>
            <translation>„%1“ ist weder eine CSV-Datei noch ein JSON-Export.</translation>
        </message>
        <message>
            <source>"%1" is Auth0's password export (passwordHash by _id), not the user export. Choose the user export as the file, and give this one as the Auth0 password file (--auth0-passwords).</source>
            <translation>„%1“ ist der Passwort-Export von Auth0 (passwordHash nach _id), nicht der Benutzer-Export. Wählen Sie den Benutzer-Export als Datei und geben Sie diese als Auth0-Passwortdatei an (--auth0-passwords).</translation>
        </message>
        <message>
            <source>"%1" is JSON, but not an export this program knows: it reads Firebase (auth:export), Auth0 (user export), Supabase (auth.users) and Cognito (ListUsers) JSON. Choose the source yourself if it is one of those (--source).</source>
            <translation>„%1“ ist JSON, aber kein Export, den dieses Programm kennt: Es liest JSON von Firebase (auth:export), Auth0 (Benutzer-Export), Supabase (auth.users) und Cognito (ListUsers). Wählen Sie die Quelle selbst, wenn es einer davon ist (--source).</translation>
        </message>
        <message>
            <source>"%1" is JSON; a %2 export is a CSV file. Choose the CSV export.</source>
            <translation>„%1“ ist JSON; ein %2-Export ist eine CSV-Datei. Wählen Sie den CSV-Export.</translation>
        </message>
        <message>
            <source>no Auth0 password export was given</source>
            <translation>es wurde kein Auth0-Passwort-Export angegeben</translation>
        </message>
        <message>
            <source>not in the Auth0 password export</source>
            <translation>nicht im Auth0-Passwort-Export</translation>
        </message>
        <message>
            <source>The Auth0 password export has this user's hash under another id; it was matched by the email.</source>
            <translation>Der Auth0-Passwort-Export hat den Hash dieses Benutzers unter einer anderen ID; er wurde über die E-Mail-Adresse zugeordnet.</translation>
        </message>
        <message>
            <source>The JSON array of users is not closed: the file ends at line %1 without its ']'. The export may be incomplete; export the users again.</source>
            <translation>Das JSON-Array der Benutzer ist nicht geschlossen: Die Datei endet in Zeile %1 ohne ihr ']'. Der Export ist vielleicht unvollständig; exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>Cannot read "%1": %2</source>
            <translation>„%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>a user record larger than 8 MB</source>
            <translation>ein Benutzerdatensatz größer als 8 MB</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>kein JSON-Objekt</translation>
        </message>
        <message>
            <source>The JSON export is malformed at line %1 (byte %2): %3. Nothing after it can be read; export the users again.</source>
            <translation>Der JSON-Export ist in Zeile %1 (Byte %2) fehlerhaft: %3. Nichts danach kann gelesen werden; exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>the line cannot be read</source>
            <translation>die Zeile kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Line %1 is not a JSON object (%2). Correct the line or export the users again.</source>
            <translation>Zeile %1 ist kein JSON-Objekt (%2). Korrigieren Sie die Zeile oder exportieren Sie die Benutzer erneut.</translation>
        </message>
        <message>
            <source>This Firebase export has password hashes (the first at line %1), and %2 Without the project's hash parameters the hashes cannot be converted, so nothing is imported. Copy them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters) and give them with --firebase-hash-config FILE, or paste them on the File page.</source>
            <translation>Dieser Firebase-Export enthält Passwort-Hashes (den ersten in Zeile %1), und %2 Ohne die Hash-Parameter des Projekts können die Hashes nicht umgewandelt werden, daher wird nichts importiert. Kopieren Sie sie aus der Firebase-Konsole (Authentication, Users, das Menü über der Tabelle, Password hash parameters) und geben Sie sie mit --firebase-hash-config FILE an oder fügen Sie sie auf der Seite „Datei“ ein.</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation type="vanished">%1 Zeilen des Auth0-Passwort-Exports sind keine JSON-Objekte und wurden nicht gelesen.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation type="vanished">%1 Einträge des Auth0-Passwort-Exports passen zu keinem Benutzer des Benutzer-Exports (zum Beispiel: %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::Reader</name>
        <message>
            <source>The Auth0 password export or the Firebase hash parameters are missing or not those the job was planned with. Give the same ones again (the same file at the same place, or the same parameters pasted) and resume the job; to import with other ones, start a new job.</source>
            <translation>Der Auth0-Passwort-Export oder die Firebase-Hash-Parameter fehlen oder sind nicht die, mit denen der Auftrag geplant wurde. Geben Sie dieselben erneut an (dieselbe Datei am selben Ort oder dieselben eingefügten Parameter) und setzen Sie den Auftrag fort; um mit anderen zu importieren, starten Sie einen neuen Auftrag.</translation>
        </message>
    </context>
    <context>
        <name>Source::UserMapper</name>
        <message>
            <source>the Firebase hash parameters were not given.</source>
            <translation>die Firebase-Hash-Parameter wurden nicht angegeben.</translation>
        </message>
        <message>
            <source>Auth0 has no password for this user</source>
            <translation>Auth0 hat kein Passwort für diesen Benutzer</translation>
        </message>
        <message>
            <source>Supabase has no password for this user (they sign in another way)</source>
            <translation>Supabase hat kein Passwort für diesen Benutzer (er meldet sich anders an)</translation>
        </message>
        <message>
            <source>Firebase has no password for this user (they sign in another way)</source>
            <translation>Firebase hat kein Passwort für diesen Benutzer (er meldet sich anders an)</translation>
        </message>
        <message>
            <source>no Firebase hash parameters</source>
            <translation>keine Firebase-Hash-Parameter</translation>
        </message>
        <message>
            <source>the Firebase hash is malformed</source>
            <translation>der Firebase-Hash ist fehlerhaft</translation>
        </message>
        <message>
            <source>Clerk has no password for this user</source>
            <translation>Clerk hat kein Passwort für diesen Benutzer</translation>
        </message>
        <message>
            <source>The Clerk scrypt_firebase digest does not have its six parts (hash$salt$signer key$salt separator$rounds$mem cost). Export the user again.</source>
            <translation>Der Clerk-scrypt_firebase-Digest hat nicht seine sechs Teile (hash$salt$signer key$salt separator$rounds$mem cost). Exportieren Sie den Benutzer erneut.</translation>
        </message>
        <message>
            <source>the scrypt_firebase digest is malformed</source>
            <translation>der scrypt_firebase-Digest ist fehlerhaft</translation>
        </message>
        <message>
            <source>Clerk's hasher "%1" has no WorkOS password type</source>
            <translation>Clerks Hash-Verfahren „%1“ hat keinen WorkOS-Passworttyp</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>Cognito does not export passwords</source>
            <translation>Cognito exportiert keine Passwörter</translation>
        </message>
        <message>
            <source>Okta does not export passwords</source>
            <translation>Okta exportiert keine Passwörter</translation>
        </message>
        <message>
            <source>the row has no password or hash</source>
            <translation>die Zeile hat weder Passwort noch Hash</translation>
        </message>
        <message>
            <source>Left out of the metadata (WorkOS takes at most 50 keys, keys up to 40 characters and values up to 600 characters): %1.</source>
            <translation>Nicht in die Metadaten übernommen (WorkOS nimmt höchstens 50 Schlüssel, Schlüssel bis 40 Zeichen und Werte bis 600 Zeichen): %1.</translation>
        </message>
        <message>
            <source>This user is disabled in %1. WorkOS has no disabled state for an imported user: the user is imported and can sign in.</source>
            <translation>Dieser Benutzer ist in %1 deaktiviert. WorkOS kennt für einen importierten Benutzer keinen deaktivierten Zustand: Der Benutzer wird importiert und kann sich anmelden.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>sign-in verified (%1, %2)</source>
            <translation>Anmeldung bestätigt (%1, %2)</translation>
        </message>
        <message>
            <source>known password verified locally (%1, %2)</source>
            <translation>bekanntes Passwort lokal bestätigt (%1, %2)</translation>
        </message>
    </context>
    <context>
        <name>Store::FileIdentity</name>
        <message>
            <source>%1 is the job store (%2): writing a report there would destroy every job's record, and with it resume, verify and undo. Choose another file name.</source>
            <translation>%1 ist der Auftragsspeicher (%2): Ein Bericht dort würde die Aufzeichnungen aller Aufträge zerstören und mit ihnen Fortsetzen, Prüfen und Rückgängigmachen. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>%1 is the input CSV file (%2): writing a report there would overwrite the users' data, and the job could never be resumed or verified. Choose another file name.</source>
            <translation>%1 ist die eingelesene CSV-Datei (%2): Ein Bericht dort würde die Daten der Benutzer überschreiben, und der Auftrag könnte nie mehr fortgesetzt oder geprüft werden. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>%1 is the CSV file of job %2 (%3): writing a report there would overwrite the users' data, and the job could never be resumed or verified. Choose another file name.</source>
            <translation>%1 ist die CSV-Datei von Auftrag %2 (%3): Ein Bericht dort würde die Daten der Benutzer überschreiben, und der Auftrag könnte nie mehr fortgesetzt oder geprüft werden. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
    </context>
    <context>
        <name>Store::FollowUpStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot write to the job store %1: %2</source>
            <translation type="vanished">In den Auftragsspeicher %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the verify and undo tables to the job store %1: %2</source>
            <translation>Die Tabellen für Prüfen und Rückgängigmachen können dem Auftragsspeicher %1 nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>Cannot record the %1 of job %2: %3</source>
            <translation>%1 von Auftrag %2 kann nicht festgehalten werden: %3</translation>
        </message>
        <message>
            <source>Cannot read the outcomes of job %1: %2</source>
            <translation>Die Ergebnisse von Auftrag %1 können nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot write to the job store: %1</source>
            <translation type="vanished">In den Auftragsspeicher kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Cannot store the undo plan of job %1: %2</source>
            <translation>Der Plan zum Rückgängigmachen von Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot record the undo of %1 %2: %3</source>
            <translation>Das Rückgängigmachen von %1 %2 kann nicht festgehalten werden: %3</translation>
        </message>
        <message>
            <source>Cannot store the verify result of job %1: %2</source>
            <translation>Das Prüfergebnis von Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot store the verify checkpoint of job %1: %2</source>
            <translation>Der Sicherungspunkt der Prüfung von Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the verify checkpoint of job %1: %2</source>
            <translation>Der Sicherungspunkt der Prüfung von Auftrag %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot clear the verify checkpoint of job %1: %2</source>
            <translation>Der Sicherungspunkt der Prüfung von Auftrag %1 kann nicht gelöscht werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Store::IntentStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the create intents to the job store %1: %2</source>
            <translation>Die Anlege-Absichten können nicht in den Auftragsspeicher %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Im Auftragsspeicher gibt es keinen Auftrag „%1“.</translation>
        </message>
        <message>
            <source>Cannot record a create in the job store: %1</source>
            <translation>Eine Anlage kann nicht im Auftragsspeicher festgehalten werden: %1</translation>
        </message>
        <message>
            <source>Cannot read a create back from the job store.</source>
            <translation>Eine Anlage kann nicht aus dem Auftragsspeicher zurückgelesen werden.</translation>
        </message>
        <message>
            <source>Cannot record a refused create in the job store: %1</source>
            <translation>Eine abgelehnte Anlage kann nicht im Auftragsspeicher festgehalten werden: %1</translation>
        </message>
        <message>
            <source>Cannot read the creates of job %1: %2</source>
            <translation>Die Anlagen von Auftrag %1 können nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Store::JobStore</name>
        <message>
            <source>Cannot create the folder %1 for the job store.</source>
            <translation>Der Ordner %1 für den Auftragsspeicher kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot create the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht angelegt werden: %2</translation>
        </message>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot switch the job store %1 to WAL mode: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the job store's schema version: %1</source>
            <translation>Die Schemaversion des Auftragsspeichers kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot store the job store's schema version: %1</source>
            <translation>Die Schemaversion des Auftragsspeichers kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Cannot create the job store's tables: %1</source>
            <translation>Die Tabellen des Auftragsspeichers können nicht angelegt werden: %1</translation>
        </message>
        <message>
            <source>There is no job %1 in the job store.</source>
            <translation>Im Auftragsspeicher gibt es keinen Auftrag %1.</translation>
        </message>
        <message>
            <source>The job store is busy or not writable: %1</source>
            <translation>Der Auftragsspeicher ist belegt oder nicht beschreibbar: %1</translation>
        </message>
        <message>
            <source>Cannot save to the job store: %1</source>
            <translation>Im Auftragsspeicher kann nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The job store is not open.</source>
            <translation>Der Auftragsspeicher ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>The job store was used from the wrong thread.</source>
            <translation>Der Auftragsspeicher wurde aus dem falschen Thread verwendet.</translation>
        </message>
        <message>
            <source>Cannot save the job %1: %2</source>
            <translation>Der Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot read job %1 from the job store: %2</source>
            <translation>Auftrag %1 kann nicht aus dem Auftragsspeicher gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the jobs from the job store: %1</source>
            <translation>Die Aufträge können nicht aus dem Auftragsspeicher gelesen werden: %1</translation>
        </message>
        <message>
            <source>Cannot save the state of job %1: %2</source>
            <translation>Der Status von Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot save the counters of job %1: %2</source>
            <translation>Die Zähler von Auftrag %1 können nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot save the settings of job %1: %2</source>
            <translation>Die Einstellungen von Auftrag %1 können nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot save the file fingerprint of job %1: %2</source>
            <translation>Der Datei-Fingerabdruck von Auftrag %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot delete job %1: %2</source>
            <translation>Auftrag %1 kann nicht gelöscht werden: %2</translation>
        </message>
        <message>
            <source>Cannot save chunk %1 of job %2: %3</source>
            <translation>Teil %1 von Auftrag %2 kann nicht gespeichert werden: %3</translation>
        </message>
        <message>
            <source>Cannot read the chunks of job %1: %2</source>
            <translation>Die Teile von Auftrag %1 können nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Store::PasswordProofStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the password checks table to the job store %1: %2</source>
            <translation>Die Tabelle der Passwortprüfungen kann dem Auftragsspeicher %1 nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the password fates table to the job store %1: %2</source>
            <translation>Die Tabelle, was aus den Passwörtern wird, kann dem Auftragsspeicher %1 nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <source>Cannot record the password fates of job %1: %2</source>
            <translation>Was aus den Passwörtern des Auftrags %1 wird, kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Im Auftragsspeicher gibt es keinen Auftrag „%1“.</translation>
        </message>
        <message>
            <source>Cannot record the password check of job %1: %2</source>
            <translation>Die Passwortprüfung des Auftrags %1 kann nicht gespeichert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Store::UserUpdateStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Der Auftragsspeicher %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>Cannot add the user updates to the job store %1: %2</source>
            <translation>Die Benutzeraktualisierungen lassen sich nicht zum Auftragsspeicher %1 hinzufügen: %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Im Auftragsspeicher gibt es keinen Auftrag „%1“.</translation>
        </message>
        <message>
            <source>Cannot record a user update in the job store: %1</source>
            <translation>Eine Benutzeraktualisierung lässt sich nicht im Auftragsspeicher festhalten: %1</translation>
        </message>
        <message>
            <source>Cannot read a user update back from the job store.</source>
            <translation>Eine Benutzeraktualisierung lässt sich nicht aus dem Auftragsspeicher zurücklesen.</translation>
        </message>
        <message>
            <source>Cannot record a refused user update in the job store: %1</source>
            <translation>Eine abgelehnte Benutzeraktualisierung lässt sich nicht im Auftragsspeicher festhalten: %1</translation>
        </message>
        <message>
            <source>Cannot read the user updates of job %1: %2</source>
            <translation>Die Benutzeraktualisierungen von Auftrag %1 lassen sich nicht lesen: %2</translation>
        </message>
        <message>
            <source>Cannot record the undo of a user update in the job store: %1</source>
            <translation>Das Rückgängigmachen einer Benutzeraktualisierung lässt sich nicht im Auftragsspeicher festhalten: %1</translation>
        </message>
        <message>
            <source>Cannot record the missing users in the job store: %1</source>
            <translation>Die fehlenden Benutzer lassen sich nicht im Auftragsspeicher festhalten: %1</translation>
        </message>
        <message>
            <source>Cannot read the missing users of job %1: %2</source>
            <translation>Die fehlenden Benutzer von Auftrag %1 lassen sich nicht lesen: %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>WorkOS-Migrationsassistent</translation>
        </message>
        <message>
            <source>Moves users from a CSV file into WorkOS.</source>
            <translation type="vanished">Überträgt Benutzer aus einer CSV-Datei nach WorkOS.</translation>
        </message>
        <message>
            <source>Use the job store FILE.</source>
            <translation>Den Auftragsspeicher FILE verwenden.</translation>
        </message>
        <message>
            <source>Save a screenshot of every screen into DIR.</source>
            <translation>Ein Bildschirmfoto jedes Bildschirms in DIR speichern.</translation>
        </message>
        <message>
            <source>The CSV file for the tour.</source>
            <translation>Die CSV-Datei für die Tour.</translation>
        </message>
        <message>
            <source>Show the main window, list the jobs, print what works and quit (exit code 0 when everything does).</source>
            <translation>Das Hauptfenster zeigen, die Aufträge auflisten, ausgeben, was funktioniert, und beenden (Exit-Code 0, wenn alles funktioniert).</translation>
        </message>
        <message>
            <source>Moves users into WorkOS from a CSV file or another provider's export.</source>
            <translation>Überträgt Benutzer nach WorkOS, aus einer CSV-Datei oder dem Export eines anderen Anbieters.</translation>
        </message>
    </context>
</TS>
