"""dev264 items: Africa, the Middle East's routes, Australia and the Pacific, Southeast and
East Asia, 2014-2026."""

from _wrap import item

item(
    "Libyan coast guard interceptions hit record; detention centres overflow",
    """
The Libyan coast guard intercepted [[32,425 people|other;a=the International Organization
for Migration]] at sea in {{2021}} and returned them to Libya, the International Organization
for Migration said, more than in any previous year. [[About 10,000 migrants|arrested;a=the
agency;alt=the International Organization for Migration]] were held in official detention
centres by {{October}}, the agency said. The Al-Mabani centre in Tripoli, with room for
[[between 300 and 1,000 people|capacity;a=aid workers]] by different counts, held
[[more than 3,000|arrested;a=aid workers]], aid workers said. Guards opened fire during a
breakout there on {{8 October}}, killing [[six people|killed;a=the UN]] and wounding
[[at least 24|injured;a=the UN]], according to the UN. [[Around 2,000 detainees|other]]
escaped and [[hundreds of them|displaced;n=-]] gathered outside the UNHCR day centre, which
suspended its work.
""",
)

item(
    "Migrants expelled to Tunisia's desert borders",
    """
Tunisian security forces drove [[at least 1,200 sub-Saharan migrants|displaced;a=Human Rights
Watch]] from Sfax to the desert borders with Libya and Algeria in {{July 2023}}, Human Rights
Watch said, among them [[29 children|displaced;a=Human Rights Watch]] and
pregnant women. Libyan border guards said they had found
[[the bodies of 27 people|killed;a=Libyan border guards]] in the desert near Al-Assah. The
Tunisian Red Crescent said it had sheltered [[about 630|displaced;a=The Tunisian Red Crescent]] in
schools in Ben Guerdane and Tataouine. In Sfax, police arrested
[[three Tunisian men|arrested;a=police]] over the killing of a local man that set off the
violence, police said. The national guard said it had stopped
[[more than 80,000 people|other;a=The national guard]] from leaving by sea during the year.
""",
)

item(
    "Uganda's refugee population passes 1.7 million",
    """
Uganda hosts [[more than 1.7 million refugees and asylum seekers|displaced;a=the Office of the
Prime Minister;n=refugees and asylum seekers]], the Office of the Prime Minister said in
{{August 2024}}, the most in Africa. [[Between 1,500 and 2,000 people a day|displaced;a=UNHCR]]
were arriving from Sudan and eastern Congo, UNHCR said. The Nyakabande transit centre, built for
[[2,000|capacity;a=camp managers]], held [[about 5,000|displaced;a=camp managers]] in
{{June}}, camp managers said. The World Food Programme said it had cut rations for
[[1.4 million refugees|aid;a=The World Food Programme]] because of funding gaps. New arrivals are
given plots of land: [[12,000 households|aid;a=the settlement commandant]] received plots in
Kiryandongo this year, the settlement commandant said.
""",
)

item(
    "Chad: Sudanese refugees crowd into Adré",
    """
[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into eastern Chad since
the war began in {{April 2023}}, UNHCR said in {{April 2024}}. Around the border town of Adré,
which had a population of [[about 40,000|civilians]] before the war,
[[some 150,000 people|displaced;a=Médecins Sans Frontières]] live in a makeshift site,
Médecins Sans Frontières said. Its hospital in Adré has treated
[[more than 850 wounded|injured;a=Médecins Sans Frontières]] since
{{June}}, it said. The authorities have opened [[five new camps|capacity]] further inland and
moved [[about 10,000 households|displaced]] there. UNHCR says it needs trucks to move
[[the remaining 110,000 people|civilians;a=UNHCR]] before the rains. Aid agencies have drilled
[[42 boreholes|aid]] at the new sites.
""",
)

item(
    "Dadaab camps hold four times their planned capacity",
    """
Kenya's Dadaab camps hold [[about 380,000 refugees|displaced;a=UNHCR]], most of them Somali,
in sites built for [[90,000|capacity;a=UNHCR]], according to UNHCR. [[More than 20,000 new
arrivals|displaced;a=the Department of Refugee Services]] fleeing drought and fighting were
registered in {{2022}}, the Department of Refugee Services said, after registration resumed
following a {{six-year}} suspension. [[Thousands of families|displaced]] live in self-built
shelters on the edge of Ifo and Hagadera. The government says it will move
[[up to 50,000 refugees|displaced;p;a=The government]] into Kenyan towns under the Shirika
plan. Kakuma in the north-west hosts [[some 300,000 more|displaced;n=-]].
""",
)

item(
    "South Africa: asylum appeals backlog and attacks on foreign shops",
    """
South Africa's Refugee Appeal Authority had [[about 133,000 appeals|displaced;u=person;a=the Home
Affairs department]] pending at the end of {{2022}}, the Home Affairs department told
parliament, some of them lodged a decade earlier. Only [[five refugee reception offices|other;u=structure]]
accept new claims. After xenophobic attacks in Johannesburg in {{September 2019}},
[[12 people|killed;a=police]] were dead and [[more than 600 people|arrested;a=police]] had
been arrested, police said. [[Hundreds of shops|housing]] owned by foreigners were looted or
burned. [[About 1,500 foreign nationals|displaced;a=the Gift of the Givers foundation]] sheltered
in community halls and a mosque in Katlehong, the Gift of the Givers foundation said, which fed
[[3,000 people a day|aid;a=the Gift of the Givers foundation]]. Buses sent by Malawi and Mozambique
carried [[about 700 of their citizens|returned]] home.
""",
)

item(
    "Egypt: Sudanese arrivals and deportations",
    """
[[About 1.2 million Sudanese|displaced;a=the Egyptian government]] have entered Egypt since
{{April 2023}}, the Egyptian government says. UNHCR has registered
[[about 500,000|displaced;a=UNHCR]] of them as refugees or asylum seekers, and waits for a
registration appointment can run to {{a year}}. Amnesty International said Egyptian
authorities had detained [[thousands of Sudanese|arrested;a=Amnesty International]] for
irregular entry and deported [[about 800|returned;a=Amnesty International]] in a single
month. At the Qustul and Argeen crossings, [[as many as 5,000 people|displaced;a=the Egyptian Red
Crescent]] waited in the open on some days, the Egyptian Red Crescent said, among them
[[hundreds of families|displaced;a=the Egyptian Red Crescent]]. It had handed
out [[20,000 hot meals|aid]] there by {{June}}.
""",
)

item(
    "Eritreans in Tigray's camps: thousands unaccounted for",
    """
UNHCR said in {{January 2021}} that satellite images showed the Hitsats and Shimelba refugee
camps in Tigray had been largely destroyed, with [[hundreds of shelters|housing;a=UNHCR]] burned. The
[[two camps|capacity;u=structure]] had housed [[about 20,000 Eritrean refugees|displaced]]
before the war began in {{November 2020}}. [[About 7,000|missing;a=UNHCR]] of them remained
unaccounted for months later, UNHCR said. Refugees who reached Mai Aini told of soldiers
killing [[at least 10 residents|killed;a=Refugees who reached Mai Aini]] and abducting
[[dozens of young men|kidnapped;a=Refugees who reached Mai Aini]]. Ethiopia's refugee agency said it had relocated
[[3,000 people|displaced;a=Ethiopia's refugee agency]] to a new camp at Alemwach.
""",
)

item(
    "Sinai ransom camps: survivors describe torture",
    """
Between {{2009}} and {{2014}}, [[between 25,000 and 30,000 people|kidnapped;a=researchers at
Tilburg University]], most of them Eritreans, were held for ransom in Sinai, researchers at
Tilburg University estimate. [[As many as 4,000|killed;a=researchers at Tilburg University]]
died in captivity, they said. Israel, where [[about 36,000 Eritreans and Sudanese|displaced;n=Eritreans
and Sudanese]] were living in {{2014}}, held [[about 2,300 men|arrested;a=the Israeli prison
service]] at the Holot facility in the Negev, the Israeli prison service said. The facility
was designed for [[3,360|capacity]]. [[More than 4,000 asylum seekers|displaced;a=officials]]
left Israel for Rwanda and Uganda under a voluntary departure scheme, officials said.
""",
)

item(
    "Manus riot leaves one dead and dozens injured",
    """
[[One asylum seeker|killed;a=Australia's immigration minister]] was killed and
[[77|injured;a=Australia's immigration minister]] were injured during unrest at the Manus Island
detention centre in {{February 2014}}, Australia's immigration minister said. The centre held
[[1,340 men|arrested;a=the department]] at the time, the department said, and Nauru held
[[1,146|arrested;a=the department]]. Under Operation Sovereign Borders, the navy has turned
back [[12 boats|other]] since {{September 2013}}. It handed [[41 Sri Lankans|returned;n=Sri Lankans;a=the
minister]] to the Sri Lankan navy off Batticaloa in {{July}}, the minister said. Amnesty
International said [[more than 60 detainees|injured;a=Amnesty International]] had gone to the
clinic with head wounds.
""",
)

item(
    "Last refugees leave Nauru as US deal winds up",
    """
Under the resettlement deal struck in {{2016}}, the United States took
[[more than 1,100 refugees|displaced;a=the Home Affairs department]] from Nauru and Papua New
Guinea, the Home Affairs department said. [[About 1,200 people|displaced]] were brought to
Australia for medical treatment, most under the medevac law. The last refugee on Nauru was
flown to Australia in {{June 2023}}, leaving the island's processing centre empty. In
{{2018}} there were [[119 children|displaced;a=the Kids Off Nauru campaign]] on the island, the
Kids Off Nauru campaign said, and [[about 30 families|displaced;a=the Kids Off Nauru campaign]]. The
government says the centre must stay ready to house [[up to 500 people|capacity;p;a=The
government]] at short notice.
""",
)

item(
    "Students force Rohingya refugees out of Aceh shelter",
    """
[[More than 1,500 Rohingya refugees|displaced;a=UNHCR]] have landed in Aceh since
{{mid-November}}, UNHCR said on {{27 December 2023}}, on [[at least nine boats|other;a=UNHCR]].
[[Hundreds of students|other;a=police]] stormed a convention centre in Banda Aceh and forced
[[137 refugees|displaced;a=police]] onto trucks, police said. UNHCR estimated that
[[569 Rohingya|killed;a=UNHCR]] died or went missing at sea in {{2023}}, the most since
{{2014}}. A boat carrying [[about 180 people|missing]] is feared lost. Indonesian
police have arrested [[a dozen suspected smugglers|arrested]].
""",
)

item(
    "Algeria expels migrants to Niger's desert",
    """
Algeria expelled [[more than 31,000 migrants|returned;a=the charity Alarme Phone Sahara]], most of
them Nigeriens, to Niger in {{2024}}, the charity Alarme Phone Sahara said, leaving many at the border marker
known as Point Zero, about {{15 km}} from Assamaka. The IOM transit centre in Assamaka, with
[[1,000 beds|capacity;a=Médecins Sans Frontières]], was holding [[4,500 people|displaced;a=Médecins
Sans Frontières]] at times, Médecins Sans Frontières said. [[Hundreds|displaced]] slept in the
sand outside. The IOM has flown [[about 7,000 people|returned;a=The IOM]] home from Niger on
voluntary return flights since {{January}}, it said. Gunmen held [[14 migrants|kidnapped]] near
Agadez until a ransom was paid. Alarme Phone Sahara says
[[dozens more|missing;n=-;a=Alarme Phone Sahara]] are missing in the desert.
""",
)

item(
    "Traffickers' warehouses raided in Kufra and Bani Walid",
    """
Libyan security forces freed [[107 migrants|kidnapped;a=security officials]] held by traffickers
in a warehouse in Kufra, security officials said on {{1 June 2024}}. Many bore marks of torture,
and [[ten of them|injured;n=-]] needed hospital care. Earlier in the year, authorities
exhumed [[the bodies of 65 migrants|killed;a=the International Organization for
Migration]] from a mass grave in the south-west, according to the International Organization
for Migration. Police arrested [[at least 17 suspected traffickers|arrested]] in the raids.
Survivors said [[between 20 and 30 people|kidnapped]] were still being held in Bani Walid.
""",
)

item(
    "Japan's amended immigration law takes effect",
    """
Japan's amended immigration law took effect on {{10 June 2024}}, allowing deportation of
asylum seekers after a {{third}} application. Japan recognised about {{2%}} of applicants as
refugees in {{2022}}, among the lowest rates in the rich world. The immigration agency's
budget was {{¥17.5 billion}}. Applications take an average of {{32 months}} to decide, and
appeals another {{two years}}.
""",
)

item(
    "Offshore processing cost in Australian budget",
    """
Australia spent {{A$485 million}} on regional processing in {{2023-24}}, the budget papers
show, up from {{A$395 million}} in {{2022-23}}. The auditor-general estimated the cost at more
than {{A$4 million}} per person held on Nauru in a year. Boats have been turned back under
Operation Sovereign Borders since {{September 2013}}. The budget for {{2024-25}} allots
{{A$3.2 billion}} to the department over {{four years}}.
""",
)
