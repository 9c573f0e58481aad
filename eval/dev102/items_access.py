"""Access, forces and returns in compound crises: the Kakhovka dam flood under shelling, troops
and police deployed into disaster zones, abductions and arrests of people seeking or bringing
aid, attacks on camps and convoys, and refugees and displaced people going home to ruins,
drought and disease (items with figures first, then three without)."""

from _wrap import item

item(
    "Kakhovka dam breach floods dozens of villages on the Dnipro",
    """Water from the destroyed Kakhovka dam has flooded [[about 80
    settlements|other;u=other;a=Ukraine's interior minister]] along the Dnipro, Ukraine's
    interior minister said on Wednesday, and [[more than 2,700 people|displaced;a=the
    minister;alt=Ukraine's interior minister]] have been evacuated from the Ukrainian-held
    bank, the minister said. Russian shelling of Kherson during the evacuation wounded [[nine
    people|injured;a=the regional governor]], the regional governor said.""",
)

item(
    "Both sides count the drowned after Kakhovka flood",
    """Russian-installed officials said [[at least 41 people|killed;a=Russian-installed
    officials]] had drowned in Oleshky, Hola Prystan and other towns on the occupied left bank.
    Ukrainian officials said [[at least 17|killed;a=Ukrainian officials]] had died on their
    side and [[31|missing;a=Ukrainian officials]] were missing. Volunteers said Russian
    soldiers had stopped them from taking boats across the river to reach people stranded on
    roofs.""",
)

item(
    "Strike on Kherson evacuation boat kills three",
    """A Russian drone hit a boat carrying people evacuated from flooded villages on the left
    bank of the Dnipro on Sunday, killing [[three people|killed;a=Kherson's regional governor]]
    and injuring [[10|injured;a=Kherson's regional governor]], Kherson's regional governor
    said. Since the dam burst, Ukrainian rescuers have taken [[more than 3,600
    people|displaced;a=Ukraine's emergency service]] out of flooded areas, according to
    Ukraine's emergency service.""",
)

item(
    "Rwandan troops clear Cabo Delgado roads after Chido",
    """Rwanda's contingent in Cabo Delgado, [[about 4,000 soldiers and
    police|combatants;n=soldiers and police;a=Rwanda's defence ministry]], has helped clear
    roads blocked by fallen trees and debris after Cyclone Chido, Rwanda's defence ministry
    said. Mozambican troops escorted [[24 trucks|aid]] of food and roofing sheets to Macomia
    and Mocimboa da Praia, where insurgents remain active.""",
)

item(
    "Kenyan police arrive in Haiti as cholera and storms loom",
    """[[About 400 Kenyan police officers|combatants;a=the Kenyan government]] landed in
    Port-au-Prince on Tuesday, the first of a multinational force, the Kenyan government said,
    and [[another 600|combatants;p;a=the Kenyan government]] are to follow. The force arrives
    at the start of the hurricane season, with [[some 580,000 people|displaced]] living in
    displacement sites and schools after gang attacks.""",
)

item(
    "Nigerian soldiers pull residents from Maiduguri floodwater",
    """The army deployed [[more than 1,000 soldiers|combatants;a=a military spokesman]] with
    boats and trucks to help evacuate flooded parts of Maiduguri, a military spokesman said on
    Wednesday. The floods also swamped the city's zoo, and {{about 80 percent}} of its animals
    died, officials said. Troops rescued [[several thousand residents|displaced]] from rooftops
    in the first {{two days}}.""",
)

item(
    "RSF masses fighters around El Fasher as rains begin",
    """The Rapid Support Forces have massed [[about 3,000 fighters|combatants;a=the Sudan
    Conflict Observatory]] and [[more than 200 armed vehicles|other;a=the Sudan Conflict
    Observatory]] to the east of El Fasher, the Sudan Conflict Observatory said, citing
    satellite images, as the rainy season turned roads to mud. The city and its camps hold [[an
    estimated 800,000 people|civilians]].""",
)

item(
    "Al-Shabaab attacks base in flooded Hiraan",
    """[[Hundreds of al-Shabaab fighters|combatants;a=a Somali army officer]] attacked an army
    base near Beledweyne at dawn on Friday, a Somali army officer said, days after floods
    forced the town's residents on to higher ground. [[Seven soldiers|killed;a=the officer]]
    and [[between 20 and 30 militants|killed;a=the officer]] were killed, the officer said.""",
)

item(
    "Haftar's forces seal off Derna, detain journalists",
    """Forces loyal to the eastern commander Khalifa Haftar deployed [[thousands of
    troops|combatants]] around Derna after the flood and ordered journalists to leave. [[At
    least four journalists|arrested;a=the Libyan Center for Freedom of Press]] were detained,
    the Libyan Center for Freedom of Press said. Residents said soldiers were turning back
    volunteers bringing food from Benghazi.""",
)

item(
    "Boko Haram abducts women gathering firewood near Gwoza camps",
    """Boko Haram fighters abducted [[dozens of women|kidnapped;a=community leaders]] who had
    left displacement camps in Gwoza to collect firewood, community leaders said on Saturday.
    Food rations in the camps were cut last year, forcing women to sell wood to buy grain. The
    army said it had rescued [[a dozen of them|kidnapped;n=-;a=The army]].""",
)

item(
    "Aid workers kidnapped in flood-hit central Mali",
    """Gunmen kidnapped [[four staff members|kidnapped;a=the organisation]] of a Malian aid
    group distributing food to flood victims near Mopti on Tuesday, the organisation said.
    Floods in Mali have killed [[at least 47 people|killed;a=the government]] and affected
    [[more than 55,000|civilians;a=the government]] since June, according to the government.
    Kidnappings by jihadist groups and bandits are frequent in the region.""",
)

item(
    "Gunmen ambush flood aid convoy in Jonglei",
    """Gunmen ambushed a convoy carrying food for flood victims in Jonglei state on Thursday,
    killing [[two drivers|killed;a=the UN mission]] and looting [[11 trucks|aid;a=the UN
    mission]], the UN mission said. [[Thirty-four aid workers|killed;a=OCHA]] were killed in
    South Sudan last year, OCHA said, the highest number anywhere outside Gaza and Sudan.""",
)

item(
    "Myanmar junta arrests volunteers who delivered flood aid",
    """Myanmar's military has arrested [[17 volunteers|arrested;a=a rights group]] who
    delivered rice and drinking water to flood victims in areas of Shan State held by
    resistance groups, a rights group said. [[Three|arrested;n=-]] were later released. After
    Typhoon Yagi, the junta said aid must pass through its own committees.""",
)

item(
    "Ethiopia detains aid truck drivers as Tigray goes hungry",
    """Ethiopian police have detained [[at least 72 drivers|arrested;a=the UN]] working for the
    World Food Programme in the Afar town of Semera, the UN said on Wednesday. Only {{1
    percent}} of the aid needed has reached Tigray since mid-July, and [[more than 400
    trucks|aid;a=the UN]] that went in have not come back, according to the UN.""",
)

item(
    "Sudanese volunteers detained as cholera spreads in Omdurman",
    """Army military intelligence has detained [[at least 30 volunteers|arrested;a=the
    Emergency Lawyers group]] from neighbourhood emergency response rooms in Omdurman since
    January, the Emergency Lawyers group said, accusing them of collaborating with the RSF. The
    rooms run [[more than 100 communal kitchens|aid;u=other]] in the city and helped set up
    cholera isolation wards.""",
)

item(
    "Over a million Sudanese have returned to homes without water",
    """[[More than 1 million people|returned;a=the International Organization for Migration]]
    have returned to their areas of origin in Khartoum, Gezira and Sennar since the army retook
    them, the International Organization for Migration said, many to homes looted and without
    water or power. The agency expects [[up to 2 million more|returned;p;n=-;a=The
    agency;alt=the International Organization for Migration]] to return by the end of the year.
    Cholera has spread fastest in the returnee neighbourhoods of Khartoum.""",
)

item(
    "Syrians return home after Assad's fall to drought and ruins",
    """[[More than 500,000 refugees|returned;a=UNHCR]] have returned to Syria from abroad since
    December, UNHCR said, and [[some 1.2 million internally displaced
    people|returned;v=1200000;a=UNHCR]] have gone back to their towns and villages. {{About 90
    percent}} of Syrians live in poverty, and this year's drought has destroyed much of the
    wheat crop. The agency said it expected [[up to 1.5 million more
    refugees|returned;p;v=1500000;a=The agency;alt=UNHCR]] to return by the end of the
    year.""",
)

item(
    "Storm floods south Lebanon villages as displaced return",
    """[[About 900,000 people|returned;a=Lebanon's disaster committee]] displaced by the war
    have gone back to their towns since the ceasefire took effect, Lebanon's disaster committee
    said, many of them to houses without roofs. A winter storm on Sunday flooded tents and
    damaged shelters in Nabatieh and Tyre. The Israeli army remains in [[five hilltop
    positions|other]] inside Lebanon and has blocked returns to [[dozens of border
    villages|other]].""",
)

item(
    "RSF storms Zamzam camp, killing hundreds and aid staff",
    """The Rapid Support Forces' assault on Zamzam camp killed [[more than 400
    people|killed;a=the UN]], the UN said on Monday, among them [[nine staff|killed;a=the
    charity;alt=Relief International]] of Relief International, which ran one of the camp's
    last clinics, according to the charity. [[Some 400,000 people|displaced;a=the International
    Organization for Migration]] fled the camp, most of them to Tawila, the International
    Organization for Migration said.""",
)

item(
    "Militia attack on Ituri camp kills dozens as cholera spreads",
    """CODECO militiamen attacked the Plaine Savo displacement camp in Ituri province
    overnight, killing [[at least 60 people|killed;a=a local civil society leader]] with
    machetes and guns, a local civil society leader said. The camp sheltered [[about 6,000
    people|displaced]] who had fled earlier massacres. Health workers have recorded [[more than
    300 cholera cases|other;a=Health workers]] in Ituri's camps since January.""",
)

item(
    "Air strike on camp near Laiza kills 29",
    """A military air strike on a displacement camp near Laiza, the headquarters of the Kachin
    Independence Army, killed [[29 people|killed;a=the KIA]] late on Monday, including [[11
    children|killed;a=the KIA]], the KIA said. [[At least 57|injured]] were wounded. The camp
    had been set up for families who fled fighting in {{2011}}, and was flooded during the
    monsoon only weeks before.""",
)

item(
    "Israel orders tens of thousands to leave Khan Younis tents",
    """The Israeli army ordered [[about 250,000 people|displaced;p;a=the UN]] to leave eastern
    Khan Younis on Monday, the UN said, many of whom had fled there from Rafah in May. Sewage
    from broken pipes has flooded parts of the Mawasi area where they are being sent, and the
    army's designated zone now covers only {{11 percent}} of Gaza. The UN said [[at least 16
    shelters|capacity;a=The UN]] for displaced people lay inside the new evacuation area.""",
)

item(
    "Khartoum hospitals close as fighting and power cuts bite",
    """[[Nine hospitals|other;a=the Sudan Doctors' Union]] in Khartoum have been forced to
    close since the fighting began, the Sudan Doctors' Union said, some after being shelled and
    others after running out of fuel. [[Fourteen more|other;u=structure;n=-;a=the union;alt=the
    Sudan Doctors' Union]] are partly working, the union said. Cholera and dengue cases are
    rising across the city.""",
)

item(
    "Taliban detain aid workers in quake-hit Kunar",
    """Taliban intelligence officers detained [[two Afghan employees|arrested;a=the
    organisation]] of an international aid group in Kunar province who were assessing damage
    from the earthquake, the organisation said, without giving a reason. The group said it had
    suspended work in [[three districts|other;a=The group]] where it was sheltering [[about
    1,200 families|displaced;a=The group]] in tents.""",
)

item(
    "Pakistan resumes deportations of Afghans despite quake",
    """Pakistan deported [[more than 800,000 Afghans|returned;a=the interior ministry]] between
    November {{2023}} and the end of last month, the interior ministry said, and plans to send
    back [[about 3 million|returned;p;a=the interior ministry]] in all. Many of those expelled
    through Torkham head to Kunar and Nangarhar, the provinces worst hit by the earthquake.""",
)

item(
    "Burkina Faso's volunteer militia swells as hunger spreads",
    """Burkina Faso's junta has recruited [[about 90,000 civilian auxiliaries|combatants;a=the
    government]] for its Volunteers for the Defence of the Homeland militia, the government
    said, to fight jihadist groups that blockade [[dozens of towns|other]] in the north and
    east. Rights groups accuse the volunteers of killing civilians in villages they suspect of
    sheltering jihadists. [[About 2 million people|displaced;a=aid groups]] have fled their
    homes, according to aid groups.""",
)

item(
    "Cyclone survivors on Ibo crowd into school shelters",
    """[[Eleven schools|capacity;a=the district administrator]] on Ibo island are sheltering
    [[some 3,800 people|displaced;a=the district administrator]] whose homes were destroyed by
    Cyclone Kenneth, the district administrator said. Many had first come to the island in
    {{2018}} and {{2019}} fleeing insurgent raids on the mainland. The schools can take in
    [[200-250 families|capacity;a=the district administrator]] each, he said.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Security Council marks five years of resolution on hunger as a weapon",
    """Diplomats met on {{24 May}} to mark {{five years}} since the Security Council adopted
    {{Resolution 2417}}, which condemns the starving of civilians as a method of warfare. The
    resolution asks the Secretary-General to report within {{72 hours}} when the risk of
    conflict-induced famine arises. Such a report has been sent only {{twice}} since
    {{2018}}.""",
)

item(
    "Sudan's rainy season to close roads into Darfur until October",
    """The rainy season in Darfur runs from {{June}} to {{September}}, and the wadis that cut
    the road from Adre to El Geneina can rise {{two metres}} in an hour. Aid convoys that take
    {{three days}} in the dry season can take {{three weeks}}. The World Food Programme said it
    had pre-positioned stocks before {{15 June}}.""",
)

item(
    "Aid worker deaths hit a record for a second year",
    """{{2024}} was the deadliest year for aid workers on record, surpassing {{2023}},
    according to the Aid Worker Security Database, with {{more than half}} of the deaths in
    Gaza. The database, kept since {{1997}}, counts national staff as well as international
    staff. The UN marked World Humanitarian Day on {{19 August}}.""",
)
