"""avg.identifier: BSN (elfproef), IBAN (mod-97), private phone/e-mail, home address, birth date and
ID-document numbers are flagged; the coach's business details, employer addresses and dossier
numbers are not."""

from __future__ import annotations

import pytest

from checker.nlp.identifiers import find_emails, find_ibans, find_numbers, find_phones
from checker.service import check_text


def flagged(text: str) -> list[tuple[str, str]]:
    """(rule name, finding text) of every avg.identifier finding."""
    report = check_text(text)
    for f in report.findings:
        assert report.text[f.start:f.end] == f.text
    return [(f.rule.rsplit(".", 1)[1], f.text) for f in report.findings if f.category == "avg.identifier"]


SIGNATURE = ("Conclusie\nHet traject heeft geleid tot werk als planner bij Brinkman Distributie.\n\n"
             "Met vriendelijke groet,\nJ. Pels, re-integratiecoach\nReïntegratie Noord, Stationsweg 12, "
             "9711 AB Groningen\n050 820 33 71 | j.pels@reintegratie-noord.nl\n")


# --- shapes and checksums ---------------------------------------------------------------------------

def test_bsn_candidates_carry_the_elfproef():
    found = {c.value: c.detail for c in find_numbers("nummers 123456782, 123456789 en 111.222.333")}
    assert found == {"123456782": "bsn", "123456789": "plain", "111.222.333": "bsn"}


def test_phone_shapes():
    text = ("06-12345678, +31 6 1234 5678, 010 744 18 90, 0570 - 61 44 20, 053 – 480 17 25; "
            "niet: 03-11-1966, 12-03-2025, 0612345")
    assert [(c.value, c.detail) for c in find_phones(text)] == [
        ("06-12345678", "mobile"), ("+31 6 1234 5678", "mobile"), ("010 744 18 90", "landline"),
        ("0570 - 61 44 20", "landline"), ("053 – 480 17 25", "landline")]


def test_foreign_phone_shapes_of_cross_border_workers():
    text = ("0049 172 558 3904, +32 478 12 34 56, 0032 (0)11 22 33 44, +44 20 7946 0958; "
            "niet: +31 6 1234 5678 (Nederlands), in 2000 was het 0049, 00 12")
    found = [(c.value, c.detail) for c in find_phones(text)]
    assert found == [("+31 6 1234 5678", "mobile"),
                     ("0049 172 558 3904", "mobile"), ("+32 478 12 34 56", "mobile"),
                     ("0032 (0)11 22 33 44", "foreign"), ("+44 20 7946 0958", "foreign")]


def test_foreign_mobile_flagged_business_landline_left_alone():
    found = flagged("Adres: Am Mühlenweg 12, 47638 Straelen (Duitsland)\nMobiel: 0049 172 558 3904\n")
    assert [t for r, t in found if r == "phone"] == ["Mobiel: 0049 172 558 3904"]
    assert flagged("Hij solliciteerde bij een Belgisch bedrijf (tel. 0032 (0)11 22 33 44).") == []


def test_phone_followed_by_a_year_is_cut_back():
    assert [c.value for c in find_phones("bel 06-12345678 2024")] == ["06-12345678"]


def test_iban_needs_a_valid_checksum_with_or_without_spaces():
    text = "NL91ABNA0417164300, NL91 ABNA 0417 1643 00 en NL91ABNA0417164301"
    assert [c.value for c in find_ibans(text)] == ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"]


def test_email_domain_is_read_lower_case():
    assert [(c.value, c.detail) for c in find_emails("Mail A.B@Gmail.com.")] == [("A.B@Gmail.com", "gmail.com")]


# --- BSN ----------------------------------------------------------------------------------------------

def test_valid_bsn_flagged_with_its_label():
    assert flagged("Voor de volledigheid: BSN 252760189, werkzaam als chauffeur.") == [("bsn", "BSN 252760189")]


def test_unlabelled_number_flagged_only_when_it_passes_the_elfproef():
    assert flagged("Het nummer 123456782 staat in het dossier.") == [("bsn", "123456782")]
    assert flagged("Het nummer 123456789 staat in het dossier.") == []


def test_labelled_bsn_flagged_even_without_valid_elfproef():
    assert flagged("Burgerservicenummer: 123456789") == [("bsn", "Burgerservicenummer: 123456789")]
    assert flagged("BSN | 12345678") == [("bsn", "BSN | 12345678")]


@pytest.mark.parametrize("text", ["Dossiernummer: 123456782", "Ons kenmerk: 111222333",
                                  "Cliëntnummer: 10000008", "Dossiernummer | 252760189",
                                  "KvK 10000021"])
def test_reference_numbers_are_never_a_bsn(text):
    assert flagged(text) == []


# --- IBAN ---------------------------------------------------------------------------------------------

def test_iban_of_the_coachee_flagged():
    assert flagged("De reiskosten gaan naar zijn rekening NL91ABNA0417164300.") == [("iban", "NL91ABNA0417164300")]
    assert flagged("De werkgever maakt de vergoeding over op rekeningnummer NL91 ABNA 0417 1643 00.") == [
        ("iban", "rekeningnummer NL91 ABNA 0417 1643 00")]


def test_iban_with_a_wrong_checksum_is_not_flagged():
    assert flagged("De reiskosten gaan naar NL91ABNA0417164301.") == []


def test_business_account_not_flagged():
    assert flagged("Factuur: IBAN NL91ABNA0417164300 t.n.v. Bureau Werkbrug B.V.") == []


# --- phone and e-mail -----------------------------------------------------------------------------------

def test_private_mobile_flagged():
    assert flagged("Anouk is zelf bereikbaar op 06-19283746.") == [("phone", "06-19283746")]


def test_landline_labelled_as_the_coachees_flagged():
    assert flagged("Telefoon cliënt: 010 - 744 18 90") == [("phone", "010 - 744 18 90")]


def test_private_gmail_flagged():
    assert flagged("Zij is per e-mail bereikbaar via g.wouters68@gmail.com.") == [("email", "g.wouters68@gmail.com")]
    assert flagged("E-mail: roy.verhagen83@hotmail.com") == [("email", "E-mail: roy.verhagen83@hotmail.com")]


def test_signature_block_business_details_allowed():
    assert flagged(SIGNATURE) == []


def test_business_mail_and_business_mobile_of_the_coach_allowed():
    assert flagged("Opgesteld door: F. Kuipers, f.kuipers@werkwijzer-reintegratie.nl") == []
    assert flagged("Coach: P. van Rijn, 06-20 55 17 33 (zakelijk)") == []


def test_coachees_details_in_the_signature_block_still_flagged():
    text = SIGNATURE + "Akkoord werknemer: P. Roos, 06-38820174, pietroos93@gmail.com\n"
    assert flagged(text) == [("phone", "06-38820174"), ("email", "pietroos93@gmail.com")]


def test_coachees_number_in_the_last_paragraph_is_still_the_coachees():
    # Near the signature, but the sentence says whose it is – after naming the coach or the employer.
    text = ("Conclusie\nZiekmelden doet hij bij de coach; hij is zelf bereikbaar op 06-5517 3208 en "
            "stefwouters@kpnmail.nl.\n\nMet vriendelijke groet,\nPetra Lammers, coach\n")
    assert flagged(text) == [("phone", "06-5517 3208"), ("email", "stefwouters@kpnmail.nl")]
    text = "Als de werkgever vragen heeft kan hij haar ook zelf bellen op 06-41873390\n\ngroetjes\nJolanda, coach\n"
    assert flagged(text) == [("phone", "06-41873390")]
    assert flagged("Fatima is zelf het best bereikbaar op 06-41785230, liefst na half tien.") == [
        ("phone", "06-41785230")]


def test_the_coachee_named_as_meneer_or_mevrouw_zelf_owns_the_number_after_werkgever():
    # "werkgever" stands closer to the number, but "via meneer zelf" says whose it is
    assert flagged("Bereikbaar voor de werkgever via meneer zelf: 06-41873390.") == [("phone", "06-41873390")]
    assert flagged("Contact voor de werkgever loopt via mevrouw zelf, 06-41873390.") == [("phone", "06-41873390")]


def test_an_abbreviation_before_a_number_does_not_cut_off_its_cue():
    # the sentence splitter may end a sentence at 'wn.'; the cue still says whose number it is
    text = ("Conclusie\nGeen werk gevonden.\n\n- cv afmaken\n\nwn. mondeling akkoord met versturen van dit verslag "
            "naar wg. tel. wn. 06-48291730 (anders via partner).\n")
    assert flagged(text) == [("phone", "06-48291730")]


def test_the_coach_giving_their_own_number_is_business():
    assert flagged("Voor vragen ben ik bereikbaar op 06-12345678.") == []
    assert flagged("U kunt mij bereiken op 06-12345678 of via de mail.") == []


# --- address, birth date, ID document ----------------------------------------------------------------------

def test_home_address_flagged():
    assert flagged("Dennis woont aan de Kerkewijk 88, 3904 JD Veenendaal.") == [
        ("address", "Kerkewijk 88, 3904 JD Veenendaal")]
    assert flagged("Adres: Molenstraat 8, 8431 AB Lindeveld") == [("address", "Adres: Molenstraat 8, 8431 AB Lindeveld")]


@pytest.mark.parametrize("number", ["41bis", "41-bis", "41 hs", "41 A", "41a", "41-2"])
def test_house_number_additions_are_part_of_the_address(number):
    assert flagged(f"Gegevens: Yvonne Hartman, Kerkstraat {number}, 3811 CW Amersfoort") == [
        ("address", f"Kerkstraat {number}, 3811 CW Amersfoort")]


def test_street_alone_flagged_only_as_someones_home():
    assert flagged("Het gesprek was bij haar thuis, Populierenlaan 8.") == [("address", "Populierenlaan 8")]
    assert flagged("In Rotterdam 3 keer een gesprek gehad.") == []


def test_a_home_address_in_prose_or_without_a_street_suffix_is_flagged():
    assert flagged("Een paar keer ben ik bij haar langsgegaan op de Amsterdamsestraatweg 388 in Utrecht.") == [
        ("address", "Amsterdamsestraatweg 388 in Utrecht")]
    assert flagged("Adres ..........: Het Wielsem 17, 5231 BW 's-Hertogenbosch") == [
        ("address", "Het Wielsem 17, 5231 BW 's-Hertogenbosch")]
    assert flagged("Zij werkt bij Bakkerij Jansen, Dorpsstraat 4 in Ede.") == []
    assert flagged("Het bedrijf zit aan de Koggelaan 17 in Berkum.") == []


def test_a_home_address_over_the_border_is_flagged_whole():
    # session 18: German and Belgian postcodes are digits only; read only after a street and number
    assert flagged("Werknemer: de heer M. Bröcheler, Bahnhofstraße 31, 52134 Herzogenrath") == [
        ("address", "Bahnhofstraße 31, 52134 Herzogenrath")]
    assert flagged("Mevrouw woont sinds de zomer aan de Kerkstraat 12, 3600 Genk.") == [
        ("address", "Kerkstraat 12, 3600 Genk")]


def test_employer_and_office_addresses_allowed():
    assert flagged("Werkgever: Glans Schoonmaakdiensten, Industrieweg 3, 3542 AD Utrecht") == []
    assert flagged("Bureau Werkbrug, kantoor Stationsplein 12, 3811 AB Amersfoort") == []


def test_birth_date_flagged_only_after_a_birth_label():
    assert flagged("Betreft: mevrouw G. Wouters, geboortedatum 11-08-1968") == [("birth_date", "geboortedatum 11-08-1968")]
    assert flagged("Linda Hoogendoorn, geb. 14-02-1981") == [("birth_date", "geb. 14-02-1981")]
    assert flagged("dennis verhoef bsn onbekend, geb 14-6-1973 Brinkweg") == [("birth_date", "geb 14-6-1973")]
    assert flagged("Hij is geboren in Utrecht en werkt sinds 12-03-2001 bij de werkgever.") == []


def test_id_document_number_flagged_after_a_document_label():
    assert flagged("Kopie van het ID-bewijs (documentnummer IR8F27KL3) is toegevoegd.") == [
        ("id_document", "ID-bewijs (documentnummer IR8F27KL3")]
    assert flagged("Hij heeft rijbewijs B en een VCA-diploma.") == []
    assert flagged("Gegevens: paspoortnr. NW8R3KD62") == [("id_document", "paspoortnr. NW8R3KD62")]


# --- robustness ------------------------------------------------------------------------------------------

def test_all_caps_text():
    found = flagged("HIJ WOONT IN 1234 AB UTRECHT. BSN 252760189. MAIL: PIET@GMAIL.COM")
    assert ("bsn", "BSN 252760189") in found
    assert ("email", "MAIL: PIET@GMAIL.COM") in found
    assert ("address", "1234 AB UTRECHT") in found


def test_emoji_and_no_punctuation():
    assert flagged("bel hem op 06 41 87 73 02 😀 of mail piet@hotmail.com 👍 zijn bsn is 252760189") == [
        ("phone", "06 41 87 73 02"), ("email", "mail piet@hotmail.com"), ("bsn", "252760189")]


def test_ten_thousand_word_paragraph_does_not_crash():
    words = ("werknemer belde 06-12345678 over BSN 252760189 en dossiernummer 526018159 bij Kerkstraat 4 "
             "1234 AB Utrecht met piet@gmail.com geboren op 3 mei 1979 en IBAN NL91ABNA0417164300").split()
    text = " ".join(words[i % len(words)] for i in range(10_000))
    report = check_text(text)
    kinds = {f.rule for f in report.findings if f.category == "avg.identifier"}
    assert {"avg.identifier.phone", "avg.identifier.bsn", "avg.identifier.email", "avg.identifier.iban"} <= kinds
    assert all(0 <= f.start <= f.end <= len(report.text) for f in report.findings)


def test_a_date_and_time_is_no_phone_number():
    assert list(find_phones("[06-05-2025 13:45] Tel. contact")) == []
    assert flagged("[06-05-2025 13:45] Tel. Sollicitatie besproken.") == []


def test_a_cue_for_the_coachee_wins_in_the_closing_paragraph():
    text = ("Conclusie\nSietse is zelf het beste bereikbaar op 06-41582937. De reiskosten zijn overgemaakt op "
            "zijn rekening NL52RABO8819839258.\n\nGroet,\nHarm Brouwer, coach\n")
    assert flagged(text) == [("phone", "06-41582937"), ("iban", "NL52RABO8819839258")]
    text = ("Voor vragen kan de werkgever hem rechtstreeks bereiken op 06 41 72 93 85 of "
            "j.verbrugge88@ziggo.nl.\n\nMet vriendelijke groet,\nH. Stoltenborg\n")
    assert flagged(text) == [("phone", "06 41 72 93 85"), ("email", "j.verbrugge88@ziggo.nl")]


def test_a_consumer_mail_domain_is_private_unless_a_business_word_stands_right_before_it():
    text = "- vanaf 1 maart: 2 sollicitatieactiviteiten per week; het logboek stuurt ze vanaf m.deridder82@ziggo.nl."
    assert flagged(text) == [("email", "m.deridder82@ziggo.nl")]
    assert flagged("Bereikbaar via kantoor: praktijkvos@gmail.com") == []


def test_an_appendix_after_the_signature_is_no_business_contact():
    text = ("Ik wens hem veel succes.\n\nMet vriendelijke groet,\n\nH.J. van Zuylen\n"
            "Van Zuylen Loopbaan, Deventer, 0570-612345\n\nBijlage – personalia werknemer\nNaam: E. Nijboer\n"
            "Telefoon: 06-41872905\nE-mail: e.nijboer68@ziggo.nl\n")
    found = {f.text for f in check_text(text).findings if f.category == "avg.identifier"}
    assert found == {"Telefoon: 06-41872905", "E-mail: e.nijboer68@ziggo.nl"}, found


def test_the_coachees_new_number_and_private_address_in_the_closing_paragraph():
    # session 17: "is nu bereikbaar", "Bereikbaarheid heer …", "zijn privéadres" name the coachee
    text = ("Zijn oude nummer doet het niet meer, hij is nu bereikbaar op 06-41 87 20 53 of via "
            "dennisvermeulen72@hotmail.com. Stukken gaan naar zijn privéadres gpostma@friesnet.nl.\n\n"
            "Met vriendelijke groet,\n\nAnna de Vries, re-integratiecoach\nWerkbrug B.V., 030-2345678\n"
            "Bereikbaarheid heer Smeenk: 06-41938275\n")
    assert flagged(text) == [("phone", "06-41 87 20 53"), ("email", "dennisvermeulen72@hotmail.com"),
                             ("email", "gpostma@friesnet.nl"), ("phone", "06-41938275")]
