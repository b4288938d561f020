<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Api::ApiError</name>
        <message>
            <source>The wizard ran into an internal problem (%1). Please report it.</source>
            <translation>L’assistant a rencontré un problème interne (%1). Merci de le signaler.</translation>
        </message>
        <message>
            <source>The connection settings cannot be used: %1</source>
            <translation>Les paramètres de connexion ne sont pas utilisables : %1</translation>
        </message>
        <message>
            <source>A user with this email address already exists in WorkOS. The existing user is kept.</source>
            <translation>Un utilisateur avec cette adresse e-mail existe déjà dans WorkOS. L’utilisateur existant est conservé.</translation>
        </message>
        <message>
            <source>The external ID is already used by another record in WorkOS. Give this row a different external ID or leave it empty.</source>
            <translation>L’ID externe est déjà utilisé par un autre enregistrement dans WorkOS. Donnez à cette ligne un autre ID externe ou laissez-le vide.</translation>
        </message>
        <message>
            <source>The user is already a member of this organization. Nothing needed to change.</source>
            <translation>L’utilisateur est déjà membre de cette organisation. Rien n’était à modifier.</translation>
        </message>
        <message>
            <source>WorkOS does not know a role in this row (%1). Check the role slugs in the WorkOS dashboard (Roles) and fix the role_slugs column.</source>
            <translation>WorkOS ne connaît pas un rôle de cette ligne (%1). Vérifiez les identifiants de rôle dans le tableau de bord WorkOS (Roles) et corrigez la colonne role_slugs.</translation>
        </message>
        <message>
            <source>This row gives a user several roles, but Multiple Roles is not turned on for this WorkOS environment. Turn it on in the dashboard, or give each row one role.</source>
            <translation>Cette ligne donne plusieurs rôles à un utilisateur, mais « Multiple Roles » n’est pas activé pour cet environnement WorkOS. Activez-le dans le tableau de bord, ou donnez un seul rôle par ligne.</translation>
        </message>
        <message>
            <source>WorkOS asked us to slow down (too many requests). The wizard waits and tries again; nothing needs doing.</source>
            <translation>WorkOS a demandé de ralentir (trop de requêtes). L’assistant attend et réessaie ; vous n’avez rien à faire.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached or had a temporary problem (%1). Check the internet connection; running the job again later retries this row.</source>
            <translation>WorkOS était injoignable ou a eu un problème temporaire (%1). Vérifiez la connexion Internet ; relancer la tâche plus tard réessaiera cette ligne.</translation>
        </message>
        <message>
            <source>WorkOS did not answer in time (%1). Check the internet connection; running the job again later retries this row.</source>
            <translation>WorkOS n’a pas répondu à temps (%1). Vérifiez la connexion Internet ; relancer la tâche plus tard réessaiera cette ligne.</translation>
        </message>
        <message>
            <source>The request was stopped before it finished. Resume the job to carry on.</source>
            <translation>La requête a été arrêtée avant la fin. Reprenez la tâche pour continuer.</translation>
        </message>
        <message>
            <source>WorkOS did not accept the API key. Copy the secret key (it starts with sk_) from the WorkOS dashboard, API Keys, and paste it again.</source>
            <translation>WorkOS n’a pas accepté la clé API. Copiez la clé secrète (elle commence par sk_) depuis le tableau de bord WorkOS, rubrique API Keys, et collez-la à nouveau.</translation>
        </message>
        <message>
            <source>The API key is valid but is not allowed to do this. Use a key with full access to User Management, or ask your WorkOS administrator for one.</source>
            <translation>La clé API est valide mais n’a pas le droit de faire cela. Utilisez une clé avec un accès complet à User Management, ou demandez-en une à votre administrateur WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS could not find what this row refers to (%1). Check the IDs in the row.</source>
            <translation>WorkOS ne trouve pas ce à quoi cette ligne fait référence (%1). Vérifiez les ID de la ligne.</translation>
        </message>
        <message>
            <source>WorkOS rejected this row: %1. Fix the data in the row and run it again.</source>
            <translation>WorkOS a refusé cette ligne : %1. Corrigez les données de la ligne et relancez-la.</translation>
        </message>
        <message>
            <source>WorkOS sent an answer the wizard could not read (%1). If a proxy or firewall sits between you and WorkOS, check it; otherwise try again later.</source>
            <translation>WorkOS a envoyé une réponse que l’assistant ne peut pas lire (%1). Si un proxy ou un pare-feu se trouve entre vous et WorkOS, vérifiez-le ; sinon réessayez plus tard.</translation>
        </message>
        <message>
            <source>The secure connection to WorkOS failed (%1). If your network inspects HTTPS traffic, your administrator's certificate must be installed on this computer.</source>
            <translation>La connexion sécurisée à WorkOS a échoué (%1). Si votre réseau inspecte le trafic HTTPS, le certificat de votre administrateur doit être installé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The proxy server set up on this computer did not work (%1). Check the proxy settings (HTTPS_PROXY) or ask your network administrator.</source>
            <translation>Le serveur proxy configuré sur cet ordinateur n’a pas fonctionné (%1). Vérifiez les paramètres du proxy (HTTPS_PROXY) ou demandez à votre administrateur réseau.</translation>
        </message>
    </context>
    <context>
        <name>Api::RateLimits</name>
        <message>
            <source>The rate limit setting has an empty item (two commas in a row?).</source>
            <translation>Le réglage de limite de débit contient un élément vide (deux virgules à la suite ?).</translation>
        </message>
    </context>
    <context>
        <name>Api::Role</name>
        <message>
            <source>A role needs a slug.</source>
            <translation>Un rôle a besoin d’un identifiant (slug).</translation>
        </message>
        <message>
            <source>The role slug “%1” is longer than %2 characters.</source>
            <translation>L’identifiant de rôle « %1 » dépasse %2 caractères.</translation>
        </message>
        <message>
            <source>The role slug “%1” may hold only lowercase letters, digits, “-” and “_”: WorkOS cannot create it.</source>
            <translation>L’identifiant de rôle « %1 » ne peut contenir que des lettres minuscules, des chiffres, « - » et « _ » : WorkOS ne peut pas le créer.</translation>
        </message>
        <message>
            <source>A role needs a name.</source>
            <translation>Un rôle a besoin d’un nom.</translation>
        </message>
        <message>
            <source>The role name “%1” is longer than %2 characters.</source>
            <translation>Le nom de rôle « %1 » dépasse %2 caractères.</translation>
        </message>
    </context>
    <context>
        <name>Api::SignInAnswer</name>
        <message>
            <source>Signed in: passwords from this file work in WorkOS.</source>
            <translation>Connexion réussie : les mots de passe de ce fichier fonctionnent dans WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS refused the sign-in: invalid credentials. The password is not the one WorkOS holds for this user (check it with check-password before the import), or the user has no password (reset needed).</source>
            <translation>WorkOS a refusé la connexion : identifiants non valides. Le mot de passe n’est pas celui que WorkOS détient pour cet utilisateur (vérifiez-le avec check-password avant l’importation), ou l’utilisateur n’a pas de mot de passe (réinitialisation nécessaire).</translation>
        </message>
        <message>
            <source>WorkOS did not sign the user in: %1 (%2).</source>
            <translation>WorkOS n’a pas connecté l’utilisateur : %1 (%2).</translation>
        </message>
        <message>
            <source>WorkOS allows 10 sign-in attempts per minute for one email; try again in %1 seconds.</source>
            <translation>WorkOS autorise 10 tentatives de connexion par minute pour une même adresse e-mail ; réessayez dans %1 secondes.</translation>
        </message>
        <message>
            <source>WorkOS refused the client id or the API key (%1). Copy the client id from the WorkOS dashboard (API Keys page, "Client ID", client_…) of the same environment as the API key.</source>
            <translation>WorkOS a refusé l’ID client ou la clé API (%1). Copiez l’ID client depuis le tableau de bord WorkOS (page API Keys, « Client ID », client_…) du même environnement que la clé API.</translation>
        </message>
    </context>
    <context>
        <name>Api::SignInClient</name>
        <message>
            <source>A sign-in needs the client id, the API key, the email and the password.</source>
            <translation>Une connexion nécessite l’ID client, la clé API, l’adresse e-mail et le mot de passe.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached (%1). Check the network and try again.</source>
            <translation>WorkOS est injoignable (%1). Vérifiez le réseau et réessayez.</translation>
        </message>
        <message>
            <source>WorkOS answered the sign-in without a user (HTTP 200); the address may not be WorkOS's API.</source>
            <translation>WorkOS a répondu à la connexion sans utilisateur (HTTP 200) ; l’adresse n’est peut-être pas celle de l’API WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS answered HTTP %1 without saying why (request %2). Try again later.</source>
            <translation>WorkOS a répondu HTTP %1 sans en donner la raison (requête %2). Réessayez plus tard.</translation>
        </message>
    </context>
    <context>
        <name>Api::TlsCheck</name>
        <message>
            <source>Qt found no TLS plugin (the tls/ plugin folder is missing or empty).</source>
            <translation>Qt n’a trouvé aucun plugin TLS (le dossier de plugins tls/ manque ou est vide).</translation>
        </message>
        <message>
            <source>Qt's TLS plugins (%1) could not load a TLS library; Qt was built against %2.</source>
            <translation>Les plugins TLS de Qt (%1) n’ont pu charger aucune bibliothèque TLS ; Qt a été compilé avec %2.</translation>
        </message>
    </context>
    <context>
        <name>Api::WorkOsClient</name>
        <message>
            <source>No API key was given. Paste the secret key (sk_...) from the WorkOS dashboard.</source>
            <translation>Aucune clé API n’a été fournie. Collez la clé secrète (sk_...) du tableau de bord WorkOS.</translation>
        </message>
        <message>
            <source>The API address must not contain a user name, a query or a fragment (%1).</source>
            <translation>L’adresse de l’API ne doit contenir ni nom d’utilisateur, ni requête, ni fragment (%1).</translation>
        </message>
    </context>
    <context>
        <name>Csv::CsvReader</name>
        <message>
            <source>Line %1 has characters that are not valid UTF-8; they were read as Windows-1252.</source>
            <translation>La ligne %1 contient des caractères qui ne sont pas en UTF-8 valide ; ils ont été lus en Windows-1252.</translation>
        </message>
        <message>
            <source>Line %1: has more than 10,000 fields, the most a line may have, so it was not read. Check for a missing line break or a line of delimiters, and remove or correct it.</source>
            <translation>Ligne %1 : contient plus de 10 000 champs, le maximum pour une ligne, elle n’a donc pas été lue. Cherchez un saut de ligne manquant ou une ligne de séparateurs, et supprimez-la ou corrigez-la.</translation>
        </message>
        <message>
            <source>Line %1: a double quote (") appears inside a field that is not enclosed in quotes. Enclose the field in quotes and double the quote (""), or remove it.</source>
            <translation>Ligne %1 : un guillemet double (") apparaît dans un champ qui n’est pas entre guillemets. Mettez le champ entre guillemets et doublez le guillemet (""), ou supprimez-le.</translation>
        </message>
        <message>
            <source>Line %1: contains a NUL byte, which is not text. Re-export the file as CSV text.</source>
            <translation>Ligne %1 : contient un octet NUL, qui n’est pas du texte. Exportez à nouveau le fichier en texte CSV.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than 1 MiB. Check for a missing closing quote or remove the oversized value.</source>
            <translation>Ligne %1 : un champ dépasse 1 Mio. Cherchez un guillemet fermant manquant ou supprimez la valeur trop grande.</translation>
        </message>
        <message>
            <source>Line %1: has %2 fields but the header has %3. Check for an unquoted delimiter inside a value.</source>
            <translation>Ligne %1 : contient %2 champs mais l’en-tête en a %3. Cherchez un séparateur non protégé par des guillemets dans une valeur.</translation>
        </message>
        <message numerus="yes">
            <source>Line %1: has %n field(s) but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.</source>
            <translation>
                <numerusform>Ligne %1 : contient %n champ mais l’en-tête en a %2. Cherchez un séparateur manquant ou un saut de ligne dans une valeur sans guillemets.</numerusform>
                <numerusform>Ligne %1 : contient %n champs mais l’en-tête en a %2. Cherchez un séparateur manquant ou un saut de ligne dans une valeur sans guillemets.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: cannot be read.</source>
            <translation>Ligne %1 : illisible.</translation>
        </message>
        <message>
            <source>Cannot open "%1": %2. Check that the file exists and that you may read it.</source>
            <translation>Impossible d’ouvrir « %1 » : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>The file "%1" is empty. Choose the CSV export that contains your users.</source>
            <translation>Le fichier « %1 » est vide. Choisissez l’export CSV qui contient vos utilisateurs.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8; it was read as Windows-1252 (the encoding Excel uses on Windows). Check that accented names look right.</source>
            <translation>Le fichier n’est pas en UTF-8 valide ; il a été lu en Windows-1252 (l’encodage utilisé par Excel sous Windows). Vérifiez que les noms accentués s’affichent correctement.</translation>
        </message>
        <message>
            <source>Line %1: the header has a quote that is never closed. Check the first line of the file.</source>
            <translation>Ligne %1 : l’en-tête contient un guillemet jamais fermé. Vérifiez la première ligne du fichier.</translation>
        </message>
        <message>
            <source>Cannot read "%1": %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
        <message>
            <source>The file "%1" has no text in it. Choose the CSV export that contains your users.</source>
            <translation>Le fichier « %1 » ne contient aucun texte. Choisissez l’export CSV qui contient vos utilisateurs.</translation>
        </message>
        <message>
            <source>The header cannot be read: %1</source>
            <translation>L’en-tête est illisible : %1</translation>
        </message>
        <message>
            <source>Line %1: a quoted field starts here and is never closed, so the rest of the file cannot be read. Add the missing closing quote (").</source>
            <translation>Ligne %1 : un champ entre guillemets commence ici et n’est jamais fermé, le reste du fichier ne peut donc pas être lu. Ajoutez le guillemet fermant manquant (").</translation>
        </message>
        <message>
            <source>Reading "%1" failed near line %2: %3</source>
            <translation>La lecture de « %1 » a échoué vers la ligne %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>Csv::Dialect</name>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>No row of the file has the email %1. Name an account that is in the file (your own test account is a good choice).</source>
            <translation>Aucune ligne du fichier n’a l’adresse e-mail %1. Indiquez un compte présent dans le fichier (votre propre compte de test est un bon choix).</translation>
        </message>
        <message>
            <source>The hash of this account (line %1) cannot be used: %2</source>
            <translation>Le hachage de ce compte (ligne %1) est inutilisable : %2</translation>
        </message>
        <message>
            <source>This password is the one the file gives this account in plain text.</source>
            <translation>Ce mot de passe est celui que le fichier donne en clair à ce compte.</translation>
        </message>
        <message>
            <source>The file gives this account a plain-text password, and it is not this one. WorkOS will set the password of the file.</source>
            <translation>Le fichier donne à ce compte un mot de passe en clair, et ce n’est pas celui-ci. WorkOS définira le mot de passe du fichier.</translation>
        </message>
        <message>
            <source>This account (line %1) has no password and no hash in the file: after the import its user has no password and must set one (reset needed).</source>
            <translation>Ce compte (ligne %1) n’a ni mot de passe ni hachage dans le fichier : après l’importation, son utilisateur n’aura pas de mot de passe et devra en définir un (réinitialisation nécessaire).</translation>
        </message>
        <message>
            <source>The hash type of this account (line %1) is not one WorkOS accepts.</source>
            <translation>Le type de hachage de ce compte (ligne %1) n’est pas accepté par WorkOS.</translation>
        </message>
        <message>
            <source>Line %1 (%2): %3</source>
            <translation>Ligne %1 (%2) : %3</translation>
        </message>
        <message>
            <source>There is no job "%1" to catch up with. `workos-import jobs` lists the jobs; give the id of the import this file is a newer export of.</source>
            <translation>Il n’y a pas de tâche « %1 » à rattraper. `workos-import jobs` liste les tâches ; donnez l’identifiant de l’importation dont ce fichier est un export plus récent.</translation>
        </message>
        <message>
            <source>To import this file anyway, start it as a new job without --catch-up (users that exist are then met as "already existed", or updated with --update-existing).</source>
            <translation>Pour importer ce fichier malgré tout, lancez-le comme une nouvelle tâche sans --catch-up (les utilisateurs existants sont alors comptés « déjà existants », ou mis à jour avec --update-existing).</translation>
        </message>
        <message>
            <source>Job %1 read its file as %2; this file reads as %3. A catch-up needs a newer export of the same source. Export again from the same system. %4</source>
            <translation>La tâche %1 a lu son fichier comme %2 ; ce fichier se lit comme %3. Un rattrapage demande un export plus récent de la même source. Exportez à nouveau depuis le même système. %4</translation>
        </message>
        <message>
            <source>this file has %1 that job %2's file did not have</source>
            <translation>ce fichier a %1 que le fichier de la tâche %2 n’avait pas</translation>
        </message>
        <message>
            <source>it lacks %1</source>
            <translation>il lui manque %1</translation>
        </message>
        <message>
            <source>The columns differ from job %1's file: %2. Export with the same columns as the earlier import. %3</source>
            <translation>Les colonnes diffèrent du fichier de la tâche %1 : %2. Exportez avec les mêmes colonnes que l’importation précédente. %3</translation>
        </message>
        <message>
            <source>The columns differ from job %1's file (its header line is not this file's: %2). Export with the same columns as the earlier import. %3</source>
            <translation>Les colonnes diffèrent du fichier de la tâche %1 (sa ligne d’en-tête n’est pas celle de ce fichier : %2). Exportez avec les mêmes colonnes que l’importation précédente. %3</translation>
        </message>
        <message>
            <source>The columns are mapped differently than in job %1 (there: "%2"; here: "%3"). Give the same --map as job %1. %4</source>
            <translation>Les colonnes sont associées autrement que dans la tâche %1 (là : « %2 » ; ici : « %3 »). Donnez le même --map que pour la tâche %1. %4</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2 (%3); this import would go to %4 (%5). A catch-up continues an import where it wrote: catch up with the job that imported into this environment. %6</source>
            <translation>La tâche %1 a écrit vers %2 (%3) ; cette importation irait vers %4 (%5). Un rattrapage poursuit une importation là où elle a écrit : rattrapez la tâche qui a importé dans cet environnement. %6</translation>
        </message>
    </context>
    <context>
        <name>Engine::CatchUp</name>
        <message numerus="yes">
            <source>%n users from the earlier import are not in this file (listed, not deleted)</source>
            <translation>
                <numerusform>%n utilisateur de l’importation précédente n’est pas dans ce fichier (listé, pas supprimé)</numerusform>
                <numerusform>%n utilisateurs de l’importation précédente ne sont pas dans ce fichier (listés, pas supprimés)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::FollowUp</name>
        <message>
            <source>The CSV file of job %1 is gone: %2. Put it back at that path: verify and undo read the rows from it.</source>
            <translation>Le fichier CSV de la tâche %1 a disparu : %2. Remettez-le à cet emplacement : « Vérifier » et « Défaire » y lisent les lignes.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job ran (its size was %2 bytes, now %3). Put the original file back at %4.</source>
            <translation>Le fichier CSV de la tâche %1 a changé depuis l’exécution de la tâche (sa taille était de %2 octets, elle est maintenant de %3). Remettez le fichier d’origine dans %4.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job ran (its contents differ). Put the original file back at %2.</source>
            <translation>Le fichier CSV de la tâche %1 a changé depuis l’exécution de la tâche (son contenu diffère). Remettez le fichier d’origine dans %2.</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Rehearsal (local sandbox)</source>
            <translation>Répétition (bac à sable local)</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Préproduction</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2, but this would go to %3. Refused: undo and verify work only where the job wrote. Run it again without --api-url and with WORKOS_API_URL unset, so that the job's own address is used.</source>
            <translation>La tâche %1 a écrit sur %2, mais ceci irait sur %3. Refusé : « Défaire » et « Vérifier » ne fonctionnent que là où la tâche a écrit. Relancez sans --api-url et sans WORKOS_API_URL défini, afin que l’adresse de la tâche soit utilisée.</translation>
        </message>
        <message>
            <source>Job %1 wrote to %2 (%3), but the API key given is for %4. Refused: use the key of the environment the job wrote to (WORKOS_API_KEY).</source>
            <translation>La tâche %1 a écrit sur %2 (%3), mais la clé API donnée est celle de %4. Refusé : utilisez la clé de l’environnement où la tâche a écrit (WORKOS_API_KEY).</translation>
        </message>
        <message>
            <source>a test environment (not production)</source>
            <translation>un environnement de test (pas la production)</translation>
        </message>
        <message>
            <source>Job %1 is closed to import: an undo of it has started, and importing more of it now would put back what undo takes away. Import the file again as a new job if you need it.</source>
            <translation>La tâche %1 est fermée à l’importation : « Défaire » a été lancé pour elle, et en importer davantage maintenant remettrait ce que « Défaire » retire. Importez à nouveau le fichier comme nouvelle tâche si vous en avez besoin.</translation>
        </message>
    </context>
    <context>
        <name>Engine::JobRunner</name>
        <message>
            <source>WorkOS could not be reached, and still not after %1 s of trying again (%2). Check the internet connection, a proxy or firewall, and the API address.</source>
            <translation>WorkOS est injoignable, même après %1 s de nouvelles tentatives (%2). Vérifiez la connexion Internet, un proxy ou un pare-feu, et l’adresse de l’API.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached (%1). Check the internet connection, a proxy or firewall, and the API address.</source>
            <translation>WorkOS est injoignable (%1). Vérifiez la connexion Internet, un proxy ou un pare-feu, et l’adresse de l’API.</translation>
        </message>
        <message>
            <source>A job is already running.</source>
            <translation>Une tâche est déjà en cours.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 is gone: %2. Put it back at that path to resume.</source>
            <translation>Le fichier CSV de la tâche %1 a disparu : %2. Remettez-le à cet emplacement pour reprendre.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its size was %2 bytes, now %3). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Le fichier CSV de la tâche %1 a changé depuis son démarrage (sa taille était de %2 octets, elle est maintenant de %3). Reprendre importerait les mauvaises lignes : remettez le fichier d’origine pour reprendre, ou démarrez une nouvelle tâche pour le fichier modifié.</translation>
        </message>
        <message>
            <source>Cannot read the CSV file of job %1: %2</source>
            <translation>Impossible de lire le fichier CSV de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its header differs). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Le fichier CSV de la tâche %1 a changé depuis son démarrage (son en-tête est différent). Reprendre importerait les mauvaises lignes : remettez le fichier d’origine pour reprendre, ou démarrez une nouvelle tâche pour le fichier modifié.</translation>
        </message>
        <message>
            <source>The CSV file of job %1 changed since the job started (its contents differ). Resuming would import the wrong rows: put the original file back to resume, or start a new job for the changed file.</source>
            <translation>Le fichier CSV de la tâche %1 a changé depuis son démarrage (son contenu est différent). Reprendre importerait les mauvaises lignes : remettez le fichier d’origine pour reprendre, ou démarrez une nouvelle tâche pour le fichier modifié.</translation>
        </message>
        <message>
            <source>A job named "%1" exists already. Resume it with --resume %1, or choose another --job-id.</source>
            <translation>Une tâche nommée « %1 » existe déjà. Reprenez-la avec --resume %1, ou choisissez un autre --job-id.</translation>
        </message>
        <message>
            <source>A job named "%1" is being started by another window or process (%2). Choose another --job-id.</source>
            <translation>Une tâche nommée « %1 » est en cours de démarrage dans une autre fenêtre ou un autre processus (%2). Choisissez un autre --job-id.</translation>
        </message>
        <message>
            <source>Cannot make a lock file next to the job store %1. Check that its folder is writable.</source>
            <translation>Impossible de créer un fichier de verrou à côté du stockage des tâches %1. Vérifiez que son dossier est accessible en écriture.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process. Stop it there first, or wait for it to end.</source>
            <translation>La tâche %1 s’exécute dans une autre fenêtre ou un autre processus. Arrêtez-la d’abord là-bas, ou attendez qu’elle se termine.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process (%2). Stop it there first, or wait for it to end.</source>
            <extracomment>%2 names the window or process, e.g. "process 4711 on host"</extracomment>
            <translation>La tâche %1 s’exécute dans une autre fenêtre ou un autre processus (%2). Arrêtez-la d’abord là-bas, ou attendez qu’elle se termine.</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Il n’existe pas de tâche « %1 ». `workos-import jobs` liste les tâches.</translation>
        </message>
        <message>
            <source>Job "%1" was deleted just now.</source>
            <translation>La tâche « %1 » vient d’être supprimée.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume.</source>
            <translation>Il n’y a aucune tâche interrompue à reprendre.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume: %1 is running in another window or process. Resume a job by its id once it has stopped there.</source>
            <translation>Il n’y a aucune tâche interrompue à reprendre : %1 s’exécute dans une autre fenêtre ou un autre processus. Reprenez une tâche par son identifiant une fois qu’elle s’y est arrêtée.</translation>
        </message>
        <message>
            <source>There is no interrupted job to resume: %1 are running in another window or process. Resume a job by its id once it has stopped there.</source>
            <translation>Il n’y a aucune tâche interrompue à reprendre : %1 s’exécutent dans une autre fenêtre ou un autre processus. Reprenez une tâche par son identifiant une fois qu’elle s’y est arrêtée.</translation>
        </message>
        <message>
            <source>Job %1 is no longer in the job store: it was deleted during the run (in another window or process?). What was sent is in WorkOS; start a new job for the file to import the rest (rows already imported are found and counted as existing).</source>
            <translation>La tâche %1 n’est plus dans le stockage des tâches : elle a été supprimée pendant l’exécution (dans une autre fenêtre ou un autre processus ?). Ce qui a été envoyé est dans WorkOS ; démarrez une nouvelle tâche pour le fichier afin d’importer le reste (les lignes déjà importées sont retrouvées et comptées comme existantes).</translation>
        </message>
        <message>
            <source>Job %1 has no planned rows in the job store, so it cannot be called finished. Resume it to plan it again.</source>
            <translation>La tâche %1 n’a aucune ligne planifiée dans le stockage des tâches, elle ne peut donc pas être considérée comme terminée. Reprenez-la pour la planifier à nouveau.</translation>
        </message>
        <message>
            <source>The chunks of job %1 cover %2 rows but the plan has %3. The job store is damaged: start a new job for the file (rows already imported are found and counted as existing).</source>
            <translation>Les blocs de la tâche %1 couvrent %2 lignes mais le plan en compte %3. Le stockage des tâches est endommagé : démarrez une nouvelle tâche pour le fichier (les lignes déjà importées sont retrouvées et comptées comme existantes).</translation>
        </message>
        <message>
            <source>Only %1 of the %2 rows of job %3 have a recorded outcome (%4 of %5 rows to import). %6</source>
            <translation>Seules %1 des %2 lignes de la tâche %3 ont un résultat enregistré (%4 des %5 lignes à importer). %6</translation>
        </message>
        <message>
            <source>Resume the job to import the rest.</source>
            <translation>Reprenez la tâche pour importer le reste.</translation>
        </message>
        <message>
            <source>Resume the job; if this repeats, start a new job for the file.</source>
            <translation>Reprenez la tâche ; si cela se répète, démarrez une nouvelle tâche pour le fichier.</translation>
        </message>
        <message>
            <source>Looking up the file's users in WorkOS (reads only).</source>
            <translation>Recherche des utilisateurs du fichier dans WorkOS (lecture seule).</translation>
        </message>
        <message>
            <source>Stopped before the dry run ended.</source>
            <translation>Arrêté avant la fin de la simulation.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written to WorkOS. The import would create %1 users (%2 already exist), add %3 memberships (%4 already there) and create %5 organizations; %6 rows would fail and %7 are invalid.</source>
            <translation>Simulation : rien n’a été écrit dans WorkOS. L’importation créerait %1 utilisateurs (%2 existent déjà), ajouterait %3 adhésions (%4 déjà présentes) et créerait %5 organisations ; %6 lignes échoueraient et %7 sont invalides.</translation>
        </message>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Job %1 has already ended (%2); nothing to resume. Use `workos-import retry %1` to run its failed rows again.</source>
            <translation>La tâche %1 est déjà terminée (%2) ; rien à reprendre. Utilisez `workos-import retry %1` pour relancer ses lignes en échec.</translation>
        </message>
        <message>
            <source>Job %1 was stopped while its file was being checked; checking it again.</source>
            <translation>La tâche %1 a été arrêtée pendant la vérification de son fichier ; nouvelle vérification.</translation>
        </message>
        <message>
            <source>Reading and checking %1</source>
            <translation>Lecture et vérification de %1</translation>
        </message>
        <message>
            <source>Stopped while the file was being checked: nothing was sent to WorkOS.</source>
            <translation>Arrêté pendant la vérification du fichier : rien n’a été envoyé à WorkOS.</translation>
        </message>
        <message numerus="yes">
            <source>Retrying %n failed rows of job %1.</source>
            <translation>
                <numerusform>Nouvelle tentative pour %n ligne en échec de la tâche %1.</numerusform>
                <numerusform>Nouvelle tentative pour %n lignes en échec de la tâche %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot reach WorkOS (%1); retrying in %2 s.</source>
            <translation>WorkOS est injoignable (%1) ; nouvelle tentative dans %2 s.</translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations (reads only).</source>
            <translation>
                <numerusform>Résolution de %n organisation (lecture seule).</numerusform>
                <numerusform>Résolution de %n organisations (lecture seule).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations.</source>
            <translation>
                <numerusform>Résolution de %n organisation.</numerusform>
                <numerusform>Résolution de %n organisations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped while resolving organizations; resume to continue.</source>
            <translation>Arrêté pendant la résolution des organisations ; reprenez pour continuer.</translation>
        </message>
        <message>
            <source>Organizations: %1 existed, %2 would be created, %3 failed.</source>
            <translation>Organisations : %1 existaient, %2 seraient créées, %3 en échec.</translation>
        </message>
        <message>
            <source>Organizations: %1 existed, %2 created, %3 failed.</source>
            <translation>Organisations : %1 existaient, %2 créées, %3 en échec.</translation>
        </message>
        <message numerus="yes">
            <source>Importing with %n worker(s), %1 rows in flight each.</source>
            <translation>
                <numerusform>Importation avec %n flux, %1 lignes en cours chacun.</numerusform>
                <numerusform>Importation avec %n flux, %1 lignes en cours chacun.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. The job can be resumed: rows already imported will not be sent again.</source>
            <translation>Arrêté. La tâche peut être reprise : les lignes déjà importées ne seront pas renvoyées.</translation>
        </message>
        <message>
            <source>Paused. Resume to continue where it stopped.</source>
            <translation>En pause. Reprenez pour continuer là où elle s’est arrêtée.</translation>
        </message>
        <message>
            <source>Some chunks could not be finished (%1). Resume the job to try them again.</source>
            <translation>Certains blocs n’ont pas pu être terminés (%1). Reprenez la tâche pour les réessayer.</translation>
        </message>
        <message>
            <source>Done: every valid row was imported.</source>
            <translation>Terminé : toutes les lignes valides ont été importées.</translation>
        </message>
        <message>
            <source>Done, with %1 failed and %2 invalid rows. Export the error report to see why.</source>
            <translation>Terminé, avec %1 lignes en échec et %2 lignes invalides. Exportez le rapport d’erreurs pour en voir les raisons.</translation>
        </message>
        <message>
            <source>The job store %1 was deleted or replaced while the import ran: what this run recorded went with it, so this job can no longer be resumed, verified or undone. The import stopped. What it created in WorkOS is still there; put the job store back from a backup, or import the file again as a new job (existing users are recognised).</source>
            <translation>Le stockage des tâches %1 a été supprimé ou remplacé pendant l’importation : ce que cette exécution avait enregistré a disparu avec lui, la tâche ne peut donc plus être reprise, vérifiée ni défaite. L’importation s’est arrêtée. Ce qu’elle a créé dans WorkOS y est toujours ; restaurez le stockage des tâches depuis une sauvegarde, ou importez à nouveau le fichier comme nouvelle tâche (les utilisateurs existants sont reconnus).</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was deleted or moved while it ran. The rows imported are those it had when the job started; put it back to resume or verify the job.</source>
            <translation>Le fichier a changé pendant l’importation : %1 a été supprimé ou déplacé en cours d’exécution. Les lignes importées sont celles qu’il contenait au démarrage de la tâche ; remettez-le en place pour reprendre ou vérifier la tâche.</translation>
        </message>
        <message>
            <source>1 row added after it started was</source>
            <translation>1 ligne ajoutée après le démarrage n’a pas été importée</translation>
        </message>
        <message>
            <source>%1 rows added after it started were</source>
            <translation>%1 lignes ajoutées après le démarrage n’ont pas été importées</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 not imported. Import the new rows as a new job (rows already in WorkOS are recognised); this job keeps the rows it was started with.</source>
            <translation>Le fichier a changé pendant l’importation : %1. Importez les nouvelles lignes dans une nouvelle tâche (les lignes déjà dans WorkOS sont reconnues) ; cette tâche garde les lignes avec lesquelles elle a démarré.</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was %2 (it had %3 bytes when the job started, now %4). The rows imported are those of the file as it was; check what changed and import the changed file as a new job.</source>
            <translation>Le fichier a changé pendant l’importation : %1 a été %2 (il faisait %3 octets au démarrage de la tâche, %4 maintenant). Les lignes importées sont celles du fichier tel qu’il était ; vérifiez ce qui a changé et importez le fichier modifié comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>replaced by another file</source>
            <translation>remplacé par un autre fichier</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>The file changed during the import: %1 was replaced by another file (an editor or a tool such as sed -i saves a new file). The rows imported are those of the file when the job started; import the new file as a new job.</source>
            <translation>Le fichier a changé pendant l’importation : %1 a été remplacé par un autre fichier (un éditeur ou un outil comme sed -i enregistre un nouveau fichier). Les lignes importées sont celles du fichier au démarrage de la tâche ; importez le nouveau fichier comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>%1 rows: %2 to import, %3 invalid, %4 duplicates; %5 organizations, %6 chunks.</source>
            <translation>%1 lignes : %2 à importer, %3 non valides, %4 doublons ; %5 organisations, %6 blocs.</translation>
        </message>
        <message>
            <source>Creating the roles you agreed to: %1.</source>
            <translation>Création des rôles que vous avez acceptés : %1.</translation>
        </message>
        <message>
            <source>Roles: %1 existed, %2 would be created, %3 failed.</source>
            <translation>Rôles : %1 existants, %2 seraient créés, %3 en échec.</translation>
        </message>
        <message>
            <source>Roles: %1 existed, %2 created, %3 failed.</source>
            <translation>Rôles : %1 existants, %2 créés, %3 en échec.</translation>
        </message>
        <message>
            <source>Read as: %1. Passwords: %2.</source>
            <translation>Lu comme : %1. Mots de passe : %2.</translation>
        </message>
        <message>
            <source>The users missing from this file could not be listed: %1</source>
            <translation>Les utilisateurs absents de ce fichier n’ont pas pu être listés : %1</translation>
        </message>
    </context>
    <context>
        <name>Engine::KnownPasswordResult</name>
        <message>
            <source>This password is the one the file gives this account in plain text: WorkOS will set it, and the user signs in with it.</source>
            <translation>Ce mot de passe est celui que le fichier donne en clair à ce compte : WorkOS le définira, et l’utilisateur se connectera avec.</translation>
        </message>
        <message>
            <source>This password matches its hash: users with %1 hashes from this file (%2) will sign in with their old passwords.</source>
            <translation>Ce mot de passe correspond à son hachage : les utilisateurs de ce fichier ayant des hachages %1 (%2) se connecteront avec leurs anciens mots de passe.</translation>
        </message>
    </context>
    <context>
        <name>Engine::RoleCreator</name>
        <message>
            <source>These roles could not be created, so nothing was imported: %1. Fix this (or create the roles in the WorkOS dashboard) and resume the job.</source>
            <translation>Ces rôles n’ont pas pu être créés, rien n’a donc été importé : %1. Corrigez cela (ou créez les rôles dans le tableau de bord WorkOS) et reprenez la tâche.</translation>
        </message>
    </context>
    <context>
        <name>Engine::Undoer</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Il n’existe pas de tâche « %1 ». `workos-import jobs` liste les tâches.</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process. Stop it there first, then run undo again.</source>
            <translation>La tâche %1 s’exécute dans une autre fenêtre ou un autre processus. Arrêtez-la d’abord là-bas, puis relancez « Défaire ».</translation>
        </message>
        <message>
            <source>Continuing the undo of job %1 (started %2).</source>
            <translation>Reprise de « Défaire » pour la tâche %1 (démarré %2).</translation>
        </message>
        <message>
            <source>Undo of job %1: %2 objects in the plan, %3 still to do.</source>
            <translation type="vanished">« Défaire » pour la tâche %1 : %2 objets dans le plan, %3 restant à traiter.</translation>
        </message>
        <message>
            <source>Deleting memberships</source>
            <translation>Suppression des adhésions</translation>
        </message>
        <message>
            <source>Deleting users</source>
            <translation>Suppression des utilisateurs</translation>
        </message>
        <message>
            <source>Deleting organizations</source>
            <translation>Suppression des organisations</translation>
        </message>
        <message>
            <source>Stopped: cannot record progress in the job store (%1). Run undo again to continue.</source>
            <translation>Arrêté : impossible d’enregistrer la progression dans le stockage des tâches (%1). Relancez « Défaire » pour continuer.</translation>
        </message>
        <message>
            <source>Stopped: %1 Run undo again to continue; nothing is deleted twice.</source>
            <translation>Arrêté : %1 Relancez « Défaire » pour continuer ; rien n’est supprimé deux fois.</translation>
        </message>
        <message>
            <source>Stopped. Run undo again to continue; nothing is deleted twice.</source>
            <translation>Arrêté. Relancez « Défaire » pour continuer ; rien n’est supprimé deux fois.</translation>
        </message>
        <message>
            <source>%1 deletions failed (see the report). Run undo again to try them again.</source>
            <translation type="vanished">%1 suppressions ont échoué (voir le rapport). Relancez « Défaire » pour les réessayer.</translation>
        </message>
        <message>
            <source>Undone: %1 objects this job created were deleted; nothing that existed before was touched.</source>
            <translation type="vanished">Défait : %1 objets créés par cette tâche ont été supprimés ; rien de ce qui existait auparavant n’a été touché.</translation>
        </message>
        <message>
            <source>Undone, except %1 objects left in place (see the report); %2 objects deleted.</source>
            <translation type="vanished">Défait, sauf %1 objets laissés en place (voir le rapport) ; %2 objets supprimés.</translation>
        </message>
        <message>
            <source>Undone. Import the file again as a new job if you need it.</source>
            <translation type="vanished">Défait. Importez à nouveau le fichier comme nouvelle tâche si vous en avez besoin.</translation>
        </message>
        <message>
            <source> The report could not be written: %1</source>
            <translation> Le rapport n’a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>An undo is already running.</source>
            <translation>« Défaire » est déjà en cours.</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions failed (see the report). Run undo again to try them again.</source>
            <translation>
                <numerusform>%n suppression a échoué (voir le rapport). Relancez « Défaire » pour la réessayer.</numerusform>
                <numerusform>%n suppressions ont échoué (voir le rapport). Relancez « Défaire » pour les réessayer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted; nothing that existed before was touched.</source>
            <translation>
                <numerusform>Défait : %n objet créé par cette tâche a été supprimé ; rien de ce qui existait auparavant n’a été touché.</numerusform>
                <numerusform>Défait : %n objets créés par cette tâche ont été supprimés ; rien de ce qui existait auparavant n’a été touché.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone, except %n objects left in place (see the report); deleted: %1.</source>
            <translation>
                <numerusform>Défait, sauf %n objet laissé en place (voir le rapport) ; supprimés : %1.</numerusform>
                <numerusform>Défait, sauf %n objets laissés en place (voir le rapport) ; supprimés : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This job also created the roles %1. WorkOS's API cannot delete an environment role: delete them in the WorkOS dashboard (Roles) once no membership uses them.</source>
            <translation>Cette tâche a aussi créé les rôles %1. L’API de WorkOS ne peut pas supprimer un rôle d’environnement : supprimez-les dans le tableau de bord WorkOS (Roles) dès qu’aucune adhésion ne les utilise.</translation>
        </message>
        <message>
            <source>Stopped before deleting anything: %1</source>
            <translation>Arrêté avant toute suppression : %1</translation>
        </message>
        <message>
            <source>Refused: this key/address does not hold this job's data. %1 of the objects job %2 created were looked up by id at %3 and none is there, so nothing was deleted. Use the key of the environment the job wrote to (WORKOS_API_KEY) and its address.</source>
            <translation>Refusé : cette clé ou adresse ne contient pas les données de cette tâche. %1 des objets créés par la tâche %2 ont été recherchés par identifiant sur %3 et aucun n’y est, donc rien n’a été supprimé. Utilisez la clé de l’environnement où la tâche a écrit (WORKOS_API_KEY) et son adresse.</translation>
        </message>
        <message numerus="yes">
            <source>%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.</source>
            <translation>
                <numerusform>%n objet créé par l’importation sans que la réponse soit enregistrée (elle a été arrêtée ou tuée) est ajouté à « Défaire ».</numerusform>
                <numerusform>%n objets créés par l’importation sans que la réponse soit enregistrée (elle a été arrêtée ou tuée) sont ajoutés à « Défaire ».</numerusform>
            </translation>
        </message>
        <message>
            <source>An undo of this job started. Import the file again as a new job if you need it.</source>
            <translation>« Défaire » a été lancé pour cette tâche. Importez à nouveau le fichier comme nouvelle tâche si vous en avez besoin.</translation>
        </message>
        <message>
            <source>Undo of job %1 at %2: %3 objects in the plan, %4 still to do.</source>
            <translation>« Défaire » de la tâche %1 sur %2 : %3 objets prévus, %4 restant à faire.</translation>
        </message>
        <message numerus="yes">
            <source>Not undone: %n objects this job created were not found at %1, so undo cannot prove them deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, then run undo again.</source>
            <translation>
                <numerusform>Non défait : %n objet créé par cette tâche n’a pas été trouvé sur %1, « Défaire » ne peut donc pas prouver sa suppression (voir le rapport) ; supprimés : %2. Vérifiez qu’il s’agit bien de l’environnement où la tâche a écrit, puis relancez « Défaire ».</numerusform>
                <numerusform>Non défait : %n objets créés par cette tâche n’ont pas été trouvés sur %1, « Défaire » ne peut donc pas prouver leur suppression (voir le rapport) ; supprimés : %2. Vérifiez qu’il s’agit bien de l’environnement où la tâche a écrit, puis relancez « Défaire ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted.</source>
            <translation>
                <numerusform>Défait : %n objet créé par cette tâche a été supprimé.</numerusform>
                <numerusform>Défait : %n objets créés par cette tâche ont été supprimés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::UpdateRestore</name>
        <message>
            <source>The fields of %1 were not put back: %2</source>
            <translation>Les champs de %1 n’ont pas été rétablis : %2</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translation>L’utilisateur n’existe plus.</translation>
        </message>
        <message>
            <source>WorkOS's answer still shows %1</source>
            <translation>La réponse de WorkOS montre encore %1</translation>
        </message>
        <message>
            <source>%1 (the import set %2, WorkOS now holds %3)</source>
            <translation>%1 (l’importation a mis %2, WorkOS contient maintenant %3)</translation>
        </message>
        <message>
            <source>Changed again since the import, left as it is: %1.</source>
            <translation>Modifié à nouveau depuis l’importation, laissé tel quel : %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n users the import updated have their fields from before back (they existed before: never deleted).</source>
            <translation>
                <numerusform>%n utilisateur mis à jour par l’importation a retrouvé ses champs d’avant (il existait déjà : jamais supprimé).</numerusform>
                <numerusform>%n utilisateurs mis à jour par l’importation ont retrouvé leurs champs d’avant (ils existaient déjà : jamais supprimés).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users had fields changed again since the import: those fields were left as they are, the others were put back (see the report).</source>
            <translation>
                <numerusform>%n utilisateur avait des champs modifiés à nouveau depuis l’importation : ces champs sont restés tels quels, les autres ont été rétablis (voir le rapport).</numerusform>
                <numerusform>%n utilisateurs avaient des champs modifiés à nouveau depuis l’importation : ces champs sont restés tels quels, les autres ont été rétablis (voir le rapport).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated users no longer exist.</source>
            <translation>
                <numerusform>%n utilisateur mis à jour n’existe plus.</numerusform>
                <numerusform>%n utilisateurs mis à jour n’existent plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users could not be put back: run undo again.</source>
            <translation>
                <numerusform>%n utilisateur n’a pas pu être rétabli : relancez l’annulation.</numerusform>
                <numerusform>%n utilisateurs n’ont pas pu être rétablis : relancez l’annulation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passwords the import replaced (%n users) cannot be put back: WorkOS never returns a hash.</source>
            <translation>
                <numerusform>Les mots de passe remplacés par l’importation (%n utilisateur) ne peuvent pas être rétablis : WorkOS ne rend jamais un hachage.</numerusform>
                <numerusform>Les mots de passe remplacés par l’importation (%n utilisateurs) ne peuvent pas être rétablis : WorkOS ne rend jamais un hachage.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::Verifier</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>There is no job "%1". `workos-import jobs` lists the jobs.</source>
            <translation>Il n’existe pas de tâche « %1 ». `workos-import jobs` liste les tâches.</translation>
        </message>
        <message>
            <source>Continuing the verify of job %1 stopped earlier: %2 objects it had already read are not read again.</source>
            <translation>Reprise de la vérification de la tâche %1 arrêtée plus tôt : %2 objets déjà lus ne sont pas relus.</translation>
        </message>
        <message>
            <source>Verifying %1 imported rows of job %2: %3 users, %4 organizations.</source>
            <translation>Vérification de %1 lignes importées de la tâche %2 : %3 utilisateurs, %4 organisations.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed; run verify again to continue where it stopped.</source>
            <translation>Arrêtée. Rien n’a été modifié ; relancez la vérification pour reprendre là où elle s’est arrêtée.</translation>
        </message>
        <message>
            <source>Could not read WorkOS: %1</source>
            <translation>Impossible de lire WorkOS : %1</translation>
        </message>
        <message>
            <source>Reading organizations</source>
            <translation>Lecture des organisations</translation>
        </message>
        <message>
            <source>Reading memberships</source>
            <translation>Lecture des adhésions</translation>
        </message>
        <message>
            <source>Reading users</source>
            <translation>Lecture des utilisateurs</translation>
        </message>
        <message>
            <source>Looking up users by email</source>
            <translation>Recherche des utilisateurs par adresse e-mail</translation>
        </message>
        <message>
            <source>Comparing rows</source>
            <translation>Comparaison des lignes</translation>
        </message>
        <message>
            <source>Cannot write the verification report: %1</source>
            <translation>Impossible d’écrire le rapport de vérification : %1</translation>
        </message>
        <message>
            <source>Verified: WorkOS holds every one of the %1 imported rows as the file says.</source>
            <translation>Vérifié : WorkOS contient chacune des %1 lignes importées telle que le fichier l’indique.</translation>
        </message>
        <message>
            <source>%1 mismatches in %2 imported rows: WorkOS does not hold what the file says (see the report).</source>
            <translation type="vanished">%1 écarts dans %2 lignes importées : WorkOS ne contient pas ce qu’indique le fichier (voir le rapport).</translation>
        </message>
        <message>
            <source>A verify is already running.</source>
            <translation>Une vérification est déjà en cours.</translation>
        </message>
        <message numerus="yes">
            <source>%n mismatches in %1 imported rows: WorkOS does not hold what the file says (see the report).</source>
            <translation>
                <numerusform>%n écart dans %1 lignes importées : WorkOS ne contient pas ce qu’indique le fichier (voir le rapport).</numerusform>
                <numerusform>%n écarts dans %1 lignes importées : WorkOS ne contient pas ce qu’indique le fichier (voir le rapport).</numerusform>
            </translation>
        </message>
        <message>
            <source>The server at %1 does not page its %2 list as WorkOS does (an empty page that points to a next one, or a page it gave before), so the verify cannot read it to the end. Nothing was verified; check the API address.</source>
            <translation>Le serveur à l’adresse %1 ne pagine pas sa liste %2 comme WorkOS (une page vide qui renvoie à une suivante, ou une page déjà fournie), la vérification ne peut donc pas la lire jusqu’au bout. Rien n’a été vérifié ; contrôlez l’adresse de l’API.</translation>
        </message>
        <message>
            <source>Looking up memberships</source>
            <translation>Recherche des adhésions</translation>
        </message>
        <message>
            <source>The job itself is unfinished (%1): only the %2 rows it imported so far were checked, of %3 rows in its file. Resume it to import the rest, then verify again.</source>
            <translation>La tâche elle-même n’est pas terminée (%1) : seules les %2 lignes importées jusqu’ici ont été vérifiées, sur %3 lignes dans son fichier. Reprenez-la pour importer le reste, puis vérifiez à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Gui::AboutDialog</name>
        <message>
            <source>About WorkOS Migration Wizard</source>
            <translation>À propos de l’Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Moves users, their password hashes, organizations and memberships from a CSV file into WorkOS.</source>
            <translation type="vanished">Transfère les utilisateurs, leurs hachages de mots de passe, les organisations et les adhésions d’un fichier CSV vers WorkOS.</translation>
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
        </message>
        <message>
            <source>Released under the MIT licence. The same engine runs from a terminal as workos-import (see: man workos-import).</source>
            <translation>Publié sous licence MIT. Le même moteur fonctionne dans un terminal sous le nom workos-import (voir : man workos-import).</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About WorkOS Migration Wizard</source>
            <translation>À &amp;propos de l’Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard icon</source>
            <translation>Icône de l’Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Moves users, their password hashes, organizations and memberships into WorkOS from a CSV file or another provider's export (Auth0, Firebase, Clerk, Supabase, Cognito, Okta).</source>
            <translation>Transfère les utilisateurs, leurs hachages de mots de passe, leurs organisations et adhésions vers WorkOS, depuis un fichier CSV ou l’export d’un autre fournisseur (Auth0, Firebase, Clerk, Supabase, Cognito, Okta).</translation>
        </message>
    </context>
    <context>
        <name>Gui::ColumnsPage</name>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>Password (plain text)</source>
            <translation>Mot de passe (en clair)</translation>
        </message>
        <message>
            <source>Password hash</source>
            <translation>Hachage du mot de passe</translation>
        </message>
        <message>
            <source>Password hash algorithm</source>
            <translation>Algorithme de hachage du mot de passe</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email verified (yes/no)</source>
            <translation>E-mail vérifié (oui/non)</translation>
        </message>
        <message>
            <source>User id in your old system</source>
            <translation>ID de l’utilisateur dans votre ancien système</translation>
        </message>
        <message>
            <source>Extra data (JSON)</source>
            <translation>Données supplémentaires (JSON)</translation>
        </message>
        <message>
            <source>WorkOS organization id (org_…)</source>
            <translation>ID d’organisation WorkOS (org_…)</translation>
        </message>
        <message>
            <source>Organization id in your system</source>
            <translation>ID d’organisation dans votre système</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nom de l’organisation</translation>
        </message>
        <message>
            <source>Role(s)</source>
            <translation>Rôle(s)</translation>
        </message>
        <message>
            <source>What each column holds</source>
            <translation>Contenu de chaque colonne</translation>
        </message>
        <message>
            <source>Check what the wizard recognised, and choose for the columns it did not. Columns marked “not imported” are left out.</source>
            <translation>Vérifiez ce que l’assistant a reconnu et choisissez pour les colonnes qu’il n’a pas reconnues. Les colonnes marquées « non importée » sont ignorées.</translation>
        </message>
        <message>
            <source>Column in your file</source>
            <translation>Colonne de votre fichier</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Importée comme</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Colonnes du fichier</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Colonnes</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>E&amp;xport these rows…</source>
            <translation>E&amp;xporter ces lignes…</translation>
        </message>
        <message>
            <source>Rows with &amp;problems</source>
            <translation>&amp;Lignes avec problèmes</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>&amp;Users only: no organization memberships</source>
            <translation>&amp;Utilisateurs seulement : aucune adhésion à une organisation</translation>
        </message>
        <message>
            <source>Every user &amp;joins one organization:</source>
            <translation>Chaque utilisateur re&amp;joint une organisation :</translation>
        </message>
        <message>
            <source>Its WorkOS id (org_…)</source>
            <translation>Son ID WorkOS (org_…)</translation>
        </message>
        <message>
            <source>Its id in your system</source>
            <translation>Son ID dans votre système</translation>
        </message>
        <message>
            <source>How the organization is named</source>
            <translation>Nom de l’organisation</translation>
        </message>
        <message>
            <source>org_01… or your own id</source>
            <translation>org_01… ou votre propre ID</translation>
        </message>
        <message>
            <source>Organization id</source>
            <translation>ID d’organisation</translation>
        </message>
        <message>
            <source>&amp;Create it when it does not exist, named:</source>
            <translation type="vanished">Cré&amp;er si elle n’existe pas, avec le nom :</translation>
        </message>
        <message>
            <source>Organizations named only by name</source>
            <translation>Organisations désignées seulement par leur nom</translation>
        </message>
        <message>
            <source>Use each organization's &amp;name as its id (recommended: the same name always finds the same organization)</source>
            <translation type="vanished">Utiliser le &amp;nom de chaque organisation comme ID (recommandé : le même nom retrouve toujours la même organisation)</translation>
        </message>
        <message>
            <source>WorkOS finds an organization by an id. Your file has names only: with this ticked, the name exactly as written becomes the organization's external id. Without it, these rows cannot be imported.</source>
            <translation type="vanished">WorkOS retrouve une organisation par un ID. Votre fichier ne contient que des noms : si cette case est cochée, le nom, tel qu’il est écrit, devient l’ID externe de l’organisation. Sinon, ces lignes ne peuvent pas être importées.</translation>
        </message>
        <message>
            <source>Export the rows with problems</source>
            <translation>Exporter les lignes avec problèmes</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation>Fichier CSV (*.csv);;Fichier JSON (*.json)</translation>
        </message>
        <message>
            <source>What column %1 holds</source>
            <translation>Contenu de la colonne %1</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importée</translation>
        </message>
        <message>
            <source>This column already has the name the import uses.</source>
            <translation>Cette colonne porte déjà le nom utilisé par l’importation.</translation>
        </message>
        <message>
            <source>⚠ choose what it holds</source>
            <translation>⚠ choisissez son contenu</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>non importée</translation>
        </message>
        <message>
            <source>1 column looks like user data the wizard does not recognise. Choose what it holds, or “Not imported”, to go on.</source>
            <translation type="vanished">1 colonne semble contenir des données d’utilisateur que l’assistant ne reconnaît pas. Choisissez son contenu, ou « Non importée », pour continuer.</translation>
        </message>
        <message>
            <source>%1 columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</source>
            <translation type="vanished">%1 colonnes semblent contenir des données d’utilisateur que l’assistant ne reconnaît pas. Choisissez le contenu de chacune, ou « Non importée », pour continuer.</translation>
        </message>
        <message>
            <source>Checking every row with these columns…</source>
            <translation>Vérification de chaque ligne avec ces colonnes…</translation>
        </message>
        <message>
            <source>This file cannot be imported yet.</source>
            <translation>Ce fichier ne peut pas encore être importé.</translation>
        </message>
        <message>
            <source>Choose “Email address” for the column that holds the email addresses.</source>
            <translation>Choisissez « Adresse e-mail » pour la colonne qui contient les adresses e-mail.</translation>
        </message>
        <message>
            <source>%1 users to import (%2 memberships in %3 organizations).</source>
            <translation type="vanished">%1 utilisateurs à importer (%2 adhésions dans %3 organisations).</translation>
        </message>
        <message>
            <source>%1 rows have problems and will be skipped (see “Rows with problems”).</source>
            <translation type="vanished">%1 lignes ont des problèmes et seront ignorées (voir « Lignes avec problèmes »).</translation>
        </message>
        <message>
            <source>%1 repeated rows are imported once.</source>
            <translation type="vanished">%1 lignes répétées sont importées une seule fois.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Avertissement : %1</translation>
        </message>
        <message>
            <source>Rows with &amp;problems (%1)</source>
            <translation>&amp;Lignes avec problèmes (%1)</translation>
        </message>
        <message>
            <source>Rows with &amp;problems (first %1 of %2)</source>
            <translation>&amp;Lignes avec problèmes (les %1 premières sur %2)</translation>
        </message>
        <message>
            <source>Enter the organization's id to go on, or choose “Users only”.</source>
            <translation>Saisissez l’ID de l’organisation pour continuer, ou choisissez « Utilisateurs seulement ».</translation>
        </message>
        <message>
            <source>Enter the name the new organization gets.</source>
            <translation>Saisissez le nom que recevra la nouvelle organisation.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation>Choisissez un nom de fichier se terminant par .csv ou .json.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
        <message>
            <source>The rows could not be saved: %1</source>
            <translation>Les lignes n’ont pas pu être enregistrées : %1</translation>
        </message>
        <message>
            <source>Each column of the file with an example value and what it is imported as.</source>
            <translation>Chaque colonne du fichier avec une valeur d’exemple et ce en quoi elle est importée.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Header of the column that says whether a file column is imported or still to be decided</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Lignes avec problèmes</translation>
        </message>
        <message>
            <source>Each row of the file that cannot be imported as it is: its line, its email address and the problem.</source>
            <translation>Chaque ligne du fichier qui ne peut pas être importée telle quelle : son numéro, son adresse e-mail et le problème.</translation>
        </message>
        <message>
            <source>Whether the id that follows is the organization's WorkOS id or its id in your system.</source>
            <translation>Si l’ID qui suit est l’ID WorkOS de l’organisation ou son ID dans votre système.</translation>
        </message>
        <message>
            <source>Cr&amp;eate it when it does not exist, named:</source>
            <translation>Cré&amp;er si elle n’existe pas, avec le nom :</translation>
        </message>
        <message>
            <source>Use each organization's na&amp;me as its id (recommended: the same name always finds the same organization)</source>
            <translation type="vanished">Utiliser le &amp;nom de chaque organisation comme ID (recommandé : le même nom retrouve toujours la même organisation)</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Vérification des lignes</translation>
        </message>
        <message numerus="yes">
            <source>%n columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</source>
            <translation type="vanished">
                <numerusform>%n colonne semble contenir des données d’utilisateur que l’assistant ne reconnaît pas. Choisissez son contenu, ou « Non importée », pour continuer.</numerusform>
                <numerusform>%n colonnes semblent contenir des données d’utilisateur que l’assistant ne reconnaît pas. Choisissez le contenu de chacune, ou « Non importée », pour continuer.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to import (%2 in %3).</source>
            <extracomment>The whole sentence: "&lt;users&gt; to import (&lt;memberships&gt; in &lt;organizations&gt;)."</extracomment>
            <translation>%1 à importer (%2 dans %3).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln utilisateur</numerusform>
                <numerusform>%Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln adhésion</numerusform>
                <numerusform>%Ln adhésions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln organisation</numerusform>
                <numerusform>%Ln organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems and will be skipped (see “Rows with problems”).</source>
            <translation>
                <numerusform>%Ln ligne a des problèmes et sera ignorée (voir « Lignes avec problèmes »).</numerusform>
                <numerusform>%Ln lignes ont des problèmes et seront ignorées (voir « Lignes avec problèmes »).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated rows are imported once.</source>
            <translation>
                <numerusform>%Ln ligne répétée est importée une seule fois.</numerusform>
                <numerusform>%Ln lignes répétées sont importées une seule fois.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use each organization's na&amp;me as its id (recommended)</source>
            <translation>Utiliser le no&amp;m de chaque organisation comme identifiant (recommandé)</translation>
        </message>
        <message>
            <source>WorkOS finds an organization by an id. Your file has names only: with this ticked, the name exactly as written becomes the organization's external id, so the same name always finds the same organization. Without it, these rows cannot be imported.</source>
            <translation>WorkOS trouve une organisation par un identifiant. Votre fichier ne contient que des noms : avec cette case cochée, le nom tel qu’il est écrit devient l’identifiant externe de l’organisation, de sorte que le même nom retrouve toujours la même organisation. Sans elle, ces lignes ne peuvent pas être importées.</translation>
        </message>
        <message>
            <source>Most rows of the file have problems. Tick this to import only the rows without problems; the others are listed under “Rows with problems”.</source>
            <translation>La plupart des lignes du fichier ont des problèmes. Cochez ceci pour n’importer que les lignes sans problème ; les autres sont listées sous « Lignes avec problèmes ».</translation>
        </message>
        <message>
            <source>Its values look like email addresses.</source>
            <translation>Ses valeurs ressemblent à des adresses e-mail.</translation>
        </message>
        <message>
            <source>Its values look like WorkOS organization ids (org_…).</source>
            <translation>Ses valeurs ressemblent à des identifiants d’organisation WorkOS (org_…).</translation>
        </message>
        <message>
            <source>Its values look like WorkOS user ids (user_…). WorkOS gives imported users new ids, so these are usually not imported.</source>
            <translation>Ses valeurs ressemblent à des identifiants d’utilisateur WorkOS (user_…). WorkOS donne de nouveaux identifiants aux utilisateurs importés, ceux-ci ne sont donc généralement pas importés.</translation>
        </message>
        <message>
            <source>Its values look like yes/no answers.</source>
            <translation>Ses valeurs ressemblent à des réponses oui/non.</translation>
        </message>
        <message>
            <source>Its values look like roles.</source>
            <translation>Ses valeurs ressemblent à des rôles.</translation>
        </message>
        <message>
            <source>Its values look like organization names.</source>
            <translation>Ses valeurs ressemblent à des noms d’organisation.</translation>
        </message>
        <message>
            <source>Its values look like people's names.</source>
            <translation>Ses valeurs ressemblent à des noms de personnes.</translation>
        </message>
        <message>
            <source>Its values look like ids.</source>
            <translation>Ses valeurs ressemblent à des identifiants.</translation>
        </message>
        <message>
            <source>Its name suggests data about users.</source>
            <translation>Son nom suggère des données sur les utilisateurs.</translation>
        </message>
        <message>
            <source>Its name means “%1”, which the column “%2” provides already.</source>
            <translation>Son nom signifie « %1 », ce que la colonne « %2 » fournit déjà.</translation>
        </message>
        <message>
            <source>Perhaps: %1.</source>
            <translation>Peut-être : %1.</translation>
        </message>
        <message>
            <source>These columns look like user data and would not be imported. Choose what each holds, or “Not imported”, to go on:</source>
            <translation>Ces colonnes ressemblent à des données d’utilisateurs et ne seraient pas importées. Choisissez ce que contient chacune, ou « Non importée », pour continuer :</translation>
        </message>
        <message>
            <source>S&amp;kip %1 of the %2 rows: import only the %3 without problems</source>
            <translation>I&amp;gnorer %1 des %2 lignes : n’importer que les %3 sans problème</translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>Ignorer %Ln ligne et continuer</numerusform>
                <numerusform>Ignorer %Ln lignes et continuer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ConnectPage</name>
        <message>
            <source>The key works: WorkOS accepted it.</source>
            <translation>La clé fonctionne : WorkOS l’a acceptée.</translation>
        </message>
        <message>
            <source>Connect to WorkOS</source>
            <translation>Se connecter à WorkOS</translation>
        </message>
        <message>
            <source>Paste the secret API key of the WorkOS environment the users go to. You find it in the WorkOS dashboard under API Keys. Nothing is written yet.</source>
            <translation>Collez la clé API secrète de l’environnement WorkOS qui recevra les utilisateurs. Vous la trouverez dans le tableau de bord WorkOS, rubrique API Keys. Rien n’est encore écrit.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Production.&lt;/b&gt; This key writes to your live WorkOS environment: real users will be created. Rehearse with a staging key or the local sandbox first.</source>
            <translation>&lt;b&gt;Production.&lt;/b&gt; Cette clé écrit dans votre environnement WorkOS réel : de vrais utilisateurs seront créés. Faites d’abord une répétition avec une clé de préproduction ou le bac à sable local.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… ou sk_live_…</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Show or hide the key</source>
            <translation>Afficher ou masquer la clé</translation>
        </message>
        <message>
            <source>Hi&amp;de</source>
            <translation>&amp;Masquer</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clé API :</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Environnement :</translation>
        </message>
        <message>
            <source>&amp;Verify the key</source>
            <translation>&amp;Vérifier la clé</translation>
        </message>
        <message>
            <source>&amp;Remember the key in the system keychain</source>
            <translation>Mémoriser la clé dans le &amp;trousseau du système</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <source>Not ready for the real thing? Run the whole migration against a local sandbox that behaves like WorkOS, with the same rate limits.</source>
            <translation>Pas encore prêt pour le vrai passage ? Exécutez toute la migration sur un bac à sable local qui se comporte comme WorkOS, avec les mêmes limites de débit.</translation>
        </message>
        <message>
            <source>Rehearse on a local &amp;sandbox</source>
            <translation>&amp;Répéter sur un bac à sable local</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <extracomment>A disclosure button that shows more settings</extracomment>
            <translation>Ava&amp;ncé</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation type="vanished">A&amp;dresse de l’API :</translation>
        </message>
        <message>
            <source>WorkOS refused this key: it is wrong, was revoked, or belongs to another environment. Copy it again from the WorkOS dashboard (API Keys).</source>
            <translation>WorkOS a refusé cette clé : elle est erronée, a été révoquée ou appartient à un autre environnement. Copiez-la à nouveau depuis le tableau de bord WorkOS (API Keys).</translation>
        </message>
        <message>
            <source>The key is valid but has no permission for User Management and Organizations. Use a secret key with full access.</source>
            <translation>La clé est valide mais n’a pas de droits sur User Management et Organizations. Utilisez une clé secrète avec un accès complet.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached: check the internet connection (and the API URL), then verify again.</source>
            <translation>WorkOS est injoignable : vérifiez la connexion Internet (et l’URL de l’API), puis vérifiez à nouveau.</translation>
        </message>
        <message>
            <source>The secure connection to WorkOS failed: the certificate was not trusted. A company proxy that inspects traffic may be in the way; ask your IT team. (%1)</source>
            <translation>La connexion sécurisée à WorkOS a échoué : le certificat n’est pas reconnu. Un proxy d’entreprise qui inspecte le trafic peut en être la cause ; demandez à votre service informatique. (%1)</translation>
        </message>
        <message>
            <source>The proxy server of this computer refused or failed the connection to WorkOS. Check the proxy settings. (%1)</source>
            <translation>Le serveur proxy de cet ordinateur a refusé ou fait échouer la connexion à WorkOS. Vérifiez les paramètres du proxy. (%1)</translation>
        </message>
        <message>
            <source>This cannot be used: %1</source>
            <translation>Inutilisable : %1</translation>
        </message>
        <message>
            <source>WorkOS is rate limiting this key right now; wait a minute and verify again.</source>
            <translation>WorkOS limite actuellement le débit de cette clé ; attendez une minute et vérifiez à nouveau.</translation>
        </message>
        <message>
            <source>The key you used earlier in this session was filled in.</source>
            <translation>La clé utilisée plus tôt dans cette session a été renseignée.</translation>
        </message>
        <message>
            <source>Looking for a saved key in the system keychain…</source>
            <translation>Recherche d’une clé enregistrée dans le trousseau du système…</translation>
        </message>
        <message>
            <source>The key saved in the system keychain was filled in.</source>
            <translation>La clé enregistrée dans le trousseau du système a été renseignée.</translation>
        </message>
        <message>
            <source>Staging (a test key: nothing here touches your live users)</source>
            <translation>Préproduction (une clé de test : vos utilisateurs réels ne sont pas touchés)</translation>
        </message>
        <message>
            <source>&lt;b style='color:#b3261e'&gt;Production&lt;/b&gt; (a live key)</source>
            <translation>&lt;b style='color:#b3261e'&gt;Production&lt;/b&gt; (une clé réelle)</translation>
        </message>
        <message>
            <source>Local sandbox on this computer (a rehearsal)</source>
            <translation>Bac à sable local sur cet ordinateur (une répétition)</translation>
        </message>
        <message>
            <source>Unknown: WorkOS secret keys start with sk_test_ or sk_live_.</source>
            <translation>Inconnu : les clés secrètes WorkOS commencent par sk_test_ ou sk_live_.</translation>
        </message>
        <message>
            <source>Asking WorkOS…</source>
            <translation>Interrogation de WorkOS…</translation>
        </message>
        <message>
            <source>Saving the key in the system keychain…</source>
            <translation>Enregistrement de la clé dans le trousseau du système…</translation>
        </message>
        <message>
            <source>The key is saved in the system keychain.</source>
            <translation>La clé est enregistrée dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Starting the local sandbox…</source>
            <translation>Démarrage du bac à sable local…</translation>
        </message>
        <message>
            <source>Show the key</source>
            <translation>Afficher la clé</translation>
        </message>
        <message>
            <source>Shows or hides the address of the WorkOS API.</source>
            <translation>Affiche ou masque l’adresse de l’API WorkOS.</translation>
        </message>
        <message>
            <source>API &amp;URL:</source>
            <translation>&amp;URL de l’API :</translation>
        </message>
        <message>
            <source>Hide the key</source>
            <translation>Masquer la clé</translation>
        </message>
        <message>
            <source>The production key used earlier in this session is not filled in: paste it when you mean to import into production.</source>
            <translation>La clé de production utilisée plus tôt dans cette session n’est pas préremplie : collez-la quand vous voulez importer en production.</translation>
        </message>
        <message>
            <source>A production key is saved in the system keychain; it is not filled in for a new import. Paste it when you mean to import into production.</source>
            <translation>Une clé de production est enregistrée dans le trousseau système ; elle n’est pas préremplie pour une nouvelle importation. Collez-la quand vous voulez importer en production.</translation>
        </message>
    </context>
    <context>
        <name>Gui::CutoverChecklistWidget</name>
        <message>
            <source>Before you switch over</source>
            <translation>Avant de basculer</translation>
        </message>
        <message>
            <source>A production import is one step of the switch to WorkOS. Tick what you have done, or dismiss this list.</source>
            <translation>Une importation en production est une étape du passage à WorkOS. Cochez ce que vous avez fait, ou masquez cette liste.</translation>
        </message>
        <message>
            <source>Webhook delivery is paused during the import</source>
            <translation>L’envoi des webhooks est suspendu pendant l’importation</translation>
        </message>
        <message>
            <source>Otherwise your application receives a “user created” event for every imported user.</source>
            <translation>Sinon, votre application reçoit un événement « user created » pour chaque utilisateur importé.</translation>
        </message>
        <message>
            <source>Sign-ups in the old system are frozen, or written to both systems</source>
            <translation>Les inscriptions dans l’ancien système sont gelées, ou écrites dans les deux systèmes</translation>
        </message>
        <message>
            <source>People who sign up or change their profile during the import are otherwise missing from WorkOS.</source>
            <translation>Sinon, les personnes qui s’inscrivent ou modifient leur profil pendant l’importation manquent dans WorkOS.</translation>
        </message>
        <message>
            <source>A catch-up run is planned for what changes in the meantime</source>
            <translation>Une exécution de rattrapage est prévue pour ce qui change entre-temps</translation>
        </message>
        <message>
            <source>Import a newer export on top of this job just before the switch.</source>
            <translation>Importez un export plus récent par-dessus cette tâche juste avant la bascule.</translation>
        </message>
        <message>
            <source>The ID map will be saved after the import</source>
            <translation>La table de correspondance des ID sera enregistrée après l’importation</translation>
        </message>
        <message>
            <source>Your application's database points at the old user ids; the ID map gives each one its WorkOS id.</source>
            <translation>La base de données de votre application pointe vers les anciens ID d’utilisateur ; la table de correspondance des ID donne à chacun son ID WorkOS.</translation>
        </message>
        <message>
            <source>Dis&amp;miss this list</source>
            <translation>&amp;Masquer cette liste</translation>
        </message>
    </context>
    <context>
        <name>Gui::EnvironmentBadge</name>
        <message>
            <source>&lt;b&gt;Production&lt;/b&gt; — this import writes to your live WorkOS environment.</source>
            <translation>&lt;b&gt;Production&lt;/b&gt; — cette importation écrit dans votre environnement WorkOS réel.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Staging&lt;/b&gt; — a test environment: your live users are not touched.</source>
            <translation>&lt;b&gt;Préproduction&lt;/b&gt; — un environnement de test : vos utilisateurs réels ne sont pas touchés.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rehearsal&lt;/b&gt; — a local sandbox on this computer: nothing reaches WorkOS.</source>
            <translation>&lt;b&gt;Répétition&lt;/b&gt; — un bac à sable local sur cet ordinateur : rien n’atteint WorkOS.</translation>
        </message>
        <message>
            <source>Where this import writes</source>
            <translation>Où cette importation écrit</translation>
        </message>
    </context>
    <context>
        <name>Gui::FileInspection</name>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <source>No row of this file can be imported: every row has a problem. Fix the file (see the issues below) and choose it again.</source>
            <translation type="vanished">Aucune ligne de ce fichier ne peut être importée : chaque ligne a un problème. Corrigez le fichier (voir les problèmes ci-dessous) et choisissez-le à nouveau.</translation>
        </message>
        <message>
            <source>No row of this file can be imported: every row has a problem. The tab “Rows with problems” says what is wrong with each row: fix the file (or the choices on this page) and choose it again.</source>
            <translation>Aucune ligne de ce fichier ne peut être importée : chaque ligne a un problème. L’onglet « Lignes avec problèmes » indique ce qui ne va pas dans chaque ligne : corrigez le fichier (ou les choix sur cette page) et choisissez-le à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Gui::FilePage</name>
        <message>
            <source>Choose the file of users</source>
            <translation>Choisir le fichier des utilisateurs</translation>
        </message>
        <message>
            <source>A CSV file with one row per user (or per user and organization), exported from a spreadsheet or another system. Drop it here or browse for it. Nothing is sent anywhere yet.</source>
            <translation type="vanished">Un fichier CSV avec une ligne par utilisateur (ou par utilisateur et organisation), exporté d’un tableur ou d’un autre système. Déposez-le ici ou parcourez vos dossiers. Rien n’est encore envoyé.</translation>
        </message>
        <message>
            <source>CSV &amp;file:</source>
            <translation type="vanished">&amp;Fichier CSV :</translation>
        </message>
        <message>
            <source>Path of a .csv file</source>
            <translation type="vanished">Chemin d’un fichier .csv</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="vanished">Parc&amp;ourir…</translation>
        </message>
        <message>
            <source>No file yet, or not sure what it should look like?</source>
            <translation>Pas encore de fichier, ou pas sûr de ce qu’il doit contenir ?</translation>
        </message>
        <message>
            <source>Save a &amp;template CSV…</source>
            <translation>Enregistrer un &amp;modèle CSV…</translation>
        </message>
        <message>
            <source>Saves an example file with every column the import understands, to fill in with a spreadsheet program.</source>
            <translation>Enregistre un fichier d’exemple avec toutes les colonnes que l’importation comprend, à remplir avec un tableur.</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation type="vanished">Les premières lignes du fichier :</translation>
        </message>
        <message>
            <source>Preview of the file</source>
            <translation>Aperçu du fichier</translation>
        </message>
        <message>
            <source>Save a template CSV</source>
            <translation>Enregistrer un modèle CSV</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <source>A template was saved to %1. Fill it in (one row per user and organization), save it as CSV and choose it here.</source>
            <translation>Un modèle a été enregistré dans %1. Remplissez-le (une ligne par utilisateur et organisation), enregistrez-le en CSV et choisissez-le ici.</translation>
        </message>
        <message>
            <source>The template could not be saved: %1</source>
            <translation>Le modèle n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Choose the CSV file of users</source>
            <translation type="vanished">Choisir le fichier CSV des utilisateurs</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="vanished">Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>There is no file at this path. Check the name, or use Browse.</source>
            <translation>Aucun fichier à cet emplacement. Vérifiez le nom, ou utilisez Parcourir.</translation>
        </message>
        <message>
            <source>This file cannot be read as CSV: %1</source>
            <translation type="vanished">Ce fichier ne peut pas être lu comme CSV : %1</translation>
        </message>
        <message>
            <source>Reading and checking every row…</source>
            <translation>Lecture et vérification de chaque ligne…</translation>
        </message>
        <message>
            <source>Encoding: %1</source>
            <translation>Encodage : %1</translation>
        </message>
        <message>
            <source>Delimiter: %1</source>
            <translation>Séparateur : %1</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>Colonnes : %1</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Lignes : %1</translation>
        </message>
        <message>
            <source>This file cannot be used.</source>
            <translation>Ce fichier ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>The file was read. On the next page, say what each column holds.</source>
            <translation>Le fichier a été lu. À la page suivante, indiquez le contenu de chaque colonne.</translation>
        </message>
        <message>
            <source>The file was read: %1 users. On the next page, check what each column holds.</source>
            <translation type="vanished">Le fichier a été lu : %1 utilisateurs. À la page suivante, vérifiez le contenu de chaque colonne.</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>Parc&amp;ourir…</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Lecture du fichier</translation>
        </message>
        <message>
            <source>The first &amp;rows of the file:</source>
            <translation>Les premières &amp;lignes du fichier :</translation>
        </message>
        <message>
            <source>The first rows of the chosen file, as they were read; passwords and hashes are hidden.</source>
            <translation>Les premières lignes du fichier choisi, telles qu’elles ont été lues ; les mots de passe et hachages sont masqués.</translation>
        </message>
        <message numerus="yes">
            <source>The file was read: %Ln users. On the next page, check what each column holds.</source>
            <translation>
                <numerusform>Le fichier a été lu : %Ln utilisateur. À la page suivante, vérifiez le contenu de chaque colonne.</numerusform>
                <numerusform>Le fichier a été lu : %Ln utilisateurs. À la page suivante, vérifiez le contenu de chaque colonne.</numerusform>
            </translation>
        </message>
        <message>
            <source>A CSV file with one row per user (or per user and organization), or the export your old provider gives you (Auth0, Firebase, Clerk, Supabase, Cognito, Okta). Drop it here or browse for it. Nothing is sent anywhere yet.</source>
            <translation>Un fichier CSV avec une ligne par utilisateur (ou par utilisateur et organisation), ou l’export fourni par votre ancien fournisseur (Auth0, Firebase, Clerk, Supabase, Cognito, Okta). Déposez-le ici ou parcourez vos fichiers. Rien n’est encore envoyé.</translation>
        </message>
        <message>
            <source>Users &amp;file:</source>
            <translation>&amp;Fichier des utilisateurs :</translation>
        </message>
        <message>
            <source>A CSV, or an Auth0, Firebase, Clerk, Supabase, Cognito or Okta export</source>
            <translation>Un CSV, ou un export Auth0, Firebase, Clerk, Supabase, Cognito ou Okta</translation>
        </message>
        <message>
            <source>Firebase password hash &amp;parameters (Firebase console: Authentication, Users, the menu above the table, Password hash parameters). Paste them here:</source>
            <translation>&amp;Paramètres de hachage des mots de passe Firebase (console Firebase : Authentication, Users, le menu au-dessus du tableau, Password hash parameters). Collez-les ici :</translation>
        </message>
        <message>
            <source>hash_config { algorithm: SCRYPT, base64_signer_key: …, base64_salt_separator: …, rounds: 8, mem_cost: 14 }</source>
            <translation>hash_config { algorithm: SCRYPT, base64_signer_key: …, base64_salt_separator: …, rounds: 8, mem_cost: 14 }</translation>
        </message>
        <message>
            <source>Auth0 password e&amp;xport (optional):</source>
            <translation>E&amp;xport des mots de passe Auth0 (facultatif) :</translation>
        </message>
        <message>
            <source>The NDJSON file Auth0 support sends</source>
            <translation>Le fichier NDJSON envoyé par le support Auth0</translation>
        </message>
        <message>
            <source>Choos&amp;e…</source>
            <translation>Choisi&amp;r…</translation>
        </message>
        <message>
            <source>Choose the Auth0 password export</source>
            <translation>Choisir l’export des mots de passe Auth0</translation>
        </message>
        <message>
            <source>Organization from app metadata &amp;key:</source>
            <translation>Organisation depuis la &amp;clé des métadonnées d’application :</translation>
        </message>
        <message>
            <source>none (for example tenant_id)</source>
            <translation>aucune (par exemple tenant_id)</translation>
        </message>
        <message>
            <source>Keep created_&amp;at in metadata as:</source>
            <translation>Conserver created_&amp;at dans les métadonnées sous :</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>non conservé</translation>
        </message>
        <message>
            <source>Auth0 password export (*.json *.ndjson *.txt);;All files (*)</source>
            <translation>Export des mots de passe Auth0 (*.json *.ndjson *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>CSV and provider exports (*.csv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
            <translation>CSV et exports de fournisseurs (*.csv *.txt *.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file cannot be read: %1</source>
            <translation>Ce fichier ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>Paste the Firebase hash parameters below.</source>
            <translation>Collez ci-dessous les paramètres de hachage Firebase.</translation>
        </message>
        <message>
            <source>The file was read. As its columns are understood now, %1 can be imported and %2 cannot. On the next page, check what each column holds: the right choice there often makes these rows importable.</source>
            <translation>Le fichier a été lu. Selon la compréhension actuelle de ses colonnes, %1 peuvent être importées et %2 non. Sur la page suivante, vérifiez ce que contient chaque colonne : le bon choix y rend souvent ces lignes importables.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln utilisateur</numerusform>
                <numerusform>%Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Detected: a %1 export. Its users are read into the import's columns: the %1 id becomes the external_id.</source>
            <translation>Détecté : un export %1. Ses utilisateurs sont lus dans les colonnes de l’importation : l’identifiant %1 devient l’external_id.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>Passwords:</source>
            <translation>Mots de passe :</translation>
        </message>
        <message>
            <source>%1 kept as-is%2, %3 converted%4, %5 without a password (they must reset it)</source>
            <translation>%1 conservés tels quels%2, %3 convertis%4, %5 sans mot de passe (ils devront le réinitialiser)</translation>
        </message>
        <message>
            <source>reset needed, %1: %2</source>
            <translation>réinitialisation nécessaire, %1 : %2</translation>
        </message>
        <message>
            <source>A newer export of an earlier import?</source>
            <translation>Un export plus récent d’une importation précédente ?</translation>
        </message>
        <message>
            <source>Catch &amp;up with that import</source>
            <translation>&amp;Rattraper cette importation</translation>
        </message>
        <message>
            <source>New users are created, users that changed are updated, unchanged users cost nothing, and users no longer in the file are listed, never deleted.</source>
            <translation>Les nouveaux utilisateurs sont créés, ceux qui ont changé sont mis à jour, ceux qui n’ont pas changé ne coûtent rien, et ceux qui ne sont plus dans le fichier sont listés, jamais supprimés.</translation>
        </message>
        <message>
            <source>Import as a ne&amp;w job</source>
            <translation>Importer comme &amp;nouvelle tâche</translation>
        </message>
        <message>
            <source>This looks like a newer export of “%1”, rehearsed on %2: %3 of its users are in this file.</source>
            <translation>Cela ressemble à un export plus récent de « %1 », répété le %2 : %3 de ses utilisateurs sont dans ce fichier.</translation>
        </message>
        <message>
            <source>This looks like a newer export of “%1”, imported on %2: %3 of its users are in this file.</source>
            <translation>Cela ressemble à un export plus récent de « %1 », importé le %2 : %3 de ses utilisateurs sont dans ce fichier.</translation>
        </message>
        <message>
            <source>A catch-up creates the new users, updates the users that changed, leaves the others as they are and lists the users no longer in the file (it deletes nobody).</source>
            <translation>Un rattrapage crée les nouveaux utilisateurs, met à jour ceux qui ont changé, laisse les autres tels quels et liste ceux qui ne sont plus dans le fichier (il ne supprime personne).</translation>
        </message>
        <message>
            <source>Format: %1</source>
            <translation>Format : %1</translation>
        </message>
    </context>
    <context>
        <name>Gui::FreedesktopActions</name>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n’existe pas.</translation>
        </message>
        <message>
            <source>No file manager could be started (xdg-open is missing; install the package xdg-utils). The folder is %1.</source>
            <translation>Aucun gestionnaire de fichiers n’a pu être lancé (xdg-open est absent ; installez le paquet xdg-utils). Le dossier est %1.</translation>
        </message>
        <message>
            <source>The file manager could not be started. The folder is %1.</source>
            <translation>Le gestionnaire de fichiers n’a pas pu être lancé. Le dossier est %1.</translation>
        </message>
        <message>
            <source>This desktop has no session bus, so no notification can be shown.</source>
            <translation>Ce bureau n’a pas de bus de session, aucune notification ne peut donc être affichée.</translation>
        </message>
    </context>
    <context>
        <name>Gui::HelpDialog</name>
        <message>
            <source>Help — WorkOS Migration Wizard</source>
            <translation>Aide — Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>The user guide is not part of this build.</source>
            <translation>Le guide de l’utilisateur ne fait pas partie de cette version.</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guide de l’utilisateur</translation>
        </message>
    </context>
    <context>
        <name>Gui::IdMapSaver</name>
        <message>
            <source>The ID map could not be saved: %1</source>
            <translation>La table de correspondance des ID n’a pas pu être enregistrée : %1</translation>
        </message>
        <message numerus="yes">
            <source>The ID map (%Ln users) was saved to %1.</source>
            <translation>
                <numerusform>La table de correspondance des ID (%Ln utilisateur) a été enregistrée dans %1.</numerusform>
                <numerusform>La table de correspondance des ID (%Ln utilisateurs) a été enregistrée dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This job ran before source ids and membership ids were recorded: those columns are empty, and each line says so.</source>
            <translation>Cette tâche a été exécutée avant que les ID source et les ID d’adhésion soient enregistrés : ces colonnes sont vides, et chaque ligne l’indique.</translation>
        </message>
        <message>
            <source>Save the ID map</source>
            <translation>Enregistrer la table de correspondance des ID</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation>Fichier CSV (*.csv);;Fichier JSON (*.json)</translation>
        </message>
    </context>
    <context>
        <name>Gui::ImportWizard</name>
        <message>
            <source>New import — WorkOS Migration Wizard</source>
            <translation>Nouvelle importation — Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Rehearsal (local sandbox)</source>
            <translation>Répétition (bac à sable local)</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Préproduction</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Resume import — WorkOS Migration Wizard</source>
            <translation>Reprendre l’importation — Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Resume rehearsal — WorkOS Migration Wizard</source>
            <translation>Reprendre la répétition — Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>The job is no longer in the job list.</source>
            <translation>La tâche n’est plus dans la liste des tâches.</translation>
        </message>
        <message>
            <source>Retry failed rows — WorkOS Migration Wizard</source>
            <translation>Réessayer les lignes en échec — Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Stop the import?</source>
            <translation>Arrêter l’importation ?</translation>
        </message>
        <message>
            <source>The import is still running. Stop it now? It stays in the job list and can be resumed later; rows already imported are not sent again.</source>
            <translation>L’importation est toujours en cours. L’arrêter maintenant ? Elle reste dans la liste des tâches et pourra être reprise plus tard ; les lignes déjà importées ne sont pas renvoyées.</translation>
        </message>
        <message>
            <source>&amp;Stop and close</source>
            <translation>Arrêter et &amp;fermer</translation>
        </message>
        <message>
            <source>&amp;Keep running</source>
            <translation>&amp;Laisser continuer</translation>
        </message>
        <message>
            <source>Discard this import?</source>
            <translation>Abandonner cette importation ?</translation>
        </message>
        <message>
            <source>Close the wizard and discard this import's setup (the file, the columns, the key and the settings)? Nothing was sent to WorkOS.</source>
            <translation>Fermer l’assistant et abandonner la préparation de cette importation (le fichier, les colonnes, la clé et les réglages) ? Rien n’a été envoyé à WorkOS.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
    </context>
    <context>
        <name>Gui::JobListModel</name>
        <message>
            <source>planned</source>
            <translation>planifiée</translation>
        </message>
        <message>
            <source>preparing organizations</source>
            <translation>préparation des organisations</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrompue</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>finished with errors</source>
            <translation>terminée avec des erreurs</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>Préproduction</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>%1
Job %2</source>
            <translation>%1
Tâche %2</translation>
        </message>
        <message>
            <source>%1 rows refused by WorkOS or not sent, %2 rows with a problem in the file</source>
            <translation>%1 lignes refusées par WorkOS ou non envoyées, %2 lignes avec un problème dans le fichier</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Démarrée</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Utilisateurs créés</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Lignes non importées</translation>
        </message>
        <message>
            <source>undo unfinished</source>
            <extracomment>the job list's state: an undo was started and has not reached its end</extracomment>
            <translation>« Défaire » inachevé</translation>
        </message>
        <message numerus="yes">
            <source>undone, %n kept</source>
            <extracomment>the job list's state: undone, except objects left in place (see the undo report)</extracomment>
            <translation>
                <numerusform>défaite dans WorkOS, %n conservé</numerusform>
                <numerusform>défaite dans WorkOS, %n conservés</numerusform>
            </translation>
        </message>
        <message>
            <source>undone</source>
            <extracomment>the job list's state: everything the import created was deleted again</extracomment>
            <translation>défaite dans WorkOS</translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches</source>
            <extracomment>the job list's state: a verify found this many rows WorkOS does not hold as the file says</extracomment>
            <translation>
                <numerusform>vérification : %n écart</numerusform>
                <numerusform>vérification : %n écarts</numerusform>
            </translation>
        </message>
        <message>
            <source>verified %1</source>
            <extracomment>the job list's state: WorkOS holds every imported row; %1 is when it was checked</extracomment>
            <translation>vérifiée %1</translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches in %1 of %2 rows</source>
            <translation>
                <numerusform>vérification : %n écart sur %1 lignes sur %2</numerusform>
                <numerusform>vérification : %n écarts sur %1 lignes sur %2</numerusform>
            </translation>
        </message>
        <message>
            <source>verified %1 of %2 rows %3</source>
            <extracomment>the job list's state, after the job's own state: a verify of part of the job; %3 is when</extracomment>
            <translation>%1 lignes sur %2 vérifiées %3</translation>
        </message>
        <message>
            <source>%1
Job %2
Passwords: %3</source>
            <translation>%1
Tâche %2
Mots de passe : %3</translation>
        </message>
        <message>
            <source>%1 (catch-up of “%2”)</source>
            <extracomment>The job list's file column for a catch-up: "new.csv (catch-up of “old.csv”)"</extracomment>
            <translation>%1 (rattrapage de « %2 »)</translation>
        </message>
        <message>
            <source>%1 · %2 updated</source>
            <extracomment>The job list's users column: users created, then users the import updated</extracomment>
            <translation>%1 · %2 mis à jour</translation>
        </message>
        <message>
            <source>Catch-up of “%1”</source>
            <translation>Rattrapage de « %1 »</translation>
        </message>
        <message>
            <source>%1 users created, %2 already in WorkOS, of which %3 updated</source>
            <translation>%1 utilisateurs créés, %2 déjà dans WorkOS, dont %3 mis à jour</translation>
        </message>
    </context>
    <context>
        <name>Gui::KeychainStore</name>
        <message>
            <source>No system keychain answered on this computer, so the key is kept in memory only and you will be asked for it again next time.</source>
            <translation>Aucun trousseau système n’a répondu sur cet ordinateur : la clé est donc gardée en mémoire seulement, et elle vous sera redemandée la prochaine fois.</translation>
        </message>
        <message>
            <source>The system keychain refused access, so the key is kept in memory only.</source>
            <translation>Le trousseau système a refusé l’accès : la clé est donc gardée en mémoire seulement.</translation>
        </message>
        <message>
            <source>The key could not be removed from the system keychain.</source>
            <translation>La clé n’a pas pu être retirée du trousseau système.</translation>
        </message>
    </context>
    <context>
        <name>Gui::MainWindow</name>
        <message>
            <source>Verify</source>
            <translation type="vanished">Vérifier</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation type="vanished">Défaire cette importation…</translation>
        </message>
        <message>
            <source>Export the error report</source>
            <translation>Exporter le rapport d’erreurs</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation type="vanished">Fichier CSV (*.csv);;Fichier JSON (*.json)</translation>
        </message>
        <message>
            <source>No imports yet. Press “New import” to move your first users into WorkOS.</source>
            <translation type="vanished">Aucune importation pour l’instant. Cliquez sur « Nouvelle importation » pour transférer vos premiers utilisateurs vers WorkOS.</translation>
        </message>
        <message>
            <source>Checking that the file has not changed…</source>
            <translation>Vérification que le fichier n’a pas changé…</translation>
        </message>
        <message>
            <source>The file changed</source>
            <translation>Le fichier a changé</translation>
        </message>
        <message>
            <source>The file %1 is no longer at %2. Put it back there to resume this import; nothing was lost.</source>
            <translation>Le fichier %1 n’est plus dans %2. Remettez-le à cet endroit pour reprendre cette importation ; rien n’a été perdu.</translation>
        </message>
        <message>
            <source>The file %1 changed since this import started, so it cannot continue: the rows would no longer match. Put the original file back to resume, or start a New import with the changed file (users already imported are recognised, not created twice).</source>
            <translation>Le fichier %1 a changé depuis le début de cette importation, elle ne peut donc pas continuer : les lignes ne correspondraient plus. Remettez le fichier d’origine pour reprendre, ou démarrez une nouvelle importation avec le fichier modifié (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>The rehearsal could not resume: %1</source>
            <translation>La répétition n’a pas pu reprendre : %1</translation>
        </message>
        <message>
            <source>Looking for the API key in the system keychain…</source>
            <translation>Recherche de la clé API dans le trousseau du système…</translation>
        </message>
        <message>
            <source>Retry the rows of %1 that were not imported</source>
            <translation>Réessayer les lignes non importées de %1</translation>
        </message>
        <message>
            <source>Resume the interrupted import?</source>
            <translation>Reprendre l’importation interrompue ?</translation>
        </message>
        <message>
            <source>The import of %1, started %2, stopped before it finished. Resume it now? Users already imported will not be sent again.</source>
            <translation>L’importation de %1, démarrée %2, s’est arrêtée avant la fin. La reprendre maintenant ? Les utilisateurs déjà importés ne seront pas renvoyés.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Plus &amp;tard</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation type="vanished">Choisissez un nom de fichier se terminant par .csv ou .json.</translation>
        </message>
        <message>
            <source>The error report was saved to %1.</source>
            <translation>Le rapport d’erreurs a été enregistré dans %1.</translation>
        </message>
        <message>
            <source>The error report could not be saved: %1</source>
            <translation>Le rapport d’erreurs n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Job id</source>
            <translation>ID de la tâche</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Job details: the job's state (Running, Paused, Finished…)</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>Where</source>
            <extracomment>Job details: the WorkOS environment the job writes to (Production, Staging, Rehearsal)</extracomment>
            <translation>Destination</translation>
        </message>
        <message>
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <source>Mode</source>
            <extracomment>Job details: how the job imports (create users, update, dry run), not a display mode</extracomment>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation type="vanished">Flux parallèles</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>Job details: when the job was created (a date), not a count of users created</extracomment>
            <translation>Créée</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Démarrée</translation>
        </message>
        <message>
            <source>Finished</source>
            <extracomment>Job details: when the job finished (a date)</extracomment>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Utilisateurs créés</translation>
        </message>
        <message>
            <source>Already existed</source>
            <translation>Déjà existants</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Adhésions ajoutées</translation>
        </message>
        <message>
            <source>Invalid rows</source>
            <translation>Lignes invalides</translation>
        </message>
        <message>
            <source>Failed rows</source>
            <translation>Lignes en échec</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Dernier message</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Détails de la tâche</translation>
        </message>
        <message>
            <source>Job %1 is running in another window or process: stop it there before deleting it.</source>
            <translation>La tâche %1 s’exécute dans une autre fenêtre ou un autre processus : arrêtez-la là-bas avant de la supprimer.</translation>
        </message>
        <message>
            <source>Delete the job?</source>
            <translation>Supprimer la tâche ?</translation>
        </message>
        <message>
            <source>Delete the import of %1 and everything recorded about it (progress, row outcomes, error report)? The users already in WorkOS stay there. This cannot be undone.</source>
            <translation>Supprimer l’importation de %1 et tout ce qui a été enregistré à son sujet (progression, résultats des lignes, rapport d’erreurs) ? Les utilisateurs déjà dans WorkOS y restent. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <source>Job %1 deleted.</source>
            <translation>Tâche %1 supprimée.</translation>
        </message>
        <message>
            <source>The job could not be deleted: %1</source>
            <translation>La tâche n’a pas pu être supprimée : %1</translation>
        </message>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations from a CSV file into WorkOS. Start a new import, or pick up a job from the list.</source>
            <translation type="vanished">Transférez des utilisateurs, leurs mots de passe et leurs organisations d’un fichier CSV vers WorkOS. Démarrez une nouvelle importation, ou reprenez une tâche de la liste.</translation>
        </message>
        <message>
            <source>&amp;New import…</source>
            <translation>&amp;Nouvelle importation…</translation>
        </message>
        <message>
            <source>&amp;Resume…</source>
            <translation>&amp;Reprendre…</translation>
        </message>
        <message>
            <source>Re&amp;try failed rows…</source>
            <translation>Réessa&amp;yer les lignes en échec…</translation>
        </message>
        <message>
            <source>&amp;Export error report…</source>
            <translation>E&amp;xporter le rapport d’erreurs…</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Check in WorkOS that every user of this job is there</source>
            <translation>Vérifier dans WorkOS que chaque utilisateur de cette tâche est présent</translation>
        </message>
        <message>
            <source>&amp;Undo this import…</source>
            <translation>Dé&amp;faire cette importation…</translation>
        </message>
        <message>
            <source>Deta&amp;ils</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Recent &amp;jobs:</source>
            <translation>&amp;Tâches récentes :</translation>
        </message>
        <message>
            <source>Recent jobs</source>
            <translation>Tâches récentes</translation>
        </message>
        <message>
            <source>One row per import: its file, state, where it wrote and its counts</source>
            <translation>Une ligne par importation : son fichier, son état, sa destination et ses compteurs</translation>
        </message>
        <message>
            <source>No imports yet</source>
            <translation>Aucune importation pour l’instant</translation>
        </message>
        <message>
            <source>Start with a CSV file of your users: the wizard checks it, connects to WorkOS and shows what will happen before anything is written.</source>
            <translation type="vanished">Commencez par un fichier CSV de vos utilisateurs : l’assistant le vérifie, se connecte à WorkOS et montre ce qui va se passer avant que quoi que ce soit ne soit écrit.</translation>
        </message>
        <message>
            <source>Starts the wizard for your first import</source>
            <translation>Lance l’assistant pour votre première importation</translation>
        </message>
        <message>
            <source>Save the &amp;ID map…</source>
            <translation>Enregistrer la table des &amp;ID…</translation>
        </message>
        <message>
            <source>Retry the rows of %1 that were not imported — Production</source>
            <translation>Réessayer les lignes non importées de %1 — Production</translation>
        </message>
        <message>
            <source>Choose a file name ending in .xlsx (a spreadsheet), .csv or .json.</source>
            <translation>Choisissez un nom de fichier se terminant par .xlsx (un tableur), .csv ou .json.</translation>
        </message>
        <message>
            <source>Users only</source>
            <extracomment>Job details: the job imports users without organizations</extracomment>
            <translation>Utilisateurs seulement</translation>
        </message>
        <message>
            <source>Users and their organizations</source>
            <extracomment>Job details: the job imports users with the organizations each row names</extracomment>
            <translation>Utilisateurs et leurs organisations</translation>
        </message>
        <message>
            <source>Users into one organization</source>
            <extracomment>Job details: the job imports every user into one organization</extracomment>
            <translation>Utilisateurs dans une seule organisation</translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <extracomment>Job details: how many connections to WorkOS the job used at the same time</extracomment>
            <translation>Connexions parallèles</translation>
        </message>
        <message>
            <source>An undo of this job has started: import the file again as a new job.</source>
            <translation>« Défaire » a été lancé pour cette tâche : importez à nouveau le fichier comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>An undo of %1 has started, so it is closed to import: import the file again as a new job.</source>
            <translation>« Défaire » a été lancé pour %1, elle est donc fermée à l’importation : importez à nouveau le fichier comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations into WorkOS, from a CSV file or your old provider’s export. Start a new import, or pick up a job from the list.</source>
            <translation>Transférez les utilisateurs, leurs mots de passe et leurs organisations vers WorkOS, depuis un fichier CSV ou l’export de votre ancien fournisseur. Lancez une nouvelle importation, ou reprenez une tâche de la liste.</translation>
        </message>
        <message>
            <source>Start with a CSV file of your users, or the export of Auth0, Firebase, Clerk, Supabase, Cognito or Okta: the wizard checks it, connects to WorkOS and shows what will happen before anything is written.</source>
            <translation>Commencez avec un fichier CSV de vos utilisateurs, ou l’export d’Auth0, Firebase, Clerk, Supabase, Cognito ou Okta : l’assistant le vérifie, se connecte à WorkOS et montre ce qui va se passer avant que quoi que ce soit ne soit écrit.</translation>
        </message>
    </context>
    <context>
        <name>Gui::OrganizationsPage</name>
        <message>
            <source>Organizations &amp; roles</source>
            <translation>Organisations et rôles</translation>
        </message>
        <message>
            <source>Every organization the file names, looked up in WorkOS, and the roles it gives. This only reads: missing organizations are created when the import starts, after the review.</source>
            <translation>Chaque organisation citée par le fichier, recherchée dans WorkOS, et les rôles qu’il attribue. Cette étape ne fait que lire : les organisations manquantes sont créées au démarrage de l’importation, après la vérification.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Ce qui va se passer</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Organizations that cannot be found</source>
            <translation>Organisations introuvables</translation>
        </message>
        <message>
            <source>&amp;Go back and fix the file first (Next stays off)</source>
            <translation>&amp;Revenir en arrière et corriger d’abord le fichier (Suivant reste désactivé)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Import anyway: the memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again)</source>
            <translation type="vanished">Importer quand même : les adhésions avec ces rôles échouent et vont dans le rapport d’erreurs (ou ajoutez les rôles dans le tableau de bord WorkOS et vérifiez à nouveau)</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>&amp;Vérifier à nouveau</translation>
        </message>
        <message>
            <source>(no name in the file)</source>
            <translation>(aucun nom dans le fichier)</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>vérification…</translation>
        </message>
        <message>
            <source>%1 ⚠</source>
            <translation>%1 ⚠</translation>
        </message>
        <message>
            <source>The same name is used with different ids (%1): these become separate organizations. Check that this is meant.</source>
            <translation type="vanished">Le même nom est utilisé avec des ID différents (%1) : ils deviennent des organisations distinctes. Vérifiez que c’est voulu.</translation>
        </message>
        <message>
            <source>Looking up 1 organization in WorkOS…</source>
            <translation type="vanished">Recherche d’une organisation dans WorkOS…</translation>
        </message>
        <message>
            <source>Looking up %1 organizations in WorkOS…</source>
            <translation type="vanished">Recherche de %1 organisations dans WorkOS…</translation>
        </message>
        <message>
            <source>exists in WorkOS</source>
            <translation>existe dans WorkOS</translation>
        </message>
        <message>
            <source>will be created</source>
            <translation>sera créée</translation>
        </message>
        <message>
            <source>could not be checked: %1</source>
            <translation>n’a pas pu être vérifiée : %1</translation>
        </message>
        <message>
            <source>cannot be found — %1</source>
            <translation>introuvable — %1</translation>
        </message>
        <message>
            <source>The organizations could not be checked: %1 Fix this and press “Check again”.</source>
            <translation>Les organisations n’ont pas pu être vérifiées : %1 Corrigez cela et cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>Some organizations could not be checked (see the table). Nothing was written. Press “Check again” when WorkOS can be reached.</source>
            <translation>Certaines organisations n’ont pas pu être vérifiées (voir le tableau). Rien n’a été écrit. Cliquez sur « Vérifier à nouveau » quand WorkOS sera joignable.</translation>
        </message>
        <message>
            <source>%1 exist, %2 will be created, %3 cannot be found.</source>
            <translation type="vanished">%1 existent, %2 seront créées, %3 introuvables.</translation>
        </message>
        <message>
            <source>WorkOS has no organization for: %1. Their rows cannot be imported as they are.</source>
            <translation>WorkOS n’a aucune organisation pour : %1. Leurs lignes ne peuvent pas être importées en l’état.</translation>
        </message>
        <message>
            <source>&amp;Skip its row: the other rows are imported, this one goes to the error report</source>
            <translation type="vanished">&amp;Ignorer sa ligne : les autres lignes sont importées, celle-ci va dans le rapport d’erreurs</translation>
        </message>
        <message>
            <source>&amp;Skip their %1 rows: the other rows are imported, these go to the error report</source>
            <translation type="vanished">&amp;Ignorer leurs %1 lignes : les autres lignes sont importées, celles-ci vont dans le rapport d’erreurs</translation>
        </message>
        <message>
            <source>The environment's roles could not be read (%1). The roles in the file (%2) are checked by WorkOS during the import.</source>
            <translation>Les rôles de l’environnement n’ont pas pu être lus (%1). Les rôles du fichier (%2) sont vérifiés par WorkOS pendant l’importation.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>aucune réponse</translation>
        </message>
        <message>
            <source>Every role in the file exists in this environment: %1.</source>
            <translation>Chaque rôle du fichier existe dans cet environnement : %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This environment has no role %1&lt;/b&gt; (used on %2). WorkOS refuses a membership with an unknown role. The environment's roles are: %3.</source>
            <translation>&lt;b&gt;Cet environnement n’a pas de rôle %1&lt;/b&gt; (utilisé dans %2). WorkOS refuse une adhésion avec un rôle inconnu. Les rôles de l’environnement sont : %3.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation type="vanished">1 ligne</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation type="vanished">%1 lignes</translation>
        </message>
        <message>
            <source>Looking up the organizations</source>
            <translation>Recherche des organisations</translation>
        </message>
        <message>
            <source>Every organization of the file with its id, its rows and what will happen to it.</source>
            <translation>Chaque organisation du fichier avec son ID, ses lignes et ce qui lui arrivera.</translation>
        </message>
        <message>
            <source>&amp;Import anyway: the memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again)</source>
            <translation type="vanished">Importer &amp;quand même : les adhésions avec ces rôles échouent et vont dans le rapport d’erreurs (ou ajoutez les rôles dans le tableau de bord WorkOS et vérifiez à nouveau)</translation>
        </message>
        <message numerus="yes">
            <source>Looking up %Ln organizations in WorkOS…</source>
            <translation>
                <numerusform>Recherche de %Ln organisation dans WorkOS…</numerusform>
                <numerusform>Recherche de %Ln organisations dans WorkOS…</numerusform>
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
                <numerusform>%Ln existe</numerusform>
                <numerusform>%Ln existent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln will be created</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln sera créée</numerusform>
                <numerusform>%Ln seront créées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cannot be found</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln introuvable</numerusform>
                <numerusform>%Ln introuvables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows: the other rows are imported, these go to the error report</source>
            <translation type="vanished">
                <numerusform>&amp;Ignorer sa ligne : les autres lignes sont importées, celle-ci va dans le rapport d’erreurs</numerusform>
                <numerusform>&amp;Ignorer leurs %Ln lignes : les autres lignes sont importées, celles-ci vont dans le rapport d’erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>The other rows are imported; these go to the error report.</source>
            <translation>Les autres lignes sont importées ; celles-ci vont dans le rapport d’erreurs.</translation>
        </message>
        <message>
            <source>&amp;Import anyway</source>
            <translation>&amp;Importer quand même</translation>
        </message>
        <message>
            <source>The memberships with these roles fail and go to the error report (or add the roles in the WorkOS dashboard and check again).</source>
            <translation>Les adhésions avec ces rôles échouent et vont dans le rapport d’erreurs (ou ajoutez les rôles dans le tableau de bord WorkOS et vérifiez à nouveau).</translation>
        </message>
        <message>
            <source>Names written differently</source>
            <translation>Noms écrits différemment</translation>
        </message>
        <message>
            <source>&amp;Different organizations: import them as written</source>
            <translation>&amp;Organisations différentes : les importer telles qu’écrites</translation>
        </message>
        <message>
            <source>Organizations that may exist already</source>
            <translation>Organisations qui existent peut-être déjà</translation>
        </message>
        <message>
            <source>C&amp;reate new ones anyway</source>
            <translation>C&amp;réer quand même de nouvelles</translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>Ignorer %Ln ligne et continuer</numerusform>
                <numerusform>Ignorer %Ln lignes et continuer</numerusform>
            </translation>
        </message>
        <message>
            <source>Written like %1: these become separate organizations. Check that this is meant.</source>
            <translation>Écrites comme %1 : elles deviennent des organisations distinctes. Vérifiez que c’est voulu.</translation>
        </message>
        <message>
            <source>These organizations have the same name, or names that differ only in case, spacing or punctuation, and each becomes an organization of its own: %1. If they are one organization, write the name the same way on every row and give the rows the same organization id, then choose the file again.</source>
            <translation>Ces organisations ont le même nom, ou des noms qui ne diffèrent que par la casse, les espaces ou la ponctuation, et chacune devient une organisation distincte : %1. S’il s’agit d’une seule organisation, écrivez le nom de la même façon sur chaque ligne et donnez aux lignes le même identifiant d’organisation, puis choisissez à nouveau le fichier.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows</source>
            <translation>
                <numerusform>&amp;Ignorer leur %Ln ligne</numerusform>
                <numerusform>&amp;Ignorer leurs %Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (%2) would be created next to the existing “%3” (%4)</source>
            <translation>« %1 » (%2) serait créée à côté de « %3 » (%4) existante</translation>
        </message>
        <message>
            <source>external id %1</source>
            <translation>identifiant externe %1</translation>
        </message>
        <message>
            <source>will be created — an organization named “%1” exists</source>
            <translation>sera créée — une organisation nommée « %1 » existe</translation>
        </message>
        <message>
            <source>WorkOS already has organizations with these names (case, spacing and punctuation aside): %1. To use the existing organization, put its id (or its external id) in the file's organization column for these rows and choose the file again.</source>
            <translation>WorkOS a déjà des organisations portant ces noms (casse, espaces et ponctuation mis à part) : %1. Pour utiliser l’organisation existante, mettez son identifiant (ou son identifiant externe) dans la colonne d’organisation du fichier pour ces lignes et choisissez à nouveau le fichier.</translation>
        </message>
        <message>
            <source>The ids in the column “%1” look like WorkOS organization ids (org_…): on the Columns page, choose “%2” for it.</source>
            <translation>Les identifiants de la colonne « %1 » ressemblent à des identifiants d’organisation WorkOS (org_…) : sur la page Colonnes, choisissez « %2 » pour elle.</translation>
        </message>
        <message>
            <source>The column “%1” does not hold WorkOS organization ids (org_…): if they are your own ids, choose “%2” for it on the Columns page.</source>
            <translation>La colonne « %1 » ne contient pas d’identifiants d’organisation WorkOS (org_…) : s’il s’agit de vos propres identifiants, choisissez « %2 » pour elle sur la page Colonnes.</translation>
        </message>
    </context>
    <context>
        <name>Gui::PasswordCheckDialog</name>
        <message>
            <source>Check a known password</source>
            <translation>Vérifier un mot de passe connu</translation>
        </message>
        <message>
            <source>&amp;Email of the account:</source>
            <translation>&amp;E-mail du compte :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>C&amp;lient ID:</source>
            <translation>&amp;ID client :</translation>
        </message>
        <message>
            <source>client_…</source>
            <translation>client_…</translation>
        </message>
        <message>
            <source>In the WorkOS dashboard: API Keys, "Client ID", of the same environment as the API key.</source>
            <translation>Dans le tableau de bord WorkOS : API Keys, « Client ID », du même environnement que la clé API.</translation>
        </message>
        <message>
            <source>Sign in with an imported user</source>
            <translation>Se connecter avec un utilisateur importé</translation>
        </message>
        <message>
            <source>Sign in with one imported user whose password you know. WorkOS checks the password as it will for your users; it allows 10 attempts per minute for one email. The password is not kept.</source>
            <translation>Connectez-vous avec un utilisateur importé dont vous connaissez le mot de passe. WorkOS vérifie le mot de passe comme il le fera pour vos utilisateurs ; il autorise 10 tentatives par minute pour une même adresse e-mail. Le mot de passe n’est pas conservé.</translation>
        </message>
        <message>
            <source>Name one account of the file whose password you know (your own test account is a good choice) and type its password. It is checked here, against that account's hash as WorkOS will read it; nothing is sent and the password is not kept.</source>
            <translation>Indiquez un compte du fichier dont vous connaissez le mot de passe (votre propre compte de test est un bon choix) et saisissez son mot de passe. Il est vérifié ici, par rapport au hachage de ce compte tel que WorkOS le lira ; rien n’est envoyé et le mot de passe n’est pas conservé.</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Se connecter</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Type the account's email and its password.</source>
            <translation>Saisissez l’adresse e-mail du compte et son mot de passe.</translation>
        </message>
        <message>
            <source>Type the client id (client_…): WorkOS dashboard, API Keys, "Client ID".</source>
            <translation>Saisissez l’ID client (client_…) : tableau de bord WorkOS, API Keys, « Client ID ».</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification en cours…</translation>
        </message>
    </context>
    <context>
        <name>Gui::RehearsalSandbox</name>
        <message>
            <source>The local sandbox (workos-sandbox) is not installed next to this program.</source>
            <translation>Le bac à sable local (workos-sandbox) n’est pas installé à côté de ce programme.</translation>
        </message>
        <message>
            <source>The local sandbox could not be started: %1</source>
            <translation>Le bac à sable local n’a pas pu démarrer : %1</translation>
        </message>
        <message>
            <source>The local sandbox stopped before it was ready.</source>
            <translation>Le bac à sable local s’est arrêté avant d’être prêt.</translation>
        </message>
        <message>
            <source>The local sandbox did not start within 15 seconds.</source>
            <translation>Le bac à sable local n’a pas démarré en 15 secondes.</translation>
        </message>
        <message>
            <source>The local sandbox answered in an unexpected way.</source>
            <translation>Le bac à sable local a répondu de façon inattendue.</translation>
        </message>
        <message>
            <source>The folder for the rehearsal's data could not be made: %1</source>
            <translation>Le dossier des données de la répétition n’a pas pu être créé : %1</translation>
        </message>
        <message>
            <source>This rehearsal's data is in use by another local sandbox (another window of this program, or one still running from earlier). Close it, then try again.</source>
            <translation>Les données de cette répétition sont utilisées par un autre bac à sable local (une autre fenêtre de ce programme, ou un bac à sable lancé plus tôt et toujours actif). Fermez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The local sandbox stopped before it was ready: %1</source>
            <translation>Le bac à sable local s’est arrêté avant d’être prêt : %1</translation>
        </message>
    </context>
    <context>
        <name>Gui::ResumeDialog</name>
        <message>
            <source>Resume %1</source>
            <translation>Reprendre %1</translation>
        </message>
        <message>
            <source>The import continues where it stopped; users already imported are not sent again. Paste the API key for %1: it is not saved on this computer.</source>
            <translation>L’importation reprend là où elle s’est arrêtée ; les utilisateurs déjà importés ne sont pas renvoyés. Collez la clé API pour %1 : elle n’est pas enregistrée sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The import continues where it stopped; users already imported are not sent again. The key for %1 comes from the system keychain.</source>
            <translation>L’importation reprend là où elle s’est arrêtée ; les utilisateurs déjà importés ne sont pas renvoyés. La clé pour %1 provient du trousseau du système.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… ou sk_live_…</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clé API :</translation>
        </message>
        <message>
            <source>Parallel &amp;workers:</source>
            <translation type="vanished">&amp;Flux parallèles :</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>Checking the key with WorkOS…</source>
            <translation>Vérification de la clé auprès de WorkOS…</translation>
        </message>
        <message>
            <source>%1 Nothing was sent; paste the key again.</source>
            <translation>%1 Rien n’a été envoyé ; collez à nouveau la clé.</translation>
        </message>
        <message>
            <source>Parallel &amp;connections:</source>
            <translation>Connexions &amp;parallèles :</translation>
        </message>
        <message>
            <source>Resume %1 — Production</source>
            <extracomment>the resume dialog's title for a job that writes to production; %1 is the file's name</extracomment>
            <translation>Reprendre %1 — Production</translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewPage</name>
        <message>
            <source>Review and start</source>
            <translation>Vérifier et démarrer</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Check what will happen; the import starts only with the button below.</source>
            <translation>Rien n’a encore été écrit. Vérifiez ce qui va se passer ; l’importation ne démarre qu’avec le bouton ci-dessous.</translation>
        </message>
        <message>
            <source>Import 1 user into Production</source>
            <translation type="vanished">Importer 1 utilisateur en production</translation>
        </message>
        <message>
            <source>Import %1 users into Production</source>
            <translation type="vanished">Importer %1 utilisateurs en production</translation>
        </message>
        <message>
            <source>Rehearse with 1 user</source>
            <translation type="vanished">Répéter avec 1 utilisateur</translation>
        </message>
        <message>
            <source>Rehearse with %1 users</source>
            <translation type="vanished">Répéter avec %1 utilisateurs</translation>
        </message>
        <message>
            <source>Import 1 user into Staging</source>
            <translation type="vanished">Importer 1 utilisateur en préproduction</translation>
        </message>
        <message>
            <source>Import %1 users into Staging</source>
            <translation type="vanished">Importer %1 utilisateurs en préproduction</translation>
        </message>
        <message>
            <source>(key ending %1)</source>
            <translation>(clé se terminant par %1)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adresse de l’API</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Users to import</source>
            <translation>Utilisateurs à importer</translation>
        </message>
        <message>
            <source>Organization for everyone</source>
            <translation>Organisation pour tous</translation>
        </message>
        <message>
            <source>Memberships to add</source>
            <translation>Adhésions à ajouter</translation>
        </message>
        <message>
            <source>Organizations that exist</source>
            <translation>Organisations existantes</translation>
        </message>
        <message>
            <source>Organizations to create</source>
            <translation>Organisations à créer</translation>
        </message>
        <message>
            <source>Organizations not found</source>
            <translation>Organisations introuvables</translation>
        </message>
        <message>
            <source>%1 — their %2 rows are skipped and listed in the error report</source>
            <translation type="vanished">%1 — leurs %2 lignes sont ignorées et listées dans le rapport d’erreurs</translation>
        </message>
        <message>
            <source>Unknown roles</source>
            <translation>Rôles inconnus</translation>
        </message>
        <message>
            <source>%1 — %2 memberships will fail</source>
            <translation type="vanished">%1 — %2 adhésions échoueront</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>Lignes ignorées</translation>
        </message>
        <message>
            <source>%1 rows with problems (see the Columns page)</source>
            <translation type="vanished">%1 lignes avec des problèmes (voir la page Colonnes)</translation>
        </message>
        <message>
            <source>Repeated rows</source>
            <translation>Lignes répétées</translation>
        </message>
        <message>
            <source>%1, imported once</source>
            <translation>%1, importées une fois</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Parallel workers</source>
            <translation type="vanished">Flux parallèles</translation>
        </message>
        <message>
            <source>The import can be paused, stopped and resumed from the job list; no user is ever created twice.</source>
            <translation>L’importation peut être mise en pause, arrêtée et reprise depuis la liste des tâches ; aucun utilisateur n’est jamais créé deux fois.</translation>
        </message>
        <message>
            <source>I want to write %1 real users into my Production environment</source>
            <translation type="vanished">Je veux écrire %1 utilisateurs réels dans mon environnement de production</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln users into Production</source>
            <extracomment>The Review page's commit button; "Production" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>Importer %Ln utilisateur en production</numerusform>
                <numerusform>Importer %Ln utilisateurs en production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln users</source>
            <extracomment>The Review page's commit button for a rehearsal in a local sandbox</extracomment>
            <translation>
                <numerusform>Répéter avec %Ln utilisateur</numerusform>
                <numerusform>Répéter avec %Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln users into Staging</source>
            <extracomment>The Review page's commit button; "Staging" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>Importer %Ln utilisateur en préproduction</numerusform>
                <numerusform>Importer %Ln utilisateurs en préproduction</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — their %Ln rows are skipped and listed in the error report</source>
            <translation>
                <numerusform>%1 — sa ligne est ignorée et listée dans le rapport d’erreurs</numerusform>
                <numerusform>%1 — leurs %Ln lignes sont ignorées et listées dans le rapport d’erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln memberships will fail</source>
            <translation>
                <numerusform>%1 — %Ln adhésion échouera</numerusform>
                <numerusform>%1 — %Ln adhésions échoueront</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows with problems (see the Columns page)</source>
            <translation>
                <numerusform>%Ln ligne avec des problèmes (voir la page Colonnes)</numerusform>
                <numerusform>%Ln lignes avec des problèmes (voir la page Colonnes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I want to write %Ln real users into my Production environment</source>
            <translation>
                <numerusform>Je veux écrire %Ln utilisateur réel dans mon environnement de production</numerusform>
                <numerusform>Je veux écrire %Ln utilisateurs réels dans mon environnement de production</numerusform>
            </translation>
        </message>
        <message>
            <source>Check a &amp;known password…</source>
            <translation>Vérifier un mot de passe &amp;connu…</translation>
        </message>
        <message>
            <source>Roles to create first</source>
            <translation>Rôles à créer d’abord</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Production</source>
            <extracomment>The Review page's commit button when some users of the file exist already</extracomment>
            <translation>
                <numerusform>Importer %Ln nouvel utilisateur en production</numerusform>
                <numerusform>Importer %Ln nouveaux utilisateurs en production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln new users</source>
            <translation>
                <numerusform>Répéter avec %Ln nouvel utilisateur</numerusform>
                <numerusform>Répéter avec %Ln nouveaux utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Staging</source>
            <translation>
                <numerusform>Importer %Ln nouvel utilisateur en préproduction</numerusform>
                <numerusform>Importer %Ln nouveaux utilisateurs en préproduction</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Production</source>
            <extracomment>The Review page's commit button when every user exists and only memberships are added</extracomment>
            <translation>
                <numerusform>Ajouter %Ln adhésion en production</numerusform>
                <numerusform>Ajouter %Ln adhésions en production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse adding %Ln memberships</source>
            <translation>
                <numerusform>Répéter l’ajout de %Ln adhésion</numerusform>
                <numerusform>Répéter l’ajout de %Ln adhésions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Staging</source>
            <translation>
                <numerusform>Ajouter %Ln adhésion en préproduction</numerusform>
                <numerusform>Ajouter %Ln adhésions en préproduction</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln organizations</source>
            <translation>
                <numerusform>Ajouter %Ln organisation</numerusform>
                <numerusform>Ajouter %Ln organisations</numerusform>
            </translation>
        </message>
        <message>
            <source>Go on: nothing new to write</source>
            <extracomment>The Review page's commit button when every user and membership exists already: the job runs (and records them), but writes nothing</extracomment>
            <translation>Lancer : rien de nouveau à écrire</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <extracomment>The Review page's commit button when the dry run found nothing to write (it is disabled)</extracomment>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <source>The check could not start. Go back one page and press Next to try again.</source>
            <translation>La vérification n’a pas pu démarrer. Revenez d’une page et appuyez sur Suivant pour réessayer.</translation>
        </message>
        <message>
            <source>The check with WorkOS could not finish: %1 Nothing was written. Go back one page and press Next to check again.</source>
            <translation>La vérification avec WorkOS n’a pas pu aboutir : %1 Rien n’a été écrit. Revenez d’une page et appuyez sur Suivant pour vérifier à nouveau.</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Looking up each row's user and organization in WorkOS (reads only)…</source>
            <translation>Recherche de l’utilisateur et de l’organisation de chaque ligne dans WorkOS (lecture seule)…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Users to create</source>
            <translation>Utilisateurs à créer</translation>
        </message>
        <message>
            <source>Users already in WorkOS</source>
            <translation>Utilisateurs déjà dans WorkOS</translation>
        </message>
        <message>
            <source>%1 — not created again; their memberships are added</source>
            <translation>%1 — pas recréés ; leurs adhésions sont ajoutées</translation>
        </message>
        <message>
            <source>Memberships already there</source>
            <translation>Adhésions déjà présentes</translation>
        </message>
        <message>
            <source>Rows that would fail</source>
            <translation>Lignes qui échoueraient</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Columns not imported</source>
            <translation>Colonnes non importées</translation>
        </message>
        <message>
            <source>Passwords</source>
            <translation>Mots de passe</translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <translation>Connexions parallèles</translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Production</source>
            <extracomment>The Review page's commit button when the only writes are updates of existing users</extracomment>
            <translation>
                <numerusform>Mettre à jour %Ln utilisateur en Production</numerusform>
                <numerusform>Mettre à jour %Ln utilisateurs en Production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse updating %Ln users</source>
            <translation>
                <numerusform>Répéter la mise à jour de %Ln utilisateur</numerusform>
                <numerusform>Répéter la mise à jour de %Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Staging</source>
            <translation>
                <numerusform>Mettre à jour %Ln utilisateur en Staging</numerusform>
                <numerusform>Mettre à jour %Ln utilisateurs en Staging</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” (job %2): its users are recognised, not created again</source>
            <translation>« %1 » (tâche %2) : ses utilisateurs sont reconnus, pas recréés</translation>
        </message>
        <message>
            <source>That import went to %1; this one goes to %2.</source>
            <translation>Cette importation-là allait vers %1 ; celle-ci va vers %2.</translation>
        </message>
        <message>
            <source>Catch-up of</source>
            <translation>Rattrapage de</translation>
        </message>
        <message>
            <source>Users that already exist</source>
            <translation>Utilisateurs déjà existants</translation>
        </message>
        <message>
            <source>Updated where the file differs (first and last name, email verified, metadata, external id); undo puts the previous values back</source>
            <translation>Mis à jour là où le fichier diffère (prénom et nom, e-mail vérifié, métadonnées, identifiant externe) ; l’annulation remet les valeurs précédentes</translation>
        </message>
        <message>
            <source>Their passwords</source>
            <translation>Leurs mots de passe</translation>
        </message>
        <message>
            <source>Replaced with the file's. This cannot be undone.</source>
            <translation>Remplacés par ceux du fichier. Impossible à annuler.</translation>
        </message>
        <message>
            <source>Users to update</source>
            <translation>Utilisateurs à mettre à jour</translation>
        </message>
        <message>
            <source>%1 — only the fields that changed are sent</source>
            <translation>%1 — seuls les champs modifiés sont envoyés</translation>
        </message>
        <message>
            <source>Users unchanged</source>
            <translation>Utilisateurs inchangés</translation>
        </message>
        <message>
            <source>%1 — nothing is sent for them</source>
            <translation>%1 — rien n’est envoyé pour eux</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users from the earlier import are not in this file. They are listed here, not deleted.</source>
            <translation>
                <numerusform>%Ln utilisateur de l’importation précédente n’est pas dans ce fichier. Il est listé ici, pas supprimé.</numerusform>
                <numerusform>%Ln utilisateurs de l’importation précédente ne sont pas dans ce fichier. Ils sont listés ici, pas supprimés.</numerusform>
            </translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>et %1 de plus</translation>
        </message>
        <message>
            <source>Not in this file</source>
            <translation>Absents de ce fichier</translation>
        </message>
    </context>
    <context>
        <name>Gui::RoleCreationWidget</name>
        <message>
            <source>Cr&amp;eate these roles in WorkOS before the import, with the names below</source>
            <translation>Cré&amp;er ces rôles dans WorkOS avant l’importation, avec les noms ci-dessous</translation>
        </message>
        <message>
            <source>Each role is created once (POST /authorization/roles) and recorded with the job. WorkOS cannot delete an environment role through its API: undo lists the roles this job created so that you can remove them in the WorkOS dashboard.</source>
            <translation>Chaque rôle est créé une seule fois (POST /authorization/roles) et enregistré avec la tâche. WorkOS ne peut pas supprimer un rôle d’environnement par son API : « Défaire » liste les rôles créés par cette tâche pour que vous puissiez les retirer dans le tableau de bord WorkOS.</translation>
        </message>
        <message>
            <source>Roles to create: slug and name</source>
            <translation>Rôles à créer : identifiant (slug) et nom</translation>
        </message>
        <message>
            <source>Slug</source>
            <translation>Identifiant (slug)</translation>
        </message>
        <message>
            <source>Name (you can edit it)</source>
            <translation>Nom (modifiable)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows give two or more roles. That needs Multiple Roles in this environment, and WorkOS does not say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in the ID map says so.</source>
            <translation>
                <numerusform>%Ln ligne donne deux rôles ou plus. Cela exige « Multiple Roles » dans cet environnement, et WorkOS ne dit pas à l’avance s’il est activé. S’il ne l’est pas, une telle ligne ne reçoit que son premier rôle, et sa ligne dans la table de correspondance des ID l’indique.</numerusform>
                <numerusform>%Ln lignes donnent deux rôles ou plus. Cela exige « Multiple Roles » dans cet environnement, et WorkOS ne dit pas à l’avance s’il est activé. S’il ne l’est pas, une telle ligne ne reçoit que son premier rôle, et sa ligne dans la table de correspondance des ID l’indique.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (role %2)</source>
            <translation>%1 (rôle %2)</translation>
        </message>
    </context>
    <context>
        <name>Gui::RunPage</name>
        <message>
            <source>estimating…</source>
            <translation>estimation…</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 seconde</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 secondes</translation>
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
            <translation>Importation</translation>
        </message>
        <message>
            <source>You can leave this running. If the computer sleeps or the program is closed, resume the job from the list: nothing is sent twice.</source>
            <translation>Vous pouvez laisser tourner. Si l’ordinateur se met en veille ou si le programme est fermé, reprenez la tâche depuis la liste : rien n’est envoyé deux fois.</translation>
        </message>
        <message>
            <source>Enter the &amp;key again…</source>
            <translation>Saisir à nouveau la &amp;clé…</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation type="vanished">Compteurs</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation>Utilisateurs créés</translation>
        </message>
        <message>
            <source>Already in WorkOS</source>
            <translation>Déjà dans WorkOS</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Adhésions ajoutées</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Lignes non importées</translation>
        </message>
        <message>
            <source>Requests sent again</source>
            <translation>Requêtes renvoyées</translation>
        </message>
        <message>
            <source>Slowed down by WorkOS</source>
            <translation>Ralenti par WorkOS</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation type="vanished">Flux</translation>
        </message>
        <message>
            <source>Working on</source>
            <translation>Traite</translation>
        </message>
        <message>
            <source>Users being sent</source>
            <translation>Utilisateurs en cours d’envoi</translation>
        </message>
        <message>
            <source>&amp;Messages</source>
            <translation>&amp;Messages</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Mettre en pa&amp;use</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation type="vanished">Arrê&amp;ter</translation>
        </message>
        <message>
            <source>Stop after asking; the job stays in the job list and can be resumed.</source>
            <translation>Arrêter après confirmation ; la tâche reste dans la liste des tâches et peut être reprise.</translation>
        </message>
        <message>
            <source>Nothing was started: an import starts only from the Review page.</source>
            <translation>Rien n’a été démarré : une importation ne démarre que depuis la page de vérification.</translation>
        </message>
        <message>
            <source>Resuming the job…</source>
            <translation>Reprise de la tâche…</translation>
        </message>
        <message>
            <source>Retrying the failed rows…</source>
            <translation>Nouvelle tentative pour les lignes en échec…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Another import is still running in this window.</source>
            <translation>Une autre importation est encore en cours dans cette fenêtre.</translation>
        </message>
        <message>
            <source>Importing users into WorkOS</source>
            <translation>Importation des utilisateurs dans WorkOS</translation>
        </message>
        <message>
            <source>Pausing: finishing the users already being sent…</source>
            <translation>Mise en pause : fin de l’envoi des utilisateurs en cours…</translation>
        </message>
        <message>
            <source>Speed: —</source>
            <translation>Vitesse : —</translation>
        </message>
        <message>
            <source>Time left: —</source>
            <translation>Temps restant : —</translation>
        </message>
        <message>
            <source>Stop the import?</source>
            <translation>Arrêter l’importation ?</translation>
        </message>
        <message>
            <source>Stop sending users now? The job stays in the job list; resume it at any time and it continues where it stopped, without creating anyone twice.</source>
            <translation>Arrêter d’envoyer des utilisateurs maintenant ? La tâche reste dans la liste des tâches ; reprenez-la quand vous voulez, elle continue là où elle s’est arrêtée sans créer personne deux fois.</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>&amp;Keep importing</source>
            <translation>&amp;Continuer l’importation</translation>
        </message>
        <message>
            <source>Stopping: nothing new is sent; your progress is saved…</source>
            <translation>Arrêt en cours : plus rien de nouveau n’est envoyé ; votre progression est enregistrée…</translation>
        </message>
        <message>
            <source>Trying again in 1 second.</source>
            <translation type="vanished">Nouvelle tentative dans 1 seconde.</translation>
        </message>
        <message>
            <source>Trying again in %1 seconds.</source>
            <translation type="vanished">Nouvelle tentative dans %1 secondes.</translation>
        </message>
        <message>
            <source>&lt;b&gt;WorkOS refused the API key.&lt;/b&gt; Your progress is saved and no row was lost. Enter the key again (copy it from the WorkOS dashboard, API Keys) to continue.</source>
            <translation>&lt;b&gt;WorkOS a refusé la clé API.&lt;/b&gt; Votre progression est enregistrée et aucune ligne n’a été perdue. Saisissez à nouveau la clé (copiez-la depuis le tableau de bord WorkOS, rubrique API Keys) pour continuer.</translation>
        </message>
        <message>
            <source>&lt;b&gt;WorkOS cannot be reached.&lt;/b&gt; Your progress is saved and no row was lost. Check the internet connection.</source>
            <translation>&lt;b&gt;WorkOS est injoignable.&lt;/b&gt; Votre progression est enregistrée et aucune ligne n’a été perdue. Vérifiez la connexion Internet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The secure connection to WorkOS failed&lt;/b&gt; (a company proxy may be in the way). Your progress is saved and no row was lost. Ask your IT team about the proxy.</source>
            <translation>&lt;b&gt;La connexion sécurisée à WorkOS a échoué&lt;/b&gt; (un proxy d’entreprise peut en être la cause). Votre progression est enregistrée et aucune ligne n’a été perdue. Renseignez-vous auprès de votre service informatique sur le proxy.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file changed since the import started.&lt;/b&gt; Your progress is saved. Put the original file back to resume, or start a new import with the changed file.</source>
            <translation>&lt;b&gt;Le fichier a changé depuis le début de l’importation.&lt;/b&gt; Votre progression est enregistrée. Remettez le fichier d’origine pour reprendre, ou démarrez une nouvelle importation avec le fichier modifié.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The progress could not be saved&lt;/b&gt; (is the disk full?). The import stopped so that nothing is lost. Free some space, then resume the job from the list.</source>
            <translation>&lt;b&gt;La progression n’a pas pu être enregistrée&lt;/b&gt; (le disque est-il plein ?). L’importation s’est arrêtée pour que rien ne soit perdu. Libérez de l’espace, puis reprenez la tâche depuis la liste.</translation>
        </message>
        <message>
            <source>Enter the API key again</source>
            <translation>Saisir à nouveau la clé API</translation>
        </message>
        <message>
            <source>The secret API key of the WorkOS environment (sk_…):</source>
            <translation>La clé API secrète de l’environnement WorkOS (sk_…) :</translation>
        </message>
        <message>
            <source>Checking the key…</source>
            <translation>Vérification de la clé…</translation>
        </message>
        <message>
            <source>This key did not work either: %1</source>
            <translation>Cette clé n’a pas fonctionné non plus : %1</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Lecture et vérification du fichier…</translation>
        </message>
        <message>
            <source>Preparing organizations: %1 of %2</source>
            <translation>Préparation des organisations : %1 sur %2</translation>
        </message>
        <message>
            <source>Waiting: %1 of %2 rows done</source>
            <translation>En attente : %1 lignes sur %2 traitées</translation>
        </message>
        <message>
            <source>Importing: %1 of %2 rows done</source>
            <translation>Importation : %1 lignes sur %2 traitées</translation>
        </message>
        <message>
            <source>Speed: %1 users a second</source>
            <translation>Vitesse : %1 utilisateurs par seconde</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Temps restant : %1</translation>
        </message>
        <message>
            <source>waiting</source>
            <extracomment>A worker's state in the run page's table: it has no part of the file to send yet</extracomment>
            <translation>en attente</translation>
        </message>
        <message>
            <source>part %1 of the file</source>
            <translation>partie %1 du fichier</translation>
        </message>
        <message>
            <source>Paused. Nothing is being sent; your progress is saved. Press Resume to continue.</source>
            <translation>En pause. Rien n’est envoyé ; votre progression est enregistrée. Cliquez sur Reprendre pour continuer.</translation>
        </message>
        <message>
            <source>Stopped before anything was sent to WorkOS. Start the import again when you are ready.</source>
            <translation type="vanished">Arrêté avant que quoi que ce soit soit envoyé à WorkOS. Relancez l’importation quand vous serez prêt.</translation>
        </message>
        <message>
            <source>Stopped. Your progress is saved; resume the job from the job list at any time.</source>
            <translation>Arrêté. Votre progression est enregistrée ; reprenez la tâche depuis la liste des tâches quand vous voulez.</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Arrêté : %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%p%</source>
            <comment>percentage of the file's rows that are done</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l’importation</translation>
        </message>
        <message>
            <source>Share of the file's rows that are done</source>
            <translation>Part des lignes du fichier déjà traitées</translation>
        </message>
        <message>
            <source>Counts</source>
            <comment>the run page's box of counters (users created, failed…)</comment>
            <translation>Compteurs</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation type="vanished">Flux parallèles</translation>
        </message>
        <message>
            <source>What each parallel worker is sending right now</source>
            <translation type="vanished">Ce que chaque flux parallèle envoie en ce moment</translation>
        </message>
        <message>
            <source>Worker</source>
            <comment>column header: one of the parallel connections sending users</comment>
            <translation type="vanished">Flux</translation>
        </message>
        <message>
            <source>Shows or hides the import's messages, for support</source>
            <translation>Affiche ou masque les messages de l’importation, pour l’assistance</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <comment>stops the running import (after asking)</comment>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message numerus="yes">
            <source>Trying again in %Ln seconds.</source>
            <translation>
                <numerusform>Nouvelle tentative dans %Ln seconde.</numerusform>
                <numerusform>Nouvelle tentative dans %Ln secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Parallel connections</source>
            <translation>Connexions parallèles</translation>
        </message>
        <message>
            <source>What each parallel connection is sending right now</source>
            <translation>Ce que chaque connexion parallèle envoie en ce moment</translation>
        </message>
        <message>
            <source>Connection</source>
            <comment>column header: one of the parallel connections sending users</comment>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Connection %1</source>
            <extracomment>One of the parallel connections sending users, in the run page's table: "Connection 1"</extracomment>
            <translation>Connexion %1</translation>
        </message>
        <message>
            <source>Stopped before anything was sent to WorkOS. When you are ready, start a New import of the file from the job list.</source>
            <translation>Arrêtée avant tout envoi à WorkOS. Quand vous serez prêt, lancez une nouvelle importation du fichier depuis la liste des tâches.</translation>
        </message>
    </context>
    <context>
        <name>Gui::SettingsPage</name>
        <message>
            <source>How fast to import</source>
            <translation>Vitesse d’importation</translation>
        </message>
        <message>
            <source>The recommended values suit almost every import: WorkOS's limit, not this computer, sets the pace. Nothing is written yet.</source>
            <translation>Les valeurs recommandées conviennent à presque toutes les importations : c’est la limite de WorkOS, pas cet ordinateur, qui fixe le rythme. Rien n’est encore écrit.</translation>
        </message>
        <message>
            <source>Parallel &amp;workers:</source>
            <translation type="vanished">&amp;Flux parallèles :</translation>
        </message>
        <message>
            <source>Recommended: %1. More workers cannot go faster than WorkOS allows; fewer leave this computer quieter.</source>
            <translation type="vanished">Recommandé : %1. Plus de flux ne peuvent pas aller plus vite que ce que WorkOS autorise ; moins de flux ménagent cet ordinateur.</translation>
        </message>
        <message>
            <source>Rows per &amp;checkpoint:</source>
            <translation type="vanished">Lignes par point de &amp;reprise :</translation>
        </message>
        <message>
            <source>Recommended: %1. Progress is saved in steps of this many rows; after an interruption, at most this many rows are checked again (never imported twice).</source>
            <translation type="vanished">Recommandé : %1. La progression est enregistrée par tranches de ce nombre de lignes ; après une interruption, au plus ce nombre de lignes est revérifié (jamais importé deux fois).</translation>
        </message>
        <message>
            <source>WorkOS's limits for one API key</source>
            <translation>Limites de WorkOS pour une clé API</translation>
        </message>
        <message>
            <source>My WorkOS plan has &amp;higher limits (WorkOS confirmed them to me)</source>
            <translation type="vanished">Mon forfait WorkOS a des limites plus é&amp;levées (confirmées par WorkOS)</translation>
        </message>
        <message>
            <source> per 10 seconds</source>
            <extracomment>Suffix of a number of requests</extracomment>
            <translation> par 10 secondes</translation>
        </message>
        <message>
            <source> per minute</source>
            <extracomment>Suffix of a number of requests</extracomment>
            <translation> par minute</translation>
        </message>
        <message>
            <source>User w&amp;rites:</source>
            <translation>É&amp;critures d’utilisateurs :</translation>
        </message>
        <message>
            <source>User r&amp;eads:</source>
            <translation>L&amp;ectures d’utilisateurs :</translation>
        </message>
        <message>
            <source>Organization requests:</source>
            <translation type="vanished">Requêtes d’organisations :</translation>
        </message>
        <message>
            <source>&amp;Advanced</source>
            <extracomment>A disclosure button that shows more settings</extracomment>
            <translation>Ava&amp;ncé</translation>
        </message>
        <message>
            <source>Users each worker sends at &amp;once:</source>
            <translation type="vanished">Utilisateurs envoyés en même &amp;temps par chaque flux :</translation>
        </message>
        <message>
            <source>Recommended: 10. Only change it when WorkOS answers slowly.</source>
            <translation>Recommandé : 10. Ne le modifiez que si WorkOS répond lentement.</translation>
        </message>
        <message>
            <source>Plan</source>
            <extracomment>The plan of the import: writes and how long they take</extracomment>
            <translation>Prévision</translation>
        </message>
        <message>
            <source>about 1 second</source>
            <translation>environ 1 seconde</translation>
        </message>
        <message>
            <source>about %1 seconds</source>
            <translation>environ %1 secondes</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>environ %n min</numerusform>
                <numerusform>environ %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>environ %1 h</translation>
        </message>
        <message>
            <source>%1 at WorkOS's limit of %2 writes per %3 seconds</source>
            <translation>%1 à la limite WorkOS de %2 écritures par %3 secondes</translation>
        </message>
        <message>
            <source>WorkOS allows %1 user writes per 10 seconds, %2 reads per 10 seconds and %3 other requests per minute for one API key: about %4 users a second, or %5 with one organization each. This import stays just under these limits.</source>
            <translation>WorkOS autorise, pour une clé API, %1 écritures d’utilisateurs par 10 secondes, %2 lectures par 10 secondes et %3 autres requêtes par minute : environ %4 utilisateurs par seconde, ou %5 avec une organisation chacun. Cette importation reste juste sous ces limites.</translation>
        </message>
        <message>
            <source>%1 users and %2 memberships: %3 writes, %4.</source>
            <translation type="vanished">%1 utilisateurs et %2 adhésions : %3 écritures, %4.</translation>
        </message>
        <message>
            <source>Before the first user, the %1 organizations are looked up (and created where missing).</source>
            <translation type="vanished">Avant le premier utilisateur, les %1 organisations sont recherchées (et créées si elles manquent).</translation>
        </message>
        <message>
            <source>My WorkOS plan has hi&amp;gher limits (WorkOS confirmed them to me)</source>
            <translation>Mon forfait WorkOS a des limites plus é&amp;levées (confirmées par WorkOS)</translation>
        </message>
        <message>
            <source>&amp;Organization requests:</source>
            <translation>Requêtes d’&amp;organisations :</translation>
        </message>
        <message>
            <source>Shows or hides how many users each worker sends at once.</source>
            <translation type="vanished">Affiche ou masque le nombre d’utilisateurs que chaque flux envoie en même temps.</translation>
        </message>
        <message>
            <source>&amp;Users each worker sends at once:</source>
            <translation type="vanished">Utilisateurs envoyés en même &amp;temps par chaque flux :</translation>
        </message>
        <message>
            <source>%1–%2 seconds</source>
            <extracomment>A range of durations, e.g. "12–14 seconds"</extracomment>
            <translation>%1–%2 secondes</translation>
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
            <translation>environ %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: how fast WorkOS answers sets the pace here, not its limit (more workers or more users at once would be faster)</source>
            <translation type="vanished">%1 : ici, c’est la rapidité des réponses de WorkOS qui fixe le rythme, pas sa limite (plus de flux ou plus d’utilisateurs à la fois iraient plus vite)</translation>
        </message>
        <message>
            <source>%1 and %2: %3, %4.</source>
            <extracomment>The whole sentence: "&lt;users&gt; and &lt;memberships&gt;: &lt;writes&gt;, &lt;how long&gt;."</extracomment>
            <translation>%1 et %2 : %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln utilisateur</numerusform>
                <numerusform>%Ln utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln adhésion</numerusform>
                <numerusform>%Ln adhésions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln writes</source>
            <translation>
                <numerusform>%Ln écriture</numerusform>
                <numerusform>%Ln écritures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before the first user, the %Ln organizations are looked up (and created where missing).</source>
            <translation>
                <numerusform>Avant le premier utilisateur, l’organisation est recherchée (et créée si elle manque).</numerusform>
                <numerusform>Avant le premier utilisateur, les %Ln organisations sont recherchées (et créées si elles manquent).</numerusform>
            </translation>
        </message>
        <message>
            <source>Parallel &amp;connections:</source>
            <translation>Connexions pa&amp;rallèles :</translation>
        </message>
        <message>
            <source>Batch &amp;size (rows):</source>
            <translation>&amp;Taille des lots (lignes) :</translation>
        </message>
        <message>
            <source>Shows or hides how many users each connection sends at once.</source>
            <translation>Affiche ou masque le nombre d’utilisateurs que chaque connexion envoie à la fois.</translation>
        </message>
        <message>
            <source>&amp;Users each connection sends at once:</source>
            <translation>&amp;Utilisateurs envoyés à la fois par connexion :</translation>
        </message>
        <message>
            <source>How many connections to WorkOS send users at the same time. Recommended: %1. More connections cannot go faster than WorkOS allows; fewer leave this computer quieter.</source>
            <translation>Nombre de connexions qui envoient des utilisateurs à WorkOS en même temps. Recommandé : %1. Plus de connexions ne peuvent pas aller plus vite que ce que WorkOS autorise ; moins de connexions ménagent cet ordinateur.</translation>
        </message>
        <message>
            <source>The file is imported in batches of this many rows, and progress is saved after each. Recommended: %1. After an interruption, at most one batch is checked again (never imported twice).</source>
            <translation>Le fichier est importé par lots de ce nombre de lignes, et la progression est enregistrée après chacun. Recommandé : %1. Après une interruption, au plus un lot est revérifié (jamais importé deux fois).</translation>
        </message>
        <message>
            <source>%1: how fast WorkOS answers sets the pace here, not its limit (more parallel connections or more users at once would be faster)</source>
            <translation>%1 : ici, c’est la rapidité des réponses de WorkOS qui fixe le rythme, pas sa limite (plus de connexions parallèles ou plus d’utilisateurs à la fois iraient plus vite)</translation>
        </message>
        <message>
            <source>Users that already exist in WorkOS</source>
            <translation>Utilisateurs qui existent déjà dans WorkOS</translation>
        </message>
        <message>
            <source>Up&amp;date users that already exist</source>
            <translation>Mettre à &amp;jour les utilisateurs existants</translation>
        </message>
        <message>
            <source>Off: users WorkOS already has are left as they are; only their memberships are added.</source>
            <translation>Désactivé : les utilisateurs que WorkOS a déjà restent tels quels ; seules leurs adhésions sont ajoutées.</translation>
        </message>
        <message>
            <source>Only what changed is sent: first and last name, email verified, metadata and external id. Undo puts the previous values back.</source>
            <translation>Seul ce qui a changé est envoyé : prénom et nom, e-mail vérifié, métadonnées et identifiant externe. L’annulation remet les valeurs précédentes.</translation>
        </message>
        <message>
            <source>Also replace the passwords of ex&amp;isting users with the file's</source>
            <translation>Remplacer aussi les mots de passe des utilisateurs e&amp;xistants par ceux du fichier</translation>
        </message>
        <message>
            <source>This cannot be undone: WorkOS never gives a password hash back, so undo cannot restore the passwords these users have now.</source>
            <translation>Impossible à annuler : WorkOS ne rend jamais un hachage de mot de passe, l’annulation ne peut donc pas rétablir les mots de passe actuels de ces utilisateurs.</translation>
        </message>
        <message>
            <source>A catch-up of “%1” updates the users that changed. Only what changed is sent: first and last name, email verified, metadata and external id. Undo puts the previous values back.</source>
            <translation>Un rattrapage de « %1 » met à jour les utilisateurs qui ont changé. Seul ce qui a changé est envoyé : prénom et nom, e-mail vérifié, métadonnées et identifiant externe. L’annulation remet les valeurs précédentes.</translation>
        </message>
    </context>
    <context>
        <name>Gui::StepList</name>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>The steps of the import: the current one, the ones done and the ones left.</source>
            <translation>Les étapes de l’importation : l’étape en cours, celles qui sont faites et celles qui restent.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Connect</source>
            <extracomment>The step where the API key is entered and verified</extracomment>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>The step with the import's speed settings</extracomment>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Organizations &amp; roles</source>
            <translation>Organisations et rôles</translation>
        </message>
        <message>
            <source>Review</source>
            <extracomment>The step where the person reviews everything before the import starts</extracomment>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Run</source>
            <extracomment>The step where the import runs (a noun, as in "the import run")</extracomment>
            <translation>Exécution</translation>
        </message>
        <message>
            <source>Finish</source>
            <extracomment>The last step: the import's outcome</extracomment>
            <translation>Fin</translation>
        </message>
        <message>
            <source>%1, done</source>
            <extracomment>Read out by a screen reader for a step of the wizard, e.g. "File, done"</extracomment>
            <translation>%1, faite</translation>
        </message>
        <message>
            <source>%1, current step</source>
            <extracomment>Read out by a screen reader for the wizard's current step</extracomment>
            <translation>%1, étape en cours</translation>
        </message>
        <message>
            <source>%1, not needed</source>
            <extracomment>Read out for a step the wizard left out (e.g. no organizations in the file)</extracomment>
            <translation>%1, inutile</translation>
        </message>
        <message>
            <source>%1, to do</source>
            <extracomment>Read out by a screen reader for a step still to come</extracomment>
            <translation>%1, à faire</translation>
        </message>
    </context>
    <context>
        <name>Gui::SummaryPage</name>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>What happened, what was not imported and why, and what to do next.</source>
            <translation>Ce qui s’est passé, ce qui n’a pas été importé et pourquoi, et la suite à donner.</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="vanished">Lignes</translation>
        </message>
        <message>
            <source>Why they were not imported</source>
            <translation>Pourquoi elles n’ont pas été importées</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Rows not imported, by reason</source>
            <translation>Lignes non importées, par raison</translation>
        </message>
        <message>
            <source>&amp;Export the error report…</source>
            <translation>E&amp;xporter le rapport d’erreurs…</translation>
        </message>
        <message>
            <source>&amp;Retry failed rows</source>
            <translation>&amp;Réessayer les lignes en échec</translation>
        </message>
        <message>
            <source>Open the job &amp;folder</source>
            <translation>&amp;Ouvrir le dossier de la tâche</translation>
        </message>
        <message>
            <source>Job folder</source>
            <translation>Dossier de la tâche</translation>
        </message>
        <message>
            <source>&amp;Copy the path</source>
            <translation>&amp;Copier le chemin</translation>
        </message>
        <message>
            <source>Export the error report</source>
            <translation>Exporter le rapport d’erreurs</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;JSON file (*.json)</source>
            <translation type="vanished">Fichier CSV (*.csv);;Fichier JSON (*.json)</translation>
        </message>
        <message>
            <source>The folder's path was copied.</source>
            <translation>Le chemin du dossier a été copié.</translation>
        </message>
        <message>
            <source>The email address is not valid</source>
            <translation type="vanished">L’adresse e-mail n’est pas valide</translation>
        </message>
        <message>
            <source>Correct the addresses in the file and import it again.</source>
            <translation type="vanished">Corrigez les adresses dans le fichier et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The role does not exist in this WorkOS environment</source>
            <translation type="vanished">Le rôle n’existe pas dans cet environnement WorkOS</translation>
        </message>
        <message>
            <source>Add the role in the WorkOS dashboard (Roles), then press Retry failed rows.</source>
            <translation type="vanished">Ajoutez le rôle dans le tableau de bord WorkOS (Roles), puis cliquez sur Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>The organization could not be found or created</source>
            <translation type="vanished">L’organisation n’a pas pu être trouvée ni créée</translation>
        </message>
        <message>
            <source>Check the organization's id in the file, or create it in WorkOS, then import these rows again.</source>
            <translation type="vanished">Vérifiez l’ID de l’organisation dans le fichier, ou créez-la dans WorkOS, puis importez à nouveau ces lignes.</translation>
        </message>
        <message>
            <source>The password or its hash was refused</source>
            <translation type="vanished">Le mot de passe ou son hachage a été refusé</translation>
        </message>
        <message>
            <source>Check the password hash and its algorithm in the file; the users can also reset their password.</source>
            <translation type="vanished">Vérifiez le hachage du mot de passe et son algorithme dans le fichier ; les utilisateurs peuvent aussi réinitialiser leur mot de passe.</translation>
        </message>
        <message>
            <source>WorkOS could not be reached or did not answer in time</source>
            <translation type="vanished">WorkOS était injoignable ou n’a pas répondu à temps</translation>
        </message>
        <message>
            <source>Press Retry failed rows when the connection works.</source>
            <translation type="vanished">Cliquez sur Réessayer les lignes en échec quand la connexion fonctionne.</translation>
        </message>
        <message>
            <source>The row has a problem in the file: %1</source>
            <translation type="vanished">La ligne a un problème dans le fichier : %1</translation>
        </message>
        <message>
            <source>Fix the row in the file and import it again.</source>
            <translation type="vanished">Corrigez la ligne dans le fichier et importez-la à nouveau.</translation>
        </message>
        <message>
            <source>WorkOS refused the row (%1)</source>
            <translation type="vanished">WorkOS a refusé la ligne (%1)</translation>
        </message>
        <message>
            <source>See the error report for each row; fix the file and import these rows again.</source>
            <translation type="vanished">Consultez le rapport d’erreurs pour chaque ligne ; corrigez le fichier et importez à nouveau ces lignes.</translation>
        </message>
        <message>
            <source>The job is not in the job store.</source>
            <translation>La tâche n’est pas dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>The row has a problem in the file (it was never sent)</source>
            <translation>La ligne a un problème dans le fichier (elle n’a jamais été envoyée)</translation>
        </message>
        <message>
            <source>See the error report for each row's problem; fix the file and import these rows again.</source>
            <translation>Consultez le rapport d’erreurs pour le problème de chaque ligne ; corrigez le fichier et importez à nouveau ces lignes.</translation>
        </message>
        <message>
            <source>Reading the results…</source>
            <translation>Lecture des résultats…</translation>
        </message>
        <message>
            <source>Done: every valid row was imported.</source>
            <translation>Terminé : toutes les lignes valides ont été importées.</translation>
        </message>
        <message>
            <source>Done, with 1 row that could not be imported (see below).</source>
            <translation>Terminé, avec 1 ligne qui n’a pas pu être importée (voir ci-dessous).</translation>
        </message>
        <message>
            <source>Done, with %1 rows that could not be imported (see below).</source>
            <translation>Terminé, avec %1 lignes qui n’ont pas pu être importées (voir ci-dessous).</translation>
        </message>
        <message>
            <source>The import stopped before the end. Resume it from the job list: it continues where it stopped.</source>
            <translation>L’importation s’est arrêtée avant la fin. Reprenez-la depuis la liste des tâches : elle continue là où elle s’est arrêtée.</translation>
        </message>
        <message>
            <source>The import could not finish: %1</source>
            <translation>L’importation n’a pas pu se terminer : %1</translation>
        </message>
        <message>
            <source>Rows in the file</source>
            <translation>Lignes du fichier</translation>
        </message>
        <message>
            <source>Users created</source>
            <translation type="vanished">Utilisateurs créés</translation>
        </message>
        <message>
            <source>Users that were already in WorkOS</source>
            <translation type="vanished">Utilisateurs déjà présents dans WorkOS</translation>
        </message>
        <message>
            <source>Memberships added</source>
            <translation>Adhésions ajoutées</translation>
        </message>
        <message>
            <source>Memberships that were already there</source>
            <translation>Adhésions déjà présentes</translation>
        </message>
        <message>
            <source>Repeated rows (imported once)</source>
            <translation>Lignes répétées (importées une fois)</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Lignes non importées</translation>
        </message>
        <message>
            <source>This run sent %1 rows in %2 s of importing: %3 rows a second (time paused or waiting for WorkOS not counted).</source>
            <translation>Cette exécution a envoyé %1 lignes en %2 s d’importation : %3 lignes par seconde (temps de pause ou d’attente de WorkOS non compté).</translation>
        </message>
        <message>
            <source>This was a rehearsal against the local sandbox: nothing reached WorkOS.</source>
            <translation>C’était une répétition sur le bac à sable local : rien n’a atteint WorkOS.</translation>
        </message>
        <message>
            <source>The job store could not be read: %1</source>
            <translation>Le stockage des tâches n’a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>When the rehearsal looks right, start a New import with your real API key.</source>
            <translation>Quand la répétition vous convient, démarrez une nouvelle importation avec votre vraie clé API.</translation>
        </message>
        <message>
            <source>Look at a few of the imported users in the WorkOS dashboard (User Management → Users).</source>
            <translation>Regardez quelques-uns des utilisateurs importés dans le tableau de bord WorkOS (User Management → Users).</translation>
        </message>
        <message>
            <source>Export the error report, fix those rows in a copy of the file, and import the copy: users already imported are recognised, not created twice.</source>
            <translation>Exportez le rapport d’erreurs, corrigez ces lignes dans une copie du fichier et importez la copie : les utilisateurs déjà importés sont reconnus, pas créés deux fois.</translation>
        </message>
        <message>
            <source>Keep this job in the list: it records what was imported.</source>
            <translation>Gardez cette tâche dans la liste : elle garde la trace de ce qui a été importé.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Étapes suivantes</translation>
        </message>
        <message>
            <source>WorkOS import finished</source>
            <translation>Importation WorkOS terminée</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .json.</source>
            <translation type="vanished">Choisissez un nom de fichier se terminant par .csv ou .json.</translation>
        </message>
        <message>
            <source>Writing the error report…</source>
            <translation>Écriture du rapport d’erreurs…</translation>
        </message>
        <message>
            <source>The error report was saved to %1.</source>
            <translation>Le rapport d’erreurs a été enregistré dans %1.</translation>
        </message>
        <message>
            <source>The error report could not be saved: %1</source>
            <translation>Le rapport d’erreurs n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Nothing to retry: every row was imported.</source>
            <translation>Rien à réessayer : toutes les lignes ont été importées.</translation>
        </message>
        <message>
            <source>Nothing to retry now: the row not imported needs a change first (see “What to do” above). Sending it again as it is would fail the same way.</source>
            <translation type="vanished">Rien à réessayer pour l’instant : la ligne non importée doit d’abord être modifiée (voir « Que faire » ci-dessus). La renvoyer telle quelle échouerait de la même façon.</translation>
        </message>
        <message>
            <source>Nothing to retry now: the %1 rows not imported need a change first (see “What to do” above). Sending them again as they are would fail the same way.</source>
            <translation type="vanished">Rien à réessayer pour l’instant : les %1 lignes non importées doivent d’abord être modifiées (voir « Que faire » ci-dessus). Les renvoyer telles quelles échouerait de la même façon.</translation>
        </message>
        <message>
            <source>Retrying 1 row…</source>
            <translation>Nouvelle tentative pour 1 ligne…</translation>
        </message>
        <message>
            <source>Retrying %1 rows…</source>
            <translation>Nouvelle tentative pour %1 lignes…</translation>
        </message>
        <message>
            <source>No file manager opened the folder. Its path is below; copy it into one.</source>
            <translation>Aucun gestionnaire de fichiers n’a ouvert le dossier. Son chemin figure ci-dessous ; copiez-le dans un gestionnaire de fichiers.</translation>
        </message>
        <message>
            <source>The job folder was opened: %1</source>
            <translation>Le dossier de la tâche a été ouvert : %1</translation>
        </message>
        <message>
            <source>Rows</source>
            <comment>column header: how many rows</comment>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Reads WorkOS (it changes nothing) and checks that every imported row is there as the file says.</source>
            <translation>Lit WorkOS (sans rien modifier) et contrôle que chaque ligne importée y est telle que le fichier l’indique.</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <comment>button: check with reads only that WorkOS holds what the import sent</comment>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Verify progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <source>Verifying: reading what WorkOS holds…</source>
            <translation>Vérification : lecture de ce que contient WorkOS…</translation>
        </message>
        <message>
            <source>Verify did not finish: %1 Press Verify again: it continues where it stopped.</source>
            <translation>La vérification ne s’est pas terminée : %1 Cliquez à nouveau sur Vérifier : elle reprend là où elle s’est arrêtée.</translation>
        </message>
        <message>
            <source>Verified: WorkOS holds every one of the %1 imported rows as the file says.</source>
            <translation>Vérifié : WorkOS contient chacune des %1 lignes importées telle que le fichier l’indique.</translation>
        </message>
        <message numerus="yes">
            <source>WorkOS does not hold what the file says: %n mismatches in %1 imported rows. The job list shows the job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes each one with its line, what was expected and what WorkOS holds.</source>
            <translation>
                <numerusform>WorkOS ne contient pas ce qu’indique le fichier : %n écart dans %1 lignes importées. La liste des tâches affiche la tâche comme « vérification : écarts » ; la commande workos-import verify %2 --report mismatches.csv écrit chacun avec sa ligne, ce qui était attendu et ce que contient WorkOS.</numerusform>
                <numerusform>WorkOS ne contient pas ce qu’indique le fichier : %n écarts dans %1 lignes importées. La liste des tâches affiche la tâche comme « vérification : écarts » ; la commande workos-import verify %2 --report mismatches.csv écrit chacun avec sa ligne, ce qui était attendu et ce que contient WorkOS.</numerusform>
            </translation>
        </message>
        <message>
            <source>WorkOS could not find the user or organization the row refers to</source>
            <translation type="vanished">WorkOS n’a pas trouvé l’utilisateur ou l’organisation auquel la ligne fait référence</translation>
        </message>
        <message>
            <source>See the error report for each row; check that the ids in the file exist in this environment, then press Retry failed rows.</source>
            <translation type="vanished">Consultez le rapport d’erreurs pour chaque ligne ; vérifiez que les ID du fichier existent dans cet environnement, puis cliquez sur Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>Save the &amp;ID map…</source>
            <translation>Enregistrer la table des &amp;ID…</translation>
        </message>
        <message>
            <source>Writes, from the job store alone, each imported user's source id, email and WorkOS ids, for your application's database.</source>
            <translation>Écrit, à partir du seul stockage des tâches, l’ID source, l’adresse e-mail et les ID WorkOS de chaque utilisateur importé, pour la base de données de votre application.</translation>
        </message>
        <message>
            <source>&amp;Sign in as…</source>
            <translation>Se connecter &amp;en tant que…</translation>
        </message>
        <message>
            <source>Users created by this import</source>
            <translation>Utilisateurs créés par cette importation</translation>
        </message>
        <message>
            <source>Users that were in WorkOS before this import</source>
            <translation>Utilisateurs déjà présents dans WorkOS avant cette importation</translation>
        </message>
        <message>
            <source>Spreadsheet (*.xlsx);;CSV file for engineers (*.csv);;JSON file for engineers (*.json)</source>
            <translation>Tableur (*.xlsx);;Fichier CSV pour les équipes techniques (*.csv);;Fichier JSON pour les équipes techniques (*.json)</translation>
        </message>
        <message>
            <source>Choose a file name ending in .xlsx (a spreadsheet), .csv or .json.</source>
            <translation>Choisissez un nom de fichier se terminant par .xlsx (un tableur), .csv ou .json.</translation>
        </message>
        <message>
            <source>There is no job whose ID map could be saved.</source>
            <translation>Il n’y a aucune tâche dont la table de correspondance des ID puisse être enregistrée.</translation>
        </message>
        <message>
            <source>Nothing to retry: the row not imported needs a change in the file (see “What to do” above). Correct the file and import it again; users already imported are recognised, not created twice.</source>
            <translation>Rien à réessayer : la ligne non importée nécessite une modification du fichier (voir « Que faire » ci-dessus). Corrigez le fichier et importez-le à nouveau ; les utilisateurs déjà importés sont reconnus, pas créés deux fois.</translation>
        </message>
        <message>
            <source>Nothing to retry: the %1 rows not imported need a change in the file (see “What to do” above). Correct the file and import it again; users already imported are recognised, not created twice.</source>
            <translation>Rien à réessayer : les %1 lignes non importées nécessitent une modification du fichier (voir « Que faire » ci-dessus). Corrigez le fichier et importez-le à nouveau ; les utilisateurs déjà importés sont reconnus, pas créés deux fois.</translation>
        </message>
        <message>
            <source>Passwords: %1.</source>
            <translation>Mots de passe : %1.</translation>
        </message>
        <message>
            <source>Proved: %1.</source>
            <translation>Prouvé : %1.</translation>
        </message>
        <message>
            <source>Users without a password must set one (reset needed): send them WorkOS's password reset, or let them sign in another way.</source>
            <translation>Les utilisateurs sans mot de passe doivent en définir un (réinitialisation nécessaire) : envoyez-leur la réinitialisation de mot de passe de WorkOS, ou laissez-les se connecter autrement.</translation>
        </message>
        <message>
            <source>Users updated (fields that changed)</source>
            <translation>Utilisateurs mis à jour (champs modifiés)</translation>
        </message>
        <message>
            <source>This import caught up with “%1”: its users were recognised, the ones that changed updated, and those no longer in the file left as they are.</source>
            <translation>Cette importation a rattrapé « %1 » : ses utilisateurs ont été reconnus, ceux qui ont changé mis à jour, et ceux qui ne sont plus dans le fichier laissés tels quels.</translation>
        </message>
    </context>
    <context>
        <name>Gui::SystemdKeepAwake</name>
        <message>
            <source>This computer may go to sleep during the import (systemd-inhibit is not available). If it does, resume the job afterwards.</source>
            <translation>Cet ordinateur peut se mettre en veille pendant l’importation (systemd-inhibit n’est pas disponible). Si c’est le cas, reprenez la tâche ensuite.</translation>
        </message>
        <message>
            <source>The system did not allow keeping the computer awake; if it sleeps, resume the job afterwards.</source>
            <translation>Le système n’a pas permis de garder l’ordinateur éveillé ; s’il se met en veille, reprenez la tâche ensuite.</translation>
        </message>
        <message>
            <source>The computer is kept from sleeping while the import runs.</source>
            <translation>L’ordinateur est empêché de se mettre en veille pendant l’importation.</translation>
        </message>
    </context>
    <context>
        <name>Gui::ThroughputChartWidget</name>
        <message>
            <source>Throughput chart</source>
            <translation>Graphique du débit</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes</source>
            <translation type="vanished">Utilisateurs importés par seconde au cours des cinq dernières minutes</translation>
        </message>
        <message>
            <source>users/s, last 5 minutes</source>
            <translation>utilisateurs/s, 5 dernières minutes</translation>
        </message>
        <message>
            <source>rate limit %1/s</source>
            <extracomment>The dashed line of the chart: the most users per second WorkOS's rate limit allows</extracomment>
            <translation>limite de débit %1/s</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes: no figures yet.</source>
            <translation>Utilisateurs importés par seconde au cours des cinq dernières minutes : pas encore de chiffres.</translation>
        </message>
        <message>
            <source>Users imported per second over the last five minutes: now %1, average %2, highest %3.</source>
            <translation>Utilisateurs importés par seconde au cours des cinq dernières minutes : actuellement %1, moyenne %2, maximum %3.</translation>
        </message>
        <message>
            <source>The rate limit allows %1 users per second.</source>
            <translation>La limite de débit autorise %1 utilisateurs par seconde.</translation>
        </message>
    </context>
    <context>
        <name>Gui::VerifyUndoDialog</name>
        <message>
            <source>Verify job %1</source>
            <translation>Vérifier la tâche %1</translation>
        </message>
        <message>
            <source>Undo job %1</source>
            <translation>Défaire la tâche %1</translation>
        </message>
        <message>
            <source>Verify reads WorkOS (it changes nothing) and checks that every row this job imported is there: users, their fields, memberships and roles, and the organizations the job created.</source>
            <translation>La vérification lit WorkOS (elle ne modifie rien) et contrôle que chaque ligne importée par cette tâche y est : utilisateurs, leurs champs, adhésions et rôles, ainsi que les organisations créées par la tâche.</translation>
        </message>
        <message>
            <source>Undo deletes exactly what this job created: the memberships it added, then the users it created, then the organizations it created. Nothing that existed before the import is touched. Users or organizations that have gained other memberships since are kept and listed.</source>
            <translation>« Défaire » supprime exactement ce que cette tâche a créé : les adhésions ajoutées, puis les utilisateurs créés, puis les organisations créées. Rien de ce qui existait avant l’importation n’est touché. Les utilisateurs ou organisations qui ont obtenu d’autres adhésions depuis sont conservés et listés.</translation>
        </message>
        <message>
            <source>sk_test_… or sk_live_…</source>
            <translation>sk_test_… ou sk_live_…</translation>
        </message>
        <message>
            <source>API key of the environment:</source>
            <translation type="vanished">Clé API de l’environnement :</translation>
        </message>
        <message>
            <source>This is a production key. Type %1 to confirm:</source>
            <translation type="vanished">Ceci est une clé de production. Tapez %1 pour confirmer :</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation type="vanished">Vérifier</translation>
        </message>
        <message>
            <source>Delete what this job created</source>
            <translation type="vanished">Supprimer ce que cette tâche a créé</translation>
        </message>
        <message>
            <source>Counting what the job created…</source>
            <translation>Décompte de ce que la tâche a créé…</translation>
        </message>
        <message>
            <source>Cannot read the job: %1</source>
            <translation>Impossible de lire la tâche : %1</translation>
        </message>
        <message>
            <source>In %1 this deletes %2 memberships, %3 users and %4 organizations.%5%6</source>
            <translation type="vanished">Dans %1, cela supprime %2 adhésions, %3 utilisateurs et %4 organisations.%5%6</translation>
        </message>
        <message>
            <source> %1 objects have no WorkOS id and are left alone.</source>
            <translation type="vanished"> %1 objets n’ont pas d’ID WorkOS et ne sont pas touchés.</translation>
        </message>
        <message>
            <source> The job was undone already; running it again only checks what is left.</source>
            <translation> La tâche a déjà été défaite ; relancer « Défaire » ne fait que vérifier ce qui reste.</translation>
        </message>
        <message>
            <source>Job %1.</source>
            <translation>Tâche %1.</translation>
        </message>
        <message>
            <source>%1 Nothing more was done; you can run it again.</source>
            <translation>%1 Rien de plus n’a été fait ; vous pouvez relancer.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
        <message>
            <source>API &amp;key of the environment:</source>
            <translation>&amp;Clé API de l’environnement :</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>This is a production key. &amp;Type %1 to confirm:</source>
            <extracomment>%1 is the word to type, "production"</extracomment>
            <translation type="vanished">Ceci est une clé de production. &amp;Tapez %1 pour confirmer :</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Delete what this job created</source>
            <translation>&amp;Supprimer ce que cette tâche a créé</translation>
        </message>
        <message>
            <source>In %1 this deletes %2, %3 and %4.%5%6</source>
            <extracomment>%1 is where (api.workos.com or the sandbox's address), %2 %3 %4 the counts below</extracomment>
            <translation type="vanished">Dans %1, cela supprime %2, %3 et %4.%5%6</translation>
        </message>
        <message numerus="yes">
            <source>%n memberships</source>
            <translation>
                <numerusform>%n adhésion</numerusform>
                <numerusform>%n adhésions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n utilisateur</numerusform>
                <numerusform>%n utilisateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n objects have no WorkOS id and are left alone.</source>
            <translation>
                <numerusform> %n objet n’a pas d’ID WorkOS et n’est pas touché.</numerusform>
                <numerusform> %n objets n’ont pas d’ID WorkOS et ne sont pas touchés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting the rehearsal's local sandbox…</source>
            <translation>Démarrage du bac à sable local de la répétition…</translation>
        </message>
        <message>
            <source>The rehearsal's local sandbox is running again with everything the rehearsal created.</source>
            <translation>Le bac à sable local de la répétition fonctionne de nouveau, avec tout ce que la répétition a créé.</translation>
        </message>
        <message>
            <source>This is Production: the people in it lose what this deletes. &amp;Type %1 to confirm:</source>
            <extracomment>%1 is the word to type, "production"</extracomment>
            <translation>Ceci est la production : les personnes qui s’y trouvent perdent ce que ceci supprime. &amp;Tapez %1 pour confirmer :</translation>
        </message>
        <message>
            <source>%1 at %2: this deletes %3, %4 and %5.%6%7</source>
            <extracomment>%1 is the environment (Production, Staging, ...), %2 the address undo uses, %3 %4 %5 the counts below</extracomment>
            <translation>%1 sur %2 : ceci supprime %3, %4 et %5.%6%7</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Settings</source>
            <extracomment>The menu with the program's settings (here: its language)</extracomment>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <extracomment>Language menu entry: follow the language of the desktop</extracomment>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The wizard speaks %1 from its next start. Close it and open it again to switch now; jobs you started are kept.</source>
            <translation>L’assistant parlera %1 à partir de son prochain démarrage. Fermez-le et rouvrez-le pour changer maintenant ; les tâches commencées sont conservées.</translation>
        </message>
        <message>
            <source>the language of your system</source>
            <translation>la langue de votre système</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation type="vanished">Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Move users, their passwords and their organizations from a CSV file into WorkOS. Start a new import, or pick up a job from the list.</source>
            <translation type="vanished">Transférez des utilisateurs, leurs mots de passe et leurs organisations d’un fichier CSV vers WorkOS. Démarrez une nouvelle importation, ou reprenez une tâche de la liste.</translation>
        </message>
        <message>
            <source>&amp;New import…</source>
            <translation type="vanished">&amp;Nouvelle importation…</translation>
        </message>
        <message>
            <source>&amp;Resume…</source>
            <translation type="vanished">&amp;Reprendre…</translation>
        </message>
        <message>
            <source>Re&amp;try failed rows…</source>
            <translation type="vanished">Réessa&amp;yer les lignes en échec…</translation>
        </message>
        <message>
            <source>&amp;Export error report…</source>
            <translation type="vanished">E&amp;xporter le rapport d’erreurs…</translation>
        </message>
        <message>
            <source>De&amp;tails</source>
            <translation type="vanished">&amp;Détails</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="vanished">&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Recent &amp;jobs:</source>
            <translation type="vanished">&amp;Tâches récentes :</translation>
        </message>
    </context>
    <context>
        <name>Model::ColumnMapping</name>
        <message>
            <source>The column mapping has a double quote (") that is never closed.</source>
            <translation>L’association des colonnes contient un guillemet double (") jamais fermé.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no '='. Write it as "Your Column=field", for example "Email Address=email".</source>
            <translation>L’entrée « %1 » de l’association des colonnes n’a pas de « = ». Écrivez-la sous la forme « Votre colonne=champ », par exemple « Email Address=email ».</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no column name before the '='.</source>
            <translation>L’entrée « %1 » de l’association des colonnes n’a pas de nom de colonne avant le « = ».</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" has no field name after the '='. Fields you can map to: %2.</source>
            <translation>L’entrée « %1 » de l’association des colonnes n’a pas de nom de champ après le « = ». Champs possibles : %2.</translation>
        </message>
        <message>
            <source>The column mapping entry "%1" names an unknown field "%2". Fields you can map to: %3.</source>
            <translation>L’entrée « %1 » de l’association des colonnes cite un champ inconnu « %2 ». Champs possibles : %3.</translation>
        </message>
        <message>
            <source>The column mapping maps the column "%1" more than once. Map each column once.</source>
            <translation>L’association des colonnes associe la colonne « %1 » plus d’une fois. Associez chaque colonne une seule fois.</translation>
        </message>
        <message>
            <source>A column mapping needs a column name.</source>
            <translation>Une association de colonne nécessite un nom de colonne.</translation>
        </message>
        <message>
            <source>The columns "%1" and "%2" are both mapped to %3. Map only one column to each field.</source>
            <translation>Les colonnes « %1 » et « %2 » sont toutes deux associées à %3. N’associez qu’une colonne à chaque champ.</translation>
        </message>
    </context>
    <context>
        <name>Model::FileScan</name>
        <message>
            <source>The file was not opened.</source>
            <translation>Le fichier n’a pas été ouvert.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>Model::PasswordFate</name>
        <message>
            <source>kept as-is (%1)</source>
            <translation>conservé tel quel (%1)</translation>
        </message>
        <message>
            <source>converted to %1</source>
            <translation>converti en %1</translation>
        </message>
        <message>
            <source>no password: reset needed (%1)</source>
            <translation>pas de mot de passe : réinitialisation nécessaire (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n kept as-is</source>
            <translation>
                <numerusform>%n conservé tel quel</numerusform>
                <numerusform>%n conservés tels quels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n converted</source>
            <translation>
                <numerusform>%n converti</numerusform>
                <numerusform>%n convertis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reset needed</source>
            <translation>
                <numerusform>%n à réinitialiser</numerusform>
                <numerusform>%n à réinitialiser</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Model::RowRules</name>
        <message>
            <source>The email is empty. Every user needs an email address: fill it in or remove the row.</source>
            <translation type="vanished">L’e-mail est vide. Chaque utilisateur a besoin d’une adresse e-mail : renseignez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <source>The email "%1" is not a valid email address: %2. Correct it (it should look like name@example.com).</source>
            <translation type="vanished">L’e-mail « %1 » n’est pas une adresse e-mail valide : %2. Corrigez-la (elle devrait ressembler à nom@example.com).</translation>
        </message>
        <message>
            <source>The row has both a password and a password_hash (or password_hash_type). A user gets one or the other: keep the plain password or the hash, and clear the other column(s).</source>
            <translation type="vanished">La ligne a à la fois un mot de passe et un password_hash (ou password_hash_type). Un utilisateur reçoit l’un ou l’autre : gardez le mot de passe en clair ou le hachage, et videz l’autre ou les autres colonnes.</translation>
        </message>
        <message>
            <source>The row has a password_hash but no password_hash_type. Fill in the hash type (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2).</source>
            <translation type="vanished">La ligne a un password_hash mais pas de password_hash_type. Renseignez le type de hachage (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 ou argon2).</translation>
        </message>
        <message>
            <source>The password_hash_type "%1" is not one WorkOS accepts. Use bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2.</source>
            <translation type="vanished">Le password_hash_type « %1 » n’est pas accepté par WorkOS. Utilisez bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 ou argon2.</translation>
        </message>
        <message>
            <source>The password_hash does not look like a bcrypt hash. A bcrypt hash is 60 characters long and starts with $2a$, $2b$ or $2y$ followed by a two-digit cost, for example $2b$10$. Check the hash type, or export the hashes again without changes.</source>
            <translation type="vanished">Le password_hash ne ressemble pas à un hachage bcrypt. Un hachage bcrypt fait 60 caractères et commence par $2a$, $2b$ ou $2y$ suivi d’un coût à deux chiffres, par exemple $2b$10$. Vérifiez le type de hachage, ou exportez à nouveau les hachages sans les modifier.</translation>
        </message>
        <message>
            <source>The metadata is not valid JSON (%1 at character %2). It must be a JSON object such as {"department": "Sales"}.</source>
            <translation type="vanished">Les métadonnées ne sont pas du JSON valide (%1 au caractère %2). Elles doivent être un objet JSON comme {"department": "Sales"}.</translation>
        </message>
        <message>
            <source>The metadata must be a JSON object such as {"department": "Sales"}, not a list or a single value.</source>
            <translation type="vanished">Les métadonnées doivent être un objet JSON comme {"department": "Sales"}, pas une liste ni une valeur seule.</translation>
        </message>
        <message>
            <source>The metadata has %1 keys; WorkOS allows at most %2. Remove the keys you do not need.</source>
            <translation type="vanished">Les métadonnées ont %1 clés ; WorkOS en autorise au plus %2. Supprimez les clés dont vous n’avez pas besoin.</translation>
        </message>
        <message>
            <source>The metadata key(s) %1 are longer than %2 characters, the WorkOS limit. Shorten them.</source>
            <translation>Les clés de métadonnées %1 dépassent %2 caractères, la limite de WorkOS. Raccourcissez-les.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are longer than %2 characters, the WorkOS limit. Shorten them.</source>
            <translation>Les valeurs de métadonnées de %1 dépassent %2 caractères, la limite de WorkOS. Raccourcissez-les.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are objects or lists; WorkOS metadata values must be plain text. Flatten them into separate keys or into one text value.</source>
            <translation>Les valeurs de métadonnées de %1 sont des objets ou des listes ; les valeurs de métadonnées WorkOS doivent être du texte simple. Répartissez-les en clés séparées ou regroupez-les en une seule valeur texte.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are numbers or true/false; they were converted to text, because WorkOS metadata values are text.</source>
            <translation>Les valeurs de métadonnées de %1 sont des nombres ou true/false ; elles ont été converties en texte, car les valeurs de métadonnées WorkOS sont du texte.</translation>
        </message>
        <message>
            <source>The metadata value(s) of %1 are null; those keys were left out.</source>
            <translation>Les valeurs de métadonnées de %1 sont null ; ces clés ont été omises.</translation>
        </message>
        <message>
            <source>The row has both org_id and org_external_id. Give the organization one way only: org_id for an organization that exists in WorkOS, or org_external_id (with org_name) for one to find or create.</source>
            <translation type="vanished">La ligne a à la fois org_id et org_external_id. Indiquez l’organisation d’une seule façon : org_id pour une organisation qui existe dans WorkOS, ou org_external_id (avec org_name) pour une organisation à trouver ou à créer.</translation>
        </message>
        <message>
            <source>The row has an org_name but no org_external_id. An organization is found or created by its external id: add org_external_id, or use org_id for an organization that already exists.</source>
            <translation type="vanished">La ligne a un org_name mais pas d’org_external_id. Une organisation est trouvée ou créée par son ID externe : ajoutez org_external_id, ou utilisez org_id pour une organisation qui existe déjà.</translation>
        </message>
        <message>
            <source>it has no @</source>
            <translation>elle ne contient pas de @</translation>
        </message>
        <message>
            <source>it has more than one @</source>
            <translation>elle contient plus d’un @</translation>
        </message>
        <message>
            <source>it contains a space or an invisible character</source>
            <translation>elle contient une espace ou un caractère invisible</translation>
        </message>
        <message>
            <source>it contains "%1", and WorkOS accepts only ASCII letters, digits and !#$%&amp;'*+/=?^_`{|}~-. in an email (a domain with accents must be written in its xn-- form)</source>
            <translation>elle contient « %1 », et WorkOS n’accepte dans une adresse e-mail que les lettres ASCII, les chiffres et !#$%&amp;'*+/=?^_`{|}~-. (un domaine avec des accents doit être écrit sous sa forme xn--)</translation>
        </message>
        <message>
            <source>there is nothing before the @</source>
            <translation>il n’y a rien avant le @</translation>
        </message>
        <message>
            <source>there is nothing after the @</source>
            <translation>il n’y a rien après le @</translation>
        </message>
        <message>
            <source>it is longer than 320 characters</source>
            <translation>elle dépasse 320 caractères</translation>
        </message>
        <message>
            <source>the part before the @ is longer than 64 characters</source>
            <translation>la partie avant le @ dépasse 64 caractères</translation>
        </message>
        <message>
            <source>the part before the @ starts or ends with a dot, or has two dots in a row</source>
            <translation>la partie avant le @ commence ou se termine par un point, ou contient deux points à la suite</translation>
        </message>
        <message>
            <source>the part before the @ holds a character an address cannot hold unquoted (only letters, digits and !#$%&amp;'*+/=?^_`{|}~-. are allowed)</source>
            <translation>la partie avant le @ contient un caractère qu’une adresse ne peut pas contenir sans guillemets (seuls les lettres, les chiffres et !#$%&amp;'*+/=?^_`{|}~-. sont autorisés)</translation>
        </message>
        <message>
            <source>the part after the @ has no dot (a domain looks like example.com)</source>
            <translation>la partie après le @ ne contient pas de point (un domaine ressemble à example.com)</translation>
        </message>
        <message>
            <source>the part after the @ has two dots in a row, or starts or ends with a dot</source>
            <translation>la partie après le @ contient deux points à la suite, ou commence ou se termine par un point</translation>
        </message>
        <message>
            <source>the part after the @ may hold only letters, digits, hyphens and dots</source>
            <translation>la partie après le @ ne peut contenir que des lettres, des chiffres, des traits d’union et des points</translation>
        </message>
        <message>
            <source>a part of the domain starts or ends with a hyphen</source>
            <translation>une partie du domaine commence ou se termine par un trait d’union</translation>
        </message>
        <message>
            <source>the domain is too long (at most 63 characters between dots, 253 in all)</source>
            <translation>le domaine est trop long (63 caractères au plus entre deux points, 253 en tout)</translation>
        </message>
        <message>
            <source>the domain does not end in a real top-level domain (like .com or .de)</source>
            <translation>le domaine ne se termine pas par un vrai domaine de premier niveau (comme .com ou .fr)</translation>
        </message>
        <message>
            <source>The email (column %1) is empty. Every user needs an email address: fill it in or remove the row.</source>
            <translation>L’adresse e-mail (colonne %1) est vide. Chaque utilisateur a besoin d’une adresse e-mail : renseignez-la ou supprimez la ligne.</translation>
        </message>
        <message>
            <source>The email "%1" (column %3) is not a valid email address: %2. Correct it (it should look like name@example.com).</source>
            <translation>L’adresse e-mail « %1 » (colonne %3) n’est pas valide : %2. Corrigez-la (elle doit ressembler à nom@example.com).</translation>
        </message>
        <message>
            <source>%1 is "%2", which is not a yes/no value (use true/false, yes/no, y/n or 1/0). It was left out, so the email counts as not verified.</source>
            <translation>%1 vaut « %2 », qui n’est pas une valeur oui/non (utilisez true/false, yes/no, y/n ou 1/0). La valeur a été ignorée : l’adresse e-mail est donc considérée comme non vérifiée.</translation>
        </message>
        <message>
            <source>The row has both a password (column %1) and a password hash (%2). A user gets one or the other: keep the plain password or the hash, and clear the other column(s).</source>
            <translation>La ligne a à la fois un mot de passe (colonne %1) et un hachage de mot de passe (%2). Un utilisateur reçoit l’un ou l’autre : gardez le mot de passe en clair ou le hachage, et videz l’autre ou les autres colonnes.</translation>
        </message>
        <message>
            <source>The hash type (column %1) is set but the password hash (%2) is empty; the type was ignored and the user gets no password.</source>
            <translation>Le type de hachage (colonne %1) est renseigné mais le hachage du mot de passe (%2) est vide ; le type a été ignoré et l’utilisateur n’aura pas de mot de passe.</translation>
        </message>
        <message>
            <source>The row has a password hash (column %1) but no hash type. Give the hash type (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2).</source>
            <translation>La ligne a un hachage de mot de passe (colonne %1) mais pas de type de hachage. Indiquez le type de hachage (bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 ou argon2).</translation>
        </message>
        <message>
            <source>The hash type "%1" (column %2) is not one WorkOS accepts. Use bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2.</source>
            <translation>Le type de hachage « %1 » (colonne %2) n’est pas accepté par WorkOS. Utilisez bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 ou argon2.</translation>
        </message>
        <message>
            <source>The password hash (column %1) does not look like a bcrypt hash. A bcrypt hash is 60 characters long and starts with $2a$, $2b$ or $2y$ followed by a two-digit cost, for example $2b$10$. Check the hash type, or export the hashes again without changes.</source>
            <translation>Le hachage du mot de passe (colonne %1) ne ressemble pas à un hachage bcrypt. Un hachage bcrypt fait 60 caractères et commence par $2a$, $2b$ ou $2y$ suivi d’un coût à deux chiffres, par exemple $2b$10$. Vérifiez le type de hachage, ou exportez à nouveau les hachages sans les modifier.</translation>
        </message>
        <message>
            <source>The metadata (column %3) is not valid JSON (%1 at character %2). It must be a JSON object such as {"department": "Sales"}.</source>
            <translation>Les métadonnées (colonne %3) ne sont pas du JSON valide (%1 au caractère %2). Elles doivent être un objet JSON comme {"department": "Sales"}.</translation>
        </message>
        <message>
            <source>The metadata (column %1) must be a JSON object such as {"department": "Sales"}, not a list or a single value.</source>
            <translation>Les métadonnées (colonne %1) doivent être un objet JSON comme {"department": "Sales"}, pas une liste ni une valeur isolée.</translation>
        </message>
        <message>
            <source>The metadata (column %3) has %1 keys; WorkOS allows at most %2. Remove the keys you do not need.</source>
            <translation>Les métadonnées (colonne %3) ont %1 clés ; WorkOS en autorise au plus %2. Supprimez les clés dont vous n’avez pas besoin.</translation>
        </message>
        <message>
            <source>The user's external id (column %1) is %2 characters long; WorkOS allows at most %3. Shorten it.</source>
            <translation>L’ID externe de l’utilisateur (colonne %1) fait %2 caractères ; WorkOS en autorise au plus %3. Raccourcissez-le.</translation>
        </message>
        <message>
            <source>The user's external id "%1" (column %2) contains characters that are not plain ASCII (accented letters, symbols or invisible characters). Use only English letters, digits and punctuation.</source>
            <translation>L’ID externe « %1 » de l’utilisateur (colonne %2) contient des caractères qui ne sont pas de l’ASCII simple (lettres accentuées, symboles ou caractères invisibles). N’utilisez que des lettres non accentuées, des chiffres et de la ponctuation.</translation>
        </message>
        <message>
            <source>The row has both a WorkOS organization id (column %1) and your own organization id (column %2). Give the organization one way only: the WorkOS id for an organization that exists in WorkOS, or your own id (with a name) for one to find or create.</source>
            <translation>La ligne a à la fois un ID d’organisation WorkOS (colonne %1) et votre propre ID d’organisation (colonne %2). Indiquez l’organisation d’une seule façon : l’ID WorkOS pour une organisation qui existe dans WorkOS, ou votre propre ID (avec un nom) pour une organisation à retrouver ou à créer.</translation>
        </message>
        <message>
            <source>The row has an organization name (column %1) but no id of your own for it (%2). An organization is found or created by that id: fill it in, or give the WorkOS id of an organization that already exists.</source>
            <translation>La ligne a un nom d’organisation (colonne %1) mais pas votre propre ID pour elle (%2). Une organisation est retrouvée ou créée grâce à cet ID : renseignez-le, ou indiquez l’ID WorkOS d’une organisation qui existe déjà.</translation>
        </message>
        <message>
            <source>The organization name (column %1) is ignored on a row that gives a WorkOS organization id (column %2): the organization already exists in WorkOS with its own name.</source>
            <translation>Le nom d’organisation (colonne %1) est ignoré sur une ligne qui donne un ID d’organisation WorkOS (colonne %2) : l’organisation existe déjà dans WorkOS avec son propre nom.</translation>
        </message>
        <message>
            <source>The roles (column %1) are ignored because the row names no organization; roles belong to an organization membership.</source>
            <translation>Les rôles (colonne %1) sont ignorés car la ligne ne nomme aucune organisation ; les rôles appartiennent à une adhésion à une organisation.</translation>
        </message>
        <message>
            <source>The roles (column %1) start with '[' but are not a valid JSON list. Write them as ["admin", "member"] or as admin,member.</source>
            <translation>Les rôles (colonne %1) commencent par « [ » mais ne sont pas une liste JSON valide. Écrivez-les sous la forme ["admin", "member"] ou admin,member.</translation>
        </message>
        <message>
            <source>The roles (column %1) are a JSON list with something other than text in it. Write them as ["admin", "member"].</source>
            <translation>Les rôles (colonne %1) sont une liste JSON qui contient autre chose que du texte. Écrivez-les sous la forme ["admin", "member"].</translation>
        </message>
        <message>
            <source>The roles (column %1) hold %2, which is not a role slug. A slug uses only lower-case letters, digits, '-' and '_' (for example admin or billing-manager); separate several with commas.</source>
            <translation>Les rôles (colonne %1) contiennent %2, qui n’est pas un identifiant de rôle. Un identifiant n’utilise que des lettres minuscules, des chiffres, « - » et « _ » (par exemple admin ou billing-manager) ; séparez-en plusieurs par des virgules.</translation>
        </message>
    </context>
    <context>
        <name>Model::Schema</name>
        <message>
            <source>The file has no header row.</source>
            <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
        </message>
        <message>
            <source>The file has no header row. The first line must name the columns, for example "email,first_name,last_name".</source>
            <translation>Le fichier n’a pas de ligne d’en-tête. La première ligne doit nommer les colonnes, par exemple « email,first_name,last_name ».</translation>
        </message>
        <message>
            <source>The column mapping names the column "%1" (for %2), but the file has no such column.</source>
            <translation>L’association des colonnes cite la colonne « %1 » (pour %2), mais le fichier n’a pas de telle colonne.</translation>
        </message>
        <message>
            <source>Ignored because the column mapping chose another column: %1.</source>
            <translation>Ignorée, car l’association des colonnes a choisi une autre colonne : %1.</translation>
        </message>
        <message>
            <source>The file cannot be used: %1. Remove or rename the extra column so that each field comes from one column.</source>
            <translation>Le fichier ne peut pas être utilisé : %1. Supprimez ou renommez la colonne en trop pour que chaque champ provienne d’une seule colonne.</translation>
        </message>
        <message>
            <source>Email Address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>The file has no email column, and every user needs an email address. The columns found are: %1. Rename the column that holds the email addresses to "email", or map it to email (on the command line: --map "%2=email").</source>
            <translation>Le fichier n’a pas de colonne d’e-mail, et chaque utilisateur a besoin d’une adresse e-mail. Colonnes trouvées : %1. Renommez la colonne qui contient les adresses e-mail en « email », ou associez-la à email (en ligne de commande : --map "%2=email").</translation>
        </message>
        <message>
            <source>The role_slugs column is ignored because the file has no organization columns, and roles belong to organization memberships.</source>
            <translation>La colonne role_slugs est ignorée car le fichier n’a pas de colonnes d’organisation, et les rôles appartiennent aux adhésions à des organisations.</translation>
        </message>
        <message>
            <source>The file has organization columns, so each row names its own organization; one organization for the whole file cannot be given as well.</source>
            <translation>Le fichier a des colonnes d’organisation, chaque ligne indique donc sa propre organisation ; une organisation pour tout le fichier ne peut pas être donnée en plus.</translation>
        </message>
        <message>
            <source>Give the organization for all users by its WorkOS id or by its external id.</source>
            <translation>Indiquez l’organisation de tous les utilisateurs par son ID WorkOS ou par son ID externe.</translation>
        </message>
        <message>
            <source>Give the organization for all users by its WorkOS id or by its external id, not both.</source>
            <translation>Indiquez l’organisation de tous les utilisateurs par son ID WorkOS ou par son ID externe, pas les deux.</translation>
        </message>
    </context>
    <context>
        <name>Model::Validator</name>
        <message>
            <source>The external_id "%1" already belongs to another email (line %2). Each user needs their own external_id: correct one of the two rows.</source>
            <translation>L’external_id « %1 » appartient déjà à un autre e-mail (ligne %2). Chaque utilisateur a besoin de son propre external_id : corrigez l’une des deux lignes.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 and this row names no organization, so there is nothing new to import; the row is skipped.</source>
            <translation>Cet e-mail figurait déjà à la ligne %1 et cette ligne ne cite aucune organisation : il n’y a donc rien de nouveau à importer, la ligne est ignorée.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 (letter case does not matter in emails); this row is skipped as a duplicate.</source>
            <translation>Cet e-mail figurait déjà à la ligne %1 (la casse ne compte pas dans les e-mails) ; cette ligne est ignorée comme doublon.</translation>
        </message>
        <message>
            <source>This email already appeared on line %1 with a different %2. The user is created from line %1 only; if this row's values are the right ones, correct line %1.</source>
            <translation>Cet e-mail figurait déjà à la ligne %1 avec une autre valeur de %2. L’utilisateur est créé à partir de la ligne %1 seulement ; si les valeurs de cette ligne sont les bonnes, corrigez la ligne %1.</translation>
        </message>
        <message>
            <source>This email and organization already appeared together on an earlier row (the user's first row is line %1); this row is skipped as a duplicate.</source>
            <translation>Cet e-mail et cette organisation figuraient déjà ensemble sur une ligne précédente (la première ligne de l’utilisateur est la ligne %1) ; cette ligne est ignorée comme doublon.</translation>
        </message>
        <message>
            <source>the row has no password or hash</source>
            <translation>la ligne n’a ni mot de passe ni hachage</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <source>The %1 part of this %2 hash is not valid base64, so it cannot be read. Export the hashes again without changes (a spreadsheet can damage long values).</source>
            <translation>La partie %1 de ce hachage %2 n’est pas du base64 valide, elle ne peut donc pas être lue. Exportez à nouveau les hachages sans les modifier (un tableur peut abîmer les valeurs longues).</translation>
        </message>
        <message>
            <source>This is not a bcrypt hash: a bcrypt hash starts with $2a$, $2b$ or $2y$ and a two-digit cost, for example $2b$10$.</source>
            <translation>Ce n’est pas un hachage bcrypt : un hachage bcrypt commence par $2a$, $2b$ ou $2y$ et un coût à deux chiffres, par exemple $2b$10$.</translation>
        </message>
        <message>
            <source>This bcrypt hash holds a character bcrypt never writes (only letters, digits, . and / follow the cost). Export the hashes again without changes.</source>
            <translation>Ce hachage bcrypt contient un caractère que bcrypt n’écrit jamais (seuls des lettres, des chiffres, . et / suivent le coût). Exportez à nouveau les hachages sans les modifier.</translation>
        </message>
        <message>
            <source>This bcrypt hash is %1 characters long; a bcrypt hash is exactly 60. It was cut off or has something extra: export the hashes again without changes.</source>
            <translation>Ce hachage bcrypt fait %1 caractères ; un hachage bcrypt en fait exactement 60. Il a été tronqué ou contient quelque chose en trop : exportez à nouveau les hachages sans les modifier.</translation>
        </message>
        <message>
            <source>This bcrypt hash has cost %1; bcrypt costs go from 04 to 31, so no system made it. Export the hashes again without changes.</source>
            <translation>Ce hachage bcrypt a un coût de %1 ; les coûts bcrypt vont de 04 à 31, aucun système ne l’a donc produit. Exportez à nouveau les hachages sans les modifier.</translation>
        </message>
        <message>
            <source>A firebase-scrypt hash starts with $firebase-scrypt$ and carries the project's parameters: $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</source>
            <translation>Un hachage firebase-scrypt commence par $firebase-scrypt$ et porte les paramètres du projet : $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</translation>
        </message>
        <message>
            <source>The firebase-scrypt hash has a part "%1" it cannot hold. It must read $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</source>
            <translation>Le hachage firebase-scrypt a une partie « %1 » qu’il ne peut pas contenir. Il doit être de la forme $firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…</translation>
        </message>
        <message>
            <source>hash= (the user's hash)</source>
            <translation>hash= (le hachage de l’utilisateur)</translation>
        </message>
        <message>
            <source>salt= (the user's salt)</source>
            <translation>salt= (le sel de l’utilisateur)</translation>
        </message>
        <message>
            <source>sk= (the project's signer key)</source>
            <translation>sk= (la clé de signature du projet)</translation>
        </message>
        <message>
            <source>ss= (the project's salt separator)</source>
            <translation>ss= (le séparateur de sel du projet)</translation>
        </message>
        <message>
            <source>r= (rounds)</source>
            <translation>r= (tours)</translation>
        </message>
        <message>
            <source>m= (memory cost)</source>
            <translation>m= (coût mémoire)</translation>
        </message>
        <message>
            <source>The firebase-scrypt hash lacks %1. Without the project's parameters nobody can check the password: take them from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Il manque %1 au hachage firebase-scrypt. Sans les paramètres du projet, personne ne peut vérifier le mot de passe : reprenez-les dans la console Firebase (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>The firebase-scrypt rounds (r=%1) or memory cost (m=%2) is not one Firebase uses (rounds 1 to 255, memory cost 1 to 20; Firebase projects show rounds 8 and mem_cost 14).</source>
            <translation>Les tours (r=%1) ou le coût mémoire (m=%2) firebase-scrypt ne sont pas des valeurs utilisées par Firebase (tours de 1 à 255, coût mémoire de 1 à 20 ; les projets Firebase affichent rounds 8 et mem_cost 14).</translation>
        </message>
        <message>
            <source>The signer key (sk=) is %1 bytes; a Firebase signer key is 64. Copy base64_signer_key again from the Firebase console.</source>
            <translation>La clé de signature (sk=) fait %1 octets ; une clé de signature Firebase en fait 64. Copiez à nouveau base64_signer_key depuis la console Firebase.</translation>
        </message>
        <message>
            <source>The hash= part is %1 bytes; a firebase-scrypt hash is as long as the signer key (%2 bytes). It was cut off: export the users again.</source>
            <translation>La partie hash= fait %1 octets ; un hachage firebase-scrypt est aussi long que la clé de signature (%2 octets). Il a été tronqué : exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>This is not an scrypt hash as WorkOS reads it: $scrypt$ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;$&lt;salt&gt;$&lt;hash&gt; (the PHC format), for example $scrypt$ln=15,r=8,p=1$…$…</source>
            <translation>Ce n’est pas un hachage scrypt tel que WorkOS le lit : $scrypt$ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;$&lt;salt&gt;$&lt;hash&gt; (le format PHC), par exemple $scrypt$ln=15,r=8,p=1$…$…</translation>
        </message>
        <message>
            <source>The scrypt hash does not carry its parameters as ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt;; without them it cannot be checked.</source>
            <translation>Le hachage scrypt ne porte pas ses paramètres sous la forme ln=&lt;cost&gt;,r=&lt;block size&gt;,p=&lt;parallelism&gt; ; sans eux, il ne peut pas être vérifié.</translation>
        </message>
        <message>
            <source>The scrypt cost ln=%1 is out of range (1 to 30).</source>
            <translation>Le coût scrypt ln=%1 est hors limites (1 à 30).</translation>
        </message>
        <message>
            <source>The scrypt cost n=%1 is not a power of two.</source>
            <translation>Le coût scrypt n=%1 n’est pas une puissance de deux.</translation>
        </message>
        <message>
            <source>The scrypt parameters r=%1, p=%2 with N=%3 are out of range (at most 1 GiB of memory).</source>
            <translation>Les paramètres scrypt r=%1, p=%2 avec N=%3 sont hors limites (1 Gio de mémoire au plus).</translation>
        </message>
        <message>
            <source>salt</source>
            <translation>sel</translation>
        </message>
        <message>
            <source>hash</source>
            <translation>hachage</translation>
        </message>
        <message>
            <source>The scrypt hash part is only %1 bytes (at least 16 expected): it was cut off.</source>
            <translation>La partie hachage du hachage scrypt ne fait que %1 octets (au moins 16 attendus) : il a été tronqué.</translation>
        </message>
        <message>
            <source>This is not a PBKDF2 hash as WorkOS reads it: $pbkdf2-sha256$i=&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (also -sha1 and -sha512).</source>
            <translation>Ce n’est pas un hachage PBKDF2 tel que WorkOS le lit : $pbkdf2-sha256$i=&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt; (aussi -sha1 et -sha512).</translation>
        </message>
        <message>
            <source>The PBKDF2 hash does not say its iteration count (i=&lt;iterations&gt;); without it it cannot be checked.</source>
            <translation>Le hachage PBKDF2 n’indique pas son nombre d’itérations (i=&lt;iterations&gt;) ; sans lui, il ne peut pas être vérifié.</translation>
        </message>
        <message>
            <source>The PBKDF2 iteration count %1 is out of range (1 to 10,000,000).</source>
            <translation>Le nombre d’itérations PBKDF2 %1 est hors limites (1 à 10 000 000).</translation>
        </message>
        <message>
            <source>The PBKDF2 hash part is %1 bytes but the hash says l=%2: it was cut off.</source>
            <translation>La partie hachage du hachage PBKDF2 fait %1 octets mais le hachage indique l=%2 : il a été tronqué.</translation>
        </message>
        <message>
            <source>The PBKDF2 hash part is only %1 bytes (at least 16 expected): it was cut off.</source>
            <translation>La partie hachage du hachage PBKDF2 ne fait que %1 octets (au moins 16 attendus) : il a été tronqué.</translation>
        </message>
        <message>
            <source>This is not an argon2 hash: it starts with $argon2id$, $argon2i$ or $argon2d$, then v=19$m=…,t=…,p=…$&lt;salt&gt;$&lt;hash&gt;.</source>
            <translation>Ce n’est pas un hachage argon2 : il commence par $argon2id$, $argon2i$ ou $argon2d$, puis v=19$m=…,t=…,p=…$&lt;salt&gt;$&lt;hash&gt;.</translation>
        </message>
        <message>
            <source>"%1" is not an argon2 variant WorkOS reads (argon2id, argon2i, argon2d).</source>
            <translation>« %1 » n’est pas une variante argon2 que WorkOS lit (argon2id, argon2i, argon2d).</translation>
        </message>
        <message>
            <source>The argon2 version %1 is not one argon2 has (v=19 or v=16).</source>
            <translation>La version argon2 %1 n’existe pas pour argon2 (v=19 ou v=16).</translation>
        </message>
        <message>
            <source>The argon2 hash does not carry its parameters: after the variant it needs m=&lt;memory&gt;,t=&lt;passes&gt;,p=&lt;lanes&gt;, then the salt and the hash ($argon2id$v=19$m=65536,t=3,p=4$&lt;salt&gt;$&lt;hash&gt;). Export the full hash.</source>
            <translation>Le hachage argon2 ne porte pas ses paramètres : après la variante, il lui faut m=&lt;memory&gt;,t=&lt;passes&gt;,p=&lt;lanes&gt;, puis le sel et le hachage ($argon2id$v=19$m=65536,t=3,p=4$&lt;salt&gt;$&lt;hash&gt;). Exportez le hachage complet.</translation>
        </message>
        <message>
            <source>The argon2 parameters m=%1,t=%2,p=%3 are out of range (p 1 to 255, t 1 to 1000, m from 8×p KiB to 1 GiB).</source>
            <translation>Les paramètres argon2 m=%1,t=%2,p=%3 sont hors limites (p de 1 à 255, t de 1 à 1000, m de 8×p Kio à 1 Gio).</translation>
        </message>
        <message>
            <source>The argon2 salt is %1 bytes; argon2 needs at least 8.</source>
            <translation>Le sel argon2 fait %1 octets ; argon2 en exige au moins 8.</translation>
        </message>
        <message>
            <source>The argon2 hash part is %1 bytes: it was cut off.</source>
            <translation>La partie hachage du hachage argon2 fait %1 octets : il a été tronqué.</translation>
        </message>
        <message>
            <source>The hash starts with {%1} but its type is %2, which is written {%3}&lt;base64&gt;.</source>
            <translation>Le hachage commence par {%1} mais son type est %2, qui s’écrit {%3}&lt;base64&gt;.</translation>
        </message>
        <message>
            <source>The %1 hash is empty after its {…} prefix.</source>
            <translation>Le hachage %1 est vide après son préfixe {…}.</translation>
        </message>
        <message>
            <source>The %1 hash holds %2 bytes: the %3-byte digest and no salt after it. It was cut off, or it is an unsalted hash WorkOS cannot take.</source>
            <translation>Le hachage %1 contient %2 octets : l’empreinte de %3 octets et aucun sel après elle. Il a été tronqué, ou c’est un hachage sans sel que WorkOS ne peut pas accepter.</translation>
        </message>
        <message>
            <source>The password_hash is written as a %1 hash, but its password_hash_type says %2. Set the type to %1.</source>
            <translation>Le password_hash est écrit comme un hachage %1, mais son password_hash_type indique %2. Réglez le type sur %1.</translation>
        </message>
        <message>
            <source>Unknown hash type.</source>
            <translation>Type de hachage inconnu.</translation>
        </message>
        <message>
            <source>This password matches its hash.</source>
            <translation>Ce mot de passe correspond à son hachage.</translation>
        </message>
        <message>
            <source>This password does not match its hash. Either it is not this account's current password, or the hash in the file is not the one the old system keeps for this account (check the export).</source>
            <translation>Ce mot de passe ne correspond pas à son hachage. Soit ce n’est pas le mot de passe actuel de ce compte, soit le hachage du fichier n’est pas celui que l’ancien système conserve pour ce compte (vérifiez l’export).</translation>
        </message>
        <message>
            <source>The check could not run (the computer refused the memory the hash needs). Nothing is known about the password yet: close other programs and check again.</source>
            <translation>La vérification n’a pas pu s’exécuter (l’ordinateur a refusé la mémoire dont le hachage a besoin). On ne sait encore rien du mot de passe : fermez d’autres programmes et vérifiez à nouveau.</translation>
        </message>
        <message>
            <source>libargon2 cannot read this argon2 hash (%1). Export the full hash again.</source>
            <translation>libargon2 ne peut pas lire ce hachage argon2 (%1). Exportez à nouveau le hachage complet.</translation>
        </message>
        <message>
            <source>The salt separator is wrong: this password matches with Firebase's usual salt separator (Bw==), not with the ss= in the file. Copy base64_salt_separator again from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Le séparateur de sel est erroné : ce mot de passe correspond avec le séparateur de sel habituel de Firebase (Bw==), pas avec le ss= du fichier. Copiez à nouveau base64_salt_separator depuis la console Firebase (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>This password does not match with the Firebase parameters in the file. Either it is not this account's password, or the signer key (sk=), salt separator (ss=), rounds (r=) or memory cost (m=) are not this Firebase project's: copy them again from the Firebase console (Authentication → Users → ⋮ → Password hash parameters).</source>
            <translation>Ce mot de passe ne correspond pas avec les paramètres Firebase du fichier. Soit ce n’est pas le mot de passe de ce compte, soit la clé de signature (sk=), le séparateur de sel (ss=), les tours (r=) ou le coût mémoire (m=) ne sont pas ceux de ce projet Firebase : copiez-les à nouveau depuis la console Firebase (Authentication → Users → ⋮ → Password hash parameters).</translation>
        </message>
        <message>
            <source>The salt position is wrong: this password matches when the salt goes %1 the password (password_salt_position %2), but the hash is read with %3. Set password_salt_position to %2.</source>
            <translation>La position du sel est erronée : ce mot de passe correspond quand le sel est placé %1 le mot de passe (password_salt_position %2), mais le hachage est lu avec %3. Réglez password_salt_position sur %2.</translation>
        </message>
        <message>
            <source>before</source>
            <translation>avant</translation>
        </message>
        <message>
            <source>after</source>
            <translation>après</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Report::ErrorReport</name>
        <message>
            <source>WorkOS no longer holds this: it was deleted or changed after the import. Import the row again (a new job with the corrected file) if it should be there.</source>
            <translation>WorkOS ne contient plus cet élément : il a été supprimé ou modifié après l’importation. Importez à nouveau la ligne (une nouvelle tâche avec le fichier corrigé) si elle doit y figurer.</translation>
        </message>
        <message>
            <source>WorkOS holds something else than the file says (changed after the import?). Fix it in the WorkOS dashboard, or correct the file if WorkOS is right.</source>
            <translation>WorkOS contient autre chose que ce que dit le fichier (modifié après l’importation ?). Corrigez-le dans le tableau de bord WorkOS, ou corrigez le fichier si WorkOS a raison.</translation>
        </message>
        <message>
            <source>Left in place on purpose. Remove the other memberships first if it should go, then run undo again.</source>
            <translation>Laissé en place volontairement. Supprimez d’abord les autres adhésions s’il doit disparaître, puis relancez « Défaire ».</translation>
        </message>
        <message>
            <source>Undo did not know its WorkOS id; check it in the WorkOS dashboard and delete it there if needed.</source>
            <translation>« Défaire » ne connaissait pas son ID WorkOS ; vérifiez-le dans le tableau de bord WorkOS et supprimez-le là-bas si nécessaire.</translation>
        </message>
        <message>
            <source>The email belongs to a WorkOS user the import could not look up; check the user in the WorkOS dashboard and run Retry failed rows.</source>
            <translation>L’e-mail appartient à un utilisateur WorkOS que l’importation n’a pas pu rechercher ; vérifiez l’utilisateur dans le tableau de bord WorkOS et lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>Another WorkOS user already has this external_id: fix external_id in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Un autre utilisateur WorkOS a déjà cet external_id : corrigez external_id dans le CSV, puis importez le fichier corrigé comme nouvelle tâche (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>Turn on Multiple Roles in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or give one slug in role_slugs and import the corrected file as a new job.</source>
            <translation>Activez « Multiple Roles » dans le tableau de bord WorkOS, puis réessayez toutes les lignes en échec (workos-import retry JOB --all) ; ou indiquez un seul identifiant dans role_slugs et importez le fichier corrigé comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or fix role_slugs in the CSV and import the corrected file as a new job.</source>
            <translation>Créez le rôle dans le tableau de bord WorkOS, puis réessayez toutes les lignes en échec (workos-import retry JOB --all) ; ou corrigez role_slugs dans le CSV et importez le fichier corrigé comme nouvelle tâche.</translation>
        </message>
        <message>
            <source>Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Corrigez l’adresse e-mail dans le CSV, puis importez le fichier corrigé comme nouvelle tâche (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>Fix this line of the CSV file (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Corrigez cette ligne du fichier CSV (voir le message), puis importez le fichier corrigé comme nouvelle tâche (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>Fix password_hash / password_hash_type for this row (supported types: bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Corrigez password_hash / password_hash_type pour cette ligne (types pris en charge : bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2), puis importez le fichier corrigé comme nouvelle tâche (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>Fix this row in the CSV (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).</source>
            <translation>Corrigez cette ligne dans le CSV (voir le message), puis importez le fichier corrigé comme nouvelle tâche (les utilisateurs déjà importés sont reconnus, pas créés deux fois).</translation>
        </message>
        <message>
            <source>Check the API key: it may be mistyped, revoked or for another WorkOS environment.</source>
            <translation>Vérifiez la clé API : elle est peut-être mal saisie, révoquée ou destinée à un autre environnement WorkOS.</translation>
        </message>
        <message>
            <source>Check that the API key may manage users and organizations in the WorkOS dashboard.</source>
            <translation>Vérifiez dans le tableau de bord WorkOS que la clé API peut gérer les utilisateurs et les organisations.</translation>
        </message>
        <message>
            <source>Retry failed rows; the import respects WorkOS's rate limits.</source>
            <translation>Réessayez les lignes en échec ; l’importation respecte les limites de débit de WorkOS.</translation>
        </message>
        <message>
            <source>WorkOS had a temporary problem; run Retry failed rows later.</source>
            <translation>WorkOS a eu un problème temporaire ; lancez Réessayer les lignes en échec plus tard.</translation>
        </message>
        <message>
            <source>The connection to WorkOS was not trusted (TLS): check the network, proxy or antivirus that may intercept it, then run Retry failed rows.</source>
            <translation>La connexion à WorkOS n’était pas de confiance (TLS) : vérifiez le réseau, le proxy ou l’antivirus qui pourrait l’intercepter, puis lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>The proxy refused the connection: check the system proxy settings, then run Retry failed rows.</source>
            <translation>Le proxy a refusé la connexion : vérifiez les paramètres de proxy du système, puis lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>Retry failed rows when the network is back.</source>
            <translation>Réessayez les lignes en échec quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>The organization does not exist in this WorkOS environment: fix org_id, or give org_external_id with org_name so the import can create it, then run Retry failed rows.</source>
            <translation>L’organisation n’existe pas dans cet environnement WorkOS : corrigez org_id, ou indiquez org_external_id avec org_name pour que l’importation puisse la créer, puis lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>WorkOS could not find this user; run Retry failed rows, and contact WorkOS support with the request id if it keeps failing.</source>
            <translation>WorkOS n’a pas trouvé cet utilisateur ; lancez Réessayer les lignes en échec, et contactez le support WorkOS avec l’identifiant de requête si l’échec persiste.</translation>
        </message>
        <message>
            <source>The organization could not be resolved because of a temporary problem; run Retry failed rows.</source>
            <translation>L’organisation n’a pas pu être résolue à cause d’un problème temporaire ; lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>The row's organization could not be found or created (see the message); fix the organization columns and run Retry failed rows.</source>
            <translation>L’organisation de la ligne n’a pas pu être trouvée ni créée (voir le message) ; corrigez les colonnes d’organisation et lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>Run Retry failed rows.</source>
            <translation>Lancez Réessayer les lignes en échec.</translation>
        </message>
        <message>
            <source>Fix this row (see the message) and run Retry failed rows; contact WorkOS support with the request id if it keeps failing.</source>
            <translation>Corrigez cette ligne (voir le message) et lancez Réessayer les lignes en échec ; contactez le support WorkOS avec l’identifiant de requête si l’échec persiste.</translation>
        </message>
        <message>
            <source>Cannot tell the report format from the file name "%1": name it .csv, .json, .jsonl or .ndjson.</source>
            <translation>Impossible de déduire le format du rapport du nom de fichier « %1 » : nommez-le en .csv, .json, .jsonl ou .ndjson.</translation>
        </message>
        <message>
            <source>Cannot write the report %1: %2</source>
            <translation>Impossible d’écrire le rapport %1 : %2</translation>
        </message>
        <message>
            <source>Cannot make the report %1 private to you: %2</source>
            <translation>Impossible de rendre le rapport %1 privé : %2</translation>
        </message>
        <message>
            <source>Cannot read the failed rows for the report.</source>
            <translation>Impossible de lire les lignes en échec pour le rapport.</translation>
        </message>
        <message>
            <source>Cannot save the report %1: %2</source>
            <translation>Impossible d’enregistrer le rapport %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Report::IdMap</name>
        <message>
            <source>Name the file for the ID map (ending in .csv or .json).</source>
            <translation>Nommez le fichier de la table de correspondance des ID (se terminant par .csv ou .json).</translation>
        </message>
        <message>
            <source>%1 is the job's own input file: the ID map would overwrite it. Choose another file name.</source>
            <translation>%1 est le fichier d’entrée de la tâche elle-même : la table de correspondance des ID l’écraserait. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>%1 is the job store: the ID map would overwrite every job's record. Choose another file name.</source>
            <translation>%1 est le stockage des tâches : la table de correspondance des ID écraserait l’historique de toutes les tâches. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>Cannot tell the ID map's format from the file name "%1": name it .csv or .json.</source>
            <translation>Impossible de déduire le format de la table de correspondance des ID du nom de fichier « %1 » : nommez-le .csv ou .json.</translation>
        </message>
        <message>
            <source>source id and membership id not recorded: the job ran before this version</source>
            <translation>ID source et ID d’adhésion non enregistrés : la tâche a été exécutée avant cette version</translation>
        </message>
        <message>
            <source>membership id unknown: the user was already a member before this job</source>
            <translation>ID d’adhésion inconnu : l’utilisateur était déjà membre avant cette tâche</translation>
        </message>
        <message>
            <source>membership id unknown</source>
            <translation>ID d’adhésion inconnu</translation>
        </message>
        <message>
            <source>no membership: the row failed at its membership (see the error report)</source>
            <translation>aucune adhésion : la ligne a échoué sur son adhésion (voir le rapport d’erreurs)</translation>
        </message>
        <message>
            <source>There is no job %1 in the job store.</source>
            <translation>Il n’y a pas de tâche %1 dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot write the ID map %1: %2</source>
            <translation>Impossible d’écrire la table de correspondance des ID %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Report::ValidationReport</name>
        <message>
            <source>Cannot write the report "%1": %2. Choose a folder you may write to.</source>
            <translation>Impossible d’écrire le rapport « %1 » : %2. Choisissez un dossier où vous avez le droit d’écrire.</translation>
        </message>
        <message>
            <source>Cannot make the report "%1" private to you: %2.</source>
            <translation>Impossible de rendre le rapport « %1 » privé : %2.</translation>
        </message>
        <message>
            <source>The report "%1" was not opened.</source>
            <translation>Le rapport « %1 » n’a pas été ouvert.</translation>
        </message>
        <message>
            <source>Writing the report "%1" failed: %2. Check the free disk space and try again.</source>
            <translation>L’écriture du rapport « %1 » a échoué : %2. Vérifiez l’espace disque libre et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Source</name>
        <message>
            <source>detected from the content</source>
            <translation>détecté d’après le contenu</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>fichier CSV</translation>
        </message>
        <message>
            <source>Cannot read the Firebase hash parameters from %1: %2.</source>
            <translation>Impossible de lire les paramètres de hachage Firebase depuis %1 : %2.</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>le fichier est trop volumineux</translation>
        </message>
    </context>
    <context>
        <name>Source::Auth0Passwords</name>
        <message>
            <source>Cannot read the Auth0 password export %1: %2.</source>
            <translation>Impossible de lire l’export des mots de passe Auth0 %1 : %2.</translation>
        </message>
        <message>
            <source>The Auth0 password export %1 holds no user (one JSON object per line, with _id and passwordHash). Check that it is the file Auth0 sent.</source>
            <translation>L’export des mots de passe Auth0 %1 ne contient aucun utilisateur (un objet JSON par ligne, avec _id et passwordHash). Vérifiez qu’il s’agit du fichier envoyé par Auth0.</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation>%1 lignes de l’export des mots de passe Auth0 ne sont pas des objets JSON et n’ont pas été lues.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation>%1 entrées de l’export des mots de passe Auth0 ne correspondent à aucun utilisateur de l’export des utilisateurs (par exemple : %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::CsvSource</name>
        <message>
            <source>A Cognito export is the JSON of ListUsers; "%1" is a CSV file. Choose the JSON file.</source>
            <translation>Un export Cognito est le JSON de ListUsers ; « %1 » est un fichier CSV. Choisissez le fichier JSON.</translation>
        </message>
        <message>
            <source>no Auth0 password export was given</source>
            <translation>aucun export des mots de passe Auth0 n’a été fourni</translation>
        </message>
        <message>
            <source>The Auth0 password export has this user's hash under another id; it was matched by the email.</source>
            <translation>L’export des mots de passe Auth0 a le hachage de cet utilisateur sous un autre identifiant ; il a été associé par l’e-mail.</translation>
        </message>
        <message>
            <source>not in the Auth0 password export</source>
            <translation>absent de l’export des mots de passe Auth0</translation>
        </message>
        <message>
            <source>This Firebase export has password hashes (the first at line %1), and %2 Without the project's hash parameters the hashes cannot be converted, so nothing is imported. Copy them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters) and give them with --firebase-hash-config FILE, or paste them on the File page.</source>
            <translation>Cet export Firebase contient des hachages de mots de passe (le premier à la ligne %1), et %2 Sans les paramètres de hachage du projet, les hachages ne peuvent pas être convertis, donc rien n’est importé. Copiez-les depuis la console Firebase (Authentication, Users, le menu au-dessus du tableau, Password hash parameters) et donnez-les avec --firebase-hash-config FILE, ou collez-les sur la page Fichier.</translation>
        </message>
        <message>
            <source>the line cannot be read</source>
            <translation>la ligne ne peut pas être lue</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation type="vanished">%1 lignes de l’export des mots de passe Auth0 ne sont pas des objets JSON et n’ont pas été lues.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation type="vanished">%1 entrées de l’export des mots de passe Auth0 ne correspondent à aucun utilisateur de l’export des utilisateurs (par exemple : %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::FirebaseHashConfig</name>
        <message>
            <source>The Firebase hash parameters are incomplete: %1 missing. Copy all of them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters).</source>
            <translation>Les paramètres de hachage Firebase sont incomplets : %1 manquant. Copiez-les tous depuis la console Firebase (Authentication, Users, le menu au-dessus du tableau, Password hash parameters).</translation>
        </message>
        <message>
            <source>The Firebase hash parameters name the algorithm %1; Firebase exports SCRYPT hashes, and only those can be converted. Copy the parameters of the project the users were exported from.</source>
            <translation>Les paramètres de hachage Firebase indiquent l’algorithme %1 ; Firebase exporte des hachages SCRYPT, et seuls ceux-ci peuvent être convertis. Copiez les paramètres du projet d’où les utilisateurs ont été exportés.</translation>
        </message>
        <message>
            <source>The Firebase base64_signer_key is not base64. Copy it again from the Firebase console.</source>
            <translation>Le base64_signer_key Firebase n’est pas en base64. Copiez-le à nouveau depuis la console Firebase.</translation>
        </message>
        <message>
            <source>The Firebase base64_salt_separator is not base64. Copy it again from the Firebase console.</source>
            <translation>Le base64_salt_separator Firebase n’est pas en base64. Copiez-le à nouveau depuis la console Firebase.</translation>
        </message>
        <message>
            <source>The Firebase rounds must be a whole number from 1 to 8 (got "%1").</source>
            <translation>Le rounds Firebase doit être un nombre entier de 1 à 8 (reçu : « %1 »).</translation>
        </message>
        <message>
            <source>The Firebase mem_cost must be a whole number from 1 to 14 (got "%1").</source>
            <translation>Le mem_cost Firebase doit être un nombre entier de 1 à 14 (reçu : « %1 »).</translation>
        </message>
        <message>
            <source>The Firebase passwordHash is not base64, so it cannot be converted. Export the users again.</source>
            <translation>Le passwordHash Firebase n’est pas en base64 et ne peut donc pas être converti. Exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>The Firebase salt is missing or not base64, so the hash cannot be converted. Export the users again.</source>
            <translation>Le sel Firebase est absent ou n’est pas en base64, le hachage ne peut donc pas être converti. Exportez à nouveau les utilisateurs.</translation>
        </message>
    </context>
    <context>
        <name>Source::JsonReader</name>
        <message>
            <source>Cannot open "%1": %2</source>
            <translation>Impossible d’ouvrir « %1 » : %2</translation>
        </message>
        <message>
            <source>"%1" is JSON in UTF-16. Save it as UTF-8 (the encoding every export tool writes) and choose it again.</source>
            <translation>« %1 » est du JSON en UTF-16. Enregistrez-le en UTF-8 (l’encodage qu’écrit tout outil d’export) et choisissez-le à nouveau.</translation>
        </message>
        <message>
            <source>"%1" is not valid JSON: %2 at byte %3 (line %4). Export the users again.</source>
            <translation>« %1 » n’est pas du JSON valide : %2 à l’octet %3 (ligne %4). Exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>"%1" is neither a CSV file nor a JSON export.</source>
            <translation>« %1 » n’est ni un fichier CSV ni un export JSON.</translation>
        </message>
        <message>
            <source>"%1" is Auth0's password export (passwordHash by _id), not the user export. Choose the user export as the file, and give this one as the Auth0 password file (--auth0-passwords).</source>
            <translation>« %1 » est l’export des mots de passe d’Auth0 (passwordHash par _id), pas l’export des utilisateurs. Choisissez l’export des utilisateurs comme fichier, et donnez celui-ci comme fichier des mots de passe Auth0 (--auth0-passwords).</translation>
        </message>
        <message>
            <source>"%1" is JSON, but not an export this program knows: it reads Firebase (auth:export), Auth0 (user export), Supabase (auth.users) and Cognito (ListUsers) JSON. Choose the source yourself if it is one of those (--source).</source>
            <translation>« %1 » est du JSON, mais pas un export que ce programme connaît : il lit le JSON de Firebase (auth:export), Auth0 (export des utilisateurs), Supabase (auth.users) et Cognito (ListUsers). Choisissez vous-même la source s’il s’agit de l’un d’eux (--source).</translation>
        </message>
        <message>
            <source>"%1" is JSON; a %2 export is a CSV file. Choose the CSV export.</source>
            <translation>« %1 » est du JSON ; un export %2 est un fichier CSV. Choisissez l’export CSV.</translation>
        </message>
        <message>
            <source>no Auth0 password export was given</source>
            <translation>aucun export des mots de passe Auth0 n’a été fourni</translation>
        </message>
        <message>
            <source>not in the Auth0 password export</source>
            <translation>absent de l’export des mots de passe Auth0</translation>
        </message>
        <message>
            <source>The Auth0 password export has this user's hash under another id; it was matched by the email.</source>
            <translation>L’export des mots de passe Auth0 a le hachage de cet utilisateur sous un autre identifiant ; il a été associé par l’e-mail.</translation>
        </message>
        <message>
            <source>The JSON array of users is not closed: the file ends at line %1 without its ']'. The export may be incomplete; export the users again.</source>
            <translation>Le tableau JSON des utilisateurs n’est pas fermé : le fichier se termine à la ligne %1 sans son ']'. L’export est peut-être incomplet ; exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>Cannot read "%1": %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
        <message>
            <source>a user record larger than 8 MB</source>
            <translation>un enregistrement utilisateur de plus de 8 Mo</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>pas un objet JSON</translation>
        </message>
        <message>
            <source>The JSON export is malformed at line %1 (byte %2): %3. Nothing after it can be read; export the users again.</source>
            <translation>L’export JSON est mal formé à la ligne %1 (octet %2) : %3. Rien après ne peut être lu ; exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>the line cannot be read</source>
            <translation>la ligne ne peut pas être lue</translation>
        </message>
        <message>
            <source>Line %1 is not a JSON object (%2). Correct the line or export the users again.</source>
            <translation>La ligne %1 n’est pas un objet JSON (%2). Corrigez la ligne ou exportez à nouveau les utilisateurs.</translation>
        </message>
        <message>
            <source>This Firebase export has password hashes (the first at line %1), and %2 Without the project's hash parameters the hashes cannot be converted, so nothing is imported. Copy them from the Firebase console (Authentication, Users, the menu above the table, Password hash parameters) and give them with --firebase-hash-config FILE, or paste them on the File page.</source>
            <translation>Cet export Firebase contient des hachages de mots de passe (le premier à la ligne %1), et %2 Sans les paramètres de hachage du projet, les hachages ne peuvent pas être convertis, donc rien n’est importé. Copiez-les depuis la console Firebase (Authentication, Users, le menu au-dessus du tableau, Password hash parameters) et donnez-les avec --firebase-hash-config FILE, ou collez-les sur la page Fichier.</translation>
        </message>
        <message>
            <source>%1 lines of the Auth0 password export are not JSON objects and were not read.</source>
            <translation type="vanished">%1 lignes de l’export des mots de passe Auth0 ne sont pas des objets JSON et n’ont pas été lues.</translation>
        </message>
        <message>
            <source>%1 entries of the Auth0 password export match no user of the user export (for example: %2).</source>
            <translation type="vanished">%1 entrées de l’export des mots de passe Auth0 ne correspondent à aucun utilisateur de l’export des utilisateurs (par exemple : %2).</translation>
        </message>
    </context>
    <context>
        <name>Source::Reader</name>
        <message>
            <source>The Auth0 password export or the Firebase hash parameters are missing or not those the job was planned with. Give the same ones again (the same file at the same place, or the same parameters pasted) and resume the job; to import with other ones, start a new job.</source>
            <translation>L’export des mots de passe Auth0 ou les paramètres de hachage Firebase sont absents ou ne sont pas ceux avec lesquels la tâche a été planifiée. Redonnez les mêmes (le même fichier au même endroit, ou les mêmes paramètres collés) et reprenez la tâche ; pour importer avec d’autres, lancez une nouvelle tâche.</translation>
        </message>
    </context>
    <context>
        <name>Source::UserMapper</name>
        <message>
            <source>the Firebase hash parameters were not given.</source>
            <translation>les paramètres de hachage Firebase n’ont pas été fournis.</translation>
        </message>
        <message>
            <source>Auth0 has no password for this user</source>
            <translation>Auth0 n’a pas de mot de passe pour cet utilisateur</translation>
        </message>
        <message>
            <source>Supabase has no password for this user (they sign in another way)</source>
            <translation>Supabase n’a pas de mot de passe pour cet utilisateur (il se connecte autrement)</translation>
        </message>
        <message>
            <source>Firebase has no password for this user (they sign in another way)</source>
            <translation>Firebase n’a pas de mot de passe pour cet utilisateur (il se connecte autrement)</translation>
        </message>
        <message>
            <source>no Firebase hash parameters</source>
            <translation>pas de paramètres de hachage Firebase</translation>
        </message>
        <message>
            <source>the Firebase hash is malformed</source>
            <translation>le hachage Firebase est mal formé</translation>
        </message>
        <message>
            <source>Clerk has no password for this user</source>
            <translation>Clerk n’a pas de mot de passe pour cet utilisateur</translation>
        </message>
        <message>
            <source>The Clerk scrypt_firebase digest does not have its six parts (hash$salt$signer key$salt separator$rounds$mem cost). Export the user again.</source>
            <translation>Le condensé scrypt_firebase de Clerk n’a pas ses six parties (hash$salt$signer key$salt separator$rounds$mem cost). Exportez à nouveau l’utilisateur.</translation>
        </message>
        <message>
            <source>the scrypt_firebase digest is malformed</source>
            <translation>le condensé scrypt_firebase est mal formé</translation>
        </message>
        <message>
            <source>Clerk's hasher "%1" has no WorkOS password type</source>
            <translation>Le hacheur Clerk « %1 » n’a pas de type de mot de passe WorkOS</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Cognito does not export passwords</source>
            <translation>Cognito n’exporte pas les mots de passe</translation>
        </message>
        <message>
            <source>Okta does not export passwords</source>
            <translation>Okta n’exporte pas les mots de passe</translation>
        </message>
        <message>
            <source>the row has no password or hash</source>
            <translation>la ligne n’a ni mot de passe ni hachage</translation>
        </message>
        <message>
            <source>Left out of the metadata (WorkOS takes at most 50 keys, keys up to 40 characters and values up to 600 characters): %1.</source>
            <translation>Laissé hors des métadonnées (WorkOS accepte au plus 50 clés, des clés de 40 caractères au plus et des valeurs de 600 caractères au plus) : %1.</translation>
        </message>
        <message>
            <source>This user is disabled in %1. WorkOS has no disabled state for an imported user: the user is imported and can sign in.</source>
            <translation>Cet utilisateur est désactivé dans %1. WorkOS n’a pas d’état désactivé pour un utilisateur importé : l’utilisateur est importé et peut se connecter.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>sign-in verified (%1, %2)</source>
            <translation>connexion vérifiée (%1, %2)</translation>
        </message>
        <message>
            <source>known password verified locally (%1, %2)</source>
            <translation>mot de passe connu vérifié localement (%1, %2)</translation>
        </message>
    </context>
    <context>
        <name>Store::FileIdentity</name>
        <message>
            <source>%1 is the job store (%2): writing a report there would destroy every job's record, and with it resume, verify and undo. Choose another file name.</source>
            <translation>%1 est le stockage des tâches (%2) : y écrire un rapport détruirait l’historique de toutes les tâches, et avec lui la reprise, la vérification et la possibilité de défaire. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>%1 is the input CSV file (%2): writing a report there would overwrite the users' data, and the job could never be resumed or verified. Choose another file name.</source>
            <translation>%1 est le fichier CSV d’entrée (%2) : y écrire un rapport écraserait les données des utilisateurs, et la tâche ne pourrait plus jamais être reprise ni vérifiée. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>%1 is the CSV file of job %2 (%3): writing a report there would overwrite the users' data, and the job could never be resumed or verified. Choose another file name.</source>
            <translation>%1 est le fichier CSV de la tâche %2 (%3) : y écrire un rapport écraserait les données des utilisateurs, et la tâche ne pourrait plus jamais être reprise ni vérifiée. Choisissez un autre nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>Store::FollowUpStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Impossible de configurer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot write to the job store %1: %2</source>
            <translation type="vanished">Impossible d’écrire dans le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot add the verify and undo tables to the job store %1: %2</source>
            <translation>Impossible d’ajouter les tables de « Vérifier » et « Défaire » au stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot record the %1 of job %2: %3</source>
            <translation>Impossible d’enregistrer %1 de la tâche %2 : %3</translation>
        </message>
        <message>
            <source>Cannot read the outcomes of job %1: %2</source>
            <translation>Impossible de lire les résultats de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot write to the job store: %1</source>
            <translation type="vanished">Impossible d’écrire dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot store the undo plan of job %1: %2</source>
            <translation>Impossible d’enregistrer le plan de « Défaire » de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot record the undo of %1 %2: %3</source>
            <translation>Impossible d’enregistrer « Défaire » pour %1 %2 : %3</translation>
        </message>
        <message>
            <source>Cannot store the verify result of job %1: %2</source>
            <translation>Impossible d’enregistrer le résultat de la vérification de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot store the verify checkpoint of job %1: %2</source>
            <translation>Impossible d’enregistrer le point de reprise de la vérification de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read the verify checkpoint of job %1: %2</source>
            <translation>Impossible de lire le point de reprise de la vérification de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot clear the verify checkpoint of job %1: %2</source>
            <translation>Impossible d’effacer le point de reprise de la vérification de la tâche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Store::IntentStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Impossible de configurer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot add the create intents to the job store %1: %2</source>
            <translation>Impossible d’ajouter les intentions de création au stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Il n’y a pas de tâche « %1 » dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot record a create in the job store: %1</source>
            <translation>Impossible d’enregistrer une création dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot read a create back from the job store.</source>
            <translation>Impossible de relire une création depuis le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot record a refused create in the job store: %1</source>
            <translation>Impossible d’enregistrer une création refusée dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot read the creates of job %1: %2</source>
            <translation>Impossible de lire les créations de la tâche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Store::JobStore</name>
        <message>
            <source>Cannot create the folder %1 for the job store.</source>
            <translation>Impossible de créer le dossier %1 du stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot create the job store %1: %2</source>
            <translation>Impossible de créer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot switch the job store %1 to WAL mode: %2</source>
            <translation>Impossible de passer le stockage des tâches %1 en mode WAL : %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Impossible de configurer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read the job store's schema version: %1</source>
            <translation>Impossible de lire la version du schéma du stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot store the job store's schema version: %1</source>
            <translation>Impossible d’enregistrer la version du schéma du stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot create the job store's tables: %1</source>
            <translation>Impossible de créer les tables du stockage des tâches : %1</translation>
        </message>
        <message>
            <source>There is no job %1 in the job store.</source>
            <translation>Il n’y a pas de tâche %1 dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>The job store is busy or not writable: %1</source>
            <translation>Le stockage des tâches est occupé ou non accessible en écriture : %1</translation>
        </message>
        <message>
            <source>Cannot save to the job store: %1</source>
            <translation>Impossible d’enregistrer dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>The job store is not open.</source>
            <translation>Le stockage des tâches n’est pas ouvert.</translation>
        </message>
        <message>
            <source>The job store was used from the wrong thread.</source>
            <translation>Le stockage des tâches a été utilisé depuis le mauvais thread.</translation>
        </message>
        <message>
            <source>Cannot save the job %1: %2</source>
            <translation>Impossible d’enregistrer la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read job %1 from the job store: %2</source>
            <translation>Impossible de lire la tâche %1 dans le stockage des tâches : %2</translation>
        </message>
        <message>
            <source>Cannot read the jobs from the job store: %1</source>
            <translation>Impossible de lire les tâches dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot save the state of job %1: %2</source>
            <translation>Impossible d’enregistrer l’état de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot save the counters of job %1: %2</source>
            <translation>Impossible d’enregistrer les compteurs de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot save the settings of job %1: %2</source>
            <translation>Impossible d’enregistrer les paramètres de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot save the file fingerprint of job %1: %2</source>
            <translation>Impossible d’enregistrer l’empreinte du fichier de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot delete job %1: %2</source>
            <translation>Impossible de supprimer la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot save chunk %1 of job %2: %3</source>
            <translation>Impossible d’enregistrer la partie %1 de la tâche %2 : %3</translation>
        </message>
        <message>
            <source>Cannot read the chunks of job %1: %2</source>
            <translation>Impossible de lire les parties de la tâche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Store::PasswordProofStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Impossible de configurer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot add the password checks table to the job store %1: %2</source>
            <translation>Impossible d’ajouter la table des vérifications de mots de passe au stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot add the password fates table to the job store %1: %2</source>
            <translation>Impossible d’ajouter la table du sort des mots de passe au stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot record the password fates of job %1: %2</source>
            <translation>Impossible d’enregistrer le sort des mots de passe de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Il n’y a pas de tâche « %1 » dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot record the password check of job %1: %2</source>
            <translation>Impossible d’enregistrer la vérification de mot de passe de la tâche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Store::UserUpdateStore</name>
        <message>
            <source>Cannot open the job store %1: %2</source>
            <translation>Impossible d’ouvrir le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot set up the job store %1: %2</source>
            <translation>Impossible de configurer le stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>Cannot add the user updates to the job store %1: %2</source>
            <translation>Impossible d’ajouter les mises à jour d’utilisateurs au stockage des tâches %1 : %2</translation>
        </message>
        <message>
            <source>There is no job "%1" in the job store.</source>
            <translation>Il n’y a pas de tâche « %1 » dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot record a user update in the job store: %1</source>
            <translation>Impossible d’enregistrer une mise à jour d’utilisateur dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot read a user update back from the job store.</source>
            <translation>Impossible de relire une mise à jour d’utilisateur dans le stockage des tâches.</translation>
        </message>
        <message>
            <source>Cannot record a refused user update in the job store: %1</source>
            <translation>Impossible d’enregistrer une mise à jour d’utilisateur refusée dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot read the user updates of job %1: %2</source>
            <translation>Impossible de lire les mises à jour d’utilisateurs de la tâche %1 : %2</translation>
        </message>
        <message>
            <source>Cannot record the undo of a user update in the job store: %1</source>
            <translation>Impossible d’enregistrer l’annulation d’une mise à jour d’utilisateur dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot record the missing users in the job store: %1</source>
            <translation>Impossible d’enregistrer les utilisateurs absents dans le stockage des tâches : %1</translation>
        </message>
        <message>
            <source>Cannot read the missing users of job %1: %2</source>
            <translation>Impossible de lire les utilisateurs absents de la tâche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>WorkOS Migration Wizard</source>
            <translation>Assistant de migration WorkOS</translation>
        </message>
        <message>
            <source>Moves users from a CSV file into WorkOS.</source>
            <translation type="vanished">Transfère des utilisateurs d’un fichier CSV vers WorkOS.</translation>
        </message>
        <message>
            <source>Use the job store FILE.</source>
            <translation>Utiliser le stockage des tâches FILE.</translation>
        </message>
        <message>
            <source>Save a screenshot of every screen into DIR.</source>
            <translation>Enregistrer une capture de chaque écran dans DIR.</translation>
        </message>
        <message>
            <source>The CSV file for the tour.</source>
            <translation>Le fichier CSV pour la visite.</translation>
        </message>
        <message>
            <source>Show the main window, list the jobs, print what works and quit (exit code 0 when everything does).</source>
            <translation>Afficher la fenêtre principale, lister les tâches, indiquer ce qui fonctionne et quitter (code de sortie 0 si tout fonctionne).</translation>
        </message>
        <message>
            <source>Moves users into WorkOS from a CSV file or another provider's export.</source>
            <translation>Transfère les utilisateurs vers WorkOS depuis un fichier CSV ou l’export d’un autre fournisseur.</translation>
        </message>
    </context>
</TS>
