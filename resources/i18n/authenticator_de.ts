<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The Key Uri Format says base32 padding should be omitted. Some apps and libraries reject a secret with &apos;=&apos; (or its encoded form %3D), or keep it as part of the key and compute wrong codes.</source>
        <extracomment>Worst first, for sorting and for ``--strict``-style checks. RFC 4226 §4 R6: the shared secret MUST be at least 128 bits and SHOULD be 160. What each of the parser&apos;s warnings means for other apps: (severity, explanation).</extracomment>
        <translation>Laut Key Uri Format soll die Base32-Auffüllung weggelassen werden. Manche Anwendungen und Bibliotheken lehnen einen geheimen Schlüssel mit „=“ (oder dessen kodierter Form %3D) ab oder behalten es als Teil des Schlüssels und berechnen falsche Codes.</translation>
    </message>
    <message>
        <source>Base32 is case-insensitive and most apps upper-case it, but the Key Uri Format writes it in capitals; a strict decoder may refuse lower case.</source>
        <translation>Base32 unterscheidet nicht zwischen Groß- und Kleinschreibung, und die meisten Anwendungen wandeln es in Großbuchstaben um, aber das Key Uri Format schreibt es groß; ein strenger Decoder lehnt Kleinbuchstaben womöglich ab.</translation>
    </message>
    <message>
        <source>Spaces or dashes help people type a key but do not belong in the link; apps that do not strip them refuse the link or compute wrong codes.</source>
        <translation>Leerzeichen oder Bindestriche erleichtern das Abtippen eines Schlüssels, gehören aber nicht in den Link; Anwendungen, die sie nicht entfernen, lehnen den Link ab oder berechnen falsche Codes.</translation>
    </message>
    <message>
        <source>The last base32 character carries bits beyond the key&apos;s length. Lenient decoders drop them, strict ones (RFC 4648 §3.5 allows refusing) reject the key: the server probably encodes its key wrongly.</source>
        <translation>Das letzte Base32-Zeichen trägt Bits über die Länge des Schlüssels hinaus. Nachsichtige Decoder verwerfen sie, strenge (RFC 4648 §3.5 erlaubt die Ablehnung) lehnen den Schlüssel ab: Der Server kodiert seinen Schlüssel wahrscheinlich falsch.</translation>
    </message>
    <message>
        <source>&apos;+&apos; means a space only in HTML form encoding. An otpauth link is a URI, and apps that decode it by RFC 3986 (Android&apos;s Uri, iOS&apos;s URLComponents) show a literal &apos;+&apos;. Write spaces as %20.</source>
        <translation>„+“ bedeutet nur in der HTML-Formularkodierung ein Leerzeichen. Ein otpauth-Link ist eine URI, und Anwendungen, die ihn nach RFC 3986 dekodieren (Uri unter Android, URLComponents unter iOS), zeigen ein wörtliches „+“. Schreiben Sie Leerzeichen als %20.</translation>
    </message>
    <message>
        <source>%3A is read as the issuer separator by most apps, but the Key Uri Format writes a literal &apos;:&apos;.</source>
        <translation>%3A wird von den meisten Anwendungen als Trennzeichen nach dem Anbieter gelesen, aber das Key Uri Format schreibt ein wörtliches „:“.</translation>
    </message>
    <message>
        <source>The Key Uri Format allows spaces after the &apos;:&apos;, but some apps keep them in the account name.</source>
        <translation>Das Key Uri Format erlaubt Leerzeichen nach dem „:“, aber manche Anwendungen behalten sie im Kontonamen.</translation>
    </message>
    <message>
        <source>The Key Uri Format strongly recommends the issuer parameter; apps that read only the parameter (older Google Authenticator versions among them) show no service name.</source>
        <translation>Das Key Uri Format empfiehlt den issuer-Parameter nachdrücklich; Anwendungen, die nur den Parameter lesen (darunter ältere Versionen von Google Authenticator), zeigen keinen Dienstnamen.</translation>
    </message>
    <message>
        <source>The Key Uri Format says the label&apos;s prefix and the issuer parameter should be equal; apps disagree on which one to show, so the same account gets different names in different apps.</source>
        <translation>Laut Key Uri Format sollen das Präfix der Bezeichnung und der issuer-Parameter gleich sein; Anwendungen zeigen mal das eine, mal das andere, sodass dasselbe Konto in verschiedenen Anwendungen verschiedene Namen bekommt.</translation>
    </message>
    <message>
        <source>Apps ignore parameters they do not know; if it carries meaning for your server, no app will honour it.</source>
        <translation>Anwendungen ignorieren Parameter, die sie nicht kennen; wenn er für Ihren Server eine Bedeutung hat, wird keine Anwendung sie berücksichtigen.</translation>
    </message>
    <message>
        <source>The parameter has no effect here; apps ignore it (or, for image, may download it).</source>
        <translation>Der Parameter hat hier keine Wirkung; Anwendungen ignorieren ihn (oder laden bei image das Bild womöglich herunter).</translation>
    </message>
    <message>
        <source>A repeated parameter is ambiguous: some apps take the first value, others the last.</source>
        <translation>Ein wiederholter Parameter ist mehrdeutig: Manche Anwendungen nehmen den ersten Wert, andere den letzten.</translation>
    </message>
    <message>
        <source>Schemes, types and keys are lower case in the Key Uri Format; apps that compare them exactly reject or misread the link.</source>
        <translation>Schema, Typ und Parameternamen sind im Key Uri Format kleingeschrieben; Anwendungen, die sie genau vergleichen, lehnen den Link ab oder lesen ihn falsch.</translation>
    </message>
    <message>
        <source>The Key Uri Format spells algorithms SHA1, SHA256, SHA512; other spellings are refused by strict apps or silently read as SHA1, which gives wrong codes.</source>
        <translation>Das Key Uri Format schreibt die Algorithmen SHA1, SHA256, SHA512; andere Schreibweisen lehnen strenge Anwendungen ab oder lesen sie stillschweigend als SHA1, was falsche Codes ergibt.</translation>
    </message>
    <message>
        <source>The Key Uri Format requires counter for hotp. Apps that follow it refuse the link; others start at 0, which only works if the server also starts at 0.</source>
        <translation>Das Key Uri Format verlangt counter für hotp. Anwendungen, die sich daran halten, lehnen den Link ab; andere beginnen bei 0, was nur funktioniert, wenn auch der Server bei 0 beginnt.</translation>
    </message>
    <message>
        <source>Read as Steam Guard (5-character codes) from the issuer and digits; apps without Steam support show 5-digit numbers that Steam refuses.</source>
        <translation>Aus Anbieter und Stellenzahl als Steam Guard (Codes mit 5 Zeichen) gelesen; Anwendungen ohne Steam-Unterstützung zeigen fünfstellige Zahlen, die Steam ablehnt.</translation>
    </message>
    <message>
        <source>Without a label, apps show an unnamed entry that users cannot tell apart from others.</source>
        <translation>Ohne Bezeichnung zeigen Anwendungen einen namenlosen Eintrag, den Nutzer nicht von anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>A raw &apos;#&apos; starts a URI fragment: most apps drop everything after it, often the secret and the issuer. Write it as %23.</source>
        <translation>Ein unkodiertes „#“ beginnt ein URI-Fragment: Die meisten Anwendungen verwerfen alles danach, oft den geheimen Schlüssel und den Anbieter. Schreiben Sie es als %23.</translation>
    </message>
    <message>
        <source>{app} rejects SHA256 and SHA512 links</source>
        <extracomment>What popular apps are reported to do with non-default parameters: parameter -&gt; [(app, behaviour)]. The behaviour is a sentence with the app&apos;s name in it (``{app}``), so a translation can put the verb where it belongs.</extracomment>
        <translation>{app} lehnt Links mit SHA256 und SHA512 ab</translation>
    </message>
    <message>
        <source>{app} ignores the algorithm and computes SHA1 codes</source>
        <translation>{app} ignoriert den Algorithmus und berechnet SHA1-Codes</translation>
    </message>
    <message>
        <source>{app} is reported to handle only 6 and 8 digits</source>
        <translation>{app} verarbeitet Berichten zufolge nur 6 und 8 Stellen</translation>
    </message>
    <message>
        <source>{app} ignores digits and shows 6</source>
        <translation>{app} ignoriert digits und zeigt 6 Stellen</translation>
    </message>
    <message>
        <source>{app} ignores the period and always uses 30 s</source>
        <translation>{app} ignoriert das Intervall und verwendet immer 30 s</translation>
    </message>
    <message>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <source>Authenticator apps only read otpauth://totp/… and otpauth://hotp/… links from enrollment QR codes.</source>
        <translation>Authenticator-Anwendungen lesen aus Einrichtungs-QR-Codes nur Links der Form otpauth://totp/… und otpauth://hotp/….</translation>
    </message>
    <message>
        <source>The secret must be RFC 4648 base32 (A–Z, 2–7). Hex, base64 or raw bytes in the secret parameter give no codes at all, or wrong ones in apps that decode leniently.</source>
        <translation>Der geheime Schlüssel muss Base32 nach RFC 4648 sein (A–Z, 2–7). Hex, Base64 oder rohe Bytes im secret-Parameter ergeben gar keine Codes oder, in nachsichtig dekodierenden Anwendungen, falsche.</translation>
    </message>
    <message>
        <source>No app can compute correct codes from this link.</source>
        <translation>Keine Anwendung kann aus diesem Link richtige Codes berechnen.</translation>
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
        <source>RFC 4226 (§4, R6) requires at least {minimum} bits and recommends {recommended}. Many services still issue 80-bit keys and most apps accept them, but libraries enforcing a minimum (pyotp ≥ 2.12 refuses under 112 bits) do not.</source>
        <translation>RFC 4226 (§4, R6) verlangt mindestens {minimum} Bit und empfiehlt {recommended}. Viele Dienste vergeben noch 80-Bit-Schlüssel, und die meisten Anwendungen akzeptieren sie, Bibliotheken mit Mindestlänge aber nicht (pyotp ≥ 2.12 lehnt unter 112 Bit ab).</translation>
    </message>
    <message>
        <source>RFC 4226 (§4, R6) recommends {recommended} bits (32 base32 characters).</source>
        <translation>RFC 4226 (§4, R6) empfiehlt {recommended} Bit (32 Base32-Zeichen).</translation>
    </message>
    <message>
        <source>The account name contains &apos;:&apos;.</source>
        <translation>Der Kontoname enthält „:“.</translation>
    </message>
    <message>
        <source>The Key Uri Format forbids a colon in the account name: apps split the label at a colon, and they disagree on which one, so the service and account names come out differently.</source>
        <translation>Das Key Uri Format verbietet einen Doppelpunkt im Kontonamen: Anwendungen teilen die Bezeichnung an einem Doppelpunkt, aber nicht alle am selben, sodass Dienst- und Kontoname unterschiedlich herauskommen.</translation>
    </message>
    <message>
        <source>The label names the service but no account.</source>
        <translation>Die Bezeichnung nennt den Dienst, aber kein Konto.</translation>
    </message>
    <message>
        <source>Users with several accounts at the same service cannot tell them apart; put the user name or e-mail address after the &apos;:&apos;.</source>
        <translation>Nutzer mit mehreren Konten beim selben Dienst können sie nicht unterscheiden; setzen Sie den Benutzernamen oder die E-Mail-Adresse hinter den „:“.</translation>
    </message>
    <message>
        <source>The link names no service (neither an issuer parameter nor a label prefix).</source>
        <translation>Der Link nennt keinen Dienst (weder einen issuer-Parameter noch ein Präfix in der Bezeichnung).</translation>
    </message>
    <message>
        <source>Apps list the account by its name alone, so users cannot see which service it belongs to.</source>
        <translation>Anwendungen führen das Konto nur unter seinem Namen, sodass Nutzer nicht sehen, zu welchem Dienst es gehört.</translation>
    </message>
    <message>
        <source>The {key} is {value} (the default is {default}).</source>
        <translation>Der Parameter {key} ist {value} (Standard: {default}).</translation>
    </message>
    <message>
        <source>Apps that ignore or reject it will show codes the server refuses. Reported: {apps}.</source>
        <translation>Anwendungen, die ihn ignorieren oder ablehnen, zeigen Codes, die der Server zurückweist. Berichtet: {apps}.</translation>
    </message>
    <message>
        <source>Copy the whole link from the service&apos;s QR code; it starts with otpauth://.</source>
        <extracomment>Every :attr:`UriWarning.code` this module emits; stable names the UI and tests may rely on.</extracomment>
        <translation>Kopieren Sie den vollständigen Link aus dem QR-Code des Dienstes; er beginnt mit otpauth://.</translation>
    </message>
    <message>
        <source>The link contains a raw &apos;#&apos; (it should be written %23); it was kept as text.</source>
        <translation>Der Link enthält ein unkodiertes „#“ (richtig wäre %23); es wurde als Text beibehalten.</translation>
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
        <source>The link is not a well-formed URI.</source>
        <translation>Der Link ist keine wohlgeformte URI.</translation>
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
        <source>The secret parameter is not valid: {detail}</source>
        <translation>Der secret-Parameter ist ungültig: {detail}</translation>
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
        <source>PNG, JPEG, GIF, BMP or WebP</source>
        <translation>PNG, JPEG, GIF, BMP oder WebP</translation>
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
        <source>Not an image (expected a non-empty 8-bit pixel array).</source>
        <extracomment>Default limits for :func:`load_image`: a phone photo or a 5K screenshot is far below both. Images at most this big are also tried at twice the size when nothing else is found (tiny modules). Beyond it the upscaled copy would cost too much time and memory, and such images have pixels to spare. One attempt: how to prepare the grayscale image, the scale that preparation applies, and whether zxing-cpp should also scan its own downscaled copies.</extracomment>
        <translation>Kein Bild (erwartet wurde ein nicht leeres 8-Bit-Pixelfeld).</translation>
    </message>
    <message>
        <source>Not an image (an array of shape {shape} is neither grayscale nor colour).</source>
        <translation>Kein Bild (ein Feld der Form {shape} ist weder Graustufen noch Farbe).</translation>
    </message>
    <message>
        <source>No QR code was found in {name}.</source>
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
        <source>The image is damaged or truncated (it says it has no pixels).</source>
        <translation>Das Bild ist beschädigt oder abgeschnitten (laut Kopf hat es keine Pixel).</translation>
    </message>
    <message>
        <source>The image is {width}×{height} pixels; the limit is {limit}.</source>
        <translation>Das Bild hat {width}×{height} Pixel; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>Crop or scale it down to the part with the QR code.</source>
        <translation>Schneiden Sie es auf den Teil mit dem QR-Code zu oder verkleinern Sie es.</translation>
    </message>
    <message>
        <source>The image is damaged or truncated (it could not be decoded as {kind}).</source>
        <translation>Das Bild ist beschädigt oder abgeschnitten (es konnte nicht als {kind} dekodiert werden).</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; the limit is {limit}.</source>
        <translation>Die Datei ist größer als {limit}; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>The file is {size}; the limit is {limit}.</source>
        <translation>Die Datei ist {size} groß; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>Take a screenshot of just the QR code instead.</source>
        <translation>Machen Sie stattdessen ein Bildschirmfoto nur vom QR-Code.</translation>
    </message>
    <message>
        <source>{count} pixels</source>
        <translation>{count} Pixel</translation>
    </message>
    <message>
        <source>{count} megapixels</source>
        <translation>{count} Megapixel</translation>
    </message>
    <message>
        <source>Not an image (the file is empty).</source>
        <translation>Kein Bild (die Datei ist leer).</translation>
    </message>
    <message>
        <source>The image is damaged or truncated (its {kind} header is incomplete).</source>
        <translation>Das Bild ist beschädigt oder abgeschnitten (sein {kind}-Kopf ist unvollständig).</translation>
    </message>
    <message>
        <source>Not an image ({what}).</source>
        <translation>Kein Bild ({what}).</translation>
    </message>
    <message>
        <source>Choose a {formats} image of the QR code.</source>
        <translation>Wählen Sie ein Bild des QR-Codes im Format {formats}.</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <extracomment>Caps on the header walks: real files reach their frame header in a few dozen segments or blocks; a crafted file of millions of empty ones must not keep the loop busy for seconds.</extracomment>
        <translation>es ist ein PDF-Dokument</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>es ist ein ZIP-Archiv oder ein Office-Dokument</translation>
    </message>
    <message>
        <source>TIFF images are not supported; use {formats}</source>
        <translation>TIFF-Bilder werden nicht unterstützt; verwenden Sie {formats}</translation>
    </message>
    <message>
        <source>JPEG 2000 images are not supported; use {formats}</source>
        <translation>JPEG-2000-Bilder werden nicht unterstützt; verwenden Sie {formats}</translation>
    </message>
    <message>
        <source>it is a gzip archive</source>
        <translation>es ist ein gzip-Archiv</translation>
    </message>
    <message>
        <source>AVIF and HEIC images are not supported; use {formats}</source>
        <translation>AVIF- und HEIC-Bilder werden nicht unterstützt; verwenden Sie {formats}</translation>
    </message>
    <message>
        <source>it is an SVG drawing; take a screenshot of it or save it as PNG</source>
        <translation>es ist eine SVG-Zeichnung; machen Sie ein Bildschirmfoto davon oder speichern Sie sie als PNG</translation>
    </message>
    <message>
        <source>the data is not {formats}</source>
        <translation>die Daten sind nicht {formats}</translation>
    </message>
    <message>
        <source>it is text</source>
        <translation>es ist Text</translation>
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
        <source>The time correction {offset} is not a number of seconds.</source>
        <extracomment>``source`` of an offset typed by the user rather than measured. How a ``source`` measured from NTP and web servers together starts: &quot;NTP and https://example.com&quot;. Beyond this a stored value cannot be a (even forced) clock correction: the file is damaged.</extracomment>
        <translation>Die Zeitkorrektur {offset} ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>A time correction of {duration} is impossible.</source>
        <translation>Eine Zeitkorrektur von {duration} ist unmöglich.</translation>
    </message>
    <message>
        <source>A time correction of {duration} is not clock drift but a wrong date or time setting, so it was not stored.</source>
        <translation>Eine Zeitkorrektur von {duration} ist keine Gangabweichung, sondern eine falsche Datums- oder Zeiteinstellung; sie wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Fix the computer&apos;s date, time and time zone instead; store it anyway only if you are sure (force).</source>
        <translation>Korrigieren Sie stattdessen Datum, Uhrzeit und Zeitzone des Computers; speichern Sie sie trotzdem nur, wenn Sie sicher sind (force).</translation>
    </message>
    <message>
        <source>The time correction cannot be saved in {path} ({reason}).</source>
        <translation>Die Zeitkorrektur kann nicht in {path} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that the data folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The time correction in {path} cannot be removed ({reason}).</source>
        <translation>Die Zeitkorrektur in {path} kann nicht entfernt werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the permissions of the data folder.</source>
        <translation>Prüfen Sie die Zugriffsrechte des Datenordners.</translation>
    </message>
    <message>
        <source>Codes corrected by {offset} ({source}, {age})</source>
        <translation>Codes um {offset} korrigiert ({source}, {age})</translation>
    </message>
    <message>
        <source>NTP and {sources}</source>
        <translation>NTP und {sources}</translation>
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
    <message>
        <source>An account record is damaged ({error}).</source>
        <extracomment>Algorithms we can compute, by the names otpauth URIs and other apps use.</extracomment>
        <translation>Ein Kontoeintrag ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>Unknown type {type}: use totp, hotp or steam.</source>
        <translation>Unbekannter Typ {type}: Verwenden Sie totp, hotp oder steam.</translation>
    </message>
    <message>
        <source>Unknown algorithm {algorithm}.</source>
        <translation>Unbekannter Algorithmus {algorithm}.</translation>
    </message>
    <message>
        <source>Use SHA1, SHA256 or SHA512 (most services use SHA1).</source>
        <translation>Verwenden Sie SHA1, SHA256 oder SHA512 (die meisten Dienste verwenden SHA1).</translation>
    </message>
    <message>
        <source>Steam Guard codes have {steam} characters, not {digits}.</source>
        <translation>Steam-Guard-Codes haben {steam} Zeichen, nicht {digits}.</translation>
    </message>
    <message>
        <source>{digits} digits is out of range.</source>
        <translation>{digits} Stellen liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Codes have {low} to {high} digits (usually 6).</source>
        <translation>Codes haben {low} bis {high} Stellen (meist 6).</translation>
    </message>
    <message>
        <source>A period of {period} s is not possible.</source>
        <translation>Ein Intervall von {period} s ist nicht möglich.</translation>
    </message>
    <message>
        <source>Use a positive number (usually 30).</source>
        <translation>Verwenden Sie eine positive Zahl (meist 30).</translation>
    </message>
    <message>
        <source>The counter {counter} is out of range.</source>
        <translation>Der Zähler {counter} liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a number from 0 up.</source>
        <translation>Verwenden Sie eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <extracomment>The 26 characters Steam Guard codes are made of (pyotp&apos;s table, the one the codes are computed with).</extracomment>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Type or paste the Key text the service shows.</source>
        <translation>Geben Sie den Schlüssel ein, den der Dienst als Text anzeigt, oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Keys use the letters A–Z and the digits 2–7.</source>
        <translation>Schlüssel bestehen aus den Buchstaben A–Z und den Ziffern 2–7.</translation>
    </message>
    <message>
        <source>Keys use the letters A–Z and the digits 2–7 ({char} is probably {letter}).</source>
        <translation>Schlüssel bestehen aus den Buchstaben A–Z und den Ziffern 2–7 ({char} ist vermutlich {letter}).</translation>
    </message>
    <message>
        <source>The key contains {char}, which is not a base32 character.</source>
        <translation>Der Schlüssel enthält {char}, und das ist kein Base32-Zeichen.</translation>
    </message>
    <message>
        <source>The key has {count} characters, a length base32 cannot have.</source>
        <translation>Der Schlüssel hat {count} Zeichen, eine Länge, die es in Base32 nicht gibt.</translation>
    </message>
    <message>
        <source>Check that no character is missing or doubled.</source>
        <translation>Prüfen Sie, ob ein Zeichen fehlt oder doppelt ist.</translation>
    </message>
    <message>
        <source>The key is not valid base32.</source>
        <translation>Der Schlüssel ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>The key is too short to hold a secret.</source>
        <translation>Der Schlüssel ist zu kurz, um einen geheimen Schlüssel zu enthalten.</translation>
    </message>
    <message>
        <source>The password is too short: use at least {count} characters.</source>
        <extracomment>The keyring item (the &quot;username&quot; under the app&apos;s keyring service) that holds the verifier. Shorter passwords are refused: the lock&apos;s only strength is the password (the Argon2 cost just slows guessing).</extracomment>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>A few unrelated words make a long password that is easy to remember.</source>
        <translation>Einige Wörter ohne Zusammenhang ergeben ein langes Passwort, das leicht zu merken ist.</translation>
    </message>
    <message>
        <source>The password is too long: at most {count} characters are accepted.</source>
        <translation>Das Passwort ist zu lang: Höchstens {count} Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>Turn the lock off (or set a new password) to replace it.</source>
        <translation>Schalten Sie die Sperre aus (oder legen Sie ein neues Passwort fest), um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The app lock&apos;s stored password check is not an Argon2id verifier.</source>
        <translation>Die gespeicherte Passwortprüfung der Sperre ist kein Argon2id-Prüfwert.</translation>
    </message>
    <message>
        <source>The app lock&apos;s stored password check is damaged.</source>
        <translation>Die gespeicherte Passwortprüfung der Sperre ist beschädigt.</translation>
    </message>
    <message>
        <source>The app lock&apos;s stored password check asks for unreasonable Argon2 costs (t={time}, m={memory} KiB, p={lanes}); it was not used.</source>
        <translation>Die gespeicherte Passwortprüfung der Sperre verlangt unvernünftige Argon2-Kosten (t={time}, m={memory} KiB, p={lanes}); sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The app lock is on, but its password is missing from the keyring.</source>
        <translation>Die Sperre ist eingeschaltet, aber ihr Passwort fehlt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>It may have been removed with a keyring tool, or this is a new keyring.</source>
        <translation>Es wurde vielleicht mit einem Schlüsselbund-Werkzeug entfernt, oder dies ist ein neuer Schlüsselbund.</translation>
    </message>
    <message>
        <source>The server refuses to serve us (kiss-o&apos;-death DENY).</source>
        <extracomment>Well-known public servers run by different operators, so one operator&apos;s fault is outvoted (editable in settings). Extra wait for the worker threads&apos; own bookkeeping once every query&apos;s timeout has run out. A server&apos;s time must fall in this window (2000-01-01 .. 2100-01-01). It is narrower than one NTP era (136 years), so it also tells which era a 32-bit NTP timestamp is in, past the 2036 rollover.</extracomment>
        <translation>Der Server verweigert uns die Antwort (Kiss-o&apos;-Death DENY).</translation>
    </message>
    <message>
        <source>The server refuses to serve us (kiss-o&apos;-death RSTR).</source>
        <translation>Der Server verweigert uns die Antwort (Kiss-o&apos;-Death RSTR).</translation>
    </message>
    <message>
        <source>The server asks us to query less often (kiss-o&apos;-death RATE).</source>
        <translation>Der Server bittet, ihn seltener abzufragen (Kiss-o&apos;-Death RATE).</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Der Servername ist leer.</translation>
    </message>
    <message>
        <source>Use HOST or HOST:PORT, e.g. pool.ntp.org:123.</source>
        <translation>Verwenden Sie HOST oder HOST:PORT, z. B. pool.ntp.org:123.</translation>
    </message>
    <message>
        <source>{text} has &apos;[&apos; without &apos;]&apos;.</source>
        <translation>{text} enthält „[“ ohne „]“.</translation>
    </message>
    <message>
        <source>Write IPv6 addresses as [2001:db8::1]:123.</source>
        <translation>Schreiben Sie IPv6-Adressen als [2001:db8::1]:123.</translation>
    </message>
    <message>
        <source>Unexpected {rest} after the address in {text}.</source>
        <translation>Unerwartetes {rest} nach der Adresse in {text}.</translation>
    </message>
    <message>
        <source>Use [IPv6]:PORT.</source>
        <translation>Verwenden Sie [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address.</source>
        <translation>{host} ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Only IPv6 addresses go in brackets.</source>
        <translation>Nur IPv6-Adressen stehen in eckigen Klammern.</translation>
    </message>
    <message>
        <source>Write IPv6 with a port as [2001:db8::1]:123.</source>
        <translation>Schreiben Sie IPv6 mit Port als [2001:db8::1]:123.</translation>
    </message>
    <message>
        <source>{text} has no host name before the &apos;:&apos;.</source>
        <translation>{text} hat keinen Hostnamen vor dem „:“.</translation>
    </message>
    <message>
        <source>Use HOST:PORT.</source>
        <translation>Verwenden Sie HOST:PORT.</translation>
    </message>
    <message>
        <source>{host} is not a valid host name.</source>
        <translation>{host} ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Host names use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. pool.ntp.org.</source>
        <translation>Hostnamen bestehen aus Buchstaben, Ziffern, „-“ und „.“, z. B. pool.ntp.org.</translation>
    </message>
    <message>
        <source>The port in {text} is not a number.</source>
        <translation>Der Port in {text} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Use HOST:PORT, e.g. pool.ntp.org:123.</source>
        <translation>Verwenden Sie HOST:PORT, z. B. pool.ntp.org:123.</translation>
    </message>
    <message>
        <source>The port {port} in {text} is out of range.</source>
        <translation>Der Port {port} in {text} liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Cannot find an address for {host}.</source>
        <translation>Für {host} wurde keine Adresse gefunden.</translation>
    </message>
    <message>
        <source>Nothing answers on UDP port {port} there (connection refused).</source>
        <translation>Dort antwortet nichts auf UDP-Port {port} (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Not an NTP reply ({count} bytes instead of at least {minimum}).</source>
        <translation>Keine NTP-Antwort ({count} Byte statt mindestens {minimum}).</translation>
    </message>
    <message>
        <source>Not an NTP server reply (mode {mode}, expected {expected}).</source>
        <translation>Keine Antwort eines NTP-Servers (Modus {mode}, erwartet {expected}).</translation>
    </message>
    <message>
        <source>The reply does not answer our request (wrong origin timestamp): not an NTP server?</source>
        <translation>Die Antwort passt nicht zu unserer Anfrage (falscher Ursprungszeitstempel): kein NTP-Server?</translation>
    </message>
    <message>
        <source>The server sent a kiss-o&apos;-death ({code}) instead of the time.</source>
        <translation>Der Server hat statt der Zeit ein Kiss-o&apos;-Death ({code}) gesendet.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>ohne Code</translation>
    </message>
    <message>
        <source>The server&apos;s own clock is not synchronised, so its time cannot be used.</source>
        <translation>Die eigene Uhr des Servers ist nicht synchronisiert, daher ist seine Zeit nicht verwendbar.</translation>
    </message>
    <message>
        <source>The server sent an impossible time (zero or outside 2000–2100).</source>
        <translation>Der Server hat eine unmögliche Zeit gesendet (null oder außerhalb von 2000–2100).</translation>
    </message>
    <message>
        <source>The server&apos;s timestamps contradict each other (it replied before receiving).</source>
        <translation>Die Zeitstempel des Servers widersprechen sich (er hat vor dem Empfang geantwortet).</translation>
    </message>
    <message>
        <source>The server&apos;s timestamps contradict each other (negative round trip).</source>
        <translation>Die Zeitstempel des Servers widersprechen sich (negative Umlaufzeit).</translation>
    </message>
    <message>
        <source>No answer within {seconds} s (slow name lookup?).</source>
        <translation>Keine Antwort innerhalb von {seconds} s (langsame Namensauflösung?).</translation>
    </message>
    <message>
        <source>The web address is empty.</source>
        <extracomment>Statuses with which a server says &quot;not HEAD&quot;: ask again with GET.</extracomment>
        <translation>Die Webadresse ist leer.</translation>
    </message>
    <message>
        <source>Use a host name or URL, e.g. https://example.com.</source>
        <translation>Verwenden Sie einen Hostnamen oder eine URL, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>{text} is not a web address (http or https).</source>
        <translation>{text} ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>Use e.g. https://example.com.</source>
        <translation>Verwenden Sie z. B. https://example.com.</translation>
    </message>
    <message>
        <source>Ports go from 1 to 65535.</source>
        <translation>Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The port in {text} is not valid.</source>
        <translation>Der Port in {text} ist ungültig.</translation>
    </message>
    <message>
        <source>{text} has no host name.</source>
        <translation>{text} hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No answer within {seconds} s.</source>
        <extracomment>2026-11-28T12:00:18Z: 12 s left in the 30 s period; +8 s more shows the &quot;expiring&quot; state.</extracomment>
        <translation>Keine Antwort innerhalb von {seconds} s.</translation>
    </message>
    <message>
        <source>Cannot find the server {host} ({reason}).</source>
        <translation>Der Server {host} wurde nicht gefunden ({reason}).</translation>
    </message>
    <message>
        <source>Connection refused by {host} port {port}.</source>
        <translation>Verbindung von {host}, Port {port}, abgelehnt.</translation>
    </message>
    <message>
        <source>Secure connection failed ({reason}).</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>not a valid HTTP reply to {method} ({error})</source>
        <translation>keine gültige HTTP-Antwort auf {method} ({error})</translation>
    </message>
    <message>
        <source>Network error: {reason}.</source>
        <translation>Netzwerkfehler: {reason}.</translation>
    </message>
    <message>
        <source>HEAD refused with status {status}</source>
        <translation>HEAD mit Status {status} abgelehnt</translation>
    </message>
    <message>
        <source>the reply to {method} (status {status}) has no Date header</source>
        <translation>die Antwort auf {method} (Status {status}) hat keinen Date-Header</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s clock: {problem}.</source>
        <translation>Die Uhr des Servers kann nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <source>The server&apos;s Date header is not a date: {header}.</source>
        <translation>Der Date-Header des Servers ist kein Datum: {header}.</translation>
    </message>
    <message>
        <source>Use ISO 8601 such as 2026-11-28T12:00:00Z, or Unix seconds such as 1795867200.</source>
        <translation>Verwenden Sie ISO 8601 wie 2026-11-28T12:00:00Z oder Unix-Sekunden wie 1795867200.</translation>
    </message>
    <message>
        <source>{shown} is not a time.</source>
        <translation>{shown} ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>{algorithm}, {digits} digits</source>
        <extracomment>±10 minutes around now: covers clock errors that still look like &quot;a wrong clock&quot;, not a wrong date. The alternative settings real services use; anything rarer is a different secret in practice. For HOTP the &quot;window&quot; is in counter values: how far the user&apos;s device may have run ahead (or behind).</extracomment>
        <translation>{algorithm}, {digits} Stellen</translation>
    </message>
    <message>
        <source>{algorithm}, {digits} digits, {period} s</source>
        <translation>{algorithm}, {digits} Stellen, {period} s</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>Der Code ist leer.</translation>
    </message>
    <message>
        <source>Type the code that was rejected, e.g. 123 456.</source>
        <translation>Geben Sie den abgelehnten Code ein, z. B. 123 456.</translation>
    </message>
    <message>
        <source>The code contains {char}, which Steam Guard codes never use.</source>
        <translation>Der Code enthält {char}, das in Steam-Guard-Codes nie vorkommt.</translation>
    </message>
    <message>
        <source>Steam codes are {count} characters from {alphabet}.</source>
        <translation>Steam-Codes bestehen aus {count} Zeichen aus {alphabet}.</translation>
    </message>
    <message>
        <source>The code has {count} characters; Steam Guard codes have {steam}.</source>
        <translation>Der Code hat {count} Zeichen; Steam-Guard-Codes haben {steam}.</translation>
    </message>
    <message>
        <source>The code contains {char}; codes for this account are digits only.</source>
        <translation>Der Code enthält {char}; Codes für dieses Konto bestehen nur aus Ziffern.</translation>
    </message>
    <message>
        <source>The code has {count} digits; this account&apos;s codes have {digits}.</source>
        <translation>Der Code hat {count} Stellen; die Codes dieses Kontos haben {digits}.</translation>
    </message>
    <message>
        <source>Check that no digit is missing or doubled.</source>
        <translation>Prüfen Sie, ob eine Ziffer fehlt oder doppelt ist.</translation>
    </message>
    <message>
        <source>The search window {seconds} s is negative.</source>
        <translation>Das Suchfenster von {seconds} s ist negativ.</translation>
    </message>
    <message>
        <source>Use a number of seconds from 0.</source>
        <translation>Verwenden Sie eine Anzahl Sekunden ab 0.</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not {own}</source>
        <translation>der Algorithmus ist {found}, nicht {own}</translation>
    </message>
    <message>
        <source>codes have {found} digits, not {own}</source>
        <translation>die Codes haben {found} Stellen, nicht {own}</translation>
    </message>
    <message>
        <source>the period is {found} s, not {own} s</source>
        <translation>das Intervall ist {found} s, nicht {own} s</translation>
    </message>
    <message>
        <source>This code does not match the account&apos;s settings ({own}), but it matches {found}: {changes}. The account was probably added with the wrong settings; edit it to match.</source>
        <translation>Dieser Code passt nicht zu den Einstellungen des Kontos ({own}), aber zu {found}: {changes}. Das Konto wurde wahrscheinlich mit falschen Einstellungen hinzugefügt; bearbeiten Sie es entsprechend.</translation>
    </message>
    <message>
        <source>This code matches none of counters {low}–{high}, with any algorithm ({algorithms}): the secret differs from the one that made the code. Add the account again from the service&apos;s QR code or key.</source>
        <translation>Dieser Code passt zu keinem der Zählerstände {low}–{high}, mit keinem Algorithmus ({algorithms}): Der geheime Schlüssel unterscheidet sich von dem, der den Code erzeugt hat. Fügen Sie das Konto erneut mit dem QR-Code oder Schlüssel des Dienstes hinzu.</translation>
    </message>
    <message>
        <source>This code matches none of the steps within ±{window} of now: the secret differs from the one that made the code. Add the account again from the service&apos;s QR code or key.</source>
        <translation>Dieser Code passt zu keinem Zeitschritt innerhalb von ±{window} um jetzt: Der geheime Schlüssel unterscheidet sich von dem, der den Code erzeugt hat. Fügen Sie das Konto erneut mit dem QR-Code oder Schlüssel des Dienstes hinzu.</translation>
    </message>
    <message>
        <source>This code matches none of the steps within ±{window} of now, with any algorithm ({algorithms}) or period ({periods} s): the secret differs from the one that made the code. Add the account again from the service&apos;s QR code or key.</source>
        <translation>Dieser Code passt zu keinem Zeitschritt innerhalb von ±{window} um jetzt, mit keinem Algorithmus ({algorithms}) und keinem Intervall ({periods} s): Der geheime Schlüssel unterscheidet sich von dem, der den Code erzeugt hat. Fügen Sie das Konto erneut mit dem QR-Code oder Schlüssel des Dienstes hinzu.</translation>
    </message>
    <message>
        <source>(The code has {count} digits, but this account makes {digits}-digit codes.)</source>
        <translation>(Der Code hat {count} Stellen, dieses Konto erzeugt aber {digits}-stellige Codes.)</translation>
    </message>
    <message>
        <source>With those settings the code is the current one.</source>
        <translation>Mit diesen Einstellungen ist es der aktuelle Code.</translation>
    </message>
    <message>
        <source>With those settings the code was valid {seconds} ago (1 step back).</source>
        <translation>Mit diesen Einstellungen war der Code vor {seconds} gültig (1 Schritt zurück).</translation>
    </message>
    <message>
        <source>With those settings the code was valid {seconds} ago ({steps} steps back).</source>
        <translation>Mit diesen Einstellungen war der Code vor {seconds} gültig ({steps} Schritte zurück).</translation>
    </message>
    <message>
        <source>With those settings the code becomes valid in {seconds} (1 step ahead).</source>
        <translation>Mit diesen Einstellungen wird der Code in {seconds} gültig (1 Schritt voraus).</translation>
    </message>
    <message>
        <source>With those settings the code becomes valid in {seconds} ({steps} steps ahead).</source>
        <translation>Mit diesen Einstellungen wird der Code in {seconds} gültig ({steps} Schritte voraus).</translation>
    </message>
    <message>
        <source>This code is the current one. If the service rejected it, it may have been used already, typed too late, or the service&apos;s own clock is off.</source>
        <translation>Dies ist der aktuelle Code. Wenn der Dienst ihn abgelehnt hat, wurde er vielleicht schon verwendet oder zu spät eingegeben, oder die Uhr des Dienstes selbst geht falsch.</translation>
    </message>
    <message>
        <source>This code was valid {seconds} ago (1 step back): the device that made it runs about {seconds} behind.</source>
        <translation>Dieser Code war vor {seconds} gültig (1 Schritt zurück): Das Gerät, das ihn erzeugt hat, geht etwa {seconds} nach.</translation>
    </message>
    <message>
        <source>This code was valid {seconds} ago ({steps} steps back): the device that made it runs about {seconds} behind.</source>
        <translation>Dieser Code war vor {seconds} gültig ({steps} Schritte zurück): Das Gerät, das ihn erzeugt hat, geht etwa {seconds} nach.</translation>
    </message>
    <message>
        <source>This code becomes valid in {seconds} (1 step ahead): the device that made it runs about {seconds} ahead.</source>
        <translation>Dieser Code wird in {seconds} gültig (1 Schritt voraus): Das Gerät, das ihn erzeugt hat, geht etwa {seconds} vor.</translation>
    </message>
    <message>
        <source>This code becomes valid in {seconds} ({steps} steps ahead): the device that made it runs about {seconds} ahead.</source>
        <translation>Dieser Code wird in {seconds} gültig ({steps} Schritte voraus): Das Gerät, das ihn erzeugt hat, geht etwa {seconds} vor.</translation>
    </message>
    <message>
        <source>Many services still accept a code one step away, but not all.</source>
        <translation>Viele Dienste akzeptieren einen Code, der einen Schritt abweicht, noch, aber nicht alle.</translation>
    </message>
    <message>
        <source>That is more than services usually accept; correct that device&apos;s clock.</source>
        <translation>Das ist mehr, als Dienste gewöhnlich akzeptieren; stellen Sie die Uhr dieses Geräts richtig.</translation>
    </message>
    <message>
        <source>This code is the one for the current counter ({counter}). If it was rejected, it was used already.</source>
        <translation>Dies ist der Code für den aktuellen Zählerstand ({counter}). Wenn er abgelehnt wurde, wurde er bereits verwendet.</translation>
    </message>
    <message>
        <source>This code belongs to counter {counter}, while this app is at {current}: the device that made it has generated 1 code more than this app.</source>
        <translation>Dieser Code gehört zum Zählerstand {counter}, diese Anwendung steht bei {current}: Das Gerät, das ihn erzeugt hat, hat 1 Code mehr erzeugt als diese Anwendung.</translation>
    </message>
    <message>
        <source>This code belongs to counter {counter}, while this app is at {current}: the device that made it has generated {count} codes more than this app.</source>
        <translation>Dieser Code gehört zum Zählerstand {counter}, diese Anwendung steht bei {current}: Das Gerät, das ihn erzeugt hat, hat {count} Codes mehr erzeugt als diese Anwendung.</translation>
    </message>
    <message>
        <source>This code belongs to counter {counter}, while this app is at {current}: this app has generated 1 code more than the device that made it.</source>
        <translation>Dieser Code gehört zum Zählerstand {counter}, diese Anwendung steht bei {current}: Diese Anwendung hat 1 Code mehr erzeugt als das Gerät, das ihn erzeugt hat.</translation>
    </message>
    <message>
        <source>This code belongs to counter {counter}, while this app is at {current}: this app has generated {count} codes more than the device that made it.</source>
        <translation>Dieser Code gehört zum Zählerstand {counter}, diese Anwendung steht bei {current}: Diese Anwendung hat {count} Codes mehr erzeugt als das Gerät, das ihn erzeugt hat.</translation>
    </message>
    <message>
        <source>Aegis vault</source>
        <translation>Aegis-Tresor</translation>
    </message>
    <message>
        <source>This Aegis vault is encrypted.</source>
        <translation>Dieser Aegis-Tresor ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Enter the password you unlock Aegis with.</source>
        <translation>Geben Sie das Passwort ein, mit dem Sie Aegis entsperren.</translation>
    </message>
    <message>
        <source>The Aegis vault is damaged: it has no database.</source>
        <translation>Der Aegis-Tresor ist beschädigt: Er hat keine Datenbank.</translation>
    </message>
    <message>
        <source>This Aegis vault has database version {version}, which is not supported.</source>
        <translation>Dieser Aegis-Tresor hat die Datenbankversion {version}, die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Update Authenticator, or export from Aegis again.</source>
        <translation>Aktualisieren Sie Authenticator, oder exportieren Sie erneut aus Aegis.</translation>
    </message>
    <message>
        <source>The Aegis vault is damaged: it has no list of entries.</source>
        <translation>Der Aegis-Tresor ist beschädigt: Er hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>This is not an Aegis vault (no header and db).</source>
        <translation>Dies ist kein Aegis-Tresor (kein header und db).</translation>
    </message>
    <message>
        <source>The Aegis vault is damaged: its encryption header is incomplete.</source>
        <translation>Der Aegis-Tresor ist beschädigt: Sein Verschlüsselungskopf ist unvollständig.</translation>
    </message>
    <message>
        <source>This Aegis vault has no password slot (it is unlocked with a fingerprint or a key only).</source>
        <translation>Dieser Aegis-Tresor hat keinen Passwort-Slot (er wird nur mit Fingerabdruck oder Schlüssel entsperrt).</translation>
    </message>
    <message>
        <source>In Aegis, set a password and export again.</source>
        <translation>Legen Sie in Aegis ein Passwort fest und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>slot salt</source>
        <translation>Slot-Salt</translation>
    </message>
    <message>
        <source>The Aegis vault is damaged: a password slot has no key parameters.</source>
        <translation>Der Aegis-Tresor ist beschädigt: Ein Passwort-Slot hat keine Schlüsselparameter.</translation>
    </message>
    <message>
        <source>slot key</source>
        <translation>Slot-Schlüssel</translation>
    </message>
    <message>
        <source>slot tag</source>
        <translation>Slot-Tag</translation>
    </message>
    <message>
        <source>slot nonce</source>
        <translation>Slot-Nonce</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Use the password you unlock Aegis with.</source>
        <translation>Verwenden Sie das Passwort, mit dem Sie Aegis entsperren.</translation>
    </message>
    <message>
        <source>vault database</source>
        <translation>Tresordatenbank</translation>
    </message>
    <message>
        <source>database tag</source>
        <translation>Datenbank-Tag</translation>
    </message>
    <message>
        <source>database nonce</source>
        <translation>Datenbank-Nonce</translation>
    </message>
    <message>
        <source>The Aegis vault is damaged: its contents were altered or truncated.</source>
        <translation>Der Aegis-Tresor ist beschädigt: Sein Inhalt wurde verändert oder abgeschnitten.</translation>
    </message>
    <message>
        <source>decrypted Aegis database</source>
        <translation>entschlüsselte Aegis-Datenbank</translation>
    </message>
    <message>
        <source>The vault&apos;s key cannot be derived with the scrypt parameters it names.</source>
        <translation>Der Schlüssel des Tresors lässt sich mit den angegebenen scrypt-Parametern nicht ableiten.</translation>
    </message>
    <message>
        <source>{type} accounts are not supported (only TOTP, HOTP and Steam are).</source>
        <translation>{type}-Konten werden nicht unterstützt (nur TOTP, HOTP und Steam).</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>Der Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>The entry has no parameters (info).</source>
        <translation>Der Eintrag hat keine Parameter (info).</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>andOTP backup</source>
        <extracomment>The smallest encrypted backup: header and nonce plus the tag around &quot;[]&quot;. Binary files of other apps that an andOTP backup (which has no magic number) must not be taken for.</extracomment>
        <translation>andOTP-Sicherung</translation>
    </message>
    <message>
        <source>This is not an andOTP backup.</source>
        <translation>Dies ist keine andOTP-Sicherung.</translation>
    </message>
    <message>
        <source>This andOTP backup is encrypted.</source>
        <translation>Diese andOTP-Sicherung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Enter the backup password.</source>
        <translation>Geben Sie das Passwort der Sicherung ein.</translation>
    </message>
    <message>
        <source>The andOTP backup holds no accounts.</source>
        <translation>Die andOTP-Sicherung enthält keine Konten.</translation>
    </message>
    <message>
        <source>This is not an andOTP backup (its entries have no secret, type and label).</source>
        <translation>Dies ist keine andOTP-Sicherung (ihre Einträge haben kein secret, type und label).</translation>
    </message>
    <message>
        <source>This is not an andOTP backup (no list of accounts).</source>
        <translation>Dies ist keine andOTP-Sicherung (keine Liste von Konten).</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is not an andOTP backup.</source>
        <translation>Das Passwort ist falsch, oder die Datei ist keine andOTP-Sicherung.</translation>
    </message>
    <message>
        <source>Use the password set in andOTP&apos;s backup settings.</source>
        <translation>Verwenden Sie das Passwort aus den Sicherungseinstellungen von andOTP.</translation>
    </message>
    <message>
        <source>The password is wrong, or the backup was altered.</source>
        <translation>Das Passwort ist falsch, oder die Sicherung wurde verändert.</translation>
    </message>
    <message>
        <source>decrypted andOTP backup</source>
        <translation>entschlüsselte andOTP-Sicherung</translation>
    </message>
    <message>
        <source>mOTP accounts are not supported (only TOTP, HOTP and Steam are).</source>
        <translation>mOTP-Konten werden nicht unterstützt (nur TOTP, HOTP und Steam).</translation>
    </message>
    <message>
        <source>In Bitwarden choose Export vault → File format .json or .csv (not the encrypted ones).</source>
        <translation>Wählen Sie in Bitwarden „Tresor exportieren“ → Dateiformat .json oder .csv (nicht die verschlüsselten).</translation>
    </message>
    <message>
        <source>Bitwarden export</source>
        <translation>Bitwarden-Export</translation>
    </message>
    <message>
        <source>This is not a Bitwarden export.</source>
        <translation>Dies ist kein Bitwarden-Export.</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted, which is not supported.</source>
        <translation>Dieser Bitwarden-Export ist verschlüsselt; das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This Bitwarden export has no list of items.</source>
        <translation>Dieser Bitwarden-Export hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>This is not a Bitwarden CSV export (it has no login_totp column).</source>
        <translation>Dies ist kein Bitwarden-CSV-Export (er hat keine Spalte login_totp).</translation>
    </message>
    <message>
        <source>This Bitwarden CSV export is damaged (it is not valid CSV).</source>
        <translation>Dieser Bitwarden-CSV-Export ist beschädigt (kein gültiges CSV).</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>Element {number}</translation>
    </message>
    <message>
        <source>The authenticator key is a {scheme}: link, which is not supported.</source>
        <translation>Der Authenticator-Schlüssel ist ein {scheme}:-Link; das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Type the password you chose when exporting from Ente Auth.</source>
        <translation>Geben Sie das Passwort ein, das Sie beim Export aus Ente Auth gewählt haben.</translation>
    </message>
    <message>
        <source>The Ente export&apos;s {what} is missing.</source>
        <translation>Im Ente-Export fehlt „{what}“.</translation>
    </message>
    <message>
        <source>The Ente export&apos;s {what} is not valid base64.</source>
        <translation>„{what}“ im Ente-Export ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>This Ente export has version {value}; only version 1 is known.</source>
        <translation>Dieser Ente-Export hat die Version {value}; bekannt ist nur Version 1.</translation>
    </message>
    <message>
        <source>Export again from a current Ente Auth, or export as plain text.</source>
        <translation>Exportieren Sie erneut aus einem aktuellen Ente Auth, oder exportieren Sie als einfachen Text.</translation>
    </message>
    <message>
        <source>The Ente export has no key derivation parameters.</source>
        <translation>Der Ente-Export hat keine Parameter für die Schlüsselableitung.</translation>
    </message>
    <message>
        <source>The Ente export&apos;s key derivation parameters are not whole numbers.</source>
        <translation>Die Parameter für die Schlüsselableitung im Ente-Export sind keine ganzen Zahlen.</translation>
    </message>
    <message>
        <source>salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The Ente export&apos;s salt or nonce has the wrong length.</source>
        <translation>Salt oder Nonce im Ente-Export hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The Ente export is cut short.</source>
        <translation>Der Ente-Export ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Copy the whole file again.</source>
        <translation>Kopieren Sie die ganze Datei erneut.</translation>
    </message>
    <message>
        <source>The Ente export&apos;s key derivation parameters are not usable.</source>
        <translation>Die Parameter für die Schlüsselableitung im Ente-Export sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>The Ente export is damaged.</source>
        <translation>Der Ente-Export ist beschädigt.</translation>
    </message>
    <message>
        <source>The Ente export is cut short (its data does not end where it should).</source>
        <translation>Der Ente-Export ist abgeschnitten (seine Daten enden nicht dort, wo sie sollten).</translation>
    </message>
    <message>
        <source>The file has {count} lines; an Ente export has far fewer.</source>
        <translation>Die Datei hat {count} Zeilen; ein Ente-Export hat weit weniger.</translation>
    </message>
    <message>
        <source>The line is far too long to be an otpauth link.</source>
        <translation>Die Zeile ist viel zu lang für einen otpauth-Link.</translation>
    </message>
    <message>
        <source>This is not an Ente Auth export: it holds no otpauth:// links.</source>
        <translation>Dies ist kein Ente-Auth-Export: Er enthält keine otpauth://-Links.</translation>
    </message>
    <message>
        <source>Ente Auth export</source>
        <translation>Ente-Auth-Export</translation>
    </message>
    <message>
        <source>This is not an Ente Auth export: it is not UTF-8 text.</source>
        <translation>Dies ist kein Ente-Auth-Export: Er ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not an Ente Auth export: it has no encrypted data.</source>
        <translation>Dies ist kein Ente-Auth-Export: Er hat keine verschlüsselten Daten.</translation>
    </message>
    <message>
        <source>The Ente Auth export is encrypted.</source>
        <translation>Der Ente-Auth-Export ist verschlüsselt.</translation>
    </message>
    <message>
        <source>The Ente export&apos;s content is not text.</source>
        <translation>Der Inhalt des Ente-Exports ist kein Text.</translation>
    </message>
    <message>
        <source>This is not a plain Aegis vault.</source>
        <translation>Dies ist kein unverschlüsselter Aegis-Tresor.</translation>
    </message>
    <message>
        <source>This Aegis vault is damaged: its header is incomplete.</source>
        <translation>Dieser Aegis-Tresor ist beschädigt: Sein Kopf ist unvollständig.</translation>
    </message>
    <message>
        <source>A password is needed to read this vault.</source>
        <translation>Zum Lesen dieses Tresors wird ein Passwort benötigt.</translation>
    </message>
    <message>
        <source>Type it again; passwords are case-sensitive.</source>
        <translation>Geben Sie es erneut ein; bei Passwörtern wird Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>This Aegis vault is damaged: its contents fail the integrity check.</source>
        <translation>Dieser Aegis-Tresor ist beschädigt: Sein Inhalt besteht die Integritätsprüfung nicht.</translation>
    </message>
    <message>
        <source>This is not an Aegis vault: it is not JSON.</source>
        <translation>Dies ist kein Aegis-Tresor: Es ist kein JSON.</translation>
    </message>
    <message>
        <source>This is not an Aegis vault.</source>
        <translation>Dies ist kein Aegis-Tresor.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} ist ein Ordner.</translation>
    </message>
    <message>
        <source>Give a file name to write the export to.</source>
        <translation>Geben Sie einen Dateinamen an, in den der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({reason}).</source>
        <translation>Der Export konnte nicht in {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free space; nothing was changed.</source>
        <translation>Prüfen Sie die Zugriffsrechte und den freien Speicherplatz des Ordners; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The export did not read back correctly ({reason}); {name} was not written.</source>
        <translation>Der Export ließ sich nicht korrekt zurücklesen ({reason}); {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Try again, or write to another disk; nothing was changed.</source>
        <translation>Versuchen Sie es erneut, oder schreiben Sie auf einen anderen Datenträger; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The export could not be saved as {path} ({reason}).</source>
        <translation>Der Export konnte nicht als {path} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The QR code image does not decode to what was written.</source>
        <translation>Das QR-Code-Bild ergibt beim Dekodieren nicht das, was geschrieben wurde.</translation>
    </message>
    <message>
        <source>The URI list is not UTF-8.</source>
        <translation>Die URI-Liste ist kein UTF-8.</translation>
    </message>
    <message>
        <source>The URI list has {count} lines instead of {expected}.</source>
        <translation>Die URI-Liste hat {count} Zeilen statt {expected}.</translation>
    </message>
    <message>
        <source>The line for {title} does not read back as written.</source>
        <translation>Die Zeile für {title} lässt sich nicht so zurücklesen, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>This {what} is not UTF-8 text.</source>
        <extracomment>Longest issuer/name shown in an error label. An export with more entries than this is not a real one (people have tens, a few hundred).</extracomment>
        <translation>Der Inhalt ({what}) ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Export the file from the app again.</source>
        <translation>Exportieren Sie die Datei erneut aus der Anwendung.</translation>
    </message>
    <message>
        <source>This {what} is not valid JSON (it may be truncated or damaged).</source>
        <translation>Der Inhalt ({what}) ist kein gültiges JSON (er ist vielleicht abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <source>The {what} is missing or not text.</source>
        <translation>„{what}“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>„{what}“ ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The {what} is not valid hexadecimal.</source>
        <translation>„{what}“ ist kein gültiger Hexadezimalwert.</translation>
    </message>
    <message>
        <source>The file names a {count}-byte AES key; AES keys have 16, 24 or 32 bytes.</source>
        <translation>Die Datei nennt einen AES-Schlüssel mit {count} Byte; AES-Schlüssel haben 16, 24 oder 32 Byte.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated or damaged (nonce or tag has the wrong size).</source>
        <translation>Die verschlüsselten Daten sind abgeschnitten oder beschädigt (Nonce oder Tag hat die falsche Größe).</translation>
    </message>
    <message>
        <source>A name field holds a list or an object instead of text.</source>
        <translation>Ein Namensfeld enthält eine Liste oder ein Objekt statt Text.</translation>
    </message>
    <message>
        <source>The {what} is true/false instead of a number.</source>
        <translation>„{what}“ ist wahr/falsch statt einer Zahl.</translation>
    </message>
    <message>
        <source>The {what} {value} is not a whole number.</source>
        <translation>„{what}“ ({value}) ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The algorithm is not text.</source>
        <translation>Der Algorithmus ist kein Text.</translation>
    </message>
    <message>
        <source>The algorithm {shown} is not supported; Authenticator computes SHA1, SHA256 and SHA512 codes.</source>
        <translation>Der Algorithmus {shown} wird nicht unterstützt; Authenticator berechnet SHA1-, SHA256- und SHA512-Codes.</translation>
    </message>
    <message>
        <source>The account type {shown} is not supported (only TOTP, HOTP and Steam are).</source>
        <translation>Der Kontotyp {shown} wird nicht unterstützt (nur TOTP, HOTP und Steam).</translation>
    </message>
    <message>
        <source>The entry has no secret.</source>
        <translation>Der Eintrag hat keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret is not valid base32: {reason}</source>
        <translation>Der geheime Schlüssel ist kein gültiges Base32: {reason}</translation>
    </message>
    <message>
        <source>The secret is missing or not a list of bytes.</source>
        <extracomment>Secrets are 10–64 bytes in practice; 1 KiB leaves room and bounds the work per entry.</extracomment>
        <translation>Der geheime Schlüssel fehlt oder ist keine Liste von Bytes.</translation>
    </message>
    <message>
        <source>The secret is not a list of bytes.</source>
        <translation>Der geheime Schlüssel ist keine Liste von Bytes.</translation>
    </message>
    <message>
        <source>The {key} value is not a whole number.</source>
        <translation>Der Wert von {key} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The token type {type} is not supported.</source>
        <translation>Der Token-Typ {type} wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The algorithm {algorithm} is not supported (SHA1, SHA256 and SHA512 are).</source>
        <translation>Der Algorithmus {algorithm} wird nicht unterstützt (SHA1, SHA256 und SHA512 schon).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Der geheime Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>FreeOTP+ export</source>
        <translation>FreeOTP+-Export</translation>
    </message>
    <message>
        <source>This is not a FreeOTP+ export: it has no list of tokens.</source>
        <translation>Dies ist kein FreeOTP+-Export: Er hat keine Liste von Tokens.</translation>
    </message>
    <message>
        <source>The file lists {count} tokens; a FreeOTP+ export has far fewer.</source>
        <translation>Die Datei führt {count} Tokens auf; ein FreeOTP+-Export hat weit weniger.</translation>
    </message>
    <message>
        <source>The token is not a JSON object.</source>
        <translation>Das Token ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The FreeOTP backup is cut short.</source>
        <translation>Die FreeOTP-Sicherung ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The FreeOTP backup holds a text far longer than any backup has.</source>
        <translation>Die FreeOTP-Sicherung enthält einen Text, der weit länger ist als in jeder echten Sicherung.</translation>
    </message>
    <message>
        <source>The FreeOTP backup refers to something that is not a text.</source>
        <translation>Die FreeOTP-Sicherung verweist auf etwas, das kein Text ist.</translation>
    </message>
    <message>
        <source>The FreeOTP backup holds an object of kind 0x{tag} where text was expected.</source>
        <translation>Die FreeOTP-Sicherung enthält ein Objekt der Art 0x{tag}, wo Text erwartet wurde.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has an implausibly large data block.</source>
        <translation>Die FreeOTP-Sicherung hat einen unplausibel großen Datenblock.</translation>
    </message>
    <message>
        <source>The FreeOTP backup does not have the map&apos;s size where it should be.</source>
        <translation>Die FreeOTP-Sicherung hat die Größe der Map nicht an der erwarteten Stelle.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s map header has an unexpected length.</source>
        <translation>Der Kopf der Map in der FreeOTP-Sicherung hat eine unerwartete Länge.</translation>
    </message>
    <message>
        <source>The FreeOTP backup holds text that is not valid.</source>
        <translation>Die FreeOTP-Sicherung enthält ungültigen Text.</translation>
    </message>
    <message>
        <source>This is not a FreeOTP 2 backup: it is not a serialised Java object.</source>
        <translation>Dies ist keine FreeOTP-2-Sicherung: Sie ist kein serialisiertes Java-Objekt.</translation>
    </message>
    <message>
        <source>This is not a FreeOTP 2 backup: it does not start with a map.</source>
        <translation>Dies ist keine FreeOTP-2-Sicherung: Sie beginnt nicht mit einer Map.</translation>
    </message>
    <message>
        <source>This is not a FreeOTP 2 backup: it holds a {name}, not a HashMap.</source>
        <translation>Dies ist keine FreeOTP-2-Sicherung: Sie enthält ein {name}, keine HashMap.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s map is written in an unknown way.</source>
        <translation>Die Map der FreeOTP-Sicherung ist auf unbekannte Weise geschrieben.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s map has an object field; a HashMap has none.</source>
        <translation>Die Map der FreeOTP-Sicherung hat ein Objektfeld; eine HashMap hat keines.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s map class is annotated or has a parent class; a HashMap has neither.</source>
        <translation>Die Map-Klasse der FreeOTP-Sicherung ist annotiert oder hat eine Elternklasse; eine HashMap hat beides nicht.</translation>
    </message>
    <message>
        <source>The FreeOTP backup says it holds {count} items; that is not a real backup.</source>
        <translation>Laut der FreeOTP-Sicherung enthält sie {count} Einträge; das ist keine echte Sicherung.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s map does not end where its size says.</source>
        <translation>Die Map der FreeOTP-Sicherung endet nicht dort, wo ihre Größe es angibt.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has extra data after the map.</source>
        <translation>Die FreeOTP-Sicherung hat nach der Map zusätzliche Daten.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s {what} is not valid JSON.</source>
        <translation>„{what}“ in der FreeOTP-Sicherung ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s {what} is not a JSON object.</source>
        <translation>„{what}“ in der FreeOTP-Sicherung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has damaged encryption parameters.</source>
        <translation>Die FreeOTP-Sicherung hat beschädigte Verschlüsselungsparameter.</translation>
    </message>
    <message>
        <source>The FreeOTP backup uses an AES-GCM tag length other than 16 bytes.</source>
        <translation>Die FreeOTP-Sicherung verwendet eine AES-GCM-Taglänge, die nicht 16 Byte beträgt.</translation>
    </message>
    <message>
        <source>The FreeOTP backup uses a cipher other than AES-GCM.</source>
        <translation>Die FreeOTP-Sicherung verwendet ein anderes Verschlüsselungsverfahren als AES-GCM.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has a key without a valid type.</source>
        <translation>Die FreeOTP-Sicherung hat einen Schlüssel ohne gültigen Typ.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has a damaged encrypted key.</source>
        <translation>Die FreeOTP-Sicherung hat einen beschädigten verschlüsselten Schlüssel.</translation>
    </message>
    <message>
        <source>The FreeOTP backup has an encrypted key of an impossible length.</source>
        <translation>Die FreeOTP-Sicherung hat einen verschlüsselten Schlüssel mit unmöglicher Länge.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s master key uses an unknown key derivation.</source>
        <translation>Der Hauptschlüssel der FreeOTP-Sicherung verwendet eine unbekannte Schlüsselableitung.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s master key has no valid salt.</source>
        <translation>Der Hauptschlüssel der FreeOTP-Sicherung hat kein gültiges Salt.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s master key is missing.</source>
        <translation>Der Hauptschlüssel der FreeOTP-Sicherung fehlt.</translation>
    </message>
    <message>
        <source>Type the password you chose when making the backup.</source>
        <translation>Geben Sie das Passwort ein, das Sie beim Erstellen der Sicherung gewählt haben.</translation>
    </message>
    <message>
        <source>The FreeOTP backup&apos;s master key has an impossible length.</source>
        <translation>Der Hauptschlüssel der FreeOTP-Sicherung hat eine unmögliche Länge.</translation>
    </message>
    <message>
        <source>FreeOTP 2 backup</source>
        <translation>FreeOTP-2-Sicherung</translation>
    </message>
    <message>
        <source>This is not a FreeOTP 2 backup: it has no master key.</source>
        <translation>Dies ist keine FreeOTP-2-Sicherung: Sie hat keinen Hauptschlüssel.</translation>
    </message>
    <message>
        <source>The FreeOTP backup is encrypted.</source>
        <translation>Die FreeOTP-Sicherung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Type the password you chose for backups.</source>
        <translation>Geben Sie das Passwort ein, das Sie für Sicherungen gewählt haben.</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>Hauptschlüssel</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The token&apos;s key is missing from the backup.</source>
        <translation>Der Schlüssel des Tokens fehlt in der Sicherung.</translation>
    </message>
    <message>
        <source>key record</source>
        <translation>Schlüsseleintrag</translation>
    </message>
    <message>
        <source>token key</source>
        <translation>Token-Schlüssel</translation>
    </message>
    <message>
        <source>The token&apos;s key cannot be decrypted (the file was altered).</source>
        <translation>Der Schlüssel des Tokens lässt sich nicht entschlüsseln (die Datei wurde verändert).</translation>
    </message>
    <message>
        <source>In Google Authenticator choose Transfer accounts → Export accounts, and scan every QR code it shows.</source>
        <translation>Wählen Sie in Google Authenticator „Konten übertragen“ → „Konten exportieren“ und scannen Sie jeden QR-Code, der angezeigt wird.</translation>
    </message>
    <message>
        <source>The Google Authenticator link is far too long to be an export.</source>
        <extracomment>A single QR code holds at most ~3 KB; a text line far longer than any export is refused before decoding.</extracomment>
        <translation>Der Google-Authenticator-Link ist viel zu lang für einen Export.</translation>
    </message>
    <message>
        <source>Copy the link exactly as the QR code holds it.</source>
        <translation>Kopieren Sie den Link genau so, wie ihn der QR-Code enthält.</translation>
    </message>
    <message>
        <source>The text has something before otpauth-migration://.</source>
        <translation>Der Text hat etwas vor otpauth-migration://.</translation>
    </message>
    <message>
        <source>The link starts with {scheme}:, a misspelling of otpauth-migration:.</source>
        <translation>Der Link beginnt mit {scheme}:, einer falschen Schreibweise von otpauth-migration:.</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export link (otpauth-migration://).</source>
        <translation>Dies ist kein Google-Authenticator-Exportlink (otpauth-migration://).</translation>
    </message>
    <message>
        <source>The Google Authenticator link is not a well-formed URI.</source>
        <translation>Der Google-Authenticator-Link ist keine wohlgeformte URI.</translation>
    </message>
    <message>
        <source>The Google Authenticator link has no data.</source>
        <translation>Der Google-Authenticator-Link enthält keine Daten.</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Exportdaten</translation>
    </message>
    <message>
        <source>The Google Authenticator link&apos;s data is not valid base64.</source>
        <translation>Die Daten des Google-Authenticator-Links sind kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The Google Authenticator export cannot be decoded (the link is truncated or damaged).</source>
        <translation>Der Google-Authenticator-Export kann nicht dekodiert werden (der Link ist abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <source>The export says it is part {part} of {size}, which cannot be.</source>
        <translation>Laut Export ist er Teil {part} von {size}; das kann nicht sein.</translation>
    </message>
    <message>
        <source>account {number}</source>
        <translation>Konto {number}</translation>
    </message>
    <message>
        <source>The algorithm number {algorithm} is unknown.</source>
        <translation>Die Algorithmusnummer {algorithm} ist unbekannt.</translation>
    </message>
    <message>
        <source>MD5 is not supported; Authenticator computes SHA1, SHA256 and SHA512 codes.</source>
        <translation>MD5 wird nicht unterstützt; Authenticator berechnet SHA1-, SHA256- und SHA512-Codes.</translation>
    </message>
    <message>
        <source>The digit count number {digits} is unknown.</source>
        <translation>Die Nummer {digits} für die Stellenzahl ist unbekannt.</translation>
    </message>
    <message>
        <source>The account type number {type} is not supported.</source>
        <translation>Die Kontotypnummer {type} wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The Google Authenticator export holds no accounts.</source>
        <translation>Der Google-Authenticator-Export enthält keine Konten.</translation>
    </message>
    <message>
        <source>{received} of {total} scanned</source>
        <translation>{received} von {total} gescannt</translation>
    </message>
    <message>
        <source>Missing part {parts} of {total}.</source>
        <translation>Es fehlt Teil {parts} von {total}.</translation>
    </message>
    <message>
        <source>Missing parts {parts} of {total}.</source>
        <translation>Es fehlen die Teile {parts} von {total}.</translation>
    </message>
    <message>
        <source>This QR code belongs to a different Google Authenticator export.</source>
        <translation>Dieser QR-Code gehört zu einem anderen Google-Authenticator-Export.</translation>
    </message>
    <message>
        <source>Keep scanning the export you started ({text}), or start over.</source>
        <translation>Scannen Sie den begonnenen Export weiter ({text}), oder fangen Sie von vorn an.</translation>
    </message>
    <message>
        <source>Two different QR codes both say they are part {part} of this export.</source>
        <translation>Zwei verschiedene QR-Codes geben beide an, Teil {part} dieses Exports zu sein.</translation>
    </message>
    <message>
        <source>Start over and scan the codes of one export only.</source>
        <translation>Fangen Sie von vorn an und scannen Sie nur die Codes eines einzigen Exports.</translation>
    </message>
    <message>
        <source>No Google Authenticator QR code has been scanned yet.</source>
        <translation>Es wurde noch kein Google-Authenticator-QR-Code gescannt.</translation>
    </message>
    <message>
        <source>The Google Authenticator export is incomplete: {missing}</source>
        <translation>Der Google-Authenticator-Export ist unvollständig: {missing}</translation>
    </message>
    <message>
        <source>{text}; scan the missing QR codes too.</source>
        <translation>{text}; scannen Sie auch die fehlenden QR-Codes.</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google-Authenticator-Export</translation>
    </message>
    <message>
        <source>Line {number}: {message}</source>
        <translation>Zeile {number}: {message}</translation>
    </message>
    <message>
        <source>The file holds no otpauth-migration:// links.</source>
        <translation>Die Datei enthält keine otpauth-migration://-Links.</translation>
    </message>
    <message>
        <source>Export again and save every QR code&apos;s link.</source>
        <translation>Exportieren Sie erneut und speichern Sie den Link jedes QR-Codes.</translation>
    </message>
    <message>
        <source>{numbers} and {last}</source>
        <translation>{numbers} und {last}</translation>
    </message>
    <message>
        <source>The file asks for scrypt N={n}; only powers of two up to 2^20 are accepted.</source>
        <translation>Die Datei verlangt scrypt N={n}; nur Zweierpotenzen bis 2^20 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The file asks for scrypt r={r}; 1 to {limit} is accepted.</source>
        <translation>Die Datei verlangt scrypt r={r}; akzeptiert wird 1 bis {limit}.</translation>
    </message>
    <message>
        <source>The file asks for scrypt p={p}; 1 to {limit} is accepted.</source>
        <translation>Die Datei verlangt scrypt p={p}; akzeptiert wird 1 bis {limit}.</translation>
    </message>
    <message>
        <source>The file asks for {iterations} PBKDF2 iterations; 1 to {limit} is accepted.</source>
        <translation>Die Datei verlangt {iterations} PBKDF2-Iterationen; akzeptiert wird 1 bis {limit}.</translation>
    </message>
    <message>
        <source>The file asks Argon2 for {memory} KiB of memory; at most 1 GiB is accepted.</source>
        <translation>Die Datei verlangt für Argon2 {memory} KiB Speicher; akzeptiert wird höchstens 1 GiB.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 t={time}; 1 to {limit} is accepted.</source>
        <translation>Die Datei verlangt Argon2 t={time}; akzeptiert wird 1 bis {limit}.</translation>
    </message>
    <message>
        <source>The file asks for Argon2 p={parallelism}; 1 to {limit} is accepted.</source>
        <translation>Die Datei verlangt Argon2 p={parallelism}; akzeptiert wird 1 bis {limit}.</translation>
    </message>
    <message>
        <source>Same secret as {title}.</source>
        <translation>Gleicher geheimer Schlüssel wie {title}.</translation>
    </message>
    <message>
        <source>Same secret as row {row} of this file.</source>
        <translation>Gleicher geheimer Schlüssel wie Zeile {row} dieser Datei.</translation>
    </message>
    <message>
        <source>An account named {title} is already in the list (with another secret).</source>
        <translation>Ein Konto namens {title} ist bereits in der Liste (mit einem anderen geheimen Schlüssel).</translation>
    </message>
    <message>
        <source>The entry has no content.</source>
        <translation>Der Eintrag hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The entry has no otpauth link.</source>
        <translation>Der Eintrag hat keinen otpauth-Link.</translation>
    </message>
    <message>
        <source>The entry&apos;s link is far too long.</source>
        <translation>Der Link des Eintrags ist viel zu lang.</translation>
    </message>
    <message>
        <source>The Steam secret is not valid base32.</source>
        <translation>Der geheime Steam-Schlüssel ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>Proton Authenticator export</source>
        <translation>Proton-Authenticator-Export</translation>
    </message>
    <message>
        <source>This is not a Proton Authenticator export: it is not a JSON object.</source>
        <translation>Dies ist kein Proton-Authenticator-Export: Er ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This Proton Authenticator export is password-protected, which is not supported yet.</source>
        <translation>Dieser Proton-Authenticator-Export ist passwortgeschützt; das wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Export again from Proton Authenticator without a password.</source>
        <translation>Exportieren Sie erneut aus Proton Authenticator, ohne Passwort.</translation>
    </message>
    <message>
        <source>This is not a Proton Authenticator export: it has no list of entries.</source>
        <translation>Dies ist kein Proton-Authenticator-Export: Er hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The file lists {count} entries; a real export has far fewer.</source>
        <translation>Die Datei führt {count} Einträge auf; ein echter Export hat weit weniger.</translation>
    </message>
    <message>
        <source>Unknown format {name}.</source>
        <extracomment>Modules under authenticator.formats that define a ``FORMAT`` (a :class:`Format` instance) or ``FORMATS`` (a list of them). Order matters only for sniffing ties: more specific formats first. A file bigger than this is refused before it is read whole (the largest real export is a few MB).</extracomment>
        <translation>Unbekanntes Format {name}.</translation>
    </message>
    <message>
        <source>Known formats: {known}.</source>
        <translation>Bekannte Formate: {known}.</translation>
    </message>
    <message>
        <source>This file is not in a format Authenticator can import.</source>
        <translation>Diese Datei liegt in keinem Format vor, das Authenticator importieren kann.</translation>
    </message>
    <message>
        <source>Export from the other app again, or name the format with --format.</source>
        <translation>Exportieren Sie erneut aus der anderen Anwendung, oder nennen Sie das Format mit --format.</translation>
    </message>
    <message>
        <source>The file is {count} MB; exports are at most a few MB, so this is not one.</source>
        <translation>Die Datei ist {count} MB groß; Exporte haben höchstens einige MB, dies ist also keiner.</translation>
    </message>
    <message>
        <source>Files above {limit} MB are refused.</source>
        <translation>Dateien über {limit} MB werden abgelehnt.</translation>
    </message>
    <message>
        <source>Type the password you chose when making the backup in Stratum (Authenticator Pro).</source>
        <translation>Geben Sie das Passwort ein, das Sie beim Erstellen der Sicherung in Stratum (Authenticator Pro) gewählt haben.</translation>
    </message>
    <message>
        <source>The Stratum backup is cut short.</source>
        <translation>Die Stratum-Sicherung ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>{type} accounts are not supported.</source>
        <translation>{type}-Konten werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The account type {code} is unknown.</source>
        <translation>Der Kontotyp {code} ist unbekannt.</translation>
    </message>
    <message>
        <source>The algorithm is not supported (SHA1, SHA256 and SHA512 are).</source>
        <translation>Der Algorithmus wird nicht unterstützt (SHA1, SHA256 und SHA512 schon).</translation>
    </message>
    <message>
        <source>The secret is missing.</source>
        <translation>Der geheime Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The secret is not valid base32.</source>
        <translation>Der geheime Schlüssel ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>Stratum backup</source>
        <translation>Stratum-Sicherung</translation>
    </message>
    <message>
        <source>This is not a Stratum backup: it has no list of authenticators.</source>
        <translation>Dies ist keine Stratum-Sicherung: Sie hat keine Liste von Authenticators.</translation>
    </message>
    <message>
        <source>The file lists {count} accounts; a Stratum backup has far fewer.</source>
        <translation>Die Datei führt {count} Konten auf; eine Stratum-Sicherung hat weit weniger.</translation>
    </message>
    <message>
        <source>Stratum (Authenticator Pro) backup</source>
        <translation>Stratum-Sicherung (Authenticator Pro)</translation>
    </message>
    <message>
        <source>The Stratum backup is encrypted.</source>
        <translation>Die Stratum-Sicherung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>2FAS backup</source>
        <translation>2FAS-Sicherung</translation>
    </message>
    <message>
        <source>This 2FAS backup has schema version {schema}, which is not supported.</source>
        <translation>Diese 2FAS-Sicherung hat die Schemaversion {schema}, die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Update Authenticator, or export from 2FAS again.</source>
        <translation>Aktualisieren Sie Authenticator, oder exportieren Sie erneut aus 2FAS.</translation>
    </message>
    <message>
        <source>This 2FAS backup is encrypted.</source>
        <translation>Diese 2FAS-Sicherung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Enter the password you chose for the backup.</source>
        <translation>Geben Sie das Passwort ein, das Sie für die Sicherung gewählt haben.</translation>
    </message>
    <message>
        <source>The 2FAS backup is damaged: it has no list of services.</source>
        <translation>Die 2FAS-Sicherung ist beschädigt: Sie hat keine Liste von Diensten.</translation>
    </message>
    <message>
        <source>This is not a 2FAS backup (no schemaVersion and services).</source>
        <translation>Dies ist keine 2FAS-Sicherung (kein schemaVersion und services).</translation>
    </message>
    <message>
        <source>The 2FAS backup&apos;s encrypted part is damaged (expected three parts).</source>
        <translation>Der verschlüsselte Teil der 2FAS-Sicherung ist beschädigt (erwartet wurden drei Teile).</translation>
    </message>
    <message>
        <source>encrypted part</source>
        <translation>verschlüsselter Teil</translation>
    </message>
    <message>
        <source>Use the password you chose when exporting.</source>
        <translation>Verwenden Sie das Passwort, das Sie beim Export gewählt haben.</translation>
    </message>
    <message>
        <source>decrypted 2FAS backup</source>
        <translation>entschlüsselte 2FAS-Sicherung</translation>
    </message>
    <message>
        <source>The service is not an object.</source>
        <translation>Der Dienst ist kein Objekt.</translation>
    </message>
    <message>
        <source>service {number}</source>
        <translation>Dienst {number}</translation>
    </message>
    <message>
        <source>List of otpauth:// links</source>
        <translation>Liste von otpauth://-Links</translation>
    </message>
    <message>
        <source>list of links</source>
        <translation>Linkliste</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>This line is a Google Authenticator export; import it on its own (as a Google Authenticator export) so that all its parts are gathered.</source>
        <translation>Diese Zeile ist ein Google-Authenticator-Export; importieren Sie ihn für sich allein (als Google-Authenticator-Export), damit alle seine Teile zusammenkommen.</translation>
    </message>
    <message>
        <source>This line is not an otpauth:// link.</source>
        <translation>Diese Zeile ist kein otpauth://-Link.</translation>
    </message>
    <message>
        <source>The file holds no otpauth:// links.</source>
        <translation>Die Datei enthält keine otpauth://-Links.</translation>
    </message>
    <message>
        <source>A list of links has one otpauth://totp/… link per line.</source>
        <translation>Eine Linkliste hat einen otpauth://totp/…-Link pro Zeile.</translation>
    </message>
    <message>
        <source>line {number}: {label}</source>
        <translation>Zeile {number}: {label}</translation>
    </message>
    <message>
        <source>The screen cannot be read without a running window.</source>
        <extracomment>How long to wait for the portal&apos;s answer: the desktop may show a dialog the user has to answer.</extracomment>
        <translation>Der Bildschirm kann ohne laufendes Fenster nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no screen to read: no graphical session was found (DISPLAY is not set).</source>
        <translation>Es gibt keinen Bildschirm zum Lesen: Es wurde keine grafische Sitzung gefunden (DISPLAY ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Run this in a desktop session, or save the QR code as an image and use --image FILE.</source>
        <translation>Führen Sie dies in einer Desktop-Sitzung aus, oder speichern Sie den QR-Code als Bild und verwenden Sie --image DATEI.</translation>
    </message>
    <message>
        <source>The screen could not be read (the system returned no picture).</source>
        <translation>Der Bildschirm konnte nicht gelesen werden (das System hat kein Bild geliefert).</translation>
    </message>
    <message>
        <source>Save the QR code as an image and open it instead, or take a screenshot and open that.</source>
        <translation>Speichern Sie den QR-Code als Bild und öffnen Sie stattdessen dieses, oder machen Sie ein Bildschirmfoto und öffnen Sie es.</translation>
    </message>
    <message>
        <source>there is no session bus</source>
        <translation>es gibt keinen Sitzungsbus</translation>
    </message>
    <message>
        <source>its answer could not be subscribed to</source>
        <translation>seine Antwort konnte nicht abonniert werden</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>der Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The desktop did not answer the screenshot request in time.</source>
        <translation>Die Arbeitsumgebung hat die Bildschirmfoto-Anfrage nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Das Bildschirmfoto wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Allow the screenshot when the desktop asks.</source>
        <translation>Erlauben Sie das Bildschirmfoto, wenn die Arbeitsumgebung danach fragt.</translation>
    </message>
    <message>
        <source>The desktop refused the screenshot.</source>
        <translation>Die Arbeitsumgebung hat das Bildschirmfoto verweigert.</translation>
    </message>
    <message>
        <source>Save the QR code as an image and open it instead.</source>
        <translation>Speichern Sie den QR-Code als Bild und öffnen Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>The desktop&apos;s screenshot could not be found.</source>
        <translation>Das Bildschirmfoto der Arbeitsumgebung wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The screen cannot be read on Wayland without the desktop&apos;s screenshot service ({reason}).</source>
        <translation>Unter Wayland kann der Bildschirm ohne den Bildschirmfoto-Dienst der Arbeitsumgebung nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Install xdg-desktop-portal for your desktop, or save the QR code as an image and open it instead.</source>
        <translation>Installieren Sie xdg-desktop-portal für Ihre Arbeitsumgebung, oder speichern Sie den QR-Code als Bild und öffnen Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>The backup code is empty.</source>
        <extracomment>The keyring item name is the account id plus this suffix. At or below this many unused codes the user is warned to get a new set.</extracomment>
        <translation>Der Sicherungscode ist leer.</translation>
    </message>
    <message>
        <source>Give one of the account&apos;s backup codes.</source>
        <translation>Geben Sie einen der Sicherungscodes des Kontos an.</translation>
    </message>
    <message>
        <source>This account has no backup codes stored.</source>
        <translation>Für dieses Konto sind keine Sicherungscodes gespeichert.</translation>
    </message>
    <message>
        <source>Add the service&apos;s codes first.</source>
        <translation>Fügen Sie zuerst die Codes des Dienstes hinzu.</translation>
    </message>
    <message>
        <source>That code is not one of this account&apos;s backup codes.</source>
        <translation>Dieser Code ist keiner der Sicherungscodes dieses Kontos.</translation>
    </message>
    <message>
        <source>Check for typos; codes of an older set no longer work once the service issued new ones.</source>
        <translation>Prüfen Sie auf Tippfehler; Codes eines älteren Satzes gelten nicht mehr, sobald der Dienst neue ausgegeben hat.</translation>
    </message>
    <message>
        <source>That backup code was already used; each works only once.</source>
        <translation>Dieser Sicherungscode wurde bereits verwendet; jeder gilt nur einmal.</translation>
    </message>
    <message>
        <source>Backup code {number} is {count} characters long; the limit is {limit}.</source>
        <translation>Sicherungscode {number} ist {count} Zeichen lang; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <source>Put each code on its own line.</source>
        <translation>Schreiben Sie jeden Code in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>Backup code {number} contains a control character.</source>
        <translation>Sicherungscode {number} enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>{count} backup codes is more than any service issues (limit {limit}).</source>
        <translation>{count} Sicherungscodes sind mehr, als irgendein Dienst ausgibt (Grenze: {limit}).</translation>
    </message>
    <message>
        <source>The stored backup codes are damaged.</source>
        <translation>Die gespeicherten Sicherungscodes sind beschädigt.</translation>
    </message>
    <message>
        <source>Add the service&apos;s current codes again to replace them.</source>
        <translation>Fügen Sie die aktuellen Codes des Dienstes erneut hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>It may have been removed in another window.</source>
        <translation>Es wurde vielleicht in einem anderen Fenster entfernt.</translation>
    </message>
    <message>
        <source>Give an issuer, a name or an id to choose an account.</source>
        <translation>Geben Sie einen Anbieter, einen Namen oder eine ID an, um ein Konto zu wählen.</translation>
    </message>
    <message>
        <source>No account matches {query}.</source>
        <translation>Kein Konto passt zu {query}.</translation>
    </message>
    <message>
        <source>Run &apos;authenticator list&apos; to see them all.</source>
        <translation>Führen Sie „authenticator list“ aus, um alle zu sehen.</translation>
    </message>
    <message>
        <source>{count} accounts match {query}.</source>
        <translation>{count} Konten passen zu {query}.</translation>
    </message>
    <message>
        <source>Use more of the issuer or name, or the account id.</source>
        <translation>Geben Sie mehr vom Anbieter oder Namen an, oder die Konto-ID.</translation>
    </message>
    <message>
        <source>The same account is in the import twice.</source>
        <translation>Dasselbe Konto ist zweimal im Import.</translation>
    </message>
    <message>
        <source>Import it once.</source>
        <translation>Importieren Sie es nur einmal.</translation>
    </message>
    <message>
        <source>This account is already in the list.</source>
        <translation>Dieses Konto ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Edit the existing account instead.</source>
        <translation>Bearbeiten Sie stattdessen das vorhandene Konto.</translation>
    </message>
    <message>
        <source>An imported account is already in the list.</source>
        <translation>Ein importiertes Konto ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Import it again (it gets a new id).</source>
        <translation>Importieren Sie es erneut (es erhält eine neue ID).</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>Unnamed account</source>
        <extracomment>The area being repainted, set by the view around its paint event: when it covers only the countdown column (a plain tick), rows skip everything but their ring. Where icons come from; the window replaces it with one that can read custom icon files.</extracomment>
        <translation>Unbenanntes Konto</translation>
    </message>
    <message>
        <source>next  {code}</source>
        <translation>nächster  {code}</translation>
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
        <translation>N&amp;otiz:</translation>
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
        <source>The text key the service shows next to its QR code (letters A–Z and digits 2–7).</source>
        <translation>Der Schlüssel, den der Dienst als Text neben seinem QR-Code anzeigt (Buchstaben A–Z und Ziffern 2–7).</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <extracomment>Translated where the list is filled.</extracomment>
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
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
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
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>z. B. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>Schlüsselprüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details: icon, groups, note</source>
        <translation>Details: Symbol, Gruppen, Notiz</translation>
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
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Parameters check</source>
        <translation>Parameterprüfung</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>A&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>St&amp;ellen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Zähler:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Change the name or settings. The key cannot be changed here.</source>
        <translation>Ändern Sie den Namen oder die Einstellungen. Der Schlüssel kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Copy the details the service shows when you turn on two-factor authentication (choose “can’t scan the QR code?” there to see the key).</source>
        <translation>Übernehmen Sie die Angaben, die der Dienst beim Einschalten der Zwei-Faktor-Authentifizierung anzeigt (wählen Sie dort „QR-Code lässt sich nicht scannen?“, um den Schlüssel zu sehen).</translation>
    </message>
    <message>
        <source>✓ The key looks right.</source>
        <translation>✓ Der Schlüssel sieht richtig aus.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Loading…</source>
        <extracomment>In the last seconds of a period the countdown turns to the warning colour and the next code shows. Placeholder shown where a code will appear once the secrets are read. Drag-and-drop payload: account ids, one per line (never a code or a secret). An account&apos;s fields changed: everything may differ (an empty list means &quot;all roles&quot; to Qt). A row was moved by the user (drag or keyboard): (account id, its new index in the full list).</extracomment>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Secret missing from keyring</source>
        <translation>Schlüssel fehlt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation>Schlüsselbund gesperrt</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>No issuer</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Unbenanntes Konto</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>groups: {groups}</source>
        <translation>Gruppen: {groups}</translation>
    </message>
    <message>
        <source>Click or press Enter to copy the code; Next code makes a new one.</source>
        <translation>Klicken Sie oder drücken Sie die Eingabetaste, um den Code zu kopieren; „Nächster Code“ erzeugt einen neuen.</translation>
    </message>
    <message>
        <source>Click or press Enter to copy the code.</source>
        <translation>Klicken Sie oder drücken Sie die Eingabetaste, um den Code zu kopieren.</translation>
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
        <source>{title} was saved, but its icon could not be stored.</source>
        <translation>{title} wurde gespeichert, aber das Symbol konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that your data folder can be written and has free space, then choose the picture again.</source>
        <translation>Prüfen Sie, ob Ihr Datenordner beschreibbar ist und genug freien Platz hat, und wählen Sie das Bild dann erneut.</translation>
    </message>
    <message>
        <source>Account icon</source>
        <translation>Kontosymbol</translation>
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
    <name>App</name>
    <message>
        <source>unknown error</source>
        <extracomment>The desktop file&apos;s and the icon&apos;s name (resources/); Wayland matches the window to the .desktop file by it. The window icon, shipped inside the package (resources/ itself is not in the wheel; scripts/render-icons copies it).</extracomment>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The data folder cannot be used ({reason}).</source>
        <translation>Der Datenordner kann nicht verwendet werden ({reason}).</translation>
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
        <source>Unnamed account</source>
        <translation>Unbenanntes Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>counter {counter}</source>
        <translation>Zähler {counter}</translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Code settings</source>
        <translation>Code-Einstellungen</translation>
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
        <source>{seconds} s left</source>
        <translation>noch {seconds} s</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search by issuer or name (Ctrl+F)</source>
        <translation>Nach Anbieter oder Name suchen (Strg+F)</translation>
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
        <source>Add an account (Ctrl+N)</source>
        <translation>Ein Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Check an &amp;enrollment…</source>
        <translation>2FA-Einrichtung &amp;prüfen …</translation>
    </message>
    <message>
        <source>&amp;Backup codes…</source>
        <translation>Sicherungs&amp;codes …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>A&amp;bout Authenticator</source>
        <translation>&amp;Über Authenticator</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>&amp;QR-Code anzeigen …</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Next code</source>
        <translation>&amp;Nächster Code</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after</source>
        <translation>Zwischenablage &amp;leeren nach</translation>
    </message>
    <message>
        <source>Only when quitting</source>
        <translation>Erst beim Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>No code yet</source>
        <translation>Noch kein Code</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <translation>
            <numerusform>Kopiert – wird nach %n s gelöscht</numerusform>
            <numerusform>Kopiert – wird nach %n s gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied — clears when you quit</source>
        <translation>Kopiert – wird beim Beenden gelöscht</translation>
    </message>
    <message>
        <source>Added {title}</source>
        <translation>{title} hinzugefügt</translation>
    </message>
    <message>
        <source>Removed {title}</source>
        <translation>{title} entfernt</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Konto entfernt</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Kontomenü</translation>
    </message>
    <message>
        <source>About Authenticator</source>
        <translation>Über Authenticator</translation>
    </message>
    <message>
        <source>Two-factor codes for your accounts. Secrets are kept in your system keyring, never in a file; the account list holds only names and settings.</source>
        <translation>Zwei-Faktor-Codes für Ihre Konten. Die geheimen Schlüssel liegen in Ihrem System-Schlüsselbund, nie in einer Datei; die Kontenliste enthält nur Namen und Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
        <source>C&amp;urrent password:</source>
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
        <translation>Passwort &amp;ändern</translation>
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
        <translation>Passwort &amp;ändern …</translation>
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
        <source>Lock &amp;when the screen locks</source>
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
        <source>Same as the system</source>
        <extracomment>Theme names, translated where they are shown (a table built at import would be English).</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Upper bound for the confirmation threshold: a day. Anything larger would never ask.</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Only when quitting</source>
        <translation>Erst beim Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>“{entry}” is not a usable time server:</source>
        <translation>„{entry}“ ist kein verwendbarer Zeitserver:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fill in the default for every setting (saved when you press OK)</source>
        <translation>Für jede Einstellung den Standardwert eintragen (gespeichert, wenn Sie OK drücken)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>A copied code is removed from the clipboard after this time, and always when the app quits</source>
        <translation>Ein kopierter Code wird nach dieser Zeit aus der Zwischenablage entfernt und immer, wenn die Anwendung beendet wird</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>Zwischenablage &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A change of language applies after a restart.</source>
        <translation>Eine geänderte Sprache gilt nach einem Neustart der Anwendung.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
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
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Shown at once; Cancel puts the previous theme back</source>
        <translation>Wird sofort angezeigt; „Abbrechen“ stellt das vorherige Farbschema wieder her</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Time correction</source>
        <translation>Zeitkorrektur</translation>
    </message>
    <message>
        <source>S&amp;ync the time when the app starts</source>
        <translation>Zeit beim Start der Anwendung s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Time se&amp;rvers:</source>
        <translation>Zeitser&amp;ver:</translation>
    </message>
    <message>
        <source>Asks the time servers below at every start; off, the stored correction is used</source>
        <translation>Fragt bei jedem Start die Zeitserver unten ab; ausgeschaltet wird die gespeicherte Korrektur verwendet</translation>
    </message>
    <message>
        <source>Ask before a correction larger than, in seconds</source>
        <translation>Nachfragen vor einer Korrektur größer als, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Immer nachfragen</translation>
    </message>
    <message>
        <source>A sync that would move the codes by more than this asks first (0 = always ask)</source>
        <translation>Eine Synchronisierung, die die Codes um mehr als diesen Wert verschieben würde, fragt zuerst nach (0 = immer nachfragen)</translation>
    </message>
    <message>
        <source>&amp;Ask before correcting more than:</source>
        <translation>&amp;Nachfragen bei Korrekturen über:</translation>
    </message>
    <message>
        <source>Time servers</source>
        <translation>Zeitserver</translation>
    </message>
    <message>
        <source>One per line, HOST or HOST:PORT. Leave empty to use the built-in servers shown.</source>
        <translation>Einer pro Zeile, HOST oder HOST:PORT. Leer lassen, um die angezeigten eingebauten Server zu verwenden.</translation>
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
        <source>Sync when the app s&amp;tarts</source>
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
