<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupCodesDialog</name>
    <message numerus="yes">
        <source>All %n code(s) are used.</source>
        <translation>
            <numerusform>The only code is used.</numerusform>
            <numerusform>All %n codes are used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{remaining} of %n code(s) left</source>
        <translation>
            <numerusform>{remaining} of %n code left</numerusform>
            <numerusform>{remaining} of %n codes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n left.</source>
        <translation>
            <numerusform>Only %n left.</numerusform>
            <numerusform>Only %n left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n new code(s); the old set is gone.</source>
        <translation>
            <numerusform>Saved %n new code; the old set is gone.</numerusform>
            <numerusform>Saved %n new codes; the old set is gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseAccountsDialog</name>
    <message numerus="yes">
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform>
            <numerusform>%n accounts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Add %n account</numerusform>
            <numerusform>Add %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmAccountDialog</name>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>every second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The secrets of %n account(s) are missing from the keyring ({titles}); nothing was exported.</source>
        <translation>
            <numerusform>The secret of %n account is missing from the keyring ({titles}); nothing was exported.</numerusform>
            <numerusform>The secrets of %n accounts are missing from the keyring ({titles}); nothing was exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n account(s) as:</source>
        <translation>
            <numerusform>Export %n account as:</numerusform>
            <numerusform>Export all %n accounts as:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n account to {file}.</numerusform>
            <numerusform>Exported %n accounts to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s)</source>
        <translation>
            <numerusform>Exported %n account</numerusform>
            <numerusform>Exported %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoogleQrDialog</name>
    <message numerus="yes">
        <source>{fine} of %n account(s) will work in Google Authenticator. It would drop or break these:</source>
        <translation>
            <numerusform>{fine} of %n account will work in Google Authenticator. It would drop or break it:</numerusform>
            <numerusform>{fine} of %n accounts will work in Google Authenticator. It would drop or break these:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n account(s) will work in Google Authenticator.</source>
        <translation>
            <numerusform>The account will work in Google Authenticator.</numerusform>
            <numerusform>All %n accounts will work in Google Authenticator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n account(s) with wrong codes anyway</source>
        <translation>
            <numerusform>Export the %n account with wrong codes anyway</numerusform>
            <numerusform>Export the %n accounts with wrong codes anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n PNG file(s) in {folder}, each checked by decoding it again. They hold your secrets unencrypted: delete them once they are scanned.</source>
        <translation>
            <numerusform>Saved %n PNG file in {folder}, checked by decoding it again. It holds your secrets unencrypted: delete it once it is scanned.</numerusform>
            <numerusform>Saved %n PNG files in {folder}, each checked by decoding it again. They hold your secrets unencrypted: delete them once they are scanned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Import %n account</numerusform>
            <numerusform>Import %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s)</source>
        <translation>
            <numerusform>Imported %n account</numerusform>
            <numerusform>Imported %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectEnrollmentDialog</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source} (%n codes; showing the first account code)</source>
        <translation>
            <numerusform>{source} (%n codes; showing the first account code)</numerusform>
            <numerusform>{source} (%n codes; showing the first account code)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <translation>
            <numerusform>Copied — clears in %n s</numerusform>
            <numerusform>Copied — clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password is wrong. Try again in %n s.</source>
        <translation>
            <numerusform>The current password is wrong. Try again in %n s.</numerusform>
            <numerusform>The current password is wrong. Try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words are easy to remember.</numerusform>
            <numerusform>At least %n characters. A few unrelated words are easy to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceCodesDialog</name>
    <message numerus="yes">
        <source>The %n code(s) stored now ({unused} unused) will be discarded: {service} voids them when it issues a new set.</source>
        <translation>
            <numerusform>The %n code stored now ({unused} unused) will be discarded: {service} voids it when it issues a new set.</numerusform>
            <numerusform>The %n codes stored now ({unused} unused) will be discarded: {service} voids them when it issues a new set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found</source>
        <translation>
            <numerusform>%n code found</numerusform>
            <numerusform>%n codes found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace with %n new code(s)</source>
        <translation>
            <numerusform>Replace with %n new code</numerusform>
            <numerusform>Replace with %n new codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n code(s)</source>
        <translation>
            <numerusform>Save %n code</numerusform>
            <numerusform>Save %n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message numerus="yes">
        <source>Code copied — clears in %n s</source>
        <translation>
            <numerusform>Code copied — clears in %n s</numerusform>
            <numerusform>Code copied — clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhichStepDialog</name>
    <message numerus="yes">
        <source>%n step(s) back ({seconds} s)</source>
        <translation>
            <numerusform>%n step back ({seconds} s)</numerusform>
            <numerusform>%n steps back ({seconds} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) ahead ({seconds} s)</source>
        <translation>
            <numerusform>%n step ahead ({seconds} s)</numerusform>
            <numerusform>%n steps ahead ({seconds} s)</numerusform>
        </translation>
    </message>
</context>
</TS>
