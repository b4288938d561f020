<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Csv::CsvReader</name>
        <message numerus="yes">
            <source>Line %1: has %n field(s) but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.</source>
            <translation>
                <numerusform>Line %1: has %n field but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.</numerusform>
                <numerusform>Line %1: has %n fields but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::CatchUp</name>
        <message numerus="yes">
            <source>%n users from the earlier import are not in this file (listed, not deleted)</source>
            <translation>
                <numerusform>%n user from the earlier import is not in this file (listed, not deleted)</numerusform>
                <numerusform>%n users from the earlier import are not in this file (listed, not deleted)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::JobRunner</name>
        <message numerus="yes">
            <source>Retrying %n failed rows of job %1.</source>
            <translation>
                <numerusform>Retrying %n failed row of job %1.</numerusform>
                <numerusform>Retrying %n failed rows of job %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations (reads only).</source>
            <translation>
                <numerusform>Resolving %n organization (reads only).</numerusform>
                <numerusform>Resolving %n organizations (reads only).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resolving %n organizations.</source>
            <translation>
                <numerusform>Resolving %n organization.</numerusform>
                <numerusform>Resolving %n organizations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing with %n worker(s), %1 rows in flight each.</source>
            <translation>
                <numerusform>Importing with %n worker, %1 rows in flight.</numerusform>
                <numerusform>Importing with %n workers, %1 rows in flight each.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::Undoer</name>
        <message numerus="yes">
            <source>%n deletions failed (see the report). Run undo again to try them again.</source>
            <translation>
                <numerusform>%n deletion failed (see the report). Run undo again to try it again.</numerusform>
                <numerusform>%n deletions failed (see the report). Run undo again to try them again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted; nothing that existed before was touched.</source>
            <translation>
                <numerusform>Undone: %n object this job created was deleted; nothing that existed before was touched.</numerusform>
                <numerusform>Undone: %n objects this job created were deleted; nothing that existed before was touched.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone, except %n objects left in place (see the report); deleted: %1.</source>
            <translation>
                <numerusform>Undone, except %n object left in place (see the report); deleted: %1.</numerusform>
                <numerusform>Undone, except %n objects left in place (see the report); deleted: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.</source>
            <translation>
                <numerusform>%n object the import created without recording the answer (it was stopped or killed) is added to the undo.</numerusform>
                <numerusform>%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not undone: %n objects this job created were not found at %1, so undo cannot prove them deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, then run undo again.</source>
            <translation>
                <numerusform>Not undone: %n object this job created was not found at %1, so undo cannot prove it deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, then run undo again.</numerusform>
                <numerusform>Not undone: %n objects this job created were not found at %1, so undo cannot prove them deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, then run undo again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone: %n objects this job created were deleted.</source>
            <translation>
                <numerusform>Undone: %n object this job created was deleted.</numerusform>
                <numerusform>Undone: %n objects this job created were deleted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::UpdateRestore</name>
        <message numerus="yes">
            <source>%n users the import updated have their fields from before back (they existed before: never deleted).</source>
            <translation>
                <numerusform>%n user the import updated has their fields from before back (they existed before: never deleted).</numerusform>
                <numerusform>%n users the import updated have their fields from before back (they existed before: never deleted).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users had fields changed again since the import: those fields were left as they are, the others were put back (see the report).</source>
            <translation>
                <numerusform>%n user had fields changed again since the import: those fields were left as they are, the others were put back (see the report).</numerusform>
                <numerusform>%n users had fields changed again since the import: those fields were left as they are, the others were put back (see the report).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated users no longer exist.</source>
            <translation>
                <numerusform>%n updated user no longer exists.</numerusform>
                <numerusform>%n updated users no longer exist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users could not be put back: run undo again.</source>
            <translation>
                <numerusform>%n user could not be put back: run undo again.</numerusform>
                <numerusform>%n users could not be put back: run undo again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The passwords the import replaced (%n users) cannot be put back: WorkOS never returns a hash.</source>
            <translation>
                <numerusform>The passwords the import replaced (%n user) cannot be put back: WorkOS never returns a hash.</numerusform>
                <numerusform>The passwords the import replaced (%n users) cannot be put back: WorkOS never returns a hash.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Engine::Verifier</name>
        <message numerus="yes">
            <source>%n mismatches in %1 imported rows: WorkOS does not hold what the file says (see the report).</source>
            <translation>
                <numerusform>%n mismatch in %1 imported rows: WorkOS does not hold what the file says (see the report).</numerusform>
                <numerusform>%n mismatches in %1 imported rows: WorkOS does not hold what the file says (see the report).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ColumnsPage</name>
        <message numerus="yes">
            <source>%n columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</source>
            <translation type="vanished">
                <numerusform>%n column looks like user data the wizard does not recognise. Choose what it holds, or “Not imported”, to go on.</numerusform>
                <numerusform>%n columns look like user data the wizard does not recognise. Choose what each holds, or “Not imported”, to go on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln user</numerusform>
                <numerusform>%Ln users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln membership</numerusform>
                <numerusform>%Ln memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organizations</source>
            <translation>
                <numerusform>%Ln organization</numerusform>
                <numerusform>%Ln organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems and will be skipped (see “Rows with problems”).</source>
            <translation>
                <numerusform>%Ln row has problems and will be skipped (see “Rows with problems”).</numerusform>
                <numerusform>%Ln rows have problems and will be skipped (see “Rows with problems”).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated rows are imported once.</source>
            <translation>
                <numerusform>%Ln repeated row is imported once.</numerusform>
                <numerusform>%Ln repeated rows are imported once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>Skip %Ln row and go on</numerusform>
                <numerusform>Skip %Ln rows and go on</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::FilePage</name>
        <message numerus="yes">
            <source>The file was read: %Ln users. On the next page, check what each column holds.</source>
            <translation>
                <numerusform>The file was read: %Ln user. On the next page, check what each column holds.</numerusform>
                <numerusform>The file was read: %Ln users. On the next page, check what each column holds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln user</numerusform>
                <numerusform>%Ln users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::IdMapSaver</name>
        <message numerus="yes">
            <source>The ID map (%Ln users) was saved to %1.</source>
            <translation>
                <numerusform>The ID map (%Ln user) was saved to %1.</numerusform>
                <numerusform>The ID map (%Ln users) was saved to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::JobListModel</name>
        <message numerus="yes">
            <source>undone, %n kept</source>
            <extracomment>the job list's state: undone, except objects left in place (see the undo report)</extracomment>
            <translation>
                <numerusform>undone, %n kept</numerusform>
                <numerusform>undone, %n kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches</source>
            <extracomment>the job list's state: a verify found this many rows WorkOS does not hold as the file says</extracomment>
            <translation>
                <numerusform>verify: %n mismatch</numerusform>
                <numerusform>verify: %n mismatches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>verify: %n mismatches in %1 of %2 rows</source>
            <translation>
                <numerusform>verify: %n mismatch in %1 of %2 rows</numerusform>
                <numerusform>verify: %n mismatches in %1 of %2 rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::OrganizationsPage</name>
        <message numerus="yes">
            <source>Looking up %Ln organizations in WorkOS…</source>
            <translation>
                <numerusform>Looking up %Ln organization in WorkOS…</numerusform>
                <numerusform>Looking up %Ln organizations in WorkOS…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln exist</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln exists</numerusform>
                <numerusform>%Ln exist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln will be created</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln will be created</numerusform>
                <numerusform>%Ln will be created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cannot be found</source>
            <comment>organizations</comment>
            <translation>
                <numerusform>%Ln cannot be found</numerusform>
                <numerusform>%Ln cannot be found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows: the other rows are imported, these go to the error report</source>
            <translation type="vanished">
                <numerusform>&amp;Skip its row: the other rows are imported, this one goes to the error report</numerusform>
                <numerusform>&amp;Skip their %Ln rows: the other rows are imported, these go to the error report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skip %Ln rows and go on</source>
            <translation>
                <numerusform>Skip %Ln row and go on</numerusform>
                <numerusform>Skip %Ln rows and go on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Skip their %Ln rows</source>
            <translation>
                <numerusform>&amp;Skip their %Ln row</numerusform>
                <numerusform>&amp;Skip their %Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::ReviewPage</name>
        <message numerus="yes">
            <source>Import %Ln users into Production</source>
            <extracomment>The Review page's commit button; "Production" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>Import %Ln user into Production</numerusform>
                <numerusform>Import %Ln users into Production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln users</source>
            <extracomment>The Review page's commit button for a rehearsal in a local sandbox</extracomment>
            <translation>
                <numerusform>Rehearse with %Ln user</numerusform>
                <numerusform>Rehearse with %Ln users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln users into Staging</source>
            <extracomment>The Review page's commit button; "Staging" is the WorkOS environment's name</extracomment>
            <translation>
                <numerusform>Import %Ln user into Staging</numerusform>
                <numerusform>Import %Ln users into Staging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — their %Ln rows are skipped and listed in the error report</source>
            <translation>
                <numerusform>%1 — its %Ln row is skipped and listed in the error report</numerusform>
                <numerusform>%1 — their %Ln rows are skipped and listed in the error report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln memberships will fail</source>
            <translation>
                <numerusform>%1 — %Ln membership will fail</numerusform>
                <numerusform>%1 — %Ln memberships will fail</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows with problems (see the Columns page)</source>
            <translation>
                <numerusform>%Ln row with problems (see the Columns page)</numerusform>
                <numerusform>%Ln rows with problems (see the Columns page)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I want to write %Ln real users into my Production environment</source>
            <translation>
                <numerusform>I want to write %Ln real user into my Production environment</numerusform>
                <numerusform>I want to write %Ln real users into my Production environment</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Production</source>
            <extracomment>The Review page's commit button when some users of the file exist already</extracomment>
            <translation>
                <numerusform>Import %Ln new user into Production</numerusform>
                <numerusform>Import %Ln new users into Production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse with %Ln new users</source>
            <translation>
                <numerusform>Rehearse with %Ln new user</numerusform>
                <numerusform>Rehearse with %Ln new users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln new users into Staging</source>
            <translation>
                <numerusform>Import %Ln new user into Staging</numerusform>
                <numerusform>Import %Ln new users into Staging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Production</source>
            <extracomment>The Review page's commit button when every user exists and only memberships are added</extracomment>
            <translation>
                <numerusform>Add %Ln membership in Production</numerusform>
                <numerusform>Add %Ln memberships in Production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse adding %Ln memberships</source>
            <translation>
                <numerusform>Rehearse adding %Ln membership</numerusform>
                <numerusform>Rehearse adding %Ln memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln memberships in Staging</source>
            <translation>
                <numerusform>Add %Ln membership in Staging</numerusform>
                <numerusform>Add %Ln memberships in Staging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln organizations</source>
            <translation>
                <numerusform>Create %Ln organization</numerusform>
                <numerusform>Create %Ln organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Production</source>
            <extracomment>The Review page's commit button when the only writes are updates of existing users</extracomment>
            <translation>
                <numerusform>Update %Ln user in Production</numerusform>
                <numerusform>Update %Ln users in Production</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rehearse updating %Ln users</source>
            <translation>
                <numerusform>Rehearse updating %Ln user</numerusform>
                <numerusform>Rehearse updating %Ln users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Update %Ln users in Staging</source>
            <translation>
                <numerusform>Update %Ln user in Staging</numerusform>
                <numerusform>Update %Ln users in Staging</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln users from the earlier import are not in this file. They are listed here, not deleted.</source>
            <translation>
                <numerusform>%Ln user from the earlier import is not in this file. They are listed here, not deleted.</numerusform>
                <numerusform>%Ln users from the earlier import are not in this file. They are listed here, not deleted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::RoleCreationWidget</name>
        <message numerus="yes">
            <source>%Ln rows give two or more roles. That needs Multiple Roles in this environment, and WorkOS does not say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in the ID map says so.</source>
            <translation>
                <numerusform>%Ln row gives two or more roles. That needs Multiple Roles in this environment, and WorkOS does not say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in the ID map says so.</numerusform>
                <numerusform>%Ln rows give two or more roles. That needs Multiple Roles in this environment, and WorkOS does not say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in the ID map says so.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::RunPage</name>
        <message numerus="yes">
            <source>Trying again in %Ln seconds.</source>
            <translation>
                <numerusform>Trying again in %Ln second.</numerusform>
                <numerusform>Trying again in %Ln seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::SettingsPage</name>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>about %n min</numerusform>
                <numerusform>about %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln users</source>
            <translation>
                <numerusform>%Ln user</numerusform>
                <numerusform>%Ln users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln memberships</source>
            <translation>
                <numerusform>%Ln membership</numerusform>
                <numerusform>%Ln memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln writes</source>
            <translation>
                <numerusform>%Ln write</numerusform>
                <numerusform>%Ln writes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before the first user, the %Ln organizations are looked up (and created where missing).</source>
            <translation>
                <numerusform>Before the first user, the organization is looked up (and created if missing).</numerusform>
                <numerusform>Before the first user, the %Ln organizations are looked up (and created where missing).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::SummaryPage</name>
        <message numerus="yes">
            <source>WorkOS does not hold what the file says: %n mismatches in %1 imported rows. The job list shows the job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes each one with its line, what was expected and what WorkOS holds.</source>
            <translation>
                <numerusform>WorkOS does not hold what the file says: %n mismatch in %1 imported rows. The job list shows the job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes it with its line, what was expected and what WorkOS holds.</numerusform>
                <numerusform>WorkOS does not hold what the file says: %n mismatches in %1 imported rows. The job list shows the job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes each one with its line, what was expected and what WorkOS holds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui::VerifyUndoDialog</name>
        <message numerus="yes">
            <source>%n memberships</source>
            <translation>
                <numerusform>%n membership</numerusform>
                <numerusform>%n memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organizations</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> %n objects have no WorkOS id and are left alone.</source>
            <translation>
                <numerusform> %n object has no WorkOS id and is left alone.</numerusform>
                <numerusform> %n objects have no WorkOS id and are left alone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Model::PasswordFate</name>
        <message numerus="yes">
            <source>%n kept as-is</source>
            <translation>
                <numerusform>%n kept as-is</numerusform>
                <numerusform>%n kept as-is</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n converted</source>
            <translation>
                <numerusform>%n converted</numerusform>
                <numerusform>%n converted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reset needed</source>
            <translation>
                <numerusform>%n reset needed</numerusform>
                <numerusform>%n reset needed</numerusform>
            </translation>
        </message>
    </context>
</TS>
