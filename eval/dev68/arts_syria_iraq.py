"""Items of eval/dev68 (written blind; see README.md).

Syria's prisons opened in December 2024 and the missing, Saydnaya, mass graves,
al-Hol and Roj (women and children held, repatriations), Islamic State detainees, Iraq's
executions, amnesty and prisons, the Yazidis abducted, deportations from Lebanon.
"""

from figset import F

F(
    "Rebels open Saydnaya prison as families search for the missing",
    "Rebel fighters who swept into Damascus on Sunday freed"
    " [[thousands of detainees|arrested]] from Saydnaya military prison, as families"
    " converged on the complex in search of relatives. The White Helmets said they had sent"
    " [[five emergency teams|other;u=other;a=The White Helmets]] to search for hidden cells"
    " but had found none. The Association of Detainees and the Missing in Sednaya Prison,"
    " founded by former inmates, estimates that"
    " [[more than 30,000 people|killed;a=The Association of Detainees and the Missing in"
    " Sednaya Prison]] were executed or died under torture there after {{2011}}.",
)

F(
    "Amnesty says up to 13,000 hanged in secret at Syrian prison",
    "[[As many as 13,000 people|killed;a=Amnesty International]], most of them civilians"
    " believed to oppose the government, were hanged in secret at Saydnaya prison between"
    " {{2011}} and {{2015}}, Amnesty International said in a report on Tuesday. The group"
    " said prisoners were hanged in batches of"
    " [[up to 50|killed;a=The group;alt=Amnesty International]], and estimated that the"
    " prison held"
    " [[between 10,000 and 20,000 detainees|arrested;a=The group;alt=Amnesty International]]"
    " at any given time.",
)

F(
    "Syrian rights group says more than 112,000 still forcibly disappeared",
    "The Syrian Network for Human Rights said"
    " [[at least 112,414 people|missing;a=The Syrian Network for Human Rights]] remained"
    " forcibly disappeared after the fall of Bashar al-Assad, despite the release of"
    " [[about 24,200 detainees|arrested;a=The Syrian Network for Human Rights]] from"
    " prisons and security branches as rebels advanced. The group said"
    " [[more than 15,000 people|killed;a=The group;alt=The Syrian Network for Human Rights]]"
    " had died under torture since {{March 2011}}.",
)

F(
    "Red Cross says families still seek tens of thousands of missing Syrians",
    "The International Committee of the Red Cross said it had"
    " [[more than 35,000 open cases|missing;u=person;a=The International Committee of the"
    " Red Cross]] of people missing in Syria and warned that the true number was far"
    " higher. The chairman of Syria's new National Commission for Missing Persons has said"
    " [[as many as 300,000 people|missing;a=The chairman of Syria's new National Commission"
    " for Missing Persons]] may be missing.",
)

F(
    "Mass grave near Damascus may hold 100,000 bodies, US-based group says",
    "A mass grave at al-Qutayfah, about {{40 km}} north of Damascus, holds the bodies of"
    " [[at least 100,000 people|killed;a=Mouaz Moustafa]] killed by Bashar al-Assad's"
    " government, Mouaz Moustafa, head of the Syrian Emergency Task Force, told Reuters. He"
    " said refrigerated trucks had brought bodies to the site {{four times a week}} for"
    " years. Syria's civil defence said it had located"
    " [[at least 66 mass graves|other;u=other;a=Syria's civil defence]] since December.",
)

F(
    "Al-Hol camp still holds about 40,000 people, UN says",
    "The UN said [[about 40,000 people|arrested;a=The UN]] were held in al-Hol camp in"
    " northeast Syria, {{more than 60%}} of them children, and"
    " [[about 2,600|arrested;a=The UN]] in the smaller Roj camp. Kurdish-led authorities,"
    " who run both camps, say residents come from"
    " [[about 50 countries|other;u=other;a=Kurdish-led authorities]] besides Syria and"
    " Iraq.",
)

F(
    "Iraq brings home another 150 families from al-Hol",
    "[[Another 150 Iraqi families|returned;a=Iraq's migration ministry]] were brought home"
    " from Syria's al-Hol camp on Sunday and taken to the {{Jeddah-1}} rehabilitation"
    " centre south of Mosul, Iraq's migration ministry said. Iraq has now repatriated"
    " [[more than 2,500 families|returned;a=the ministry;alt=Iraq's migration ministry]]"
    " from the camp and aims to bring back"
    " [[about 150 families a month|returned;p;a=the ministry;alt=Iraq's migration ministry]]"
    " until no Iraqis remain there, the ministry said.",
)

F(
    "France repatriates women and children from Syrian camps",
    "France repatriated [[15 women|returned;a=the foreign ministry]] and"
    " [[32 children|returned;a=the foreign ministry]] held in camps in northeast Syria, the"
    " foreign ministry said on Thursday, in its largest such operation since {{2019}}. The"
    " women were handed to judicial authorities on arrival. Rights groups say"
    " [[about 100 French women and children|arrested;n=women and children;a=Rights groups]]"
    " remain in the camps.",
)

F(
    "US commander warns over Islamic State detainees in Syria",
    "[[About 9,000 Islamic State fighters|arrested;a=Michael Kurilla]] are held in"
    " [[more than two dozen detention facilities|capacity;a=Michael Kurilla]] run by the"
    " US-backed Syrian Democratic Forces, Michael Kurilla, the head of US Central Command,"
    " said after visiting the region. He called them 'an ISIS army in detention'.",
)

F(
    "Kurdish-led forces retake Hasakah prison after week of fighting",
    "Kurdish-led forces regained full control of Ghwayran prison in Hasakah on Wednesday"
    " after a week-long battle that began with an Islamic State attack aimed at freeing"
    " inmates. The Syrian Democratic Forces said"
    " [[121 people|killed;a=The Syrian Democratic Forces]] had been killed, including"
    " [[77 inmates|killed;a=The Syrian Democratic Forces]] and"
    " [[40 of its fighters|killed;a=The Syrian Democratic Forces]], and that"
    " [[more than 3,500 prisoners|arrested;a=The Syrian Democratic Forces]] had"
    " surrendered. The Syrian Observatory for Human Rights said"
    " [[dozens of inmates|other;a=The Syrian Observatory for Human Rights]] were still at"
    " large. The attack began on {{January 20}} with a car bomb at the prison gate.",
)

F(
    "Iraq hangs 13 men convicted of terrorism",
    "Iraq executed [[13 men|killed;a=security and health sources]] convicted of terrorism"
    " at the central prison in Nasiriyah on Monday, security and health sources told AFP."
    " The men were sentenced under {{Article 4}} of the {{2005}} anti-terrorism law, which"
    " carries the death penalty for membership of a terrorist group. Rights groups say"
    " [[more than 8,000 people|other;a=Rights groups]] are on death row in Iraq.",
)

F(
    "Syria arrests hundreds of former regime officers in coastal sweep",
    "Syria's interior ministry said security forces had arrested"
    " [[more than 300 people|arrested;a=Syria's interior ministry]], among them former"
    " officers of Bashar al-Assad's army, in a {{three-day}} sweep of the coastal provinces"
    " of Latakia and Tartus. A fact-finding committee said it had identified"
    " [[298 suspects|other;a=A fact-finding committee]] in the killing of"
    " [[1,426 people|killed;a=A fact-finding committee]] in the region in March, and"
    " referred them to the judiciary.",
)

F(
    "Thousands of Yazidis still missing a decade after IS assault",
    "Islamic State fighters abducted"
    " [[6,417 Yazidis|kidnapped;a=the Kurdistan Region's office for rescuing abducted"
    " Yazidis]] in Sinjar in {{August 2014}}, according to the Kurdistan Region's office"
    " for rescuing abducted Yazidis, which says"
    " [[3,576|kidnapped;a=the Kurdistan Region's office for rescuing abducted Yazidis]]"
    " have since been freed or rescued and"
    " [[about 2,600|missing;a=the Kurdistan Region's office for rescuing abducted Yazidis]]"
    " remain missing. Investigators have exhumed [[more than 80 mass graves|other;u=other]]"
    " in the district.",
)

F(
    "Lebanon deported thousands of Syrians this year, rights group says",
    "Lebanon's army deported"
    " [[more than 13,000 Syrians|returned;a=Access Center for Human Rights]] in the {{first"
    " four months}} of the year, Access Center for Human Rights said, and"
    " [[at least 160 of them|arrested;n=-;a=Access Center for Human Rights]] were detained"
    " by Syrian security forces on arrival. The group said deportations had risen to"
    " [[80 to 100 people a day|returned;a=The group;alt=Access Center for Human Rights]] in"
    " April.",
)

F(
    "Iraq begins releasing prisoners under new amnesty law",
    "Iraqi courts have released"
    " [[more than 2,600 inmates|arrested;a=the Supreme Judicial Council]] under an amnesty"
    " law passed in January, the Supreme Judicial Council said, a fraction of the"
    " [[up to 20,000 prisoners|arrested;p;a=lawmakers]] that lawmakers had said could be"
    " freed. Sunni parties say [[thousands of detainees|arrested;a=Sunni parties]] are held"
    " on the strength of confessions extracted under torture.",
)

F(
    "Save the Children urges faster repatriation from Syrian camps",
    "Save the Children said [[about 7,000 children|arrested;a=Save the Children]] from"
    " countries other than Syria and Iraq were still held in al-Hol and Roj, and that"
    " [[at least 100 children|killed;a=Save the Children]] had died in the camps in"
    " {{2023}}, many of them from preventable illness. It urged governments to act faster,"
    " noting that [[more than 1,000 children|returned;a=Save the Children]] had been"
    " brought home in {{2022}}.",
)

F(
    "Search for missing American journalist resumes in Damascus",
    "US officials and Syrian investigators resumed the search for Austin Tice, the American"
    " journalist abducted near Damascus in {{August 2012}} when he was {{31}}, after a"
    " former official said he had been held at a security branch until {{2019}}. His family"
    " has campaigned for his release for more than {{12 years}}.",
)

F(
    "Iraq's prisons hold more than twice their capacity, ministry says",
    "Iraq's justice ministry said its prisons held"
    " [[about 65,000 inmates|arrested;a=Iraq's justice ministry]], more than {{twice}}"
    " their capacity of [[25,000|capacity;a=Iraq's justice ministry]]. The ministry plans"
    " to open"
    " [[four new prisons|capacity;u=structure;p;a=The ministry;alt=Iraq's justice ministry]]"
    " by {{2026}}, adding space for"
    " [[12,000 inmates|capacity;p;a=The ministry;alt=Iraq's justice ministry]].",
)

F(
    "Kurdish forces sweep al-Hol camp and arrest Islamic State suspects",
    "The Syrian Democratic Forces said they had deployed"
    " [[about 6,000 fighters|combatants;a=The Syrian Democratic Forces]] in a security"
    " sweep of al-Hol camp and arrested"
    " [[226 suspected members|arrested;a=The Syrian Democratic Forces]] of Islamic State,"
    " [[36 of them|arrested;n=-;a=The Syrian Democratic Forces]] women. The {{24-day}}"
    " operation followed a rise in killings inside the camp.",
)
