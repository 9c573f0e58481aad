"""Clearance: devices found and destroyed, fields and villages released, people able to go
back, deminers trained, deployed, laid off or abducted (18 texts, all with figures)."""

from _wrap import item

item(
    "Pailin farmland declared mine-free as families move back",
    """Deminers from the Cambodian Mine Action Centre (CMAC) removed
    [[312 anti-personnel mines|other;a=Heng Ratana]] and
    [[41 anti-tank mines|other;a=Heng Ratana]] from {{56 hectares}} of farmland in Pailin's Sala
    Krau district over {{eight months}}, CMAC director-general Heng Ratana said on Friday.
    [[About 140 families|returned;a=Heng Ratana]] who fled the area in the {{1990s}} have already
    moved back onto the land, he said. The work was done by [[four platoons|other;u=other]] of
    [[30 deminers|other]] each, backed by [[12 mine detection dogs|other;u=other]]. CMAC, which employs
    [[about 3,000 people|other]], is the largest of the country's operators. Cambodia has
    cleared more than {{2,600 square kilometres}} since {{1992}} but still has around
    {{1,900 square kilometres}} to go, and the government has pushed its mine-free target back
    from {{2025}} to {{2030}}.""",
)

item(
    "MAG destroys thousands of bombies in Xieng Khouang",
    """VIENTIANE - Mines Advisory Group (MAG) said its teams found and destroyed
    [[4,380 items|other;a=Mines Advisory Group (MAG)]] of unexploded ordnance in Xieng Khouang
    province last year, [[3,614 of them|other;n=-;u=other;a=Mines Advisory Group (MAG)]] cluster
    submunitions. Among them were [[31 large bombs|other;u=other]], including a {{500-pound}}
    bomb found under a primary school. The charity also cleared {{1,160 hectares}} of rice paddies and school grounds,
    and [[22 villages|other]] in Pek and Kham districts were declared free of known
    contamination. [[More than 18,000 villagers|aid;a=the charity;alt=Mines Advisory Group (MAG)]]
    took part in its risk education sessions, the charity said. MAG employs
    [[about 450 Lao staff|other]], {{nearly half}} of them women, in
    [[26 clearance teams|other;u=other]]. Laos aims to clear all its
    high-priority land by {{2030}}, but at the current rate of about {{50 square kilometres}} a
    year that would take decades longer.""",
)

item(
    "Ukraine certifies more deminers as farmers wait to sow",
    """KYIV - Ukraine now has [[about 3,000 certified deminers|other;a=the Economy Ministry]]
    working for state and private operators, the Economy Ministry said on Thursday, and wants to
    train [[another 5,000|other;p;a=the Economy Ministry]] by the end of {{2025}}. Since
    {{2022}}, operators have returned about {{30,000 square kilometres}} of land to use. Japan
    has delivered [[40 demining machines|other;u=other;a=the ministry;alt=the Economy Ministry]] and has promised
    [[another 20|other;p;u=other;a=the ministry;alt=the Economy Ministry]], the ministry said. Farmers have reported
    [[more than 600 incidents|other;u=other;a=Farmers]] in which machinery struck mines, killing
    [[about 50 people|killed;a=Farmers]]. A state programme has so far paid for clearing the fields of
    [[1,300 farmers|aid]].""",
)

item(
    "Yazidi families go home to Sinjar villages after clearance",
    """SINJAR, Iraq (Reuters) - [[About 300 Yazidi families|returned;a=the district mayor]] have
    returned to [[12 villages|other;a=the district mayor]] south of Sinjar mountain since
    clearance teams finished work there in {{the spring}}, the district mayor said. The teams
    removed [[more than 3,000 improvised explosive devices|other;a=the UN Mine Action Service]]
    from the villages and the fields around them, the UN Mine Action Service said. Before Islamic
    State overran the area in August {{2014}}, the district had
    [[some 400,000 people|civilians]]. [[Tens of thousands of Yazidis|displaced]] still live in
    camps in Dohuk province, many of them too afraid to go back.
    [[Three deminers|injured]] were wounded in {{April}} when a device went off in a house in
    Kocho. The government has paid [[2,000 returning families|aid]] a grant of
    {{1.5 million dinars}} each.""",
)

item(
    "Bosnia asks for more time to clear its minefields",
    """SARAJEVO - Bosnia and Herzegovina will miss its {{March 2027}} deadline under
    {{Article 5}} of the Mine Ban Treaty and will ask states parties for a {{further}} extension,
    the country's Demining Commission said. About {{2 percent}} of its territory is still suspected
    of contamination, affecting [[1,150 communities|other;u=other;a=the commission;alt=the country's Demining Commission]]
    and [[more than 400,000 people|civilians;a=the commission;alt=the country's Demining Commission]], the
    commission said. [[About 1,000 deminers|other]] work in the country, but donors have cut
    funding, and the armed forces have [[only 14 demining teams|other;u=other]]. Last year
    teams cleared {{7.6 square kilometres}} and destroyed [[1,912 mines|other]] and
    [[about 4,000 items|other]] of unexploded ordnance. At the current
    pace, the commission says, the task will not be finished before {{2032}}.""",
)

item(
    "HALO Trust counts down Angola's last minefields",
    """The HALO Trust has cleared [[more than 1,000 minefields|other;u=other;a=the charity;alt=The HALO Trust]] in Angola since
    it arrived in {{1994}} and destroyed [[over 100,000 landmines|other;u=other;a=the charity;alt=The HALO Trust]],
    the charity said on Thursday. In Cuando Cubango province alone,
    [[153 minefields|other;u=other;a=The HALO Trust]] remain, it said, many of them along
    rivers that feed the Okavango Delta. The charity employs
    [[more than 1,100 Angolan staff|other]], about {{40%}} of them women.
    [[Eighteen villages|other]] in the province have been declared safe this year, and
    [[about 12,000 people|returned]] have resettled on cleared land near Dirico. Clearing the
    province is expected to cost {{$60 million}} and take {{five years}}.""",
)

item(
    "US funding freeze idles Afghan deminers",
    """KABUL (Al Jazeera) - [[More than 1,700 Afghan deminers|other;a=the UN]] were stood down
    this month after the United States froze foreign aid, the UN said, halting clearance in
    [[at least 90 communities|other;u=other;a=the UN]]. Washington had been the largest donor to
    Afghan mine action, providing {{$20 million}} in {{2024}}. According to the HALO Trust,
    [[about 4 million people|civilians;a=the HALO Trust]] live within {{one kilometre}} of
    contaminated land. [[About 60 demining teams|other;u=other]] remain in the field, paid by other donors. Risk
    education, which reached [[about 800,000 people|aid]] last year, has also stopped. Since
    {{1989}}, the country's mine action programme has cleared
    [[more than 18 million items|other]] of explosive ordnance. Unexploded ordnance killed or
    maimed [[about 40 people a month|injured]] last year, most of them children.""",
)

item(
    "Returning Syrians die in minefields left by war",
    """DAMASCUS (Reuters) - Mines and unexploded ordnance have killed
    [[at least 249 people|killed;a=the International NGO Safety Organisation]], including
    [[60 children|killed;a=the International NGO Safety Organisation]], since the fall of Bashar
    al-Assad in December, the International NGO Safety Organisation said on Tuesday. [[Another 379|injured]] were wounded. The toll has risen
    as [[more than 1.2 million refugees and displaced people|returned;n=refugees and displaced people;a=the UN refugee agency]]
    went back to their home areas, according to the UN refugee agency, many of them to
    farmland along the old front lines in Idlib and Hama. The HALO Trust said its teams had
    found [[2,300 explosive devices|other;a=The HALO Trust]] in {{three months}} in a single
    district. [[Three volunteers|killed;a=the group;alt=the Syria Civil Defence]] with the Syria Civil
    Defence died clearing a field in Idlib last month, the group said. Syria has no national
    mine action authority yet.""",
)

item(
    "Masam removes more than a thousand mines in one week",
    """ADEN (Arab News) - The Saudi Project for Landmine Clearance, Masam, removed
    [[1,182 mines|other;a=The Saudi Project for Landmine Clearance, Masam]] across Yemen in the
    {{second}} week of March, the project said. They included
    [[26 anti-personnel mines|other]], [[438 anti-tank mines|other]],
    [[714 items|other]] of unexploded ordnance and [[four explosive devices|other]]. Most were
    found in Marib, Shabwa and Taiz. Masam has cleared
    [[more than 470,000 mines|other;a=Masam]] since it began work in June {{2018}}, it
    said, with [[about 550 deminers|other;a=Masam]] and [[32 teams|other;u=other;a=Masam]].""",
)

item(
    "Azerbaijanis move back to Fuzuli as deminers work nearby",
    """FUZULI, Azerbaijan - [[Some 1,500 former residents|returned;a=officials]] have moved into
    new homes in the town of Fuzuli, officials said, nearly {{three decades}} after they fled
    the war of the {{early 1990s}}. The state has built
    [[600 apartments|housing]] in the town. Beyond the last street, deminers
    from ANAMA are still working: the agency has [[about 1,600 deminers|other;a=ANAMA]]
    in the field, it says, backed by Turkish and Croatian machines. [[About 20 families a week|returned]] are
    arriving. Before the war the town had [[about 20,000 residents|civilians]]. The government
    wants [[34,500 families|returned;p;a=The government]] to return to the region by
    {{2026}}.""",
)

item(
    "Lebanese army engineers clear munitions from southern villages",
    """BEIRUT (Reuters) - Lebanese army engineers have removed
    [[more than 2,800 unexploded munitions|other;a=the army]] from villages in the south since
    the November ceasefire, the army said on Monday. [[Two soldiers|killed;a=the army]] were
    killed and [[six|injured;a=the army]] wounded last week while dismantling a rocket in the
    village of Zibqin, it said. [[More than 900,000 people|returned;a=the International Organization for Migration]]
    have gone back to southern Lebanon, according to the International Organization for
    Migration, but [[about 100,000|displaced;a=the International Organization for Migration]]
    remain displaced. Israeli troops still hold [[five hilltop positions|other]] inside Lebanon. Many villages
    along the border were razed, and residents are barred from
    [[dozens of them|other;n=-;u=other]].""",
)

item(
    "Ex-FARC fighters turn deminers in Colombia",
    """VISTAHERMOSA, Colombia (AFP) - [[About 150 former FARC guerrillas|other]] now work as
    deminers for Humanicemos DH, a group set up under the {{2016}} peace deal, clearing land
    they may once have mined themselves. [[About 13,000 FARC members|combatants;a=the UN]]
    laid down their weapons after the deal, the UN said. Colombia has since declared
    [[391 municipalities|other;u=other;a=the government]] free of suspected mines, the government
    says, out of [[about 700|other;u=other;a=the government]] once thought contaminated. Humanicemos teams have
    cleared {{45,000 square metres}} in Meta department this year.
    [[Two of the group's deminers|injured]] were hurt in {{2022}}, and it hopes to hire
    [[another 100|other;p]] next year.""",
)

item(
    "Cambodia's rats sniff out mines as veteran retires",
    """SIEM REAP (BBC) - Ronin, an African giant pouched rat, has found
    [[109 landmines|other;u=other;a=APOPO]] and [[15 items|other;a=APOPO]] of unexploded
    ordnance since {{2021}}, according to APOPO, the Belgian charity that trains the animals. The
    rats are light enough not to set off the mines and can search {{200 square metres}} in
    {{30 minutes}}, a job that takes a deminer with a metal detector up to {{four days}}. APOPO
    has [[more than 100 rats|other;u=other]] and [[about 50 Cambodian handlers|other]] working in
    the country. Last year its teams found [[1,960 mines|other;a=the charity;alt=APOPO]] and
    [[about 600 other explosive items|other;a=the charity;alt=APOPO]], the charity said. Its best-known, Magawa, died
    in {{2022}} at the age of {{eight}}.""",
)

item(
    "Kakhovka floodwaters scatter mines across southern Ukraine",
    """KHERSON (Reuters) - The flood that followed the destruction of the Kakhovka dam has washed
    [[hundreds of mines|other;a=the International Committee of the Red Cross]] downstream from
    their original positions, the International Committee of the Red Cross said on Friday. The
    ICRC said [[at least 30 minefields|other;u=other;a=The ICRC]] along the Dnipro had been
    disturbed. [[About 4,000 people|displaced;a=officials]] were evacuated from flooded areas on the
    Ukrainian-held west bank in {{two days}}, and the flood killed
    [[at least 16 people|killed;a=officials]] there, officials said. Ukraine's State Emergency Service
    has [[more than 200 demining groups|other;u=other]] but said it could not search the flood
    zone while it was shelled.""",
)

item(
    "UN teams race to clear Gaza ordnance during truce",
    """The UN Mine Action Service said its specialists had found
    [[more than 560 items|other;a=The UN Mine Action Service]] of unexploded ordnance in Gaza in
    the {{first six weeks}} of the ceasefire, many of them in homes and schools. Unexploded
    ordnance has killed [[at least 53 people|killed;a=the World Health Organization]] and
    injured [[hundreds|injured;a=the World Health Organization]] since the ceasefire began,
    according to the World Health Organization. UNMAS has [[only 24 specialists|other;a=UNMAS]]
    in the strip and has marked [[about 300 sites|other;a=UNMAS]] for removal, it said, and Israel has not allowed heavy clearance equipment in.""",
)

item(
    "Polisario destroys last of its stockpiled mines",
    """TIFARITI, Western Sahara - The Polisario Front destroyed
    [[2,485 anti-personnel mines|other;a=the Swiss group Geneva Call]] from its stockpile on
    Wednesday, the last of the mines it held, the Swiss group Geneva Call said. The group signed
    a deed of commitment banning mines in {{2005}} and has destroyed
    [[more than 20,000|other;u=other;a=the Swiss group Geneva Call]] since, it said. Morocco,
    which is not party to the Mine Ban Treaty, says its army has cleared
    [[more than 22,000 mines|other;a=Morocco]] west of the berm. Geneva Call says it has
    persuaded [[more than 50 armed groups|other;u=other;a=Geneva Call]] to sign similar
    pledges.""",
)

item(
    "Gunmen abduct deminers in western Afghanistan",
    """HERAT, Afghanistan (Reuters) - Gunmen abducted
    [[12 deminers|kidnapped;a=provincial officials]] working for an Afghan clearance group in
    Herat province's Shindand district on Sunday, provincial officials said.
    [[Seven of them|kidnapped;n=-;a=a spokesman for the governor]] were freed on Tuesday after
    tribal elders intervened, but [[five|kidnapped;a=a spokesman for the governor]] are still
    held, a spokesman for the governor said. The group has pulled its
    [[40 other deminers|other]] out of the district. Police said they had detained
    [[three suspects|arrested;a=Police]]. In a separate incident in Farah,
    [[two deminers|missing]] have been missing since their vehicle was stopped at a checkpoint
    {{10 days}} ago. No group has claimed either abduction.""",
)

item(
    "Gazans walk home to the north past unexploded bombs",
    """GAZA (AP) - [[Hundreds of thousands of Palestinians|returned]] streamed back to northern
    Gaza on Monday and Tuesday after Israel opened the Netzarim corridor under the ceasefire.
    The UN said [[more than 375,000 people|returned;a=The UN]] had crossed in {{two days}}, many
    of them on foot along the coast road. UN deminers warned that the north is littered with
    unexploded bombs, and [[at least 12 people|injured;a=medics]] were hurt by ordnance on the
    first day, medics said. [[About 1 million people|displaced]] are still living in tents and
    shelters in the south. The UN said it had handed out
    [[some 60,000 leaflets|aid;u=other;a=The UN]] on the dangers of explosive remnants
    at the crossings.""",
)
