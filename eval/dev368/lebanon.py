"""Lebanon: Arsal, the Bekaa's informal settlements, storms, raids, boats and registration."""

from _wrap import item

item(
    "UNHCR halts new registrations in Lebanon at government's request",
    """BEIRUT (Reuters) - The UN refugee agency has stopped registering newly arrived Syrians in
    Lebanon at the request of the government, it said on {{Wednesday}}, leaving
    [[thousands of people|displaced]] who crossed in recent months without formal status. UNHCR
    had [[1,183,327 Syrian refugees|displaced;a=UNHCR]] on its books in Lebanon at the end of
    {{April}}, the agency said, and had been registering [[about 2,500 people a
    day|displaced]] at the height of the influx in {{2013}}. The government, which puts the
    total number of Syrians at [[1.5 million|displaced;a=The government;n=-]], wants to stop
    what it calls a burden on a country of [[4 million citizens|civilians]]. Officials said
    [[some 40,000 registration appointments|other;u=other;a=Officials]] already booked would
    be cancelled. Aid groups warned that unregistered refugees would lose access to cash,
    health care and school places.""",
)

item(
    "Militants overrun Arsal, seize soldiers and police",
    """ARSAL, Lebanon (AP) - Islamist militants who stormed the border town of Arsal over the
    weekend have killed [[at least 14 soldiers|killed;a=the army]] and wounded
    [[86 others|injured;a=the army]], the army said on {{Monday}}, in the worst spillover of
    Syria's war into Lebanon. [[22 soldiers|kidnapped;a=security sources]] and [[15 policemen|kidnapped;a=security sources]]
    were taken captive, security sources said. Fighters from the Nusra Front and
    the Islamic State group, estimated at [[up to 3,000 gunmen|combatants;a=security
    sources]] by security sources, entered from the hills after the arrest of a commander. Shells
    set fire to [[dozens of tents|housing]] in camps on the edge of town, and
    [[about 1,500 refugees|displaced]] fled toward the Bekaa. Arsal hosted
    [[more than 40,000 Syrian refugees|displaced]] before the fighting, more than its own
    population.""",
)

item(
    "Nusra frees 16 Lebanese captives in swap at Arsal",
    """Al-Nusra Front freed [[16 Lebanese soldiers and policemen|kidnapped;n=soldiers and
    policemen]] on {{Tuesday}} in exchange for [[13 prisoners|other]] held in Lebanese jails,
    ending a {{16-month}} ordeal that began when the group overran Arsal in {{August 2014}}.
    Qatari mediators brokered the deal, under which [[about 20 trucks|aid]] of food and fuel
    also entered the militant-held hills. The militants also let [[some 40 sick and wounded refugees|other]] leave the hills for
    treatment. The freed men were driven to Beirut, where relatives
    wept on the tarmac. The Islamic State group still holds [[nine soldiers|kidnapped;a=the
    army]], the army said. [[Four captives|killed]] were executed by the militants during
    their captivity. Their remains were found in the hills in {{2017}}.""",
)

item(
    "Army raids Arsal camps after suicide bombings; detainees die in custody",
    """The Lebanese army said [[five suicide bombers|combatants;a=The Lebanese army]] blew
    themselves up as troops raided [[two informal camps|capacity;u=structure]] in Arsal before
    dawn on {{Friday}}, wounding [[seven soldiers|injured]]. [[One child|killed]] died when one of the
    bombers detonated his vest near her family's tent. Troops detained [[more than 350
    people|arrested;a=the army;alt=The Lebanese army]], the army said, and photographs showed
    men lying face down in the dirt. [[Four of the detainees|killed;a=the army;alt=The Lebanese
    army]] died in custody, the army said days later, blaming chronic conditions. Human Rights
    Watch called for an independent inquiry. [[About 60,000 refugees|displaced]] lived in Arsal at the
    time.""",
)

item(
    "Deal empties Arsal's hills as fighters and refugees bused to Idlib",
    """A convoy of [[more than 100 buses|other;a=Hezbollah's media unit]] left the outskirts of Arsal on {{Wednesday}}
    carrying [[about 9,000 people|returned;a=Hezbollah's media unit]] to rebel-held Idlib,
    Hezbollah's media unit said, under a deal that ended a week-long offensive on the
    Nusra Front in the barren hills. Among them were [[some 1,100 fighters|combatants]] and
    their families, as well as refugees from the camps of Wadi Hmayyed who chose to go. In
    return, Nusra handed over [[five Hezbollah fighters|kidnapped]] it had captured. A separate
    deal later moved [[about 300 Islamic State militants|combatants;a=Lebanese
    officials]] to eastern Syria, Lebanese officials said. [[At least 24 Hezbollah
    fighters|killed;a=the group]] died in the offensive, the group said. The army, which deployed
    [[about 5,000 troops|combatants]] on the Lebanese side, did not take part in the talks.""",
)

item(
    "Storm Norma floods Bekaa settlements, child drowns",
    """Storm Norma has flooded or damaged [[more than 570 informal settlements|housing;a=UNHCR]]
    across Lebanon, UNHCR said on {{Thursday}}, affecting [[over 70,000 refugees|civilians]]. In
    the Bekaa, the Litani river burst its banks and [[about 600 tents|housing]] were swept away
    or collapsed under snow. [[One child|killed;a=the state news agency NNA]], an {{eight-year-old}} Syrian girl, drowned
    when her family's tent in Minyeh was flooded, the state news agency NNA said. Civil Defence teams evacuated [[some 1,200 people|displaced;a=the
    Lebanese Civil Defence]] from low-lying camps, according to the Lebanese Civil Defence, and
    UNHCR handed out [[15,000 plastic sheets|aid]]. The agency said it expected
    [[hundreds more shelters|housing;p;a=The agency;alt=UNHCR]] to be damaged as the storm moved
    north.""",
)

item(
    "Arsal refugees tear down their own walls as demolition deadline passes",
    """ARSAL, Lebanon - Syrian families in Arsal spent the weekend knocking down the concrete walls
    of their shelters after Lebanon's Higher Defence Council ordered that any refugee structure
    built of more than breeze blocks to a height of {{one metre}} be removed by {{July 1}}. Aid
    groups said [[about 5,000 shelters|housing;a=Aid groups]] in the town were affected,
    home to [[some 15,000 children|civilians]]. By {{Monday}}, [[more than 3,600
    structures|housing;a=the army]] had been dismantled by their owners, the army said, and
    soldiers had bulldozed [[at least 20 others|housing;u=structure]]. UNHCR said [[about 1,800 families|displaced;a=UNHCR]] had been left
    without a roof, and soldiers were taking apart [[200 to 250 shelters a day|housing]].
    Families were left under tarpaulin in
    temperatures above {{35C}}. "We built the walls so the children would not freeze," said a
    father, {{44}}. The council said the rules protect Lebanese land and prevent permanent
    settlement.""",
)

item(
    "Lebanese army deports hundreds of Syrians after wave of raids",
    """BEIRUT (AFP) - Lebanon's army has detained [[more than 1,100 Syrians|arrested;a=the Access
    Center for Human Rights]] in raids on homes and settlements since early {{April}} and deported
    [[at least 600 of them|returned;n=-;a=the Access Center for Human Rights]], the Access Center
    for Human Rights said on {{Tuesday}}. Among those handed to Syrian authorities at the Masnaa
    crossing were [[13 registered refugees|returned;a=the group;alt=the Access Center for Human Rights]] and a defected army officer, the group said.
    Soldiers raided [[at least 66 settlements|other;a=Amnesty International]] in the Bekaa and the north, according
    to Amnesty International. The army said it was enforcing the law on those who entered
    illegally. Rights groups say [[dozens of the deportees|missing;a=Rights groups]] have since disappeared in
    Syrian detention. UNHCR said it was "deeply concerned" and had been unable to reach
    [[about 250 families|civilians;a=UNHCR]] of those removed.""",
)

item(
    "Camp torched in north Lebanon after brawl; hundreds of Syrians flee",
    """MINYEH, Lebanon - Young men set fire to an informal refugee camp in the northern town of
    Minyeh overnight after a fight between a Lebanese family and Syrian workers, forcing
    [[at least 370 Syrians|displaced;a=the UN]] to flee into the night, the UN said on
    {{Sunday}}. The fire destroyed [[all 93 tents|housing]] in the settlement, local officials
    said, and [[three people|injured]] were treated for burns and smoke inhalation. The army said
    it had arrested [[two Lebanese men|arrested;a=The army]] and [[six Syrians|arrested;a=The army]]
    involved in the brawl. Many of those who fled were taken in by relatives in other camps; the
    Danish Refugee Council said it was sheltering [[around 50 families|displaced;a=the Danish
    Refugee Council]] in a hall in Bhanine. Gas cylinders exploded as the flames spread, witnesses
    said.""",
)

item(
    "Boat carrying migrants sinks off Tripoli; children among the dead",
    """TRIPOLI, Lebanon (Reuters) - A boat carrying Lebanese, Syrian and Palestinian migrants sank
    off Tripoli late on {{Saturday}} after a chase with the navy, leaving [[at least six
    people|killed;a=Transport Minister Ali Hamie]] dead, Transport Minister Ali Hamie said. The
    navy rescued [[45 passengers|other;a=the army]], the army said, and search teams were
    looking for [[about 30 others|missing]] still unaccounted for. Survivors said
    [[some 84 people|other;a=Survivors]] had been packed on a boat meant for [[no more than 10|capacity;n=-;a=Survivors]].
    Among the dead was a {{40-day-old}} baby. Relatives blocked roads in Tripoli's Bab
    al-Tabbaneh overnight, and [[two soldiers|injured]] were hurt by stones, the army said. The
    smugglers had charged up to {{$6,000}} a seat.""",
)

item(
    "Death toll from Syrian migrant boat off Tartus rises to 94",
    """The number of bodies recovered after a migrant boat from Lebanon sank off the Syrian port of
    Tartus rose to [[94|killed;a=Syria's health ministry]], Syria's health ministry said on
    {{Saturday}}, making it the deadliest such voyage from Lebanon. [[Twenty survivors|other]]
    are being treated in Tartus hospital. The boat had left Minyeh on {{Tuesday}} with
    [[between 120 and 150 people|other;a=survivors]] on board, according to survivors, most of
    them Syrian refugees from Akkar and the Bekaa. [[Dozens|missing;n=-]] are still missing.
    UNHCR said [[more than 3,500 people|other;a=UNHCR]] had attempted to leave Lebanon by sea so
    far this year, up from [[about 1,500|other;n=-;a=UNHCR]] in {{2021}}.""",
)

item(
    "Army frees Syrians held for ransom in Baalbek, arrests gang",
    """BAALBEK, Lebanon - Lebanese army commandos freed [[four Syrian refugees|kidnapped;a=the
    army]] held for ransom in a farmhouse near Baalbek, the army said on {{Thursday}}, and
    arrested [[three members|arrested]] of the gang that seized them. The men, taken at a fake
    checkpoint on the road to Hermel {{nine days}} earlier, had been beaten and filmed to pressure
    their families, who were asked for {{$20,000}} each. Security sources said the same gang had
    abducted [[at least 11 Syrians|kidnapped;a=Security sources]] since {{January}}, most of
    them workers smuggled across from Qusayr. Kidnappings of Syrians for ransom have risen in
    the northern Bekaa since the economic collapse of {{2019}}, and [[two captives|killed]] were
    found dead last year after their families could not pay. [[Some 250 soldiers|combatants]]
    took part in the raid, backed by helicopters. The gang had held [[up to 15 people|kidnapped;a=investigators]]
    at a time in the farmhouse, investigators said.""",
)

item(
    "Afternoon shift keeps Syrian children in Lebanese classrooms, for now",
    """Lebanon's education ministry said [[about 155,000 Syrian children|other;a=Lebanon's
    education ministry]] were enrolled in the afternoon "second shift" this year, in
    [[some 350 public schools|other]] that teach Lebanese pupils in the morning. Another
    [[60,000 or so|other;q=approx;n=-]] attend non-formal classes run by NGOs. UNICEF estimates
    that [[more than 400,000 school-age Syrians|civilians;a=UNICEF]] in Lebanon are out of school.
    [[Some 11,000 teachers|other]] work in the second
    shift. Donors pay them about {{$5}} an hour, and strikes over pay closed the
    shift for {{several weeks}} in {{2023}}. The ministry plans to add [[25,000 places|other;p;u=other;a=The
    ministry;alt=Lebanon's education ministry]] if funding allows, but warned that without
    {{$50 million}} the shift could shut in {{September}}.""",
)

item(
    "Israeli strike on Bekaa settlement kills Syrian refugees",
    """An Israeli air strike on a tented settlement near Baalbek killed [[at least seven Syrian
    refugees|killed;a=Lebanon's health ministry]], including [[four children|killed]], Lebanon's
    health ministry said on {{Wednesday}}. [[Twelve people|injured;a=civil defence workers]] were wounded and
    [[two others|missing;a=civil defence workers]] were believed to be under the rubble of a nearby warehouse, civil
    defence workers said. The settlement housed [[about 40 families|displaced]], most from
    Homs province. It was one of [[more than 200 informal settlements|capacity]] in the
    Baalbek-Hermel area. Since {{September}}, [[tens of thousands of Syrians|returned;a=Lebanese
    General Security]] have crossed back into Syria to escape the bombing, according to Lebanese
    General Security. The Israeli military said it had targeted a Hezbollah weapons depot.""",
)

item(
    "Syrians freeze to death crossing mountains into Lebanon",
    """Lebanese soldiers found the bodies of [[15 Syrians|killed;a=the army]], among them
    [[two children|killed]], in the snow on the mountains near Masnaa, the army said on
    {{Saturday}}, after smugglers abandoned a group in a blizzard. Rescuers brought
    [[six survivors|other]] to a hospital in Chtaura with frostbite. [[At least two people|missing;a=the army]] were still missing, the army said. Temperatures on the ridge fell
    to {{minus 10C}} overnight. Smugglers had charged each person about {{$300}} for the crossing,
    survivors said. Lebanon has required visas for Syrians since {{January 2015}}, and
    [[thousands of people|displaced]] have since crossed illegally each year. Soldiers arrested
    [[two suspected smugglers|arrested]] in the village of Sweiri.""",
)

item(
    "Lebanon crisis plan for 2025 barely a quarter funded",
    """The Lebanon Response Plan received just {{26%}} of the {{$2.7 billion}} it sought for
    {{2025}}, the UN's humanitarian coordinator said, the lowest share since the plan began in
    {{2015}}. Cash transfers to Syrian families were cut to {{$20}} per person a month from
    {{$27}}, and the share of refugee households living in extreme poverty rose to {{81%}}.
    Rents in the Bekaa have been dollarised since {{2023}}, with a room in a shared flat costing
    around {{$150}} a month. The coordinator said donors had shifted money to Syria itself after
    {{December 2024}}, when Bashar al-Assad was overthrown. The plan for {{2026}} asks for
    {{$2.1 billion}}.""",
)

item(
    "Curfews for Syrians spread through Lebanese towns",
    """Municipal banners reading "Syrians are forbidden to move about after {{8pm}}" have appeared
    across Mount Lebanon and the north since {{October 2022}}, Human Rights Watch said in a report
    on {{Thursday}}. Some curfews run from {{7pm}} to {{6am}} and apply to anyone over
    {{the age of 15}}. In Bsharri, the rules have been in place since {{November 2020}}, when a
    Syrian worker was accused of killing a local man. Refugees said they were stopped by
    municipal police and fined {{500,000 Lebanese pounds}}, about {{$5}} at the market rate.
    Interior ministry guidance issued on {{April 24, 2024}} told municipalities to enforce the
    residence rules "strictly". HRW said the curfews were discriminatory under {{article
    7}} of the constitution.""",
)
