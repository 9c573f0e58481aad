"""dev366 items: Hayat Tahrir al-Sham's rule in Idlib and its offensive of November 2024."""

from _wrap import item

item(
    "Rebels launch surprise offensive west of Aleppo",
    """Hayat Tahrir al-Sham and allied factions launched their biggest offensive in years on
    Wednesday, seizing [[more than 20 villages|other;a=the Syrian Observatory for Human Rights]]
    in the western Aleppo countryside, the Syrian Observatory for Human Rights said. The
    monitor said [[at least 132 people|killed;a=The monitor;alt=the Syrian Observatory for Human
    Rights]] had been killed in {{two days}} of fighting:
    [[65 HTS and allied fighters|killed;a=The monitor;alt=the Syrian Observatory for Human
    Rights;n=fighters]], [[54 government soldiers|killed;a=The monitor;alt=the Syrian
    Observatory for Human Rights]] and [[13 civilians|killed;a=The monitor;alt=the Syrian
    Observatory for Human Rights]]. HTS, which calls the campaign "Deterrence of Aggression",
    said it had taken [[about 40 soldiers|arrested;a=HTS]] prisoner and seized
    [[four tanks|other;a=HTS]]. OCHA said [[over 14,000 people|displaced;a=OCHA]], nearly
    {{half}} of them children, had fled their homes in Idlib and western Aleppo. Russian and
    Syrian jets struck Atarib and Darat Izza, wounding [[at least 27|injured;a=the White
    Helmets]], the White Helmets said.""",
)

item(
    "Rebels sweep into Aleppo as government lines collapse",
    """Insurgents led by Hayat Tahrir al-Sham entered Aleppo on Friday and by Saturday held most
    of the city, meeting little resistance, residents and the Syrian Observatory for Human
    Rights said. The army said [[dozens of soldiers|killed;a=The army]] had been killed and
    that it was redeploying to "absorb the attack". Russian airstrikes on a roundabout in the
    city killed [[at least 20 civilians|killed;a=the White Helmets]], the White Helmets said,
    and a strike on the university hospital's car park killed
    [[12 more|killed;a=the White Helmets;n=-]], according to the same group. OCHA said
    [[more than 48,500 people|displaced;a=OCHA]] had been displaced across Idlib and northern
    Aleppo, with [[tens of thousands|displaced;a=OCHA]] more believed to be on the move. The
    Kurdish-led administration said [[hundreds of thousands of Kurds|civilians;a=The
    Kurdish-led administration]] were trapped in Aleppo's Sheikh Maqsoud and in Tal Rifaat.
    Rebels said they had seized [[more than 60 military vehicles|other;a=Rebels]] and
    [[14 warplanes|other;a=Rebels;u=other]] at the Kuweires air base.""",
)

item(
    "Prison gates opened in Aleppo and Hama",
    """Rebels who entered Aleppo opened the city's central prison on Saturday, freeing
    [[about 3,500 detainees|arrested;a=the rebels' military operations command]], the rebels'
    military operations command said. In Hama on Thursday, fighters broke into the central
    prison and released [[hundreds of prisoners|arrested]], many of them held without trial.
    Footage showed an elderly man carried out by his sons. The Syrian Network for
    Human Rights said [[at least 136,614 people|arrested;a=The Syrian Network for Human
    Rights]] were still held in government detention across Syria, and that
    [[some 96,300 people|missing;a=The Syrian Network for Human Rights]] had been forcibly
    disappeared since {{2011}}. It said [[157 detainees|killed;a=The Syrian Network for Human
    Rights]] had died under torture in {{2024}} alone. [[Dozens of families|other;a=witnesses]] waited outside the
    gates with lists of names, witnesses said.""",
)

item(
    "Hama falls to insurgents after days of fighting",
    """Syria's army said on Thursday it had withdrawn from Hama, the {{fourth}}-largest city,
    after insurgents broke through its defences from the north and east. The army said it had
    pulled out to protect [[the city's 1 million residents|civilians;a=The army]] from street
    fighting. The Syrian Observatory for Human Rights said
    [[some 1,200 fighters|killed;a=The Syrian Observatory for Human Rights]] on all sides had
    been killed since the offensive began on {{November 27}}, along with
    [[more than 200 civilians|killed;a=The Syrian Observatory for Human Rights]]. Russian and
    Syrian jets struck the town of Kafr Nabudah and a road out of Hama, killing
    [[25 civilians|killed;a=rescuers]] as they fled, rescuers said. The World Food Programme
    said [[over 280,000 people|displaced;a=The World Food Programme]] had been displaced since
    the start of the offensive and that it had reached [[about 110,000|aid;a=The World Food
    Programme]] of them with hot meals and bread. Rebels said they had taken
    [[90 villages|other;a=Rebels]] and towns in Hama province, and that
    [[hundreds of soldiers|combatants;a=Rebels]] had laid down their weapons.""",
)

item(
    "HTS detains critics as protests against Jolani spread",
    """Hayat Tahrir al-Sham's security service has detained
    [[more than 300 people|arrested;a=the Syrian Network for Human Rights]] in Idlib since
    {{February}}, many of them accused of spying for the coalition or the government, the
    Syrian Network for Human Rights said. [[Thousands of protesters|other;a=organisers]]
    marched in Idlib city and Binnish on Friday for the {{sixth}} week running, organisers
    said, calling for Abu Mohammed al-Jolani to step down. The protests began after a detainee
    died in HTS custody; relatives say [[two others|killed;a=relatives]] have since died under
    torture. HTS said it had released [[about 420 detainees|arrested;a=HTS]] under a general
    amnesty and that [[a dozen|arrested;a=HTS]] security officers had been arrested for abuses.
    The group's General Security Service says it holds
    [[around 600 prisoners|arrested;a=The group's General Security Service]], most of them
    accused of links to the Islamic State. Rights groups say the real number is higher.""",
)

item(
    "Kidnappings for ransom rise in northern Aleppo and Idlib",
    """Gunmen abducted [[three aid workers|kidnapped;a=their employer]] on the road between
    Sarmada and Dana on Monday, their employer said, and demanded {{$50,000}} for their
    release. The Syrian Network for Human Rights said
    [[at least 74 people|kidnapped;a=The Syrian Network for Human Rights]] had been kidnapped
    in areas held by the Turkish-backed factions and HTS in the {{first nine months}} of the year, among them [[19 children|kidnapped;a=The Syrian Network for Human Rights]]. Police
    in al-Bab said they had freed [[two hostages|kidnapped;a=Police in al-Bab]] held in a farm
    house and arrested [[five suspects|arrested;a=Police in al-Bab]]. In Azaz,
    a {{9-year-old}} boy was returned to his family after {{11 days}}; his father
    said he had paid {{$20,000}}. [[Nine people|missing;a=the network;alt=The Syrian Network for
    Human Rights]] abducted this year have not been heard from since, the network
    said.""",
)

item(
    "Over a million displaced in Syria's new war, UN says",
    """[[More than 1.1 million people|displaced;a=OCHA]] have been displaced across Syria since
    the insurgent offensive began on {{27 November}}, OCHA said in an update on Monday. Of
    those, [[some 640,000|displaced;a=the office;alt=OCHA]] fled in the north-west and northern
    Aleppo, the office said. It said [[about 100,000 people|returned;a=OCHA]] had already
    gone back to their homes in Aleppo city. [[Over 1,500 trucks|aid;a=the UN]] of UN aid had
    crossed from Turkey through Bab al-Hawa and Bab al-Salam since the start of the offensive,
    the UN said, and it planned to send [[200 more trucks|aid;p;a=the UN]] this week. The UN
    refugee agency said [[more than 1 million Syrians|returned;p;a=The UN refugee agency]]
    could return from abroad in the {{first six months of 2025}}. [[Some 170 schools|capacity;a=the
    Education Cluster]] were being used as shelters, the Education Cluster said.""",
)

item(
    "A week of war: monitor tallies the offensive's dead",
    """The offensive that took Aleppo and Hama has killed [[910 people|killed;a=the Syrian Observatory for Human Rights]] in its {{first week}}, the
    Syrian Observatory for Human Rights said on Wednesday. They include
    [[110 civilians|killed;a=the Syrian Observatory for Human Rights]], among them
    [[20 children|killed;a=the Syrian Observatory for Human Rights]], the monitor said. It
    counted [[380 fighters|killed;a=the Syrian Observatory for Human Rights]] of HTS and allied
    factions and [[420 soldiers and militiamen|killed;a=the Syrian Observatory for Human
    Rights;n=soldiers and militiamen]] on the government side. The White Helmets said
    [[more than 400 people|injured;a=The White Helmets]] had been wounded by Russian and Syrian
    airstrikes on Idlib, Atarib and Sarmada, which they said had hit
    [[at least 11 medical facilities|housing;a=The White Helmets]] and
    [[six schools|housing;a=The White Helmets]]. The Syrian defence ministry has given no
    toll.""",
)

item(
    "Going home to Maarat al-Numan",
    """[[About 2,000 families|returned;a=the local council]] have gone back to Maarat al-Numan
    since government forces left the town in {{early December}}, the local council said. Many
    of them had spent {{five years}} in the camps along the Turkish border. The council
    estimates that [[more than 3,000 homes|housing;a=The council;alt=the local council]] in the
    town were destroyed or looted, and that {{90 per cent}} of the rest need repairs. In
    Saraqeb, [[roughly 600 families|returned;a=residents]] have returned, residents said.
    Unexploded ordnance has killed [[at least 12 people|killed;a=the White Helmets]] in the
    area since the offensive, the White Helmets said, and wounded [[more than 20|injured;a=the
    White Helmets]]. OCHA estimates [[1.9 million people|displaced;a=OCHA]] remain in camps in
    the north-west, and that [[up to 300,000|returned;p;a=OCHA]] could leave them by summer.
    "Half the roof is gone, but it is ours," said one returnee, {{61}}.""",
)

item(
    "Who is fighting in north-west Syria",
    """Hayat Tahrir al-Sham fields [[some 30,000 fighters|combatants;a=Western
    officials]], Western officials estimate, making it by far the strongest force in Idlib. It
    fights alongside the Turkistan Islamic Party, whose
    [[up to 3,000 Uighur fighters|combatants]] are based around Jisr al-Shughour, and the
    factions of the National Front for Liberation, with
    [[about 15,000 men|combatants;a=the Front]], the Front says. The Turkish-backed Syrian
    National Army counts [[about 60,000 fighters|combatants;a=Turkish officials]] in northern
    Aleppo, Turkish officials say, though analysts put the number of active fighters at
    [[fewer than 35,000|combatants;a=analysts]]. Turkey keeps
    [[around 10,000 troops|combatants]] in the north-west at
    [[more than 100 bases|other;u=structure]] and outposts. Facing them before the offensive,
    the government had [[some 25,000 soldiers|combatants;a=a Western diplomat]] and
    militiamen on the Idlib and Aleppo fronts, a Western diplomat said, backed by
    [[several thousand Iran-backed fighters|combatants]].""",
)

item(
    "Syrian soldiers cross into Iraq as army crumbles",
    """[[About 2,000 Syrian soldiers|combatants;a=Iraqi security officials]] crossed into Iraq at
    the al-Qaim border post on Friday night and handed over their weapons, Iraqi security
    officials said. The soldiers came with [[dozens of vehicles|other;a=Iraqi security
    officials]], among them [[six tanks|other;a=Iraqi security officials]]. Iraq's interior
    ministry said [[a further 1,000|combatants;a=Iraq's interior ministry]] had reached the
    border by Saturday. In Hama and Homs, HTS said it had taken
    [[more than 1,500 soldiers|arrested;a=HTS]] prisoner. It said
    [[over 1,100|arrested;a=HTS]] of them had been sent home after handing in their weapons at
    "settlement centres". Russia said it had pulled [[some 400 personnel|combatants;a=Russia]]
    back to the Hmeimim air base from outposts in the north. The Syrian Observatory for Human
    Rights said [[at least 48 soldiers|killed;a=The Syrian Observatory for Human Rights]] had
    been executed by insurgents after capture, a charge HTS denied. The families of
    [[hundreds of conscripts|missing;a=relatives]] say they have had no news of them since
    their units broke up, relatives told AFP.""",
)

item(
    "Aid workers killed as bombing returns to Idlib",
    """[[Four aid workers|killed;a=the Syrian Response Coordination Group]] have been killed in
    north-west Syria since the fighting began, the Syrian Response Coordination Group said on
    Sunday, among them [[two volunteers|killed;a=the Syrian Response Coordination Group]] of the
    Syrian Arab Red Crescent. The group said Russian and government strikes had hit
    [[12 health facilities|housing;a=The group;alt=the Syrian Response Coordination Group]],
    [[seven schools|housing;a=The group;alt=the Syrian Response Coordination Group]] and
    [[three camps|capacity;a=The group;alt=the Syrian Response Coordination Group]] for
    displaced people. A strike on the Idlib University Hospital on Monday killed [[four people|killed;a=the hospital's administration]], among them a nurse, the hospital's administration said, and forced staff to move
    [[about 80 patients|displaced;a=the hospital's administration]] to other facilities.
    Médecins Sans Frontières said its teams had treated
    [[more than 280 wounded|injured;a=Médecins Sans Frontières]] in {{five days}}. The World
    Health Organization said it had sent [[15 trucks|aid;a=The World Health Organization]] of
    trauma supplies through Bab al-Hawa.""",
)

item(
    "Turkish-backed factions take Manbij from Kurdish-led forces",
    """The Turkish-backed Syrian National Army said on Monday it had taken Manbij from the
    Kurdish-led Syrian Democratic Forces after {{nine days}} of fighting. The Syrian
    Observatory for Human Rights said [[at least 218 fighters|killed;a=The Syrian Observatory
    for Human Rights]] had been killed: [[200|killed;a=The Syrian Observatory for Human Rights]] from the SNA factions and [[18 SDF fighters|killed;a=The Syrian Observatory for
    Human Rights]]. [[Nine civilians|killed;a=The Syrian Observatory for Human Rights]] were also
    killed, it said. [[Around 100,000 people|displaced;a=the SDF-led administration]] had fled
    towards Raqqa and Tabqa, the SDF-led administration said. SNA fighters detained
    [[about 60 men|arrested;a=residents]] suspected of ties to the SDF, residents said, and
    [[at least seven|kidnapped;a=residents]] were taken from their homes at night. The SDF
    said it had evacuated [[some 30 wounded fighters|injured;a=The SDF]] under a deal brokered
    by the United States.""",
)

item(
    "At Sednaya, families search for the missing",
    """[[Thousands of people|other;a=witnesses]] converged on Sednaya prison north of Damascus on
    Monday, searching for relatives after rebels opened its gates, witnesses said. The White
    Helmets said their teams had found no hidden cells after searching for
    {{more than 24 hours}}, and that [[about 2,500 detainees|arrested;a=The White Helmets]] had
    been freed from the prison on Sunday. The Association of Detainees and the Missing in
    Sednaya Prison says [[more than 30,000 people|killed;a=The Association of Detainees and the
    Missing in Sednaya Prison]] were executed or died there between {{2011}} and {{2018}}.
    Amnesty International put the number hanged at [[up to 13,000|killed;a=Amnesty
    International]] in the {{first five years}} of the war alone. The UN's Independent
    Institution on Missing Persons estimates that [[more than 130,000 Syrians|missing;a=The UN's
    Independent Institution on Missing Persons]] are still missing. Rebels said they had found
    [[about 40 bodies|killed;a=Rebels]] with signs of torture at a military hospital in
    Damascus.""",
)

item(
    "Profile: from Nusra Front to the road to Damascus",
    """Hayat Tahrir al-Sham was formed in {{January 2017}} from the Nusra Front, which had
    announced its split from al-Qaeda in {{July 2016}}. The United States designated it a
    terrorist organisation in {{May 2018}} and offered up to {{$10 million}} for information on
    its leader, Abu Mohammed al-Jolani, who was born in {{1982}}. The group set up the Syrian
    Salvation Government in {{November 2017}}. By {{2019}} it controlled most of Idlib. Its
    offensive of {{late November 2024}} ended with the fall of Damascus on
    {{8 December}}, {{11 days}} after it began. The bounty was dropped in {{December 2024}}.""",
)

item(
    "Aleppo's bread prices double in a week",
    """The price of a bundle of bread in Aleppo rose from {{4,000}} to {{8,000}} Syrian pounds in
    the {{first week}} of {{December 2024}}, traders said. The pound traded at about
    {{15,000}} to the dollar on {{December 2}}, against {{14,750}} a week earlier. Fuel was
    selling at {{$1.20}} a litre. Bakeries worked {{18 hours}} a day. Prices fell back by
    {{about 30 per cent}} by {{mid-December}}, once roads to Idlib and Turkey reopened.""",
)
