"""dev292 items: Tawergha, Tarhuna, Murzuq and the south (displacement and return, mass graves
and the missing, tribal fighting, foreign fighters, kidnappings and aid in the Fezzan)."""

from _wrap import item

item(
    "Tawerghans stranded in desert camps as return is blocked",
    """
    [[Hundreds of families|displaced]] from Tawergha remained stranded in makeshift camps in the
    desert on {{February 8, 2018}} after armed groups from Misrata blocked their return. The
    town's [[roughly 40,000 residents|displaced]] were driven out in {{2011}} by Misratan brigades
    who accused them of backing Muammar Gaddafi. The local council said
    [[about 1,400 families|displaced;a=The local council]] were camping at Qararat al-Qataf,
    {{40 km}} west of the town. UNHCR said it had delivered [[500 tents|aid;a=UNHCR]] and
    [[1,000 blankets|aid;a=UNHCR]] to the camp. [[Two elderly people|killed;a=relatives]] died
    from the cold last week, relatives said. The interim government said it would build
    [[300 prefabricated homes|housing;p;a=The interim government]] in Tawergha for those who
    manage to go back.
    """,
)

item(
    "Five years on, a third of Tawergha has come home",
    """
    {{Five years}} after the reconciliation deal with Misrata,
    [[about 2,100 families|returned;a=the town's council]] have returned to Tawergha, the town's
    council says. Council officials say
    [[about 2,600 of the town's houses|housing;a=Council officials]] were looted or damaged after
    {{2011}}, and only [[800|housing;a=Council officials;u=structure;n=-]] have been repaired. IOM
    estimates that [[about 17,000 Tawerghans|displaced;a=IOM]] are still displaced, many in camps
    in Tripoli and Benghazi. In the Tariq al-Matar camp in Tripoli,
    [[about 150 families|displaced]] still live in prefabricated rooms in a camp built for
    [[200 families|capacity]]. The government has pledged compensation of {{10,000 dinars}} per
    family, but most say they have received nothing. The council expects
    [[another 500 families|returned;p;a=The council;alt=the town's council]] to come back before
    the school year.
    """,
)

item(
    "Drone strike on Murzuq town hall meeting kills 43",
    """
    An air strike on a town hall meeting in Murzuq killed [[at least 43 people|killed;a=local officials]]
    and wounded [[more than 60|injured;a=local officials]], local officials said on
    {{August 5, 2019}}. Clashes between Tebu armed groups and fighters from the Ahali community in
    the days that followed killed [[at least 90 people|killed;a=the municipal council]], the
    municipal council said. The UN said the fighting had displaced
    [[about 16,500 people|displaced;a=The UN]], most of them Tebu families who fled to Qatrun and
    Um al-Araneb. Doctors at Sabha Medical Centre said they had received
    [[up to 40 wounded|injured;a=Doctors at Sabha Medical Centre]]. [[Dozens of homes|housing]] were burned in the Tebu quarter. The LNA, which
    controls the area, said it had deployed [[about 200 soldiers|combatants;a=The LNA]] to
    separate the sides.
    """,
)

item(
    "Three years on, Murzuq's displaced wait to go home",
    """
    {{Three years}} after the fighting, [[about 22,000 people|displaced;a=the International Organization for Migration]]
    from Murzuq remain displaced, according to the International Organization for Migration, and
    [[some 9,000|returned;a=the International Organization for Migration]] have gone back. In
    Sabha, [[about 1,800 families|displaced]] live in [[11 collective shelters|capacity]], most
    of them former schools and government offices. Murzuq's municipal council says
    [[about 430 homes|housing;a=Murzuq's municipal council]] in the town's Tebu neighbourhoods
    were destroyed. A reconciliation committee of elders says
    [[60 men|missing;a=A reconciliation committee of elders]] from both communities are still
    missing.
    """,
)

item(
    "Tarhuna graves have yielded 247 bodies",
    """
    Forensic teams have exhumed
    [[247 bodies|killed;a=the General Authority for Search and Identification of Missing Persons]]
    from mass graves in and around Tarhuna since {{June 2020}}, the General Authority for Search
    and Identification of Missing Persons said on {{Tuesday}}. The authority said
    [[about 120|killed;a=The authority;alt=the General Authority for Search and Identification of Missing Persons]]
    had been identified through DNA tests. Families in the town say
    [[more than 350 people|missing;a=Families in the town]] vanished while the Kaniyat militia
    controlled Tarhuna between {{2015}} and {{2020}}. Investigators say the graves were spread
    across [[at least 40 sites|other;a=Investigators]]. Prosecutors say
    [[14 suspected Kaniyat members|arrested;a=Prosecutors]] are in custody. The International
    Criminal Court has issued [[six arrest warrants|other;u=other]] over crimes in the town.
    """,
)

item(
    "Tarhuna emptied as Haftar's forces retreat",
    """
    When the Libyan National Army withdrew from Tarhuna in {{June 2020}},
    [[about 16,000 residents|displaced;a=the UN]] fled with it, many to Bani Walid and to the
    east, the UN said. The health ministry of the Government of National Accord said
    [[106 bodies|killed;a=The health ministry of the Government of National Accord]] had been
    found in Tarhuna hospital, some of them women and children. UNSMIL said it had received
    reports of looting and the destruction of [[at least 100 homes|housing;a=UNSMIL]].
    [[More than 2,000 families|returned;a=the town's council]] have since gone back, according to
    the town's council. Survivors say the Kaniyat held
    [[hundreds of prisoners|arrested;a=Survivors]] in metal boxes in the sun, some for more than
    {{a year}}. Local officials estimate that [[fewer than 4,000 people|civilians;a=Local officials]]
    stayed behind.
    """,
)

item(
    "Tuareg-Tebu fighting in Ubari has killed more than 100",
    """
    Fighting between Tuareg and Tebu fighters in Ubari has killed
    [[more than 100 people|killed;a=local doctors]] since {{September 2014}}, local doctors say.
    The local hospital said [[12 people|killed;a=The local hospital]] died this week and
    [[34|injured;a=The local hospital]] were wounded. [[About 25,000 people|displaced;a=the UN refugee agency]],
    more than half of the town's population, have fled, the UN refugee agency estimates. Local
    elders said [[around 2,000 fighters|combatants;a=Local elders]] from both sides were dug in
    along the town's main road. [[Nine schools|capacity]] in Sabha and Ghat are sheltering
    families from the town. A truce brokered by Qatar in {{November 2015}} has yet to hold.
    """,
)

item(
    "Fuel shortages send prices soaring in Libya's south",
    """
    Petrol sold for {{10 dinars}} a litre in Sabha on {{July 12, 2024}}, more than {{60 times}}
    the official price of {{0.15 dinars}}, as fuel shortages in the south entered their
    {{third week}}. Temperatures of {{47C}} made the power cuts, which lasted up to
    {{18 hours a day}}, harder to bear. Sabha lies about {{750 km}} south of Tripoli, and tankers
    take {{two days}} to make the journey. The National Oil Corporation said deliveries to the
    Fezzan had fallen by {{30 percent}} since {{May}}. A trucker, {{52}}, said he had waited in
    line since {{5am}}.
    """,
)

item(
    "Bodies of 20 migrants found in desert near Chad border",
    """
    The Kufra ambulance service said its teams had found
    [[20 bodies|killed;a=The Kufra ambulance service]] in the desert near the border with Chad,
    about {{300 km}} south-west of the town, after their vehicle broke down. [[One man|other]] was
    found alive. The Kufra municipality said
    [[more than 1,500 migrants|arrested;a=The Kufra municipality]] were being held in the town's
    detention centre, which was built for [[about 400|capacity;a=The Kufra municipality]]. IOM
    said it had organised [[three flights|other;a=IOM]] this year to return
    [[about 450 Chadians|returned;a=IOM]] from Kufra to N'Djamena.
    """,
)

item(
    "Gunmen abduct four foreign engineers near Ubari",
    """
    Gunmen abducted [[four foreign engineers|kidnapped;a=the Great Man-Made River Authority]],
    [[three Filipinos|kidnapped;a=the Great Man-Made River Authority]] and a South Korean, from a
    water project site near Ubari on {{July 6, 2018}}, the Great Man-Made River Authority said.
    [[About ten gunmen|combatants]] arrived in [[two vehicles|other]] and overpowered the guards.
    The four were freed {{315 days}} later. In Sabha, local officials said
    [[at least 23 people|kidnapped;a=local officials]] had been abducted for ransom in {{2018}},
    of whom [[five|killed;a=local officials]] were later found dead.
    """,
)

item(
    "UN experts say thousands of foreign fighters remain in Libya",
    """
    The UN Panel of Experts on Libya estimated in its latest report that
    [[between 2,000 and 3,000 Chadian fighters|combatants;a=The UN Panel of Experts on Libya]]
    remained in southern Libya. The panel said Russia's Africa Corps had
    [[about 2,500 personnel|combatants;a=The panel;alt=The UN Panel of Experts on Libya]] across
    [[four bases|other;a=The panel;alt=The UN Panel of Experts on Libya;u=structure]]. It said
    [[about 7,000 Syrians|combatants;a=The UN Panel of Experts on Libya]] recruited by both sides
    in {{2019}} and {{2020}} were still in the country. The panel documented
    [[16 cargo flights|other;a=The panel;alt=The UN Panel of Experts on Libya]] to the Al-Khadim
    and Jufra air bases in {{six months}}. The UN mission said
    [[about 300 Chadian fighters|returned;a=The UN mission]] had been sent home under a
    disarmament deal.
    """,
)

item(
    "WFP reaches 12,500 people in the Fezzan",
    """
    WFP said it had delivered food rations to [[about 12,500 people|aid;a=WFP]] in Sabha, Ubari
    and Murzuq in {{March}}. The agency said [[some 34,000 people|civilians;a=The agency;alt=WFP]]
    in the Fezzan were food insecure. It said it had pre-positioned
    [[1,200 tonnes|aid;a=WFP]] of food in Sabha before the summer. UNICEF said it had trucked water
    to [[about 4,000 households|aid;a=UNICEF]] in Murzuq and repaired
    [[six wells|other;a=UNICEF]]. Mobile teams treated [[2,300 patients|aid]] in villages without
    a clinic. UNICEF estimates that
    [[between 3,000 and 4,000 children|civilians;a=UNICEF]] {{under five}} are acutely
    malnourished. The response plan for the south is only {{18 percent}} funded.
    """,
)

item(
    "Flash floods force 4,500 from their homes in Ghat",
    """
    Flash floods in Ghat forced [[about 4,500 people|displaced;a=Ghat's municipal council]] from
    their homes on {{June 4, 2019}}, Ghat's municipal council said. [[Two people|killed]]
    drowned. [[More than 300 homes|housing;a=OCHA]] were damaged, according to OCHA. The Libyan
    Red Crescent said it had set up [[four camps|capacity;a=The Libyan Red Crescent]] on higher
    ground and handed out [[800 blankets|aid;a=The Libyan Red Crescent]]. Algeria's state news
    agency, APS, said [[20 trucks|aid;a=APS]] of aid had crossed the border at Tin Alkoum. A
    military plane evacuated [[two dozen patients|displaced]] to Sabha.
    """,
)

item(
    "Misrata frees 31 Tawerghan detainees",
    """
    Misrata's military council released [[31 Tawerghan men|arrested]] held since {{2011}}, a step
    required by the reconciliation deal. The Tawergha local council said
    [[more than 1,300 men|missing;a=The Tawergha local council]] from the town were unaccounted
    for and [[about 400|arrested;a=The Tawergha local council]] were still held in Misrata's
    prisons. Human Rights Watch documented [[at least 26 deaths|killed;a=Human Rights Watch]] of
    Tawerghan detainees in custody. The Government of National Accord pledged to pay
    compensation to [[about 9,000 families|aid;p;a=The Government of National Accord]]. The
    council said [[nine men|kidnapped;a=The council;alt=The Tawergha local council]] had been seized
    at a checkpoint near Misrata in {{March}}, despite the deal.
    """,
)

item(
    "Ghat's Tuareg festival returns after a decade",
    """
    The Acacus festival in Ghat returned on {{December 28, 2024}} for the first time since
    {{2014}}, {{10 years}} after fighting and kidnappings scared away the tourists who had once
    flown in from Europe. The town lies about {{1,360 km}} from Tripoli, near rock art that is
    up to {{12,000 years old}}. The festival's founder, {{67}}, said the {{three-day}} event cost
    {{400,000 dinars}}. The Acacus mountains were added to the UNESCO World Heritage list in
    {{1985}} and to its list of sites in danger in {{2016}}. Daytime temperatures were a mild
    {{24C}}.
    """,
)

item(
    "Chad says it killed 300 rebels who crossed from Libya",
    """
    The Front for Change and Concord in Chad, based in southern Libya since {{2016}}, crossed into
    northern Chad on {{April 11, 2021}} with [[about 400 vehicles|other;a=the Chadian army]],
    the Chadian army said. The army said it had killed
    [[more than 300 rebels|killed;a=The army;alt=the Chadian army]] and captured
    [[150|arrested;a=The army;alt=the Chadian army]], and lost
    [[five soldiers|killed;a=The army;alt=the Chadian army]]. UN experts had put the group's
    strength at [[nearly 1,500 fighters|combatants;a=UN experts]]. Residents of Qatrun said
    [[dozens of families|displaced;a=Residents of Qatrun]] had fled the town, fearing Chadian
    air strikes.
    """,
)
