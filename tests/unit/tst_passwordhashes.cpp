// Passwords::verify and Passwords::checkStructure against published test vectors of every hash
// type WorkOS accepts, and the slips a person makes (a wrong signer key, salt separator or salt
// position, a truncated hash, a type mismatch), each of which must say what is wrong.
//
// Vectors: firebase/scrypt README (the sample project's hash_config, user1@test.com) and its
// tests/02-more-values-passwords.good; the OpenBSD / Openwall crypt_blowfish bcrypt vectors;
// the argon2 reference implementation's (phc-winner-argon2) test.c encoded vectors;
// RFC 7914 §12 (scrypt); RFC 6070 (PBKDF2-HMAC-SHA1) and the widely used PBKDF2-HMAC-SHA256
// vectors of the same inputs; FIPS 180 "abc" digests for SSHA / SSHA256.

#include <passwords/passwordhash.h>

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Passwords::HashType;
using Passwords::SaltPosition;
using Passwords::Verdict;

Q_DECLARE_METATYPE(Passwords::HashType)
Q_DECLARE_METATYPE(Passwords::SaltPosition)

namespace {

// Firebase's published sample (github.com/firebase/scrypt, README.md).
const QString FirebaseSignerKey = u"jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA=="_s;
const QString FirebaseSaltSeparator = u"Bw=="_s;
const QString FirebaseUserHash = u"lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ=="_s;
const QString FirebaseUserSalt = u"42xEC+ixf3L2lw=="_s;

QString firebase(const QString &hash, const QString &salt, const QString &sk = FirebaseSignerKey,
                 const QString &ss = FirebaseSaltSeparator, int rounds = 8, int memCost = 14)
{
    return u"$firebase-scrypt$hash=%1$salt=%2$sk=%3$ss=%4$r=%5$m=%6"_s.arg(hash, salt, sk, ss).arg(rounds).arg(memCost);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString b64FromHex(const char *hex)
{
    return b64(QByteArray::fromHex(QByteArray(hex).replace(' ', "")));
}

Passwords::Verification check(HashType type, const QString &hash, const QByteArray &password,
                              SaltPosition position = SaltPosition::Suffix)
{
    QByteArray copy = password; // verify() takes (and wipes) its own bytes
    copy.detach();
    return Passwords::verify(type, hash, Passwords::SecretBytes(std::move(copy)), position);
}

} // namespace

class TestPasswordHashes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void firebaseMoreValues();
    void wrongSignerKey();
    void wrongSaltSeparator();
    void wrongSaltPosition();
    void truncatedHashes_data();
    void truncatedHashes();
    void structureProblems_data();
    void structureProblems();
    void typeNames();
    void passwordIsWiped();
};

void TestPasswordHashes::publishedVectors_data()
{
    QTest::addColumn<HashType>("type");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<SaltPosition>("position");

    const auto S = SaltPosition::Suffix;
    // firebase/scrypt README: user1@test.com, "user1password".
    QTest::addRow("firebase-scrypt README sample") << HashType::FirebaseScrypt << firebase(FirebaseUserHash, FirebaseUserSalt)
                                                   << "user1password"_ba << S;
    // URL-safe base64 (the Firebase CLI sometimes writes it) reads the same.
    QTest::addRow("firebase-scrypt URL-safe base64")
        << HashType::FirebaseScrypt
        << firebase(QString(FirebaseUserHash).replace(u'+', u'-').replace(u'/', u'_'), QString(FirebaseUserSalt).replace(u'+', u'-'))
        << "user1password"_ba << S;

    // Openwall crypt_blowfish / OpenBSD vectors.
    QTest::addRow("bcrypt U*U") << HashType::Bcrypt << u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s << "U*U"_ba << S;
    QTest::addRow("bcrypt U*U*") << HashType::Bcrypt << u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"_s << "U*U*"_ba << S;
    QTest::addRow("bcrypt U*U*U") << HashType::Bcrypt << u"$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a"_s << "U*U*U"_ba << S;
    QTest::addRow("bcrypt empty") << HashType::Bcrypt << u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy"_s << QByteArray() << S;
    QTest::addRow("bcrypt 72 bytes")
        << HashType::Bcrypt << u"$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"_s
        << "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_ba << S;
    QTest::addRow("bcrypt $2b$") << HashType::Bcrypt << u"$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s << "U*U"_ba << S;
    QTest::addRow("bcrypt $2y$") << HashType::Bcrypt << u"$2y$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s << "U*U"_ba << S;

    // phc-winner-argon2 src/test.c (encoded forms of RFC 9106's Argon2 with v=19).
    QTest::addRow("argon2i") << HashType::Argon2 << u"$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8"_s << "password"_ba << S;
    QTest::addRow("argon2i p=2") << HashType::Argon2 << u"$argon2i$v=19$m=256,t=2,p=2$c29tZXNhbHQ$T/XOJ2mh1/TIpJHfCdQan76Q5esCFVoT5MAeIM1Oq2E"_s << "password"_ba << S;
    QTest::addRow("argon2i v=16") << HashType::Argon2 << u"$argon2i$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY"_s << "password"_ba << S;
    QTest::addRow("argon2id") << HashType::Argon2 << u"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"_s << "password"_ba << S;
    QTest::addRow("argon2id m=256") << HashType::Argon2 << u"$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"_s << "password"_ba << S;
    QTest::addRow("argon2id other salt") << HashType::Argon2 << u"$argon2id$v=19$m=65536,t=2,p=1$ZGlmZnNhbHQ$vfMrBczELrFdWP0ZsfhWsRPaHppYdP3MVEMIVlqoFBw"_s << "password"_ba << S;
    QTest::addRow("argon2d") << HashType::Argon2 << u"$argon2d$v=16$m=8,t=1,p=1$ICAgICAgICA$X54KZYxUSfMUihzebb70sKbheabHilo8gsUldrVU4IU"_s << QByteArray() << S;

    // RFC 7914 §12: scrypt("password", "NaCl", N=1024, r=8, p=16, 64) and
    // scrypt("pleaseletmein", "SodiumChloride", N=16384, r=8, p=1, 64), in the PHC form.
    QTest::addRow("scrypt RFC 7914 #2")
        << HashType::Scrypt
        << u"$scrypt$ln=10,r=8,p=16$%1$%2"_s.arg(b64("NaCl"_ba),
                                                 b64FromHex("fd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe 7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37 31 62"
                                                            "2e af 30 d9 2e 22 a3 88 6f f1 09 27 9d 98 30 da c7 27 af b9 4a 83 ee 6d 83 60 cb df a2 cc 06 40"))
        << "password"_ba << S;
    QTest::addRow("scrypt RFC 7914 #3 n=")
        << HashType::Scrypt
        << u"$scrypt$n=16384,r=8,p=1$%1$%2"_s.arg(b64("SodiumChloride"_ba),
                                                  b64FromHex("70 23 bd cb 3a fd 73 48 46 1c 06 cd 81 fd 38 eb fd a8 fb ba 90 4f 8e 3e a9 b5 43 f6 54 5d a1 f2"
                                                             "d5 43 29 55 61 3f 0f cf 62 d4 97 05 24 2a 9a f9 e6 1e 85 dc 0d 65 1e 40 df cf 01 7b 45 57 58 87"))
        << "pleaseletmein"_ba << S;

    // RFC 6070 (PBKDF2-HMAC-SHA1) and the same inputs with HMAC-SHA256.
    const QString salt = b64("salt"_ba);
    QTest::addRow("pbkdf2-sha1 RFC 6070 c=1") << HashType::Pbkdf2 << u"$pbkdf2-sha1$i=1$%1$%2"_s.arg(salt, b64FromHex("0c60c80f961f0e71f3a9b524af6012062fe037a6")) << "password"_ba << S;
    QTest::addRow("pbkdf2-sha1 RFC 6070 c=2") << HashType::Pbkdf2 << u"$pbkdf2-sha1$i=2,l=20$%1$%2"_s.arg(salt, b64FromHex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957")) << "password"_ba << S;
    QTest::addRow("pbkdf2 RFC 6070 c=4096") << HashType::Pbkdf2 << u"$pbkdf2$i=4096$%1$%2"_s.arg(salt, b64FromHex("4b007901b765489abead49d926f721d065a429c1")) << "password"_ba << S;
    QTest::addRow("pbkdf2-sha1 RFC 6070 long")
        << HashType::Pbkdf2
        << u"$pbkdf2-sha1$i=4096$%1$%2"_s.arg(b64("saltSALTsaltSALTsaltSALTsaltSALTsalt"_ba), b64FromHex("3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"))
        << "passwordPASSWORDpassword"_ba << S;
    QTest::addRow("pbkdf2-sha256 c=1") << HashType::Pbkdf2 << u"$pbkdf2-sha256$i=1$%1$%2"_s.arg(salt, b64FromHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")) << "password"_ba << S;
    QTest::addRow("pbkdf2-sha256 c=4096 passlib form") << HashType::Pbkdf2 << u"$pbkdf2-sha256$4096$%1$%2"_s.arg(salt, b64FromHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")) << "password"_ba << S;

    // SSHA: digest then salt. FIPS 180: SHA-1("abc") = a9993e36..., SHA-256("abc") = ba7816bf...
    // Password "ab" + salt "c" (suffix), or salt "a" + password "bc" (prefix).
    QTest::addRow("ssha suffix") << HashType::Ssha << u"{SSHA}"_s + b64(QByteArray::fromHex("a9993e364706816aba3e25717850c26c9cd0d89d") + "c") << "ab"_ba << S;
    QTest::addRow("ssha prefix") << HashType::Ssha << u"{SSHA}"_s + b64(QByteArray::fromHex("a9993e364706816aba3e25717850c26c9cd0d89d") + "a") << "bc"_ba << SaltPosition::Prefix;
    QTest::addRow("ssha bare base64") << HashType::Ssha << b64(QByteArray::fromHex("a9993e364706816aba3e25717850c26c9cd0d89d") + "c") << "ab"_ba << S;
    QTest::addRow("ssha256 suffix") << HashType::Ssha256 << u"{SSHA256}"_s + b64(QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") + "c") << "ab"_ba << S;
    QTest::addRow("ssha256 prefix") << HashType::Ssha256 << u"{ssha256}"_s + b64(QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") + "a") << "bc"_ba << SaltPosition::Prefix;
}

void TestPasswordHashes::publishedVectors()
{
    QFETCH(HashType, type);
    QFETCH(QString, hash);
    QFETCH(QByteArray, password);
    QFETCH(SaltPosition, position);

    const Passwords::Problem structure = Passwords::checkStructure(type, hash);
    QVERIFY2(structure.isNull(), qPrintable(structure.message));

    const Passwords::Verification right = check(type, hash, password, position);
    QVERIFY2(right.matches(), qPrintable(right.rule + u": "_s + right.message));
    QCOMPARE(right.rule, u"password.match"_s);

    // One changed byte is refused.
    QByteArray wrong = password.isEmpty() ? "x"_ba : password;
    wrong[0] = char(wrong[0] ^ 0x01);
    const Passwords::Verification refused = check(type, hash, wrong, position);
    QCOMPARE(refused.verdict, Verdict::Mismatch);
    QVERIFY(!refused.message.isEmpty());
}

void TestPasswordHashes::firebaseMoreValues()
{
    // firebase/scrypt tests/02-more-values.sh: another signer key, the same separator, r=8, m=14.
    const QString key = u"NkZlKPkYEFfnbh1nYTfLsbqQnQ6jyRV4itK7iUD+hjO96tsAYhBG40BVS3AuJyiwHinqc5RR3oA+lppOXPNRmw=="_s;
    const struct {
        const char *password, *hash, *salt;
    } rows[] = {
        {"two space password", "5RZZm9Jz7p/u+FGXMInlJtAYFmMBj6ioL1UOdWfsUknAFCnsPpnnKRLyXSUFwwKbM4lx7TdFclBsT16Z8uuumg==", "GGc/eCzFj6DM0g=="},
        {"testing123", "D4/67JzbolWXC6BuTdt0fRa6owx4CSEinCykFl+W02E8lpbFopre+BkWwYV9iFGhqwYiET+Hm9jT7s7LWz88bA==", "nwdW6iryfC10oQ=="},
        {"one space", "0rCzKM1HOYchvH/IHuXJvYHO8BQXRz7nt5318tGoqU4A6bFAlFignJJxslj8oW1QwI+2icOAji6uCzNFar715w==", "E5g/OvCTUuVjeg=="},
    };
    for (const auto &r : rows) {
        const QString hash = firebase(QString::fromLatin1(r.hash), QString::fromLatin1(r.salt), key);
        const auto v = check(HashType::FirebaseScrypt, hash, QByteArray(r.password));
        QVERIFY2(v.matches(), r.password);
    }
}

void TestPasswordHashes::wrongSignerKey()
{
    // The sample user's hash with the other published project's signer key.
    const QString otherKey = u"NkZlKPkYEFfnbh1nYTfLsbqQnQ6jyRV4itK7iUD+hjO96tsAYhBG40BVS3AuJyiwHinqc5RR3oA+lppOXPNRmw=="_s;
    const auto v = check(HashType::FirebaseScrypt, firebase(FirebaseUserHash, FirebaseUserSalt, otherKey), "user1password"_ba);
    QCOMPARE(v.verdict, Verdict::Mismatch);
    QCOMPARE(v.rule, u"password.firebase_mismatch"_s);
    QVERIFY2(v.message.contains(u"signer key (sk=)"_s), qPrintable(v.message));
    QVERIFY(v.message.contains(u"Password hash parameters"_s));
}

void TestPasswordHashes::wrongSaltSeparator()
{
    const auto v = check(HashType::FirebaseScrypt, firebase(FirebaseUserHash, FirebaseUserSalt, FirebaseSignerKey, u"CA=="_s), "user1password"_ba);
    QCOMPARE(v.verdict, Verdict::Mismatch);
    QCOMPARE(v.rule, u"password.firebase_salt_separator"_s);
    QVERIFY2(v.message.contains(u"salt separator is wrong"_s), qPrintable(v.message));
    // An empty separator (left out when copying) is the same slip.
    const auto empty = check(HashType::FirebaseScrypt, firebase(FirebaseUserHash, FirebaseUserSalt, FirebaseSignerKey, QString()), "user1password"_ba);
    QCOMPARE(empty.rule, u"password.firebase_salt_separator"_s);
    // With the right separator but the wrong password, it is the password or the parameters.
    const auto wrongPassword = check(HashType::FirebaseScrypt, firebase(FirebaseUserHash, FirebaseUserSalt, FirebaseSignerKey, u"CA=="_s), "user2password"_ba);
    QCOMPARE(wrongPassword.rule, u"password.firebase_mismatch"_s);
}

void TestPasswordHashes::wrongSaltPosition()
{
    const QString suffixHash = u"{SSHA}"_s + b64(QByteArray::fromHex("a9993e364706816aba3e25717850c26c9cd0d89d") + "c");
    const auto v = check(HashType::Ssha, suffixHash, "ab"_ba, SaltPosition::Prefix);
    QCOMPARE(v.verdict, Verdict::Mismatch);
    QCOMPARE(v.rule, u"password.salt_position"_s);
    QVERIFY2(v.message.contains(u"password_salt_position suffix"_s), qPrintable(v.message));

    const QString prefixHash = u"{SSHA256}"_s + b64(QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") + "a");
    const auto w = check(HashType::Ssha256, prefixHash, "bc"_ba, SaltPosition::Suffix);
    QCOMPARE(w.rule, u"password.salt_position"_s);
    QVERIFY2(w.message.contains(u"password_salt_position prefix"_s), qPrintable(w.message));

    // A wrong password is not blamed on the position.
    QCOMPARE(check(HashType::Ssha, suffixHash, "ax"_ba, SaltPosition::Prefix).rule, u"password.mismatch"_s);
}

void TestPasswordHashes::truncatedHashes_data()
{
    QTest::addColumn<HashType>("type");
    QTest::addColumn<QString>("hash");

    QTest::addRow("bcrypt cut") << HashType::Bcrypt << u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvy"_s;
    QTest::addRow("firebase hash cut") << HashType::FirebaseScrypt << firebase(FirebaseUserHash.left(40), FirebaseUserSalt);
    QTest::addRow("pbkdf2 shorter than l=")
        << HashType::Pbkdf2 << u"$pbkdf2-sha256$i=1,l=32$%1$%2"_s.arg(b64("salt"_ba), b64FromHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc3548"));
    QTest::addRow("scrypt 8 bytes") << HashType::Scrypt << u"$scrypt$ln=10,r=8,p=16$TmFDbA$/bq+HJ00cgA"_s;
    QTest::addRow("ssha no salt") << HashType::Ssha << u"{SSHA}"_s + b64(QByteArray::fromHex("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QTest::addRow("ssha256 cut") << HashType::Ssha256 << u"{SSHA256}"_s + b64(QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b003"));
    QTest::addRow("argon2 hash cut") << HashType::Argon2 << u"$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf6"_s;
}

void TestPasswordHashes::truncatedHashes()
{
    QFETCH(HashType, type);
    QFETCH(QString, hash);
    const Passwords::Problem problem = Passwords::checkStructure(type, hash);
    QCOMPARE(problem.rule, u"password_hash.truncated"_s);
    QVERIFY2(problem.message.contains(u"cut off"_s), qPrintable(problem.message));
    // verify() says the same, without pretending the password is wrong.
    const auto v = check(type, hash, "password"_ba);
    QCOMPARE(v.verdict, Verdict::Malformed);
    QCOMPARE(v.rule, problem.rule);
}

void TestPasswordHashes::structureProblems_data()
{
    QTest::addColumn<HashType>("type");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("says");

    const QString bcrypt = u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s;
    QTest::addRow("bcrypt cost 03") << HashType::Bcrypt << QString(bcrypt).replace(4, 2, u"03"_s) << u"password_hash.bcrypt_cost"_s << u"cost 3"_s;
    QTest::addRow("bcrypt cost 32") << HashType::Bcrypt << QString(bcrypt).replace(4, 2, u"32"_s) << u"password_hash.bcrypt_cost"_s << u"04 to 31"_s;
    QTest::addRow("bcrypt $2x$") << HashType::Bcrypt << QString(bcrypt).replace(2, 1, u"x"_s) << u"password_hash.bcrypt_shape"_s << u"$2b$"_s;
    QTest::addRow("bcrypt alphabet") << HashType::Bcrypt << QString(bcrypt).replace(30, 1, u"+"_s) << u"password_hash.bcrypt_shape"_s << u"character"_s;
    QTest::addRow("argon2 without parameters") << HashType::Argon2 << u"$argon2id$v=19$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"_s
                                               << u"password_hash.argon2_parameters"_s << u"m=<memory>,t=<passes>,p=<lanes>"_s;
    QTest::addRow("argon2 missing p") << HashType::Argon2 << u"$argon2id$v=19$m=65536,t=2$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"_s
                                      << u"password_hash.argon2_parameters"_s << u"parameters"_s;
    QTest::addRow("argon2 variant") << HashType::Argon2 << u"$argon2x$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"_s
                                    << u"password_hash.argon2_parameters"_s << u"argon2x"_s;
    QTest::addRow("argon2 base64") << HashType::Argon2 << u"$argon2id$v=19$m=65536,t=2,p=1$c29t*XNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"_s
                                   << u"password_hash.base64"_s << u"salt"_s;
    QTest::addRow("firebase missing sk and ss") << HashType::FirebaseScrypt
                                                << u"$firebase-scrypt$hash=%1$salt=%2$r=8$m=14"_s.arg(FirebaseUserHash, FirebaseUserSalt)
                                                << u"password_hash.firebase_parameters"_s << u"sk= (the project's signer key), ss="_s;
    QTest::addRow("firebase base64") << HashType::FirebaseScrypt << firebase(FirebaseUserHash, u"42x*C+ixf3L2lw=="_s)
                                     << u"password_hash.base64"_s << u"salt="_s;
    QTest::addRow("firebase mem cost") << HashType::FirebaseScrypt << firebase(FirebaseUserHash, FirebaseUserSalt, FirebaseSignerKey, FirebaseSaltSeparator, 8, 40)
                                       << u"password_hash.firebase_parameters"_s << u"m=40"_s;
    QTest::addRow("firebase unknown part") << HashType::FirebaseScrypt << firebase(FirebaseUserHash, FirebaseUserSalt) + u"$x=1"_s
                                           << u"password_hash.firebase_parameters"_s << u"\"x\""_s;
    QTest::addRow("scrypt without parameters") << HashType::Scrypt << u"$scrypt$TmFDbA$/bq+HJ00cgB4VucZDQHp/nxq18vII3gw"_s
                                               << u"password_hash.scrypt_parameters"_s << u"ln="_s;
    QTest::addRow("scrypt n not a power of two") << HashType::Scrypt << u"$scrypt$n=1000,r=8,p=1$TmFDbA$/bq+HJ00cgB4VucZDQHp/nxq18vII3gw"_s
                                                 << u"password_hash.scrypt_parameters"_s << u"power of two"_s;
    QTest::addRow("pbkdf2 unknown digest") << HashType::Pbkdf2 << u"$pbkdf2-md5$i=1$c2FsdA$DGDID5YfDnHzqbUkr2ASBi/gN6Y"_s
                                           << u"password_hash.pbkdf2_parameters"_s << u"-sha1"_s;
    QTest::addRow("pbkdf2 no iterations") << HashType::Pbkdf2 << u"$pbkdf2-sha1$l=20$c2FsdA$DGDID5YfDnHzqbUkr2ASBi/gN6Y"_s
                                          << u"password_hash.pbkdf2_parameters"_s << u"i=<iterations>"_s;
    QTest::addRow("ssha wrong scheme") << HashType::Ssha << u"{SMD5}qZk+NkcGgWq6PiVxeFDCbJzQ2J1j"_s << u"password_hash.ssha_shape"_s << u"{SSHA}"_s;
    QTest::addRow("type mismatch bcrypt as argon2") << HashType::Argon2 << bcrypt << u"password_hash.type_mismatch"_s << u"Set the type to bcrypt"_s;
    QTest::addRow("type mismatch ssha256 as ssha") << HashType::Ssha << u"{SSHA256}ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa1j"_s
                                                   << u"password_hash.type_mismatch"_s << u"ssha256"_s;
    QTest::addRow("type mismatch firebase as scrypt") << HashType::Scrypt << firebase(FirebaseUserHash, FirebaseUserSalt)
                                                      << u"password_hash.type_mismatch"_s << u"firebase-scrypt"_s;
}

void TestPasswordHashes::structureProblems()
{
    QFETCH(HashType, type);
    QFETCH(QString, hash);
    QFETCH(QString, rule);
    QFETCH(QString, says);
    const Passwords::Problem problem = Passwords::checkStructure(type, hash);
    QCOMPARE(problem.rule, rule);
    QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
    // A structure message never repeats the hash's secret parts (salt, digest, signer key).
    QVERIFY(!problem.message.contains(FirebaseSignerKey.left(12)));
    QVERIFY(!problem.message.contains(FirebaseUserHash.left(12)));
    QCOMPARE(check(type, hash, "password"_ba).verdict, Verdict::Malformed);
}

void TestPasswordHashes::typeNames()
{
    for (const HashType t : {HashType::Bcrypt, HashType::FirebaseScrypt, HashType::Scrypt, HashType::Pbkdf2, HashType::Argon2,
                             HashType::Ssha, HashType::Ssha256}) {
        QVERIFY(Passwords::hashTypeFromName(Passwords::hashTypeName(t)) == t);
        QVERIFY(Passwords::hashTypeFromName(Passwords::hashTypeName(t).toUpper()) == t);
    }
    QVERIFY(!Passwords::hashTypeFromName(u"md5"_s));
    QVERIFY(Passwords::saltPositionFromName(u"Prefix"_s) == SaltPosition::Prefix);
    QVERIFY(Passwords::saltPositionFromName(u"suffix"_s) == SaltPosition::Suffix);
    QVERIFY(!Passwords::saltPositionFromName(u"middle"_s));
}

void TestPasswordHashes::passwordIsWiped()
{
    // The bytes handed to verify() are overwritten before it returns, in the buffer itself.
    QByteArray typed = "user1password"_ba;
    typed.detach();
    const QByteArray shared = typed; // a second handle on the same buffer sees what happens to it
    const char *buffer = shared.constData();
    const auto v = Passwords::verify(HashType::Bcrypt, u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s,
                                     Passwords::SecretBytes(std::move(typed)));
    QCOMPARE(v.verdict, Verdict::Mismatch);
    QVERIFY(typed.isEmpty());
    QVERIFY(shared.constData() == buffer); // the same buffer, not a copy
    QCOMPARE(shared, QByteArray(13, '\0'));

    QByteArray other = "secret"_ba;
    other.detach();
    Passwords::wipe(other);
    QVERIFY(other.isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordHashes)
#include "tst_passwordhashes.moc"
