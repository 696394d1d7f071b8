<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{message} {hint}</source>
        <extracomment>Worst first, for sorting and for ``--strict``-style checks. RFC 4226 §4 R6: the shared secret MUST be at least 128 bits and SHOULD be 160. What each of the parser&apos;s warnings means for other apps: (severity, explanation). What popular apps are reported to do with non-default parameters: parameter -&gt; [(app, behaviour)].</extracomment>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>{message} It was written as %3D (an encoded &apos;=&apos;).</source>
        <translation>{message} Es wurde als %3D geschrieben (ein kodiertes „=“).</translation>
    </message>
    <message>
        <source>The secret has {bits} bits.</source>
        <translation>Der geheime Schlüssel hat {bits} Bit.</translation>
    </message>
    <message>
        <source>The account name contains &apos;:&apos;.</source>
        <translation>Der Kontoname enthält „:“.</translation>
    </message>
    <message>
        <source>The label names the service but no account.</source>
        <translation>Die Bezeichnung nennt den Dienst, aber kein Konto.</translation>
    </message>
    <message>
        <source>The link names no service (neither an issuer parameter nor a label prefix).</source>
        <translation>Der Link nennt keinen Dienst (weder einen issuer-Parameter noch ein Präfix in der Bezeichnung).</translation>
    </message>
    <message>
        <source>The {key} is {value} (the default is {default}).</source>
        <translation>Der Parameter {key} ist {value} (Standard: {default}).</translation>
    </message>
    <message>
        <source>Copy the whole link from the service&apos;s QR code; it starts with otpauth://.</source>
        <extracomment>Every :attr:`UriWarning.code` this module emits; stable names the UI and tests may rely on.</extracomment>
        <translation>Kopieren Sie den vollständigen Link aus dem QR-Code des Dienstes; er beginnt mit otpauth://.</translation>
    </message>
    <message>
        <source>The otpauth link has no type.</source>
        <translation>Der otpauth-Link hat keinen Typ.</translation>
    </message>
    <message>
        <source>It should start with otpauth://totp/ or otpauth://hotp/.</source>
        <translation>Er sollte mit otpauth://totp/ oder otpauth://hotp/ beginnen.</translation>
    </message>
    <message>
        <source>Unknown type {type} in the otpauth link.</source>
        <translation>Unbekannter Typ {type} im otpauth-Link.</translation>
    </message>
    <message>
        <source>Use totp, hotp or steam.</source>
        <translation>Verwenden Sie totp, hotp oder steam.</translation>
    </message>
    <message>
        <source>The link writes its {parts} in upper case; read as lower case.</source>
        <translation>Der Link schreibt {parts} in Großbuchstaben; als Kleinbuchstaben gelesen.</translation>
    </message>
    <message>
        <source>The otpauth link is hotp but says encoder=steam.</source>
        <translation>Der otpauth-Link ist hotp, enthält aber encoder=steam.</translation>
    </message>
    <message>
        <source>Steam Guard codes are time-based (totp).</source>
        <translation>Steam-Guard-Codes sind zeitbasiert (totp).</translation>
    </message>
    <message>
        <source>The encoder {name} is unknown and was ignored.</source>
        <translation>Der Encoder {name} ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The image link was not used: the app does not download icons.</source>
        <translation>Der Bild-Link wurde nicht verwendet: Die Anwendung lädt keine Symbole herunter.</translation>
    </message>
    <message>
        <source>Read as a Steam Guard account because the issuer is Steam and codes have 5 digits.</source>
        <translation>Als Steam-Guard-Konto gelesen, weil der Anbieter Steam ist und die Codes 5 Stellen haben.</translation>
    </message>
    <message>
        <source>Steam Guard codes always have 5 characters, 30 s and SHA1; {parameters} was ignored.</source>
        <translation>Steam-Guard-Codes haben immer 5 Zeichen, 30 s und SHA1; {parameters} wurde ignoriert.</translation>
    </message>
    <message>
        <source>The digits parameter is {digits}; codes have {low} to {high} digits.</source>
        <translation>Der digits-Parameter ist {digits}; Codes haben {low} bis {high} Stellen.</translation>
    </message>
    <message>
        <source>Check the link; most services use 6.</source>
        <translation>Prüfen Sie den Link; die meisten Dienste verwenden 6.</translation>
    </message>
    <message>
        <source>The period parameter is {period}; it must be a positive number of seconds.</source>
        <translation>Der period-Parameter ist {period}; er muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>The counter parameter means nothing for a totp (time-based) account.</source>
        <translation>Der counter-Parameter hat für ein totp-Konto (zeitbasiert) keine Bedeutung.</translation>
    </message>
    <message>
        <source>The counter parameter is too large (it must fit in 64 bits).</source>
        <translation>Der counter-Parameter ist zu groß (er muss in 64 Bit passen).</translation>
    </message>
    <message>
        <source>The hotp link has no counter; starting at 0.</source>
        <translation>Der hotp-Link hat keinen Zähler; es wird bei 0 begonnen.</translation>
    </message>
    <message>
        <source>The period parameter means nothing for an hotp (counter) account.</source>
        <translation>Der period-Parameter hat für ein hotp-Konto (zählerbasiert) keine Bedeutung.</translation>
    </message>
    <message>
        <source>The link names neither a service nor an account; you may want to name it.</source>
        <translation>Der Link nennt weder einen Dienst noch ein Konto; Sie können ihm einen Namen geben.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export (otpauth-migration://), not a single account.</source>
        <translation>Dies ist ein Google-Authenticator-Export (otpauth-migration://), kein einzelnes Konto.</translation>
    </message>
    <message>
        <source>Import it instead: scan it from the window&apos;s Add menu, or save the link in a file and run &apos;authenticator import FILE&apos;.</source>
        <translation>Importieren Sie ihn stattdessen: Scannen Sie ihn über das Menü „Hinzufügen“ im Fenster, oder speichern Sie den Link in einer Datei und führen Sie „authenticator import DATEI“ aus.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link (it starts with {scheme}:).</source>
        <translation>Dies ist kein otpauth://-Link (er beginnt mit {scheme}:).</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link.</source>
        <translation>Dies ist kein otpauth://-Link.</translation>
    </message>
    <message>
        <source>The link&apos;s parameters are not valid UTF-8 text.</source>
        <translation>Die Parameter des Links sind kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The link uses &apos;+&apos; for spaces in its parameters (it should write %20).</source>
        <translation>Der Link verwendet in seinen Parametern „+“ für Leerzeichen (richtig wäre %20).</translation>
    </message>
    <message>
        <source>The parameter {name} is unknown and was ignored.</source>
        <translation>Der Parameter {name} ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The {name} parameter appears {count} times; the last one was used.</source>
        <translation>Der Parameter {name} kommt {count}-mal vor; der letzte wurde verwendet.</translation>
    </message>
    <message>
        <source>The {name} parameter appears {count} times; the last one ({value}) was used.</source>
        <translation>Der Parameter {name} kommt {count}-mal vor; der letzte ({value}) wurde verwendet.</translation>
    </message>
    <message>
        <source>The otpauth link has no secret parameter.</source>
        <translation>Der otpauth-Link hat keinen secret-Parameter.</translation>
    </message>
    <message>
        <source>The secret has &apos;=&apos; padding, which the format leaves out; it was removed.</source>
        <translation>Der geheime Schlüssel hat „=“-Auffüllzeichen, die das Format weglässt; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>The secret is in lower case; base32 is read case-insensitively.</source>
        <translation>Der geheime Schlüssel ist kleingeschrieben; Base32 wird ohne Unterscheidung von Groß- und Kleinschreibung gelesen.</translation>
    </message>
    <message>
        <source>The secret contains spaces or dashes; they were removed.</source>
        <translation>Der geheime Schlüssel enthält Leerzeichen oder Bindestriche; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>The secret&apos;s last character has stray low bits (non-canonical base32); they were dropped.</source>
        <translation>Das letzte Zeichen des geheimen Schlüssels hat überzählige niedrige Bits (nicht kanonisches Base32); sie wurden verworfen.</translation>
    </message>
    <message>
        <source>The algorithm {name} is not supported.</source>
        <translation>Der Algorithmus {name} wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Authenticator computes SHA1, SHA256 and SHA512 codes (most services use SHA1).</source>
        <translation>Authenticator berechnet SHA1-, SHA256- und SHA512-Codes (die meisten Dienste verwenden SHA1).</translation>
    </message>
    <message>
        <source>The algorithm is written {written}; read as {name}.</source>
        <translation>Der Algorithmus ist als {written} geschrieben; als {name} gelesen.</translation>
    </message>
    <message>
        <source>The {name} parameter {value} is not a whole number.</source>
        <translation>Der Parameter {name} mit dem Wert {value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The {name} parameter is {number}; it cannot be negative.</source>
        <translation>Der Parameter {name} ist {number}; er darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The account name in the link is not valid UTF-8 text.</source>
        <translation>Der Kontoname im Link ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The label separates service and account with %3A instead of &apos;:&apos;.</source>
        <translation>Die Bezeichnung trennt Dienst und Konto mit %3A statt mit „:“.</translation>
    </message>
    <message>
        <source>The label has spaces after the &apos;:&apos;; they were removed.</source>
        <translation>Die Bezeichnung hat Leerzeichen nach dem „:“; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>The label uses &apos;+&apos; for spaces in the service name.</source>
        <translation>Die Bezeichnung verwendet im Dienstnamen „+“ für Leerzeichen.</translation>
    </message>
    <message>
        <source>The label says the service is {label} but the issuer parameter says {issuer}; using {issuer}.</source>
        <translation>Laut Bezeichnung ist der Dienst {label}, laut issuer-Parameter aber {issuer}; {issuer} wird verwendet.</translation>
    </message>
    <message>
        <source>The service name {name} comes only from the label (no issuer parameter).</source>
        <translation>Der Dienstname {name} stammt nur aus der Bezeichnung (kein issuer-Parameter).</translation>
    </message>
    <message>
        <source>Google Authenticator has no Steam Guard codes.</source>
        <extracomment>Above this many payload bytes a code gets too dense to scan comfortably from a screen (~version 30).</extracomment>
        <translation>Google Authenticator kennt keine Steam-Guard-Codes.</translation>
    </message>
    <message>
        <source>Google Authenticator shows 6 or 8 digits, not {digits}.</source>
        <translation>Google Authenticator zeigt 6 oder 8 Stellen an, nicht {digits}.</translation>
    </message>
    <message>
        <source>Google Authenticator always uses 30 s; this account changes every {period} s.</source>
        <translation>Google Authenticator verwendet immer 30 s; dieses Konto wechselt alle {period} s.</translation>
    </message>
    <message>
        <source>Google Authenticator ignores {algorithm} and would compute SHA1 codes.</source>
        <translation>Google Authenticator ignoriert {algorithm} und würde SHA1-Codes berechnen.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>Camera indices probed for the picker: few machines have more than five video devices.</extracomment>
        <translation>Es wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Connect a camera, or save the QR code as an image (a screenshot or a photo) and open that instead.</source>
        <translation>Schließen Sie eine Kamera an, oder speichern Sie den QR-Code als Bild (Bildschirmfoto oder Foto) und öffnen Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>Camera {number} cannot be opened.</source>
        <translation>Kamera {number} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>It may be in use by another application, or access to it may be blocked.</source>
        <translation>Sie wird möglicherweise von einer anderen Anwendung verwendet, oder der Zugriff ist gesperrt.</translation>
    </message>
    <message>
        <source>The video cannot be opened.</source>
        <translation>Das Video kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This QR code is a Google Authenticator export, not a single account. Import it: in the window, scan it from the Add menu; on the command line, save its link in a file and run &apos;authenticator import FILE&apos;.</source>
        <translation>Dieser QR-Code ist ein Google-Authenticator-Export, kein einzelnes Konto. Importieren Sie ihn: im Fenster durch Scannen über das Menü „Hinzufügen“; auf der Befehlszeile, indem Sie seinen Link in einer Datei speichern und „authenticator import DATEI“ ausführen.</translation>
    </message>
    <message>
        <source>This QR code holds {what}, not an account.</source>
        <translation>Dieser QR-Code enthält {what}, kein Konto.</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>keinen Text</translation>
    </message>
    <message>
        <source>text that is not a valid otpauth:// account link</source>
        <translation>Text, der kein gültiger otpauth://-Kontolink ist</translation>
    </message>
    <message>
        <source>Wi-Fi network settings</source>
        <translation>WLAN-Einstellungen</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>eine Visitenkarte</translation>
    </message>
    <message>
        <source>a web address ({address})</source>
        <translation>eine Webadresse ({address})</translation>
    </message>
    <message>
        <source>the text “{text}”</source>
        <translation>den Text „{text}“</translation>
    </message>
    <message>
        <source>No QR code was found in {name}.</source>
        <extracomment>Default limits for :func:`load_image`: a phone photo or a 5K screenshot is far below both. Images at most this big are also tried at twice the size when nothing else is found (tiny modules). Beyond it the upscaled copy would cost too much time and memory, and such images have pixels to spare. One attempt: how to prepare the grayscale image, the scale that preparation applies, and whether zxing-cpp should also scan its own downscaled copies.</extracomment>
        <translation>In {name} wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>Make sure the whole code is in the picture and sharp; a screenshot of just the code works best.</source>
        <translation>Achten Sie darauf, dass der ganze Code im Bild und scharf ist; ein Bildschirmfoto nur des Codes funktioniert am besten.</translation>
    </message>
    <message>
        <source>Not an image ({name} is a folder).</source>
        <translation>Kein Bild ({name} ist ein Ordner).</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Die Datei {name} existiert nicht.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read (permission denied).</source>
        <translation>Die Datei {name} kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Die Datei {name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}).</source>
        <translation>Die Kontenliste {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The account list {path} is damaged and was not changed.</source>
        <translation>Die Kontenliste {path} ist beschädigt und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it aside to start a new list (your secrets stay in the keyring).</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie, um eine neue Liste zu beginnen (Ihre geheimen Schlüssel bleiben im Schlüsselbund).</translation>
    </message>
    <message>
        <source>The account list {path} was written by a newer version of Authenticator.</source>
        <translation>Die Kontenliste {path} wurde von einer neueren Version von Authenticator geschrieben.</translation>
    </message>
    <message>
        <source>Update Authenticator to open it; the file was not changed.</source>
        <translation>Aktualisieren Sie Authenticator, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The account list is busy: another Authenticator window or command is saving it.</source>
        <translation>Die Kontenliste ist belegt: Ein anderes Authenticator-Fenster oder ein Befehl speichert sie gerade.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The account list could not be saved ({reason}).</source>
        <translation>Die Kontenliste konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions; the previous list is unchanged.</source>
        <translation>Geben Sie Speicherplatz frei oder prüfen Sie die Zugriffsrechte des Ordners; die bisherige Liste ist unverändert.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (on Linux: GNOME Keyring or KWallet with the Secret Service enabled) and try again. Your accounts are safe: nothing was changed.</source>
        <extracomment>The keyring &quot;service&quot; every item is filed under; the item&apos;s &quot;username&quot; is the account id.</extracomment>
        <translation>Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (unter Linux: GNOME Keyring oder KWallet mit aktiviertem Secret Service) und versuchen Sie es erneut. Ihre Konten sind sicher: Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (for example with Seahorse, &apos;Passwords and Keys&apos;) and try again.</source>
        <translation>Entsperren Sie Ihren Anmelde-Schlüsselbund (zum Beispiel mit Seahorse, „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets cannot be kept.</source>
        <extracomment>A name the UI can show (&quot;GNOME Keyring&quot;, &quot;memory&quot;).</extracomment>
        <translation>Es wurde kein System-Schlüsselbund gefunden, daher können keine geheimen Schlüssel aufbewahrt werden.</translation>
    </message>
    <message>
        <source>This account&apos;s secret is missing from the keyring.</source>
        <translation>Der geheime Schlüssel dieses Kontos fehlt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or remove the account and add it again with the service&apos;s QR code.</source>
        <translation>Stellen Sie ihn aus einer Sicherung wieder her, oder entfernen Sie das Konto und fügen Sie es mit dem QR-Code des Dienstes erneut hinzu.</translation>
    </message>
    <message>
        <source>The keyring is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>Der System-Schlüsselbund konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The system keyring did not answer ({error}).</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet ({error}).</translation>
    </message>
    <message>
        <source>Codes use the system clock (no time correction).</source>
        <extracomment>``source`` of an offset typed by the user rather than measured. Beyond this a stored value cannot be a (even forced) clock correction: the file is damaged.</extracomment>
        <translation>Codes verwenden die Systemuhr (keine Zeitkorrektur).</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand festgelegt</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>Codes corrected by {offset} ({source}, {age})</source>
        <translation>Codes um {offset} korrigiert ({source}, {age})</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>vor {hours} Std.</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
    <message>
        <source>The clock could not be checked: no time source gave a usable answer.</source>
        <extracomment>Below this the clock counts as correct: far inside any service&apos;s window. How far off most services still accept a code (one 30 s step either side of their own).</extracomment>
        <translation>Die Uhr konnte nicht geprüft werden: Keine Zeitquelle hat eine verwertbare Antwort gegeben.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {duration} behind.</source>
        <translation>Die Uhr Ihres Computers geht {duration} nach.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {duration} ahead.</source>
        <translation>Die Uhr Ihres Computers geht {duration} vor.</translation>
    </message>
    <message>
        <source>{clock} That is not drift but a wrong date or time setting: fix the computer&apos;s date, time and time zone. No correction is applied automatically for an offset this large.</source>
        <translation>{clock} Das ist keine Gangabweichung, sondern eine falsche Datums- oder Zeiteinstellung: Korrigieren Sie Datum, Uhrzeit und Zeitzone des Computers. Bei einer so großen Abweichung wird keine Korrektur automatisch angewendet.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is correct.</source>
        <translation>Die Uhr Ihres Computers geht richtig.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is correct ({duration} behind); codes made with it are accepted.</source>
        <translation>Die Uhr Ihres Computers geht richtig ({duration} nach); damit erzeugte Codes werden akzeptiert.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is correct ({duration} ahead); codes made with it are accepted.</source>
        <translation>Die Uhr Ihres Computers geht richtig ({duration} vor); damit erzeugte Codes werden akzeptiert.</translation>
    </message>
    <message>
        <source>the codes shown are corrected.</source>
        <translation>die angezeigten Codes sind korrigiert.</translation>
    </message>
    <message>
        <source>turn on time correction, or let the system set its clock automatically.</source>
        <translation>schalten Sie die Zeitkorrektur ein, oder lassen Sie das System seine Uhr automatisch stellen.</translation>
    </message>
    <message>
        <source>{clock} Servers usually accept codes within about ±{window} s, so codes made with this clock may be rejected when used near the end of their step; {advice}</source>
        <translation>{clock} Server akzeptieren Codes meist nur innerhalb von etwa ±{window} s, daher werden mit dieser Uhr erzeugte Codes kurz vor Ablauf ihres Zeitschritts möglicherweise abgelehnt; {advice}</translation>
    </message>
    <message>
        <source>{clock} Servers usually accept codes within about ±{window} s, so codes made with this clock would be rejected; {advice}</source>
        <translation>{clock} Server akzeptieren Codes meist nur innerhalb von etwa ±{window} s, daher würden mit dieser Uhr erzeugte Codes abgelehnt; {advice}</translation>
    </message>
    <message>
        <source>Checking whether the system keeps its clock in sync is only supported on Linux.</source>
        <translation>Die Prüfung, ob das System seine Uhr synchron hält, wird nur unter Linux unterstützt.</translation>
    </message>
    <message>
        <source>timedatectl is not available (no systemd?): cannot tell whether the clock is kept in sync.</source>
        <translation>timedatectl ist nicht verfügbar (kein systemd?): Es lässt sich nicht feststellen, ob die Uhr synchron gehalten wird.</translation>
    </message>
    <message>
        <source>timedatectl did not answer within {seconds} s.</source>
        <translation>timedatectl hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <source>timedatectl could not be run ({reason}).</source>
        <translation>timedatectl konnte nicht ausgeführt werden ({reason}).</translation>
    </message>
    <message>
        <source>timedatectl could not tell whether the clock is kept in sync: {reason}.</source>
        <translation>timedatectl konnte nicht feststellen, ob die Uhr synchron gehalten wird: {reason}.</translation>
    </message>
    <message>
        <source>timedatectl could not tell whether the clock is kept in sync.</source>
        <translation>timedatectl konnte nicht feststellen, ob die Uhr synchron gehalten wird.</translation>
    </message>
    <message>
        <source>timedatectl did not report NTPSynchronized.</source>
        <translation>timedatectl hat NTPSynchronized nicht gemeldet.</translation>
    </message>
    <message>
        <source>The system keeps its clock in sync with network time.</source>
        <translation>Das System hält seine Uhr mit der Netzwerkzeit synchron.</translation>
    </message>
    <message>
        <source>The system clock is synchronised (by a time service timedatectl does not manage).</source>
        <translation>Die Systemuhr ist synchronisiert (durch einen Zeitdienst, den timedatectl nicht verwaltet).</translation>
    </message>
    <message>
        <source>Network time is on, but the clock is not synchronised yet: the time servers may be unreachable.</source>
        <translation>Die Netzwerkzeit ist eingeschaltet, aber die Uhr ist noch nicht synchronisiert: Die Zeitserver sind möglicherweise nicht erreichbar.</translation>
    </message>
    <message>
        <source>The system does not set its clock from network time. Turn on automatic date and time in the system settings (or run: timedatectl set-ntp true).</source>
        <translation>Das System stellt seine Uhr nicht nach der Netzwerkzeit. Schalten Sie in den Systemeinstellungen „Datum und Uhrzeit automatisch“ ein (oder führen Sie aus: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} Tage {hours} h</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
</context>
<context>
    <name>AccountDetails</name>
    <message>
        <source>Icon preview</source>
        <extracomment>The icon is being read (True) or done (False): the dialog keeps Save disabled meanwhile.</extracomment>
        <translation>Symbolvorschau</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Bild auswählen …</translation>
    </message>
    <message>
        <source>Choose an image for the icon</source>
        <translation>Ein Bild für das Symbol auswählen</translation>
    </message>
    <message>
        <source>A PNG, JPEG, SVG or WebP picture, e.g. the service’s logo</source>
        <translation>Ein PNG-, JPEG-, SVG- oder WebP-Bild, z. B. das Logo des Dienstes</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Use the default icon</source>
        <translation>Das Standardsymbol verwenden</translation>
    </message>
    <message>
        <source>The issuer’s first letter on a coloured circle</source>
        <translation>Der erste Buchstabe des Anbieters auf einem farbigen Kreis</translation>
    </message>
    <message>
        <source>Icon message</source>
        <translation>Symbolhinweis</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>e.g. Work, Personal</source>
        <translation>z. B. Arbeit, Privat</translation>
    </message>
    <message>
        <source>Separate groups with commas; the filter above the list shows one group</source>
        <translation>Trennen Sie Gruppen durch Kommas; der Filter über der Liste zeigt eine Gruppe</translation>
    </message>
    <message>
        <source>Show in favourites</source>
        <translation>In Favoriten anzeigen</translation>
    </message>
    <message>
        <source>Favourites can be shown on their own, and in the tray menu</source>
        <translation>Favoriten können allein angezeigt werden und erscheinen im Menü im Infobereich</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember, e.g. where the backup codes are</source>
        <translation>Alles, was Sie sich merken möchten, z. B. wo die Sicherungscodes liegen</translation>
    </message>
    <message>
        <source>Note length</source>
        <translation>Länge der Notiz</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation>Ein Symbol auswählen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Bild wird gelesen …</translation>
    </message>
    <message>
        <source>The picture could not be read. Choose another picture.</source>
        <translation>Das Bild konnte nicht gelesen werden. Wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>Custom picture</source>
        <translation>Eigenes Bild</translation>
    </message>
    <message>
        <source>Default icon</source>
        <translation>Standardsymbol</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details: icon, groups, note</source>
        <translation>Details: Symbol, Gruppen, Notiz</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>favourite</source>
        <extracomment>In the last seconds of a period the countdown turns to the warning colour and the next code shows. Placeholder shown where a code will appear once the secrets are read. Drag-and-drop payload: account ids, one per line (never a code or a secret). An account&apos;s fields changed: everything may differ (an empty list means &quot;all roles&quot; to Qt). A row was moved by the user (drag or keyboard): (account id, its new index in the full list).</extracomment>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>groups: {groups}</source>
        <translation>Gruppen: {groups}</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <source>Accounts</source>
        <extracomment>(row being moved, row to insert before), both in the view&apos;s (proxy) model; row == rowCount = at the end.</extracomment>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Your accounts and their current codes. Press Enter to copy a code.</source>
        <translation>Ihre Konten und ihre aktuellen Codes. Drücken Sie die Eingabetaste, um einen Code zu kopieren.</translation>
    </message>
</context>
<context>
    <name>AccountManagement</name>
    <message>
        <source>Add to &amp;favourites</source>
        <extracomment>Values of the VIEW_FILTER setting. Longest group name shown on the filter button itself (the menu shows it whole).</extracomment>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Show accounts</source>
        <translation>Konten anzeigen</translation>
    </message>
    <message>
        <source>Added {title} to favourites</source>
        <translation>{title} zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <source>Removed {title} from favourites</source>
        <translation>{title} aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>Remove from &amp;favourites</source>
        <translation>Aus den &amp;Favoriten entfernen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>No groups yet (add them in an account’s details)</source>
        <translation>Noch keine Gruppen (fügen Sie sie in den Details eines Kontos hinzu)</translation>
    </message>
    <message>
        <source>Showing favourites</source>
        <translation>Favoriten werden angezeigt</translation>
    </message>
    <message>
        <source>Showing the group “{group}”</source>
        <translation>Gruppe „{group}“ wird angezeigt</translation>
    </message>
    <message>
        <source>Showing all accounts</source>
        <translation>Alle Konten werden angezeigt</translation>
    </message>
    <message>
        <source>{shown}. Choose which accounts to show.</source>
        <translation>{shown}. Wählen Sie, welche Konten angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>AccountQrDialog</name>
    <message>
        <source>This QR code is your secret key: anyone who scans or photographs it can make this account&apos;s codes. Scan it with your own phone only, and close this window when you are done.</source>
        <extracomment>Side of the shown code in pixels (rounded down to a whole number of pixels per module).</extracomment>
        <translation>Dieser QR-Code ist Ihr geheimer Schlüssel: Wer ihn scannt oder fotografiert, kann die Codes dieses Kontos erzeugen. Scannen Sie ihn nur mit Ihrem eigenen Telefon und schließen Sie dieses Fenster danach.</translation>
    </message>
    <message>
        <source>QR code — {title}</source>
        <translation>QR-Code – {title}</translation>
    </message>
    <message>
        <source>QR code of {title}</source>
        <translation>QR-Code von {title}</translation>
    </message>
    <message>
        <source>The secret of {title} is missing from the keyring.</source>
        <translation>Der geheime Schlüssel von {title} fehlt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>AccountType</name>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Zeitbasiert (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Zählerbasiert (HOTP)</translation>
    </message>
    <message>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
</context>
<context>
    <name>AppLockController</name>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Events that count as the user being at the app (for the idle lock). True when the window locked, False when it unlocked. A lock password was set (True) or removed (False).</extracomment>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide your codes until the lock password is entered (Ctrl+L)</source>
        <translation>Ihre Codes verbergen, bis das Sperrpasswort eingegeben wird (Strg+L)</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>The lock password is missing from your keyring, so it cannot be checked. It may have been removed with a keyring tool.</source>
        <translation>Das Sperrpasswort fehlt in Ihrem Schlüsselbund und kann daher nicht geprüft werden. Es wurde möglicherweise mit einem Schlüsselbund-Werkzeug entfernt.</translation>
    </message>
    <message>
        <source>The stored lock password is damaged, so it cannot be checked.</source>
        <translation>Das gespeicherte Sperrpasswort ist beschädigt und kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The password could not be checked ({error}). Please try again.</source>
        <translation>Das Passwort konnte nicht geprüft werden ({error}). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Turn Off the Lock?</source>
        <translation>Sperre ausschalten?</translation>
    </message>
    <message>
        <source>The lock password cannot be checked.</source>
        <translation>Das Sperrpasswort kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The lock only hides your codes on this screen. Anyone who can remove items from your keyring can also read your accounts there, so staying locked would not protect them. Turn the lock off to open Authenticator; you can set a new password in Preferences.</source>
        <translation>Die Sperre verbirgt Ihre Codes nur auf diesem Bildschirm. Wer Einträge aus Ihrem Schlüsselbund entfernen kann, kann dort auch Ihre Konten lesen; gesperrt zu bleiben würde sie also nicht schützen. Schalten Sie die Sperre aus, um Authenticator zu öffnen; in den Einstellungen können Sie ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>Turn Off the Lock</source>
        <translation>Sperre ausschalten</translation>
    </message>
    <message>
        <source>The lock is off</source>
        <translation>Die Sperre ist ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>No backup codes stored for this account.</source>
        <extracomment>Copies the code (the window&apos;s clipboard guard); returns the delay before the clipboard is cleared (0: on quit).</extracomment>
        <translation>Für dieses Konto sind keine Sicherungscodes gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s) are used.</source>
        <translation>
            <numerusform>Der einzige Code ist verbraucht.</numerusform>
            <numerusform>Alle %n Codes sind verbraucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{remaining} of %n code(s) left</source>
        <translation>
            <numerusform>{remaining} von %n Code übrig</numerusform>
            <numerusform>{remaining} von %n Codes übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes are left.</source>
        <translation>Es sind keine Codes mehr übrig.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left.</source>
        <translation>
            <numerusform>Nur noch %n übrig.</numerusform>
            <numerusform>Nur noch %n übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to {service}, create a new set of backup codes there, and replace these with it: the old ones stop working then.</source>
        <translation>Melden Sie sich bei {service} an, erstellen Sie dort neue Sicherungscodes und ersetzen Sie diese damit: Die alten sind danach ungültig.</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>dem Dienst</translation>
    </message>
    <message>
        <source>Backup codes — {title}</source>
        <translation>Sicherungscodes – {title}</translation>
    </message>
    <message>
        <source>One-time recovery codes from {service}: each signs you in once without the second factor. They are kept in your keyring, never in a file.</source>
        <translation>Einmal-Wiederherstellungscodes von {service}: Jeder meldet Sie einmal ohne zweiten Faktor an. Sie werden in Ihrem Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Sicherungscodes</translation>
    </message>
    <message>
        <source>Copy next unused</source>
        <translation>Nächsten unbenutzten kopieren</translation>
    </message>
    <message>
        <source>Copy the first unused code (it is cleared from the clipboard like a code)</source>
        <translation>Den ersten unbenutzten Code kopieren (er wird wie ein Code aus der Zwischenablage gelöscht)</translation>
    </message>
    <message>
        <source>Mark used</source>
        <translation>Als benutzt markieren</translation>
    </message>
    <message>
        <source>Each code works once: mark the one you just used</source>
        <translation>Jeder Code funktioniert nur einmal: Markieren Sie den gerade benutzten</translation>
    </message>
    <message>
        <source>Replace all…</source>
        <translation>Alle ersetzen …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n new code(s); the old set is gone.</source>
        <translation>
            <numerusform>%n neuer Code gespeichert; die alten sind entfernt.</numerusform>
            <numerusform>%n neue Codes gespeichert; die alten sind entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code {number} marked used.</source>
        <translation>Code {number} als benutzt markiert.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup codes could not be read.</source>
        <translation>Die Sicherungscodes konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Code {number} copied (clears in {seconds} s). Mark it used once you have signed in.</source>
        <translation>Code {number} kopiert (wird nach {seconds} s gelöscht). Markieren Sie ihn nach der Anmeldung als benutzt.</translation>
    </message>
    <message>
        <source>Code {number} copied (clears when you quit). Mark it used once you have signed in.</source>
        <translation>Code {number} kopiert (wird beim Beenden gelöscht). Markieren Sie ihn nach der Anmeldung als benutzt.</translation>
    </message>
    <message>
        <source>Running out of backup codes</source>
        <translation>Die Sicherungscodes gehen zur Neige</translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation>Codes hinzufügen …</translation>
    </message>
    <message>
        <source>Code {number}, used</source>
        <translation>Code {number}, benutzt</translation>
    </message>
    <message>
        <source>Code {number}</source>
        <translation>Code {number}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Benutzt</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Hold the QR code up to the camera. It is read as soon as it is sharp.</source>
        <extracomment>The preview&apos;s smallest size; frames are scaled to fit the label, keeping their shape. How long closing the dialog waits for the capture thread (a camera read returns within a frame or two).</extracomment>
        <translation>Halten Sie den QR-Code vor die Kamera. Er wird gelesen, sobald er scharf ist.</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Video wird gelesen …</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Kameras werden gesucht …</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <extracomment>Emitted after a frame reached the preview.</extracomment>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>Die Kamera sendet keine Bilder mehr.</translation>
    </message>
    <message>
        <source>Check that it is connected and not in use by another application, then scan again.</source>
        <translation>Prüfen Sie, ob sie angeschlossen ist und nicht von einer anderen Anwendung verwendet wird, und scannen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No account QR code was found in the video.</source>
        <translation>Im Video wurde kein QR-Code für ein Konto gefunden.</translation>
    </message>
    <message>
        <source>Make sure the whole code is visible and sharp, or open a picture of it instead.</source>
        <translation>Achten Sie darauf, dass der ganze Code sichtbar und scharf ist, oder öffnen Sie stattdessen ein Bild davon.</translation>
    </message>
</context>
<context>
    <name>ChooseAccountsDialog</name>
    <message numerus="yes">
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n Konto gefunden</numerusform>
            <numerusform>%n Konten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the accounts to add. Accounts already in your list are not ticked.</source>
        <translation>Wählen Sie die Konten aus, die hinzugefügt werden sollen. Konten, die schon in Ihrer Liste sind, sind nicht angekreuzt.</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <source>{title}  (already in your list)</source>
        <translation>{title}  (schon in Ihrer Liste)</translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation>Angekreuzte hinzufügen</translation>
    </message>
    <message>
        <source>Review selected…</source>
        <translation>Ausgewähltes prüfen …</translation>
    </message>
    <message numerus="yes">
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>%n Konto hinzufügen</numerusform>
            <numerusform>%n Konten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmAccountDialog</name>
    <message>
        <source>{title} is already in your list with the same key.</source>
        <translation>{title} ist bereits mit demselben Schlüssel in Ihrer Liste.</translation>
    </message>
    <message>
        <source>An account named {title} is already in your list (with a different key).</source>
        <translation>Ein Konto namens {title} ist bereits in Ihrer Liste (mit einem anderen Schlüssel).</translation>
    </message>
    <message>
        <source>Add this account?</source>
        <translation>Dieses Konto hinzufügen?</translation>
    </message>
    <message>
        <source>Found in {source}.</source>
        <translation>Quelle: {source}.</translation>
    </message>
    <message>
        <source>Check the account before it is saved.</source>
        <translation>Prüfen Sie das Konto, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Service, e.g. GitHub</source>
        <translation>Dienst, z. B. GitHub</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Your user name or email there</source>
        <translation>Ihr Benutzername oder Ihre E-Mail-Adresse dort</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Account &amp;name</source>
        <translation>Konto&amp;name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Unusual parts of the QR code (handled):</source>
        <translation>Ungewöhnliche Teile des QR-Codes (berücksichtigt):</translation>
    </message>
    <message>
        <source>Already in your list</source>
        <translation>Schon in Ihrer Liste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace {title}</source>
        <translation>{title} ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>({seconds} s left)</source>
        <translation>(noch {seconds} s)</translation>
    </message>
</context>
<context>
    <name>ConfirmOffsetBox</name>
    <message>
        <source>Time correction</source>
        <translation>Zeitkorrektur</translation>
    </message>
    <message>
        <source>Move codes by {offset}?</source>
        <translation>Codes um {offset} verschieben?</translation>
    </message>
    <message>
        <source>{source} says this computer&apos;s clock is {difference} behind the real time.</source>
        <translation>Laut {source} geht die Uhr dieses Computers {difference} nach.</translation>
    </message>
    <message>
        <source>{source} says this computer&apos;s clock is {difference} ahead of the real time.</source>
        <translation>Laut {source} geht die Uhr dieses Computers {difference} vor.</translation>
    </message>
    <message>
        <source>The time source</source>
        <translation>der Zeitquelle</translation>
    </message>
    <message>
        <source>Clocks usually drift by seconds; a difference this large more often means a wrong time zone or date setting, or a time source that is wrong. Apply it only if your computer&apos;s clock really is that far off.</source>
        <translation>Uhren weichen meist nur um Sekunden ab; ein so großer Unterschied bedeutet eher eine falsche Zeitzonen- oder Datumseinstellung oder eine falsche Zeitquelle. Wenden Sie die Korrektur nur an, wenn die Uhr Ihres Computers wirklich so weit abweicht.</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Don&apos;t apply</source>
        <translation>Nicht anwenden</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Removing it here does not turn off two-factor authentication on the service. Turn it off there first (you will need a code from this app to do so), or make sure you kept the service&apos;s backup codes — otherwise you may lock yourself out of your account.</source>
        <translation>Das Entfernen hier schaltet die Zwei-Faktor-Authentifizierung beim Dienst nicht aus. Schalten Sie sie zuerst dort aus (dazu brauchen Sie einen Code aus dieser Anwendung), oder vergewissern Sie sich, dass Sie die Sicherungscodes des Dienstes aufbewahrt haben – sonst sperren Sie sich womöglich aus Ihrem Konto aus.</translation>
    </message>
    <message>
        <source>Removing it here does not turn off two-factor authentication on {service}. Turn it off there first (you will need a code from this app to do so), or make sure you kept {service}&apos;s backup codes — otherwise you may lock yourself out of your account.</source>
        <translation>Das Entfernen hier schaltet die Zwei-Faktor-Authentifizierung bei {service} nicht aus. Schalten Sie sie zuerst dort aus (dazu brauchen Sie einen Code aus dieser Anwendung), oder vergewissern Sie sich, dass Sie die Sicherungscodes von {service} aufbewahrt haben – sonst sperren Sie sich womöglich aus Ihrem Konto aus.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove {title}?</source>
        <translation>{title} entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>DiagnosisWindow</name>
    <message>
        <source>daylight saving time</source>
        <extracomment>The source table&apos;s columns (translated where the header is made).</extracomment>
        <translation>Sommerzeit</translation>
    </message>
    <message>
        <source>standard time (no daylight saving now)</source>
        <translation>Normalzeit (derzeit keine Sommerzeit)</translation>
    </message>
    <message>
        <source>daylight saving unknown</source>
        <translation>Sommerzeit unbekannt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>{source}&apos;s clock agrees with the time servers (within ±{margin}, the precision of its Date header): if it rejects codes, the cause is not its clock.</source>
        <translation>Die Uhr von {source} stimmt mit den Zeitservern überein (auf ±{margin}, die Genauigkeit des Date-Headers): Wenn der Dienst Codes ablehnt, liegt es nicht an seiner Uhr.</translation>
    </message>
    <message>
        <source>{source}&apos;s clock agrees with this computer (within ±{margin}, the precision of its Date header): if it rejects codes, the cause is not its clock.</source>
        <translation>Die Uhr von {source} stimmt mit diesem Computer überein (auf ±{margin}, die Genauigkeit des Date-Headers): Wenn der Dienst Codes ablehnt, liegt es nicht an seiner Uhr.</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} ahead of the time servers: the service&apos;s own clock is wrong, so it may reject correct codes.</source>
        <translation>Die Uhr von {source} geht gegenüber den Zeitservern {difference} vor: Die Uhr des Dienstes selbst geht falsch, daher lehnt er möglicherweise richtige Codes ab.</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} behind the time servers: the service&apos;s own clock is wrong, so it may reject correct codes.</source>
        <translation>Die Uhr von {source} geht gegenüber den Zeitservern {difference} nach: Die Uhr des Dienstes selbst geht falsch, daher lehnt er möglicherweise richtige Codes ab.</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} ahead of the time servers (±{margin}).</source>
        <translation>Die Uhr von {source} geht gegenüber den Zeitservern {difference} vor (±{margin}).</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} behind the time servers (±{margin}).</source>
        <translation>Die Uhr von {source} geht gegenüber den Zeitservern {difference} nach (±{margin}).</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} ahead of this computer (±{margin}).</source>
        <translation>Die Uhr von {source} geht gegenüber diesem Computer {difference} vor (±{margin}).</translation>
    </message>
    <message>
        <source>{source}&apos;s clock is {difference} behind this computer (±{margin}).</source>
        <translation>Die Uhr von {source} geht gegenüber diesem Computer {difference} nach (±{margin}).</translation>
    </message>
    <message>
        <source>The clock could not be checked</source>
        <translation>Die Uhr konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Wrong date or time</source>
        <translation>Falsches Datum oder falsche Uhrzeit</translation>
    </message>
    <message>
        <source>The clock is right</source>
        <translation>Die Uhr geht richtig</translation>
    </message>
    <message>
        <source>Clock {duration} behind — codes corrected</source>
        <translation>Uhr geht {duration} nach – Codes korrigiert</translation>
    </message>
    <message>
        <source>Clock {duration} ahead — codes corrected</source>
        <translation>Uhr geht {duration} vor – Codes korrigiert</translation>
    </message>
    <message>
        <source>Clock {duration} behind — codes may be rejected</source>
        <translation>Uhr geht {duration} nach – Codes werden möglicherweise abgelehnt</translation>
    </message>
    <message>
        <source>Clock {duration} ahead — codes may be rejected</source>
        <translation>Uhr geht {duration} vor – Codes werden möglicherweise abgelehnt</translation>
    </message>
    <message>
        <source>Clock {duration} behind — codes are rejected</source>
        <translation>Uhr geht {duration} nach – Codes werden abgelehnt</translation>
    </message>
    <message>
        <source>Clock {duration} ahead — codes are rejected</source>
        <translation>Uhr geht {duration} vor – Codes werden abgelehnt</translation>
    </message>
    <message>
        <source>Clock check</source>
        <translation>Uhrprüfung</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>Zustand der Uhr</translation>
    </message>
    <message>
        <source>Checking the clock…</source>
        <translation>Uhr wird geprüft …</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Automatic time sync</source>
        <translation>Automatische Zeitsynchronisierung</translation>
    </message>
    <message>
        <source>System time</source>
        <translation>Systemzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>System time in UTC</source>
        <translation>Systemzeit in UTC</translation>
    </message>
    <message>
        <source>Corrected time</source>
        <translation>Korrigierte Zeit</translation>
    </message>
    <message>
        <source>System time:</source>
        <translation>Systemzeit:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>UTC:</source>
        <translation>UTC:</translation>
    </message>
    <message>
        <source>Codes use:</source>
        <translation>Codes verwenden:</translation>
    </message>
    <message>
        <source>Time sources</source>
        <translation>Zeitquellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary of the sources</source>
        <translation>Zusammenfassung der Quellen</translation>
    </message>
    <message>
        <source>Service web address</source>
        <translation>Webadresse des Dienstes</translation>
    </message>
    <message>
        <source>https://example.com — the service that rejects codes</source>
        <translation>https://example.com – der Dienst, der Codes ablehnt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the time again</source>
        <translation>Die Zeit erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the time servers (and the service, if given) again</source>
        <translation>Die Zeitserver (und den Dienst, falls angegeben) erneut abfragen</translation>
    </message>
    <message>
        <source>Service clock</source>
        <translation>Uhr des Dienstes</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Apply the measured offset to the codes</source>
        <translation>Die gemessene Abweichung auf die Codes anwenden</translation>
    </message>
    <message>
        <source>Check a service&apos;s clock</source>
        <translation>Die Uhr eines Dienstes prüfen</translation>
    </message>
    <message>
        <source>the system time (no time correction)</source>
        <translation>die Systemzeit (keine Zeitkorrektur)</translation>
    </message>
    <message>
        <source>{time} — the system time {offset}</source>
        <translation>{time} – die Systemzeit {offset}</translation>
    </message>
    <message>
        <source>The clock could not be checked.</source>
        <translation>Die Uhr konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The correction in use ({correction}) no longer matches: the codes shown are {difference} off. Apply the new correction.</source>
        <translation>Die verwendete Korrektur ({correction}) passt nicht mehr: Die angezeigten Codes weichen um {difference} ab. Wenden Sie die neue Korrektur an.</translation>
    </message>
    <message>
        <source>web (Date header)</source>
        <translation>Web (Date-Header)</translation>
    </message>
    <message>
        <source>NTP, stratum {stratum}</source>
        <translation>NTP, Stratum {stratum}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>ignored: disagrees with the others</source>
        <translation>ignoriert: weicht von den anderen ab</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>When you turn on two-factor authentication, the service shows a QR code and a text key. Choose Add account (Ctrl+N) and type that key here; this app then shows the codes to sign in with.</source>
        <translation>Wenn Sie die Zwei-Faktor-Authentifizierung einschalten, zeigt der Dienst einen QR-Code und einen Schlüssel als Text. Wählen Sie „Konto hinzufügen“ (Strg+N) und geben Sie diesen Schlüssel hier ein; diese Anwendung zeigt dann die Codes für die Anmeldung.</translation>
    </message>
    <message>
        <source>Add account</source>
        <extracomment>&quot;Show all accounts&quot; on the page a favourites or group filter left empty.</extracomment>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Alle Konten anzeigen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No account’s issuer, name or group contains “{query}”.</source>
        <translation>Bei keinem Konto enthält Anbieter, Name oder Gruppe „{query}“.</translation>
    </message>
    <message>
        <source>Accounts not shown</source>
        <translation>Konten werden nicht angezeigt</translation>
    </message>
    <message>
        <source>The account list could not be read; see the message above.</source>
        <translation>Die Kontenliste konnte nicht gelesen werden; siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>No favourite matches “{query}”.</source>
        <translation>Kein Favorit passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No account in “{group}” matches “{query}”.</source>
        <translation>Kein Konto in „{group}“ passt zu „{query}“.</translation>
    </message>
    <message>
        <source>No favourites yet</source>
        <translation>Noch keine Favoriten</translation>
    </message>
    <message>
        <source>Mark an account as a favourite from its menu (Ctrl+D) or in its details.</source>
        <translation>Markieren Sie ein Konto über sein Menü (Strg+D) oder in seinen Details als Favorit.</translation>
    </message>
    <message>
        <source>No accounts in “{group}”</source>
        <translation>Keine Konten in „{group}“</translation>
    </message>
    <message>
        <source>Add accounts to this group in their details (F2).</source>
        <translation>Fügen Sie Konten in ihren Details (F2) dieser Gruppe hinzu.</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Please try again. If it happens again, please report it.</source>
        <translation>Bitte versuchen Sie es erneut. Wenn es wieder passiert, melden Sie es bitte.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).</source>
        <translation>Etwas ist schiefgelaufen ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Encrypted backup (Aegis vault format)</source>
        <extracomment>(kind, title, detail); the texts are translated where the dialog shows them.</extracomment>
        <translation>Verschlüsselte Sicherung (Aegis-Tresorformat)</translation>
    </message>
    <message>
        <source>Protected by a password; Aegis, Ente and others read it.</source>
        <translation>Durch ein Passwort geschützt; Aegis, Ente und andere können sie lesen.</translation>
    </message>
    <message>
        <source>Plain Aegis JSON (unencrypted)</source>
        <translation>Einfaches Aegis-JSON (unverschlüsselt)</translation>
    </message>
    <message>
        <source>For apps that cannot read the encrypted backup.</source>
        <translation>Für Anwendungen, die die verschlüsselte Sicherung nicht lesen können.</translation>
    </message>
    <message>
        <source>otpauth:// link list (unencrypted)</source>
        <translation>otpauth://-Linkliste (unverschlüsselt)</translation>
    </message>
    <message>
        <source>One link per line; most authenticators import it.</source>
        <translation>Ein Link pro Zeile; die meisten Authenticator-Anwendungen können sie importieren.</translation>
    </message>
    <message>
        <source>Google Authenticator QR codes</source>
        <translation>QR-Codes für Google Authenticator</translation>
    </message>
    <message>
        <source>Scan them with Google Authenticator on your phone.</source>
        <translation>Scannen Sie sie mit Google Authenticator auf Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Aegis vault (*.json);;All files (*)</source>
        <translation>Aegis-Tresor (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file will hold every secret key unencrypted: anyone who reads it — another program, a backup service, someone with your disk — can make all your codes. Prefer the encrypted backup; delete this file as soon as you have imported it.</source>
        <translation>Diese Datei enthält alle geheimen Schlüssel unverschlüsselt: Wer sie liest – ein anderes Programm, ein Sicherungsdienst, jemand mit Zugriff auf Ihren Datenträger –, kann alle Ihre Codes erzeugen. Verwenden Sie lieber die verschlüsselte Sicherung; löschen Sie diese Datei, sobald Sie sie importiert haben.</translation>
    </message>
    <message>
        <source>There are no accounts to export.</source>
        <translation>Es gibt keine Konten zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>The secrets of %n account(s) are missing from the keyring ({titles}); nothing was exported.</source>
        <translation>
            <numerusform>Der geheime Schlüssel von %n Konto fehlt im Schlüsselbund ({titles}); es wurde nichts exportiert.</numerusform>
            <numerusform>Die geheimen Schlüssel von %n Konten fehlen im Schlüsselbund ({titles}); es wurde nichts exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those accounts or add them again, then export.</source>
        <translation>Entfernen Sie diese Konten oder fügen Sie sie erneut hinzu, und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>The secret of {title} could not be read; nothing was exported.</source>
        <translation>Der geheime Schlüssel von {title} konnte nicht gelesen werden; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The backup needs a password.</source>
        <translation>Die Sicherung braucht ein Passwort.</translation>
    </message>
    <message>
        <source>the accounts read back differ from the accounts written</source>
        <translation>die zurückgelesenen Konten unterscheiden sich von den geschriebenen</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n account(s) as:</source>
        <translation>
            <numerusform>%n Konto exportieren als:</numerusform>
            <numerusform>Alle %n Konten exportieren als:</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Passwort der Sicherung</translation>
    </message>
    <message>
        <source>Backup password again</source>
        <translation>Passwort der Sicherung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <source>I understand that this file holds my secrets unencrypted</source>
        <translation>Mir ist klar, dass diese Datei meine Schlüssel unverschlüsselt enthält</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>QR-Codes anzeigen …</translation>
    </message>
    <message>
        <source>Export accounts to a file</source>
        <translation>Konten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Reading your accounts…</source>
        <translation>Ihre Konten werden gelesen …</translation>
    </message>
    <message>
        <source>Encrypting and checking the backup…</source>
        <translation>Sicherung wird verschlüsselt und geprüft …</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>The backup was read back from disk and decrypted with your password: it is verified.</source>
        <translation>Die Sicherung wurde vom Datenträger zurückgelesen und mit Ihrem Passwort entschlüsselt: Sie ist geprüft.</translation>
    </message>
    <message>
        <source>The file was read back from disk and checked. It holds your secrets unencrypted.</source>
        <translation>Die Datei wurde vom Datenträger zurückgelesen und geprüft. Sie enthält Ihre geheimen Schlüssel unverschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>%n Konto nach {file} exportiert.</numerusform>
            <numerusform>%n Konten nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s)</source>
        <translation>
            <numerusform>%n Konto exportiert</numerusform>
            <numerusform>%n Konten exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed ({error}); nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen ({error}); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>GoogleQrDialog</name>
    <message>
        <source>In Google Authenticator tap + → Scan a QR code, then scan each code in turn. Anyone who scans these codes gets your accounts: show them to your own phone only.</source>
        <translation>Tippen Sie in Google Authenticator auf + → QR-Code scannen und scannen Sie dann einen Code nach dem anderen. Wer diese Codes scannt, erhält Ihre Konten: Zeigen Sie sie nur Ihrem eigenen Telefon.</translation>
    </message>
    <message>
        <source>{title} (left out): {reasons}</source>
        <translation>{title} (weggelassen): {reasons}</translation>
    </message>
    <message>
        <source>{title} (wrong codes): {reasons}</source>
        <translation>{title} (falsche Codes): {reasons}</translation>
    </message>
    <message>
        <source>Export to Google Authenticator</source>
        <translation>Nach Google Authenticator exportieren</translation>
    </message>
    <message numerus="yes">
        <source>{fine} of %n account(s) will work in Google Authenticator. It would drop or break these:</source>
        <translation>
            <numerusform>{fine} von %n Konto wird in Google Authenticator funktionieren. Folgendes würde es weglassen oder verfälschen:</numerusform>
            <numerusform>{fine} von %n Konten werden in Google Authenticator funktionieren. Folgende würde es weglassen oder verfälschen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n account(s) will work in Google Authenticator.</source>
        <translation>
            <numerusform>Das Konto wird in Google Authenticator funktionieren.</numerusform>
            <numerusform>Alle %n Konten werden in Google Authenticator funktionieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts Google Authenticator would drop or break</source>
        <translation>Konten, die Google Authenticator weglassen oder verfälschen würde</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n account(s) with wrong codes anyway</source>
        <translation>
            <numerusform>Das %n Konto mit falschen Codes trotzdem exportieren</numerusform>
            <numerusform>Die %n Konten mit falschen Codes trotzdem exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Show QR codes</source>
        <translation>QR-Codes anzeigen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save all as PNG…</source>
        <translation>Alle als PNG speichern …</translation>
    </message>
    <message>
        <source>Making the QR codes…</source>
        <translation>QR-Codes werden erzeugt …</translation>
    </message>
    <message>
        <source>None of the accounts can be moved to Google Authenticator.</source>
        <translation>Keines der Konten kann nach Google Authenticator übertragen werden.</translation>
    </message>
    <message>
        <source>QR {number} of {count}</source>
        <translation>QR {number} von {count}</translation>
    </message>
    <message>
        <source>Save the QR codes in a folder</source>
        <translation>Die QR-Codes in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n PNG file(s) in {folder}, each checked by decoding it again. They hold your secrets unencrypted: delete them once they are scanned.</source>
        <translation>
            <numerusform>%n PNG-Datei in {folder} gespeichert und durch erneutes Dekodieren geprüft. Sie enthält Ihre geheimen Schlüssel unverschlüsselt: Löschen Sie sie, sobald sie gescannt ist.</numerusform>
            <numerusform>%n PNG-Dateien in {folder} gespeichert und jeweils durch erneutes Dekodieren geprüft. Sie enthalten Ihre geheimen Schlüssel unverschlüsselt: Löschen Sie sie, sobald sie gescannt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed ({error}).</source>
        <translation>Fehlgeschlagen ({error}).</translation>
    </message>
</context>
<context>
    <name>IconImage</name>
    <message>
        <source>{name} is not a PNG, JPEG, SVG or WebP picture.</source>
        <extracomment>Largest picture file read at all. Largest picture decoded (width × height), checked from the header before decoding. What Qt must detect from the content (the file name&apos;s extension is not trusted). Extensions offered in the file chooser.</extracomment>
        <translation>{name} ist kein PNG-, JPEG-, SVG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>Choose a picture in one of these formats, e.g. the service’s logo saved from its website.</source>
        <translation>Wählen Sie ein Bild in einem dieser Formate, z. B. das von der Webseite gespeicherte Logo des Dienstes.</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels; the limit is {limit} megapixels.</source>
        <translation>{name} hat {width}×{height} Pixel; die Grenze liegt bei {limit} Megapixeln.</translation>
    </message>
    <message>
        <source>Scale the picture down or crop it to the logo, then choose it again.</source>
        <translation>Verkleinern Sie das Bild oder schneiden Sie es auf das Logo zu und wählen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The picture could not be converted to an icon.</source>
        <translation>Das Bild konnte nicht in ein Symbol umgewandelt werden.</translation>
    </message>
    <message>
        <source>Choose another picture.</source>
        <translation>Wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a picture.</source>
        <translation>{name} ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Die Datei {name} existiert nicht.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Die Datei {name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that you may read it, or copy it somewhere else first.</source>
        <translation>Prüfen Sie, ob Sie sie lesen dürfen, oder kopieren Sie sie zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} ist größer als {limit} MB.</translation>
    </message>
    <message>
        <source>An icon needs only a small picture: choose the logo itself, or scale the picture down.</source>
        <translation>Ein Symbol braucht nur ein kleines Bild: Wählen Sie das Logo selbst, oder verkleinern Sie das Bild.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be shown.</source>
        <translation>{name} ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or choose another picture.</source>
        <translation>Öffnen Sie es zur Prüfung in einem Bildbetrachter, oder wählen Sie ein anderes Bild.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{name} is a folder.</source>
        <extracomment>The file picker&apos;s filter (the patterns stay; the names are translated where the picker is made).</extracomment>
        <translation>{name} ist ein Ordner.</translation>
    </message>
    <message>
        <source>Choose the export file itself.</source>
        <translation>Wählen Sie die Exportdatei selbst.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} existiert nicht.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is over {size} MB; exports are at most a few MB, so this is not one.</source>
        <translation>{name} ist größer als {size} MB; Exporte sind höchstens ein paar MB groß, das hier ist also keiner.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>Export from the other app again.</source>
        <translation>Exportieren Sie erneut aus der anderen Anwendung.</translation>
    </message>
    <message>
        <source>{entry} — new</source>
        <translation>{entry} – neu</translation>
    </message>
    <message>
        <source>{entry} — duplicate of {account}</source>
        <translation>{entry} – Duplikat von {account}</translation>
    </message>
    <message>
        <source>{entry} — duplicate: {reason}</source>
        <translation>{entry} – Duplikat: {reason}</translation>
    </message>
    <message>
        <source>{entry} — unsupported: {reason}</source>
        <translation>{entry} – nicht unterstützt: {reason}</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Entries in the file</source>
        <translation>Einträge in der Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>%n Konto importieren</numerusform>
            <numerusform>%n Konten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>{source} is an encrypted {format}. Enter its password to read it.</source>
        <translation>{source} ist verschlüsselt ({format}). Geben Sie das Passwort ein, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>Unlocking {source}…</source>
        <translation>{source} wird entsperrt …</translation>
    </message>
    <message>
        <source>Comparing with your accounts…</source>
        <translation>Abgleich mit Ihren Konten …</translation>
    </message>
    <message>
        <source>{source}: {new} new, {known} already in your list, {unsupported} that cannot be imported. Nothing is saved until you confirm.</source>
        <translation>{source}: {new} neu, {known} schon in Ihrer Liste, {unsupported} nicht importierbar. Es wird nichts gespeichert, bevor Sie bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s)</source>
        <translation>
            <numerusform>%n Konto importiert</numerusform>
            <numerusform>%n Konten importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {reason} Your accounts are unchanged.</source>
        <translation>Es wurde nichts importiert: {reason} Ihre Konten sind unverändert.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was imported.</source>
        <translation>Etwas ist schiefgelaufen ({error}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Import accounts from a file</source>
        <translation>Konten aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Exports and backups ({patterns});;All files (*)</source>
        <translation>Exporte und Sicherungen ({patterns});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>InspectEnrollmentDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Issuer</source>
        <extracomment>How long the windows stay hidden before the screen is grabbed (as the intake does). Side of the two QR pictures, in pixels. Margin kept around a decoded code when its crop is shown, as a share of the code&apos;s size.</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>No QR code was found in {source}.</source>
        <translation>Kein QR-Code gefunden (Quelle: {source}).</translation>
    </message>
    <message>
        <source>Make sure the whole code is in the picture and sharp; a screenshot of just the code works best.</source>
        <translation>Achten Sie darauf, dass der ganze Code im Bild und scharf ist; ein Bildschirmfoto nur des Codes funktioniert am besten.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the link follows the Key Uri Format</source>
        <translation>Keine Befunde: Der Link entspricht dem Key-Uri-Format</translation>
    </message>
    <message>
        <source>Check an enrollment</source>
        <extracomment>(ParsedUri, source): the user chose &quot;Add account&quot;; the caller confirms and saves.</extracomment>
        <translation>2FA-Einrichtung prüfen</translation>
    </message>
    <message>
        <source>Paste the otpauth:// link a server shows at enrollment, open a picture of its QR code, or scan the screen. Nothing is saved unless you choose “Add account”.</source>
        <translation>Fügen Sie den otpauth://-Link ein, den ein Server bei der Einrichtung anzeigt, öffnen Sie ein Bild seines QR-Codes, oder scannen Sie den Bildschirm. Es wird nichts gespeichert, außer Sie wählen „Konto hinzufügen“.</translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation>otpauth-Link</translation>
    </message>
    <message>
        <source>the link typed or pasted here</source>
        <translation>hier eingegebener Link</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen …</translation>
    </message>
    <message>
        <source>Read the QR code in a {formats} image</source>
        <translation>Den QR-Code in einem Bild ({formats}) lesen</translation>
    </message>
    <message>
        <source>Scan screen</source>
        <translation>Bildschirm scannen</translation>
    </message>
    <message>
        <source>Find a QR code shown on the screen</source>
        <translation>Einen auf dem Bildschirm angezeigten QR-Code finden</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>Re-rendered from the link</source>
        <translation>Aus dem Link neu erzeugt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Time for the codes (UTC)</source>
        <translation>Zeitpunkt für die Codes (UTC)</translation>
    </message>
    <message>
        <source>Set a time to see the codes for it; “Now” follows the clock again</source>
        <translation>Legen Sie einen Zeitpunkt fest, um die Codes dafür zu sehen; „Jetzt“ folgt wieder der Uhr</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Show the codes for now again, by the window&apos;s clock</source>
        <translation>Wieder die aktuellen Codes nach der Uhr des Fensters anzeigen</translation>
    </message>
    <message>
        <source>Codes around the time</source>
        <translation>Codes um diesen Zeitpunkt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid from (UTC)</source>
        <translation>Gültig ab (UTC)</translation>
    </message>
    <message>
        <source>Valid until (UTC)</source>
        <translation>Gültig bis (UTC)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Check the account once more and save it</source>
        <translation>Das Konto noch einmal prüfen und speichern</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren …</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No picture:
the link was typed or pasted</source>
        <translation>Kein Bild:
Der Link wurde eingegeben</translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation>Ein QR-Code-Bild öffnen</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the screen…</source>
        <translation>Bildschirm wird gelesen …</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message numerus="yes">
        <source>{source} (%n codes; showing the first account code)</source>
        <translation>
            <numerusform>{source} (%n Code; der erste Konto-Code wird gezeigt)</numerusform>
            <numerusform>{source} (%n Codes; der erste Konto-Code wird gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code as the
server shows it</source>
        <translation>Der QR-Code, wie der
Server ihn zeigt</translation>
    </message>
    <message>
        <source>The same link,
re-rendered here</source>
        <translation>Derselbe Link,
hier neu erzeugt</translation>
    </message>
    <message>
        <source>Findings appear here once there is a link to check.</source>
        <translation>Befunde erscheinen hier, sobald es einen Link zu prüfen gibt.</translation>
    </message>
    <message>
        <source>Read from {source}.</source>
        <translation>Quelle: {source}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>{bits} bits ({length} base32 characters, not shown)</source>
        <translation>{bits} Bit ({length} Base32-Zeichen, nicht angezeigt)</translation>
    </message>
    <message>
        <source>No code:
the link gives no codes</source>
        <translation>Kein Code:
Der Link ergibt keine Codes</translation>
    </message>
    <message>
        <source>Codes for the time set here (no correction applied).</source>
        <translation>Codes für den hier festgelegten Zeitpunkt (ohne Korrektur).</translation>
    </message>
    <message>
        <source>Now, by the corrected clock (system time {offset} s).</source>
        <translation>Jetzt, nach der korrigierten Uhr (Systemzeit {offset} s).</translation>
    </message>
    <message>
        <source>Now, by the system clock (no time correction).</source>
        <translation>Jetzt, nach der Systemuhr (keine Zeitkorrektur).</translation>
    </message>
    <message>
        <source>the enrollment check</source>
        <translation>2FA-Einrichtungsprüfung</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Den Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>Export the report as Markdown</source>
        <translation>Den Bericht als Markdown exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The report could not be saved to {file} ({reason}).</source>
        <translation>Der Bericht konnte nicht in {file} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An otpauth:// link cannot be added: {reason}</source>
        <extracomment>How long the window stays hidden before the screen is grabbed, so it does not cover the code.</extracomment>
        <translation>Ein otpauth://-Link kann nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <source>Enter key manually…</source>
        <extracomment>The Google Authenticator export being scanned, one QR code at a time (kept across scans).</extracomment>
        <translation>Schlüssel von Hand eingeben …</translation>
    </message>
    <message>
        <source>Scan screen</source>
        <translation>Bildschirm scannen</translation>
    </message>
    <message>
        <source>Find a QR code shown on the screen</source>
        <translation>Einen auf dem Bildschirm angezeigten QR-Code finden</translation>
    </message>
    <message>
        <source>Scan with camera…</source>
        <translation>Mit Kamera scannen …</translation>
    </message>
    <message>
        <source>Hold the QR code up to a camera</source>
        <translation>Den QR-Code vor eine Kamera halten</translation>
    </message>
    <message>
        <source>Open image…</source>
        <extracomment>Lists the cameras for the camera dialog&apos;s picker (tests put a fake here); None: probe for real.</extracomment>
        <translation>Bild öffnen …</translation>
    </message>
    <message>
        <source>Read the QR code in a {formats} image</source>
        <translation>Den QR-Code in einem Bild ({formats}) lesen</translation>
    </message>
    <message>
        <source>Paste QR image or link</source>
        <translation>QR-Bild oder Link einfügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation>Ein QR-Code-Bild öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>the clipboard image</source>
        <translation>Bild aus der Zwischenablage</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>The text holds no otpauth:// link.</source>
        <translation>Der Text enthält keinen otpauth://-Link.</translation>
    </message>
    <message>
        <source>Copy the QR code&apos;s image or its otpauth:// link, or enter the key by hand.</source>
        <translation>Kopieren Sie das Bild des QR-Codes oder seinen otpauth://-Link, oder geben Sie den Schlüssel von Hand ein.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>the image from {source}</source>
        <translation>Bild ({source})</translation>
    </message>
    <message>
        <source>the text from {source}</source>
        <translation>Text ({source})</translation>
    </message>
    <message>
        <source>Nothing to add in {source}.</source>
        <translation>Nichts zum Hinzufügen gefunden (Quelle: {source}).</translation>
    </message>
    <message>
        <source>Copy a QR code image or an otpauth:// link.</source>
        <translation>Kopieren Sie ein QR-Code-Bild oder einen otpauth://-Link.</translation>
    </message>
    <message>
        <source>the dropped item</source>
        <translation>Drag &amp; Drop</translation>
    </message>
    <message>
        <source>Look for the service&apos;s own QR code or link.</source>
        <translation>Suchen Sie den QR-Code oder Link des Dienstes selbst.</translation>
    </message>
    <message>
        <source>No QR code was found in {source}.</source>
        <translation>Kein QR-Code gefunden (Quelle: {source}).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{received} of {total} scanned</source>
        <translation>{received} von {total} gescannt</translation>
    </message>
    <message>
        <source>A new export: {progress} — scan the next code</source>
        <translation>Ein neuer Export: {progress} – scannen Sie den nächsten Code</translation>
    </message>
    <message>
        <source>That code was already scanned. {progress} — scan the next code</source>
        <translation>Dieser Code wurde schon gescannt. {progress} – scannen Sie den nächsten Code</translation>
    </message>
    <message>
        <source>{progress} — scan the next code</source>
        <translation>{progress} – scannen Sie den nächsten Code</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google-Authenticator-Export</translation>
    </message>
    <message>
        <source>Replaced {title}</source>
        <translation>{title} ersetzt</translation>
    </message>
    <message>
        <source>No QR code was found on the screen.</source>
        <translation>Auf dem Bildschirm wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>Show the whole code on screen, not covered by other windows, then try again.</source>
        <translation>Zeigen Sie den ganzen Code auf dem Bildschirm an, nicht von anderen Fenstern verdeckt, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Authenticator is locked</source>
        <extracomment>The column&apos;s width: a comfortable password field, centred in any window size. The user asked to unlock with this password (Enter or the Unlock button). The user asked to turn the lock off because its stored password is missing or damaged.</extracomment>
        <translation>Authenticator ist gesperrt</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Enter your password to show your codes.</source>
        <translation>Geben Sie Ihr Passwort ein, um Ihre Codes anzuzeigen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Turn Off the Lock…</source>
        <translation>Sperre &amp;ausschalten …</translation>
    </message>
    <message>
        <source>Turn Off the Lock…</source>
        <translation>Sperre ausschalten …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>Falsches Passwort. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Erneut versuchen in %n s</numerusform>
            <numerusform>Erneut versuchen in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualOffsetDialog</name>
    <message>
        <source>Set the time offset</source>
        <translation>Zeitabweichung festlegen</translation>
    </message>
    <message>
        <source>If time servers cannot be reached, compare this computer&apos;s clock with a reliable one (your phone, time.is) and enter the difference. Positive: this computer is behind.</source>
        <translation>Wenn Zeitserver nicht erreichbar sind, vergleichen Sie die Uhr dieses Computers mit einer zuverlässigen (Ihr Telefon, time.is) und geben Sie den Unterschied ein. Positiv: Dieser Computer geht nach.</translation>
    </message>
    <message>
        <source>Offset in seconds</source>
        <translation>Abweichung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Corrected time</source>
        <translation>Korrigierte Zeit</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Abweichung:</translation>
    </message>
    <message>
        <source>Codes will use:</source>
        <translation>Codes verwenden:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>{time}  ({offset} from the system clock)</source>
        <translation>{time}  ({offset} gegenüber der Systemuhr)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set a Lock Password</source>
        <extracomment>The width the dialog&apos;s text wraps at (the fields and buttons take the same width).</extracomment>
        <translation>Sperrpasswort festlegen</translation>
    </message>
    <message>
        <source>Change the Lock Password</source>
        <translation>Sperrpasswort ändern</translation>
    </message>
    <message>
        <source>Remove the Lock Password</source>
        <translation>Sperrpasswort entfernen</translation>
    </message>
    <message>
        <source>Authenticator will ask for this password before it shows your codes: when you lock it (Ctrl+L), after a few idle minutes and when your screen locks.</source>
        <translation>Authenticator fragt nach diesem Passwort, bevor es Ihre Codes zeigt: wenn Sie es sperren (Strg+L), nach einigen Minuten Inaktivität und wenn Ihr Bildschirm gesperrt wird.</translation>
    </message>
    <message>
        <source>Enter the current password, then the new one twice.</source>
        <translation>Geben Sie das aktuelle Passwort und dann zweimal das neue ein.</translation>
    </message>
    <message>
        <source>Without a password, Authenticator opens without asking and cannot be locked. Enter the current password to remove it.</source>
        <translation>Ohne Passwort öffnet sich Authenticator ohne Nachfrage und kann nicht gesperrt werden. Geben Sie das aktuelle Passwort ein, um es zu entfernen.</translation>
    </message>
    <message>
        <source>Set a password to lock Authenticator.</source>
        <translation>Legen Sie ein Passwort fest, um Authenticator zu sperren.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>Passwort &amp;entfernen</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>Geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Das Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>The current password is wrong. Try again in %n s.</source>
        <translation>
            <numerusform>Das aktuelle Passwort ist falsch. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Das aktuelle Passwort ist falsch. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Ein paar zusammenhanglose Wörter sind leicht zu merken.</numerusform>
            <numerusform>Mindestens %n Zeichen. Ein paar zusammenhanglose Wörter sind leicht zu merken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation>Stärke: schwach. Fügen Sie weitere Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation>Stärke: mittel.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <source>You can turn the lock off and set a new password afterwards.</source>
        <translation>Sie können die Sperre ausschalten und danach ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>&amp;Turn Off the Lock</source>
        <translation>Sperre &amp;ausschalten</translation>
    </message>
</context>
<context>
    <name>ReplaceCodesDialog</name>
    <message>
        <source>Replace backup codes</source>
        <translation>Sicherungscodes ersetzen</translation>
    </message>
    <message>
        <source>Add backup codes</source>
        <translation>Sicherungscodes hinzufügen</translation>
    </message>
    <message>
        <source>Paste or type the backup codes {service} gave you. One per line, or separated by commas, semicolons or wide spaces; numbering and bullets are ignored.</source>
        <translation>Fügen Sie die Sicherungscodes ein, die Sie von {service} erhalten haben, oder tippen Sie sie ab. Einer pro Zeile oder getrennt durch Kommas, Semikolons oder breite Leerräume; Nummerierung und Aufzählungszeichen werden ignoriert.</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Sicherungscodes</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) stored now ({unused} unused) will be discarded: {service} voids them when it issues a new set.</source>
        <translation>
            <numerusform>Der jetzt gespeicherte %n Code ({unused} unbenutzt) wird verworfen: Bei {service} wird er mit der Ausgabe neuer Codes ungültig.</numerusform>
            <numerusform>Die jetzt gespeicherten %n Codes ({unused} unbenutzt) werden verworfen: Bei {service} werden sie mit der Ausgabe neuer Codes ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found</source>
        <translation>
            <numerusform>%n Code gefunden</numerusform>
            <numerusform>%n Codes gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No codes yet</source>
        <translation>Noch keine Codes</translation>
    </message>
    <message numerus="yes">
        <source>Replace with %n new code(s)</source>
        <translation>
            <numerusform>Durch %n neuen Code ersetzen</numerusform>
            <numerusform>Durch %n neue Codes ersetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n code(s)</source>
        <translation>
            <numerusform>%n Code speichern</numerusform>
            <numerusform>%n Codes speichern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityGroup</name>
    <message>
        <source>Security</source>
        <extracomment>A day: longer idle delays would never fire in practice. The settings this section edits (and &quot;Restore defaults&quot; resets); the password is not among them.</extracomment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen …</translation>
    </message>
    <message>
        <source>Change the lock password</source>
        <translation>Das Sperrpasswort ändern</translation>
    </message>
    <message>
        <source>Set Password…</source>
        <translation>Passwort festlegen …</translation>
    </message>
    <message>
        <source>Set a password that locks Authenticator</source>
        <translation>Ein Passwort festlegen, das Authenticator sperrt</translation>
    </message>
    <message>
        <source>C&amp;hange Password…</source>
        <translation>Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Change Password…</source>
        <translation>Passwort ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move Password…</source>
        <translation>Passwort &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove Password…</source>
        <translation>Passwort entfernen …</translation>
    </message>
    <message>
        <source>Remove the lock password and turn the lock off</source>
        <translation>Das Sperrpasswort entfernen und die Sperre ausschalten</translation>
    </message>
    <message>
        <source>Lock password:</source>
        <translation>Sperrpasswort:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten Inaktivität sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock when there was no typing or mouse use in the app for this long</source>
        <translation>Sperren, wenn in der Anwendung so lange weder getippt noch die Maus benutzt wurde</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation>Bei &amp;Inaktivität sperren nach:</translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks</source>
        <translation>Sperren, wenn der &amp;Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Follows your desktop&apos;s lock screen, where it can be detected</source>
        <translation>Folgt der Bildschirmsperre Ihrer Arbeitsumgebung, sofern sie erkannt werden kann</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once. Password changes are saved right away.</source>
        <translation>Strg+L sperrt sofort. Passwortänderungen werden gleich gespeichert.</translation>
    </message>
    <message>
        <source>Open Preferences from the main window to set one.</source>
        <translation>Öffnen Sie die Einstellungen im Hauptfenster, um eines festzulegen.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Lock password: {state}</source>
        <translation>Sperrpasswort: {state}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <extracomment>Languages offered: (setting value, label). Only English exists; more appear here with their translations. Upper bound for the confirmation threshold: a day. Anything larger would never ask.</extracomment>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with Ctrl+Q</source>
        <translation>Beenden über das Menü des Symbols im Infobereich oder mit Strg+Q</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so this is not available.</source>
        <translation>Ihre Arbeitsumgebung zeigt keine Symbole im Infobereich an, daher ist dies nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>TimeCorrectionController</name>
    <message>
        <source>The time sources disagree with each other, so there is no offset to trust.</source>
        <extracomment>A new measurement this close to the correction in use is the same correction: no need to ask again.</extracomment>
        <translation>Die Zeitquellen widersprechen einander, daher gibt es keine verlässliche Abweichung.</translation>
    </message>
    <message>
        <source>An offset of {offset} is not clock drift but a wrong date or time setting: fix the computer&apos;s date, time and time zone in the system settings.</source>
        <translation>Eine Abweichung von {offset} ist keine Gangabweichung, sondern eine falsche Datums- oder Zeiteinstellung: Korrigieren Sie Datum, Uhrzeit und Zeitzone des Computers in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>The stored time correction is damaged and was ignored.</source>
        <extracomment>True while a measurement runs (sync or diagnosis check). A sync ended (a :class:`SyncOutcome`), applied or not. The offset in use changed (seconds).</extracomment>
        <translation>Die gespeicherte Zeitkorrektur ist beschädigt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Codes corrected by {offset}</source>
        <translation>Codes um {offset} korrigiert</translation>
    </message>
    <message>
        <source>&amp;Time correction</source>
        <translation>&amp;Zeitkorrektur</translation>
    </message>
    <message>
        <source>&amp;Sync time now</source>
        <translation>Zeit jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Measure the clock against time servers and correct the codes</source>
        <translation>Die Uhr mit Zeitservern vergleichen und die Codes korrigieren</translation>
    </message>
    <message>
        <source>Set the offset by &amp;hand…</source>
        <translation>Abweichung von &amp;Hand festlegen …</translation>
    </message>
    <message>
        <source>&amp;Use system time</source>
        <translation>System&amp;zeit verwenden</translation>
    </message>
    <message>
        <source>Sync when the app &amp;starts</source>
        <translation>Beim Start &amp;automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Check the &amp;clock…</source>
        <translation>&amp;Uhr prüfen …</translation>
    </message>
    <message>
        <source>&amp;Why was my code rejected?…</source>
        <translation>&amp;Warum wurde mein Code abgelehnt? …</translation>
    </message>
    <message>
        <source>Syncing with time servers…</source>
        <translation>Synchronisierung mit Zeitservern …</translation>
    </message>
    <message>
        <source>The time could not be measured.</source>
        <translation>Die Zeit konnte nicht gemessen werden.</translation>
    </message>
    <message>
        <source>Time sync failed; nothing changed.</source>
        <translation>Zeitsynchronisierung fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No time correction was applied.</source>
        <translation>Es wurde keine Zeitkorrektur angewendet.</translation>
    </message>
    <message>
        <source>{reason} Codes are unchanged.</source>
        <translation>{reason} Die Codes sind unverändert.</translation>
    </message>
    <message>
        <source>Time correction</source>
        <translation>Zeitkorrektur</translation>
    </message>
    <message>
        <source>A large time correction was not applied.</source>
        <translation>Eine große Zeitkorrektur wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Codes use the system clock</source>
        <translation>Codes verwenden die Systemuhr</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Keine rechtzeitige Antwort.</translation>
    </message>
    <message>
        <source>Checking the clock…</source>
        <translation>Uhr wird geprüft …</translation>
    </message>
    <message>
        <source>The system&apos;s clock sync state could not be read.</source>
        <translation>Der Synchronisierungszustand der Systemuhr konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TimeStatus</name>
    <message>
        <source>Time correction</source>
        <translation>Zeitkorrektur</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Measure the clock against time servers and correct the codes</source>
        <translation>Die Uhr mit Zeitservern vergleichen und die Codes korrigieren</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>no sources were given</source>
        <translation>es wurden keine Quellen angegeben</translation>
    </message>
    <message>
        <source>No time source answered ({reasons}).</source>
        <translation>Keine Zeitquelle hat geantwortet ({reasons}).</translation>
    </message>
    <message>
        <source>{used} of {total} sources agree</source>
        <translation>{used} von {total} Quellen stimmen überein</translation>
    </message>
    <message>
        <source>1 source answered</source>
        <translation>1 Quelle hat geantwortet</translation>
    </message>
    <message>
        <source>your clock matches them (spread {spread})</source>
        <translation>Ihre Uhr stimmt mit ihnen überein (Streuung {spread})</translation>
    </message>
    <message>
        <source>your clock is {offset} ahead of them (spread {spread})</source>
        <translation>Ihre Uhr geht ihnen gegenüber {offset} vor (Streuung {spread})</translation>
    </message>
    <message>
        <source>your clock is {offset} behind them (spread {spread})</source>
        <translation>Ihre Uhr geht ihnen gegenüber {offset} nach (Streuung {spread})</translation>
    </message>
    <message>
        <source>ignored {sources} (disagrees)</source>
        <translation>{sources} ignoriert (weicht ab)</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{agree}: {details}.</source>
        <translation>{agree}: {details}.</translation>
    </message>
    <message>
        <source>The sources disagree with each other, so no correction should be applied; try other servers.</source>
        <translation>Die Quellen widersprechen einander, daher sollte keine Korrektur angewendet werden; versuchen Sie andere Server.</translation>
    </message>
    <message>
        <source>An offset of {offset} is not clock drift: check the computer&apos;s date and time settings. It is not applied automatically.</source>
        <translation>Eine Abweichung von {offset} ist keine Gangabweichung: Prüfen Sie die Datums- und Zeiteinstellungen des Computers. Sie wird nicht automatisch angewendet.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Authenticator is still running in the tray. Choose Quit in its menu to quit.</source>
        <translation>Authenticator läuft im Infobereich weiter. Wählen Sie „Beenden“ in dessen Menü, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Authenticator</source>
        <extracomment>Longer menu labels are elided in the middle (menus as wide as the screen help nobody). A notice for the user after a click (&quot;Code copied — clears in 30 s&quot;, or why nothing was copied).</extracomment>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren …</translation>
    </message>
    <message>
        <source>Copy the current code</source>
        <translation>Den aktuellen Code kopieren</translation>
    </message>
    <message>
        <source>No favourites — star accounts in the window</source>
        <translation>Keine Favoriten – markieren Sie Konten im Fenster mit einem Stern</translation>
    </message>
    <message>
        <source>&amp;Show Authenticator</source>
        <translation>Authenticator &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No code yet</source>
        <translation>Noch kein Code</translation>
    </message>
    <message numerus="yes">
        <source>Code copied — clears in %n s</source>
        <translation>
            <numerusform>Code kopiert – wird nach %n s gelöscht</numerusform>
            <numerusform>Code kopiert – wird nach %n s gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Code copied — clears when you quit</source>
        <translation>Code kopiert – wird beim Beenden gelöscht</translation>
    </message>
</context>
<context>
    <name>WhichStepDialog</name>
    <message>
        <source>No match: the key differs</source>
        <extracomment>The combo entry that switches to the otpauth:// field.</extracomment>
        <translation>Keine Übereinstimmung: Der Schlüssel ist ein anderer</translation>
    </message>
    <message>
        <source>Matches with other settings</source>
        <translation>Passt mit anderen Einstellungen</translation>
    </message>
    <message>
        <source>This is the current code</source>
        <translation>Das ist der aktuelle Code</translation>
    </message>
    <message>
        <source>Counter {difference}</source>
        <translation>Zähler {difference}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) back ({seconds} s)</source>
        <translation>
            <numerusform>%n Schritt zurück ({seconds} s)</numerusform>
            <numerusform>%n Schritte zurück ({seconds} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) ahead ({seconds} s)</source>
        <translation>
            <numerusform>%n Schritt voraus ({seconds} s)</numerusform>
            <numerusform>%n Schritte voraus ({seconds} s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why was my code rejected?</source>
        <translation>Warum wurde mein Code abgelehnt?</translation>
    </message>
    <message>
        <source>Type a code you saw — on your phone, in another app or in a server log. It is compared with the codes around now (and with other settings) to tell a wrong clock from wrong settings from a different key.</source>
        <translation>Geben Sie einen Code ein, den Sie gesehen haben – auf Ihrem Telefon, in einer anderen Anwendung oder in einem Server-Protokoll. Er wird mit den Codes um den jetzigen Zeitpunkt (und mit anderen Einstellungen) verglichen, um eine falsch gehende Uhr von falschen Einstellungen und einem anderen Schlüssel zu unterscheiden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Another account (otpauth:// link)…</source>
        <translation>Anderes Konto (otpauth://-Link) …</translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation>otpauth-Link</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Code you saw</source>
        <translation>Gesehener Code</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>z. B. 123 456</translation>
    </message>
    <message>
        <source>Search window in minutes</source>
        <translation>Suchbereich in Minuten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Such&amp;bereich:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Den Code prüfen</translation>
    </message>
    <message>
        <source>The key for {title} has not been read from the keyring.</source>
        <translation>Der Schlüssel für {title} wurde noch nicht aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Unlock the keyring (the window shows how) and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund (das Fenster zeigt, wie) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That cannot be checked</source>
        <translation>Das kann nicht geprüft werden</translation>
    </message>
</context>
</TS>
