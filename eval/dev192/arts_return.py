"""Return, resettlement and reintegration: people going home or moved to new sites, land given
back, fighters demobilised (21 texts with figures, 1 without)."""

from _wrap import item

item(
    "Land restitution: a decade on, most claims still unresolved",
    """BOGOTA (Colombia Reports) - More than {{a decade}} after the Victims and Land Restitution
    Law took effect, judges have ruled on [[only 13,400|other;n=-;u=other;a=the Land Restitution
    Unit]] of the [[131,000 claims|other;u=other;a=the Land Restitution Unit]] filed by
    dispossessed families, according to the Land Restitution Unit. The rulings have returned
    {{about 560,000 hectares}} to [[some 11,700 families|aid]], a fraction of the {{at least 6
    million hectares}} that paramilitaries and guerrillas seized. [[Around 1,100
    families|returned]] have actually moved back onto their farms. In the Urabá region alone,
    [[some 9,000 claims|other;u=other]] are pending, many of them against cattle ranchers and
    banana companies. [[At least 20 land claimants|killed;a=the Attorney General's office]] were
    murdered between {{2012}} and {{2021}}, according to the Attorney General's office. The
    government has promised to hand {{3 million hectares}} to peasants by {{2026}}.""",
)

item(
    "Eight years after peace deal, Colombia's ex-FARC fighters face violence",
    """BOGOTA, {{Nov 22}} (Reuters) - [[More than 11,000 former FARC fighters|combatants;a=the
    Agency for Reincorporation and Normalization]] remain in Colombia's reintegration programme
    {{eight years}} after the peace deal, according to the Agency for Reincorporation and
    Normalization. [[About 13,600 rebels|combatants]] laid down their arms in {{2017}}, handing
    [[nearly 9,000 weapons|other]] to the United Nations. [[At least 430
    signatories|killed;a=the UN Verification Mission]] of the accord have been killed since
    {{2016}}, the UN Verification Mission said in its latest report. [[About
    2,000|combatants;n=-]] still live in [[24 former demobilisation zones|other;u=other]]. The
    government has approved [[more than 5,000 productive projects|other;u=other]] that support
    [[some 9,000 ex-combatants|aid]]. Dissident factions that rejected the deal now count [[an
    estimated 3,500 fighters|combatants;a=the army]], the army says.""",
)

item(
    "Catatumbo displacement overwhelms Cúcuta's shelters",
    """CÚCUTA, Colombia (El País) - Fighting between the ELN guerrilla and FARC dissidents in
    Catatumbo has displaced [[more than 56,000 people|displaced;a=the Ombudsman's Office]] since
    {{January 16}}, the Ombudsman's Office said, the largest displacement in Colombia in
    {{decades}}. [[At least 80 people|killed]] have been killed. The Victims' Unit said it had
    included [[about 48,000 people|displaced;a=The Victims' Unit]] in the register as victims of
    displacement and delivered emergency aid to [[31,000|aid;n=-;a=The Victims' Unit]]. In
    Cúcuta, [[some 12,000 people|displaced]] are staying in [[nine shelters|capacity]] and with
    relatives. [[Some 16,000|returned;n=-]] have gone back to their villages, despite the risks.
    Local officials estimate [[between 3,000 and 5,000 people|civilians;a=Local officials]] are
    confined to their homes by the fighting. The government declared a state of internal
    commotion under {{Decree 062}} and sent [[5,000 soldiers|combatants]] to the region.""",
)

item(
    "Twenty years after Dayton, returns remain unfinished",
    """SARAJEVO (Balkan Insight) - {{Twenty years}} after the Dayton peace accords, [[just over
    1 million|returned;a=UNHCR]] of the [[2.2 million people|displaced;a=UNHCR]] displaced by
    the war have returned to their pre-war homes, UNHCR says. [[About 84,000 people|displaced]]
    are still internally displaced, [[8,600 of them|displaced;n=-]] in [[121 collective
    centres|capacity]]. The Regional Housing Programme has completed [[4,300 housing
    units|housing]] in Bosnia, out of [[a planned 5,400|housing;n=-;u=structure;p]]. In
    Srebrenica, [[only about 7,000 people|civilians]] live today, against
    [[36,000|civilians;n=-]] in {{1991}}. "We rebuilt the house in {{2004}}, but our children
    stayed in Austria," said Hajra, {{71}}. She is one of [[about 200 returnees|returned]] in
    the village of Suceska.""",
)

item(
    "Few Serbs return to Kosovo as funds dwindle",
    """PRISTINA (Balkan Insight) - Since {{2000}}, [[about 27,000 people|returned;a=UNHCR]] from
    minority communities have returned to Kosovo, according to UNHCR, while [[around
    16,000|displaced;n=-;a=UNHCR]] are still displaced inside Kosovo and [[some
    65,000|displaced;n=-;a=UNHCR]] in Serbia. [[Only 600|returned;n=-]] came back last year. The
    Ministry for Communities and Returns rebuilt [[120 houses|housing;a=The Ministry for
    Communities and Returns]] in {{2016}} at a cost of {{€4 million}}, the ministry said. In the
    village of Ljubozda, [[15 Serb families|returned]] moved back this spring, but [[three of
    them|displaced;n=-;u=household]] have left again. "There is no work here," said one
    returnee.""",
)

item(
    "10,000 return to Sinjar as camp closure deadline looms",
    """DUHOK, Kurdistan Region (Rudaw) - [[More than 10,000 people|returned;a=the International
    Organization for Migration (IOM)]] returned to Sinjar between {{March}} and {{June}},
    according to the International Organization for Migration (IOM), as Baghdad pushed to close
    the displacement camps in the Kurdistan Region. Each returning family is promised a grant of
    {{4 million dinars}}, and [[about 2,300 families|aid]] had received it by {{June}}. [[Some
    190,000 Yazidis|displaced]] remain in [[15 camps|capacity]] in Duhok province. In Sinjar,
    {{about 80%}} of public infrastructure and {{70%}} of homes were destroyed in the war
    against ISIS. [[Fewer than 6,000 homes|housing]] have been rebuilt. In {{May}}, [[200-250
    families a week|returned]] were arriving at the Sinjar checkpoint. The deadline to close the
    camps, set for {{July 30}}, was postponed.""",
)

item(
    "Iraq brings back more families from Syria's al-Hol camp",
    """BAGHDAD (AFP) - Iraq has repatriated [[more than 14,000 citizens|returned;a=Iraq's
    migration ministry]] from Syria's al-Hol camp since {{2021}}, Iraq's migration ministry said
    on Sunday, after [[a further 620 people|returned;a=Iraq's migration ministry]] arrived at
    the {{Jeddah 1}} rehabilitation centre near Mosul. [[Around 2,700 families|returned]] have
    since left {{Jeddah 1}} for their home towns. Al-Hol still holds [[about 40,000
    people|displaced]], [[some 18,000 of them|displaced;n=-]] Iraqis, most of them women and
    children with alleged family ties to the Islamic State group. Tribal leaders in Anbar and
    Nineveh have refused to take back [[dozens of families|displaced]] accused of links to
    ISIS.""",
)

item(
    "UNHCR: a million Syrians have gone home since December",
    """Since the fall of the Assad government in {{December}}, [[more than 600,000 Syrian
    refugees|returned;a=UNHCR]] have come home from neighbouring countries, and [[1.5 million
    internally displaced people|returned;a=UNHCR]] have returned to their areas of origin, UNHCR
    said on Friday. The agency has given cash grants to [[120,000 returnees|aid]]. But [[more
    than 328,000 homes|housing;a=UN-Habitat]] were destroyed in the war, according to
    UN-Habitat. [[About 6.9 million people|displaced;v=6900000]] are still displaced inside
    Syria. UNHCR expects [[up to 1.5 million more refugees|returned;p;a=UNHCR]] to return by the
    end of the year. "Many come back to find their houses without roofs, doors or water," a
    UNHCR spokesperson said.""",
)

item(
    "Displaced Lebanese stream south as ceasefire takes hold",
    """TYRE, Lebanon (AFP) - [[Tens of thousands of displaced Lebanese|returned]] headed back
    south on Wednesday in [[thousands of cars|other]], hours after a ceasefire between Israel
    and Hezbollah took effect, despite warnings from the Israeli army not to return to [[more
    than 60 villages|other]] near the border. The war displaced [[more than 1.2 million
    people|displaced;a=Lebanese authorities]], Lebanese authorities say. [[About
    190,000|displaced;n=-]] were still in [[more than 1,000 shelters|capacity]] on Tuesday, most
    of them schools. The Lebanese army said it would deploy [[up to 10,000
    soldiers|combatants;p;a=The Lebanese army]] in the south under the truce. [[More than 3,800
    people|killed;a=the health ministry]] have been killed in Lebanon since {{October 2023}},
    according to the health ministry.""",
)

item(
    "Hundreds of thousands of Gazans walk home to the north",
    """GAZA (Reuters) - [[More than 300,000 Palestinians|returned;a=the Hamas-run government
    media office]] crossed into northern Gaza on Monday, the Hamas-run government media office
    said, walking along the coastal road after Israel opened the Netzarim corridor. The United
    Nations said [[about 376,000 people|returned;a=The United Nations]] had crossed by Tuesday.
    Many found their homes flattened. The ceasefire deal provides for [[60,000 mobile
    homes|aid;p]] and [[200,000 tents|aid;p]] to enter the enclave. In its first phase, Hamas is
    to free [[33 Israeli hostages|kidnapped;p]] in exchange for [[about 1,900 Palestinian
    prisoners and detainees|other;p;n=prisoners and detainees]]. Before the truce, [[about 1
    million people|displaced]] from the north were sheltering in the south.""",
)

item(
    "60,000 families back in North Waziristan: FDMA",
    """PESHAWAR: [[More than 60,000 families|returned;a=the FATA Disaster Management Authority]]
    have returned to North Waziristan since repatriation began in {{March 2015}}, the FATA
    Disaster Management Authority said on Thursday. Operation Zarb-e-Azb displaced [[about 1
    million people|displaced]], or [[104,000 families|displaced]], in {{June 2014}}. [[Some
    35,000 families|displaced]] are still living in Bannu and other districts. Each returning
    family receives {{Rs25,000}} plus {{Rs10,000}} for transport. The army said [[more than
    8,000 houses|housing;a=The army]] were damaged in the operation, and that [[about 2,200
    shops|housing;a=The army]] were destroyed in Miranshah bazaar. Compensation is {{Rs400,000}}
    for a destroyed house.""",
)

item(
    "Army releases 683 acres in Valikamam North",
    """JAFFNA (Daily Mirror) - The Army yesterday released {{683 acres}} of private land in
    Valikamam North, allowing [[about 1,200 families|returned]] to resettle on land they fled in
    {{1990}}. [[Some 950 families|displaced;a=the District Secretariat]] still live in [[31
    welfare centres|capacity;a=the District Secretariat]] in the Jaffna District, the District
    Secretariat said. The government will build [[about 2,000 houses|housing;p;a=the
    Resettlement Ministry]] for the returnees at {{Rs1.2 million}} each, the Resettlement
    Ministry said. [[Around 30,000 Sri Lankan Tamil refugees|displaced;n=refugees]] still live
    in camps in Tamil Nadu, India, and [[some 3,800|returned;n=-]] have come back under UNHCR's
    voluntary repatriation programme since {{2011}}.""",
)

item(
    "Disqualified ex-combatants renew demand for recognition",
    """KATHMANDU (The Kathmandu Post) - [[Nearly 4,000 former Maoist fighters|combatants]] who
    were disqualified in {{2007}} as minors or late recruits are again demanding compensation.
    Of the [[19,602 combatants|combatants]] verified by the UN in the cantonments,
    [[1,422|combatants;n=-]] were integrated into the Nepal Army in {{2012}} and [[more than
    15,600|combatants;n=-]] chose voluntary retirement with cash packages of {{Rs500,000}} to
    {{Rs800,000}}. The disqualified fighters were discharged from the [[28 camps|other]] in
    {{2010}} with no package. [[Dozens of them|other;n=-]] staged a sit-in at Maitighar on
    Sunday. "We were children when the party recruited us," said one, now {{36}}.""",
)

item(
    "87 ex-combatants graduate from Mutobo centre",
    """MUSANZE (The New Times) - [[Eighty-seven ex-combatants|combatants]] graduated from the
    Mutobo Demobilisation and Reintegration Centre on Friday after a {{three-month}} programme.
    They had returned from eastern DR Congo, where most fought with the FDLR, and were
    repatriated with [[141 dependants|returned]]. [[Twenty-three of the
    graduates|combatants;n=graduates]] were former child soldiers. The Rwanda Demobilisation and
    Reintegration Commission said [[more than 12,400 former fighters|combatants;a=The Rwanda
    Demobilisation and Reintegration Commission]] have passed through Mutobo since {{2001}}.
    Each graduate receives {{Rwf 60,000}} and a reinsertion kit.""",
)

item(
    "8,000 households to be moved from high-risk zones after floods",
    """KIGALI (The New Times) - The floods and landslides of {{May 2-3}} in the Western,
    Northern and Southern provinces killed [[135 people|killed;a=the Ministry in Charge of
    Emergency Management]] and destroyed [[more than 5,900 houses|housing;a=the Ministry in
    Charge of Emergency Management]], the Ministry in Charge of Emergency Management said.
    [[Some 20,000 people|displaced]] were sheltered in [[93 sites|capacity]]. The ministry said
    [[about 8,000 households|displaced;p;a=The ministry;alt=the Ministry in Charge of Emergency
    Management]] living in high-risk zones will be relocated. [[1,500 houses|housing;p]] will be
    built in Rubavu District. [[Around 2,300 households|aid]] have received rent support for
    {{three months}}.""",
)

item(
    "Kiteezi landfill victims' families to get compensation",
    """KAMPALA, {{Aug 13}} (Reuters) - Uganda's President Yoweri Museveni ordered compensation
    of {{5 million shillings}} ({{$1,340}}) for the families of each of the [[30
    people|killed;a=police]] killed when a mountain of rubbish collapsed at the Kiteezi
    landfill, police said. [[Fourteen people|injured]] were rescued with injuries and [[at least
    20|missing;n=-]] are still missing. [[About 1,000 residents|displaced]] were displaced. The
    Kampala Capital City Authority said [[more than 600 households|displaced;p;a=The Kampala
    Capital City Authority]] living near the dump would be relocated. The landfill, opened in
    {{1996}}, was long overdue for closure.""",
)

item(
    "New homes in Bulambuli, but Bududa's slopes still crowded",
    """BULAMBULI, Uganda (The New Humanitarian) - [[More than 900 households|displaced]] from
    landslide-prone Bududa have been moved to a new settlement in Bulambuli, where each family
    received a house and {{two acres}} of land. The landslide of {{October 2018}} in Bukalasi
    killed [[at least 51 people|killed]]. The government plans to move [[about 2,000 more
    households|displaced;p;a=The government]] from the slopes of Mount Elgon by {{2021}}. [[Some
    12,000 people|civilians;a=the Office of the Prime Minister]] live in high-risk zones,
    according to the Office of the Prime Minister. [[101 houses|housing]] were built in the
    first phase. Some of those moved say the land is poor. [[Dozens of families|returned]] have
    already gone back to Bududa.""",
)

item(
    "A year after Regent mudslide, survivors still wait for homes",
    """FREETOWN (AFP) - {{A year}} after a mudslide swept away part of Regent, [[more than 1,000
    people|killed]] are known to have died. [[About 500 bodies|killed]] were buried in mass
    graves at Paloko cemetery. [[More than 6,000 people|displaced;a=the Office of National
    Security]] lost their homes, the Office of National Security said. The government gave [[300
    families|aid]] cash grants of {{Le 3 million}} each. [[52 families|displaced]] have moved
    into new houses at {{Mile 6}}, built by a charity. [[The remaining 4,000 people|displaced]]
    rent rooms or live with relatives. Sierra Leone's president promised [[about 800
    homes|housing;p;a=Sierra Leone's president]] but none has been built.""",
)

item(
    "La Dignidad, the settlement of Fuego survivors",
    """ESCUINTLA (Prensa Libre) - {{A year}} after the eruption of the Volcán de Fuego, [[about
    900 families|displaced;a=the Conred disaster agency]] live in La Dignidad, where the
    government has finished [[1,000 houses|housing;a=the Conred disaster agency]], according to
    the Conred disaster agency. The eruption of {{June 3, 2018}} killed [[215
    people|killed;a=the National Institute of Forensic Sciences]], and [[more than
    200|missing;n=-;a=the National Institute of Forensic Sciences]] are still missing, according
    to the National Institute of Forensic Sciences. [[More than 12,000 people|displaced]] were
    evacuated and [[about 1.7 million|civilians;n=-]] affected. [[Eighty-seven
    families|displaced]] are still in temporary shelters. Residents complain that the houses, of
    {{42 square metres}}, are too small.""",
)

item(
    "MILF decommissioning stalls in its final phase",
    """COTABATO CITY (Rappler) - [[Some 26,000 MILF combatants|combatants;a=the Independent
    Decommissioning Body]] have been decommissioned since {{2015}}, the Independent
    Decommissioning Body said, out of the [[40,000|combatants;n=-;p;a=the Independent
    Decommissioning Body]] to be processed under the peace agreement. They have turned over
    [[about 2,100 firearms|other]]. Each decommissioned combatant is entitled to {{P100,000}} in
    cash and livelihood support, but [[only 13,000|aid;n=-]] have received the full package. The
    MILF says the government has not transformed [[six acknowledged camps|other;a=The MILF]]
    into productive civilian communities as promised.""",
)

item(
    "Over 500,000 Syrians returned from Türkiye since December",
    """ANKARA (Daily Sabah) - [[More than 500,000 Syrians|returned;a=the Interior Ministry]]
    have returned home from Türkiye since the fall of the Assad regime in {{December 2024}}, the
    Interior Ministry said. [[About 2.5 million Syrians|displaced]] remain under temporary
    protection, down from [[3.7 million|displaced;v=3700000;n=-]] at the peak. At the Cilvegözü
    border gate in Hatay, [[about 1,500 people a day|returned;a=officials]] cross into Syria,
    officials said. [[Some 9,000 Syrian families|aid]] in the quake zone received return support
    from aid groups. The ministry said Syrians who go back can make a go-and-see visit before
    deciding.""",
)

item(
    "Kosovo adopts new law on persons missing from the war",
    """PRISTINA (Balkan Insight) - Kosovo's Assembly on Thursday adopted a new law on persons
    missing from the {{1998-99}} war, replacing the law of {{2011}}. Families of the missing
    will receive a monthly allowance of {{€135}} and will have {{six months}} to register. Under
    {{Article 12}}, the government's commission must publish a list once a year. The law was
    passed {{24 years}} after the war ended. The Serbian side has not yet reacted.""",
)
