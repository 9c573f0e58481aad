"""Live-blog entries and ticker items from the war desks: Ukraine and Russia, Israel, Gaza,
Lebanon, Iran and Yemen, Sudan, Congo, Mali, Myanmar, India and Pakistan (20 entries with
figures, 1 without)."""

from _wrap import item

item(
    "Russia-Ukraine war live: Kharkiv hypermarket toll rises",
    """Update, {{19:40}} — The death toll from Russia's guided-bomb strike on a hardware
    hypermarket in Kharkiv has risen to [[at least 14 people|killed;a=Governor Oleh Syniehubov]],
    Governor Oleh Syniehubov said on Telegram, up from [[12|killed;a=Governor Oleh Syniehubov]]
    an hour ago. [[Forty-three people|injured;a=Governor Oleh Syniehubov]] were wounded, he
    added, and [[16 employees|missing;a=Governor Oleh Syniehubov]] are still unaccounted for.
    Mayor Ihor Terekhov said [[two aerial bombs|other;u=other;a=Mayor Ihor Terekhov]] hit the
    building at around {{16:00}}, when it was packed with weekend shoppers. The blaze spread
    over more than {{10,000 square metres}} and took {{three hours}} to bring under control. The
    State Emergency Service said [[more than 100 rescuers|other;a=The State Emergency Service]]
    and [[20 fire engines|other;u=other;a=The State Emergency Service]] were at the scene.""",
)

item(
    "Overnight attack: 112 drones, three missiles",
    """ODESA — Russia launched [[112 Shahed-type drones|other;a=Ukraine's Air Force]] and
    [[three Iskander-M ballistic missiles|other;a=Ukraine's Air Force]] overnight, Ukraine's Air
    Force said on {{March 14}}; air defences downed [[86 of the drones|other;a=Ukraine's Air
    Force]]. In Odesa, [[two people|killed;a=regional head Oleh Kiper]] were killed and
    [[nine|injured;a=regional head Oleh Kiper]] injured when debris hit a residential block,
    regional head Oleh Kiper said.""",
)

item(
    "Nova Kakhovka dam: evacuations under way in Kherson",
    """{{09.12 BST}} Ihor Klymenko, Ukraine's interior minister, says [[about 16,000
    people|civilians;a=Ihor Klymenko]] live in the "critical zone" downstream of the breached
    Nova Kakhovka dam on the Dnipro. So far [[1,300 people|displaced;a=Ihor Klymenko]] have been
    taken out by bus and train, he said, and [[24 villages|other;a=Ihor Klymenko]] are fully or
    partly flooded. {{09.40 BST}} Oleksandr Prokudin, the Kherson governor, has just posted an
    updated figure on Telegram: [[1,457 people|displaced;a=Oleksandr Prokudin]] evacuated,
    including [[about 100 children|displaced;a=Oleksandr Prokudin]]. Water in the city is
    expected to rise by another {{1 metre}} over the next {{20 hours}}. Russian-installed
    officials on the occupied left bank say [[about 900 residents|displaced;a=Russian-installed
    officials]] have left Nova Kakhovka.""",
)

item(
    "Iran fires missiles at Israel: live updates",
    """{{10:21 pm}} The IDF says Iran fired [[roughly 180 ballistic missiles|other;a=The IDF]] at
    Israel this evening, and that most of them were intercepted by Israel and a US-led coalition.
    Magen David Adom says it treated [[two people|injured;a=Magen David Adom]] for light
    shrapnel wounds in the Tel Aviv area, and [[a further 19|injured;a=Magen David Adom]] who
    were hurt while running to protected spaces. {{10:34 pm}} In the West Bank city of Jericho,
    [[one man|killed;a=the city's governor]] was killed by falling debris, the city's governor
    says. Ben Gurion Airport has reopened after closing for {{about two hours}}; the Israel
    Airports Authority says [[dozens of flights|other;a=the Israel Airports Authority]] were
    diverted to Cyprus and Greece. {{10:52 pm}} Police say [[at least 12 impact
    sites|other;a=Police]] are being examined in the centre and south of the country.""",
)

item(
    "Gaza: Here are the latest developments",
    """The Ministry of Health in Gaza says [[at least 40,005 Palestinians|killed;a=The Ministry of
    Health in Gaza]] have been killed and [[92,401|injured;a=The Ministry of Health in Gaza]]
    wounded in Israeli attacks since {{October 7}}. In the past {{24 hours}}, [[40
    bodies|killed;a=the ministry;alt=The Ministry of Health in Gaza]] and [[107 injured
    people|injured;a=the ministry;alt=The Ministry of Health in Gaza]] were brought to hospitals,
    the ministry said. [[Thousands of people|missing]] are believed to be trapped under the
    rubble. Al Jazeera's Hind Khoudary, reporting from Deir el-Balah, says [[at least 16
    people|killed;a=Al Jazeera's Hind Khoudary]] were killed in a strike on a school in Nuseirat
    this morning. The school was housing [[about 7,000 displaced people|displaced;a=UNRWA]],
    according to UNRWA. [[69 aid trucks|aid;a=the UN]] entered the Strip on {{Tuesday}},
    according to the UN, far short of the [[500 a day|aid;p;a=the UN]] it says are needed.""",
)

item(
    "Lebanon pager explosions: what we know",
    """Posted at {{17:05}} — Lebanon's health minister Firass Abiad says [[nine people|killed;
    a=Lebanon's health minister Firass Abiad]], among them an {{eight-year-old}} girl, have been
    killed and [[about 2,800|injured;a=Lebanon's health minister Firass Abiad]] wounded, [[more
    than 200 of them|injured;n=-;a=Lebanon's health minister Firass Abiad]] critically, after
    pagers used by Hezbollah members exploded almost simultaneously across the country. Posted at
    {{17:32}} — Hospitals in the south and in Beirut's southern suburbs have appealed for blood.
    The Lebanese Red Cross says it has sent [[more than 50 ambulances|other;a=The Lebanese Red
    Cross]] and [[300 paramedics|other;a=The Lebanese Red Cross]] to the worst-hit areas. Posted
    at {{18:10}} — The Syrian Observatory for Human Rights says [[14 people|injured;a=The Syrian
    Observatory for Human Rights]] were hurt in similar blasts in Syria.""",
)

item(
    "Sudan: Zamzam camp emptying after RSF assault",
    """BREAKING: The UN says [[more than 400,000 people|displaced;a=The UN]] have fled Zamzam
    displacement camp in North Darfur since the Rapid Support Forces stormed it on {{Friday}}.
    The International Organization for Migration estimates that [[between 60,000 and 80,000
    households|displaced;a=The International Organization for Migration]] left in the first
    {{three days}} alone. Local monitors say [[more than 300 civilians|killed;a=Local monitors]]
    were killed in the assault, including [[10 aid workers|killed;a=Local monitors]] running a
    clinic. Many walked up to {{70km}} to Tawila, where [[about 180,000 people|displaced]] were
    already sheltering. MSF says [[more than 150 wounded people|injured;a=MSF]] reached its
    clinic in Tawila within {{48 hours}}. A convoy of [[15 trucks|aid;a=the World Food
    Programme]] carrying sorghum and lentils reached Tawila on Sunday, the World Food Programme
    said.""",
)

item(
    "Goma live: UN corrects peacekeeper toll",
    """{{1:50pm}}: Fighting continues in Goma for a {{second day}} as {{M23}} fighters and
    Rwandan troops push towards the city centre. The UN says [[at least 100 people|killed;a=The
    UN]] have been killed and [[nearly 1,000|injured;a=The UN]] wounded since {{Sunday}}.
    {{2:25pm}}: Correction — an earlier post said [[17 peacekeepers|killed]] had died in the
    fighting; the UN has since put the figure at [[13|killed;a=the UN]], [[nine of
    them|killed;n=-;a=the UN]] South African. {{3:05pm}}: The ICRC says its hospital in the city
    has admitted [[more than 600 wounded people|injured;a=The ICRC]] since {{January 26}}, while
    the rebels claim [[about 1,200 Congolese soldiers|arrested;a=the rebels]] have surrendered
    to them. Aid agencies say [[at least 400,000 people|displaced;a=Aid agencies]] have fled the
    camps on the city's edge this month.""",
)

item(
    "LoC shelling LIVE: civilians killed in Poonch",
    """{{3:47 PM IST}}: Heavy shelling from across the Line of Control continued in Poonch
    overnight. [[At least 12 civilians|killed;a=officials]], including [[two
    children|killed;a=officials]], have been killed and [[57|injured;a=officials]] injured in
    Poonch and Rajouri since {{Wednesday}}, officials said. [[Over 40 houses|housing]] were
    damaged in Poonch town alone. [[More than 1,000 residents|displaced;a=the district
    administration]] of border villages have moved to [[14 relief camps|capacity;a=the district
    administration]], the district administration said. Schools in both districts will stay
    shut till {{May 12}}. {{4:10 PM IST}}: The Army says [[around 50 drones|other;a=The Army]]
    were spotted over Jammu and Samba after dark and engaged by air defence units.""",
)

item(
    "Hostage release: three Israelis handed to Red Cross",
    """From CNN's Jeremy Diamond in Tel Aviv — [[Three Israeli hostages|kidnapped;a=the Israel
    Defense Forces]] were handed over to the International Committee of the Red Cross in Khan
    Younis this morning, the Israel Defense Forces said. Under the ceasefire deal, Israel is due
    to release [[183 Palestinian prisoners|other;p;a=the Palestinian Prisoners' Media Office]]
    later today, [[18 of whom|other;n=-;p;a=the Palestinian Prisoners' Media Office]] are
    serving life sentences, according to the Palestinian Prisoners' Media Office. In all, [[76
    hostages|kidnapped;a=Israeli officials]] remain in Gaza, [[at least 34 of them|killed;n=-;
    a=Israeli officials]] believed dead, Israeli officials say. [[Hundreds of people|other]]
    gathered in Hostages Square in Tel Aviv to watch the handover on giant screens.""",
)

item(
    "Kursk incursion: Russia evacuates border districts",
    """MOSCOW (Reuters) - Russia has evacuated [[more than 121,000 people|displaced;a=acting
    governor Alexei Smirnov]] from border districts of the Kursk region, acting governor Alexei
    Smirnov said on Wednesday, as Ukraine's incursion entered its {{eighth day}}. [[About 59,000
    people|civilians;a=acting governor Alexei Smirnov]] are still inside the zone to be
    evacuated, he said. Smirnov told President Vladimir Putin at a televised meeting that
    Ukrainian forces controlled [[28 settlements|other;u=other;a=Smirnov]], and that [[12
    civilians|killed;a=Smirnov]] had been killed and [[117|injured;a=Smirnov]] wounded, [[10 of
    them|injured;n=-;a=Smirnov]] children. The regional government said it had opened [[more
    than 130 temporary accommodation centres|capacity;a=The regional government]], now housing
    [[about 7,000 people|displaced;a=The regional government]]. Kyiv says its troops hold
    {{1,000 square kilometres}} of Russian territory.""",
)

item(
    "Myanmar: air strike on Sagaing gathering",
    """The latest: A military air strike on a village gathering in Myanmar's Sagaing region has
    killed [[at least 100 people|killed;a=the opposition National Unity Government]], the
    opposition National Unity Government says. Among the dead were [[between 20 and 30
    children|killed;a=a rescuer]], a rescuer told Al Jazeera. A fighter jet dropped bombs on a
    crowd of [[about 300 people|other]] who had gathered for the opening of a local office, and
    a helicopter then fired on survivors. [[Dozens of wounded|injured]] were carried to clinics
    in neighbouring villages. Rescuers have recovered [[82 bodies|killed;a=a resident]] so far,
    a resident involved in the recovery said. The UN says [[more than 2.6 million
    people|displaced;v=2600000;a=The UN]] have been displaced across Myanmar since the
    {{February 2021}} coup.""",
)

item(
    "Yemen: Ras Isa port strikes toll climbs",
    """{{08.15 EDT}} The Houthi-run health ministry says US air strikes on the Ras Isa fuel port
    killed [[at least 74 people|killed;a=The Houthi-run health ministry]] and wounded
    [[171|injured;a=The Houthi-run health ministry]]. Houthi-run al-Masirah TV had earlier put
    the toll at [[38|killed;a=Houthi-run al-Masirah TV]]. Rescue teams are still searching for
    [[at least 20 port workers|missing]]. US Central Command said its forces had struck [[more
    than 20 targets|other;u=other;a=US Central Command]] to cut off the Houthis' fuel supply,
    without giving a casualty figure. [[Three of the dead|killed;a=the ministry;alt=The
    Houthi-run health ministry]] were paramedics, the ministry added.""",
)

item(
    "Middle East live: displaced Lebanese head south",
    """Posted at {{11:02}} [[Thousands of displaced people|returned]] are heading back to
    southern Lebanon on the first morning of the ceasefire, many with mattresses tied to car
    roofs. Lebanon's caretaker government estimates [[about 1.2 million
    people|displaced;v=1200000;a=Lebanon's caretaker government]] were forced from their homes
    during {{two months}} of escalation. On the coastal road near Sidon, our correspondent
    counted [[hundreds of cars|other;a=our correspondent]] in a queue that barely moved. The
    Lebanese army says it will deploy [[at least 5,000 soldiers|combatants;p;a=The Lebanese
    army]] to the south. An Israeli military spokesman said residents must not yet return to
    [[more than 60 villages|other;a=An Israeli military spokesman]] near the border. Lebanon's
    General Security said [[about 15,000 people|returned;a=Lebanon's General Security]] had
    crossed back from Syria at the Masnaa post by noon.""",
)

item(
    "Northern Israel under rocket fire: liveblog",
    """{{8:14 am}} The IDF says [[some 115 projectiles|other;u=other;a=The IDF]] were fired from
    Lebanon at northern Israel this morning, most of them at the Haifa area. Magen David Adom
    says [[four people|injured;a=Magen David Adom]] were hurt by shrapnel in Kiryat Bialik, [[one
    of them|injured;n=-;a=Magen David Adom]] seriously. Correction: An earlier version of this
    post said [[three people|injured]] were hurt. {{8:40 am}} The Home Front Command has closed
    schools across the north, meaning [[about 30,000 students|civilians;p]] will stay home
    tomorrow. Firefighters say [[14 homes|housing;a=Firefighters]] in Kiryat Bialik and Moreshet
    were damaged.""",
)

item(
    "Kyiv: toll from overnight attack rises to 23",
    """Kyiv, {{08:10}}: Death toll from the overnight Russian missile and drone attack on the
    capital now [[23|killed;a=the State Emergency Service]], including [[four
    children|killed;a=the State Emergency Service]], the State Emergency Service says. Injured:
    [[over 130|injured]]. Rescuers pulled [[nine people|other]] alive from the rubble of a
    {{nine-storey}} building in the Sviatoshynskyi district, where [[about 40
    apartments|housing]] were destroyed. The Air Force said Russia launched [[598
    drones|other;a=The Air Force]] and [[31 missiles|other;a=The Air Force]], and that [[565 of
    them|other;n=-;u=other;a=The Air Force]] were shot down or jammed. Mayor Vitali Klitschko
    declared Thursday a day of mourning.""",
)

item(
    "Bamako attacks: Here are the latest updates",
    """Here are the latest updates: Fighters from the al-Qaeda-linked JNIM attacked a gendarmerie
    training school and a military airbase in Bamako before dawn on {{Tuesday}}. Security
    sources told Al Jazeera [[more than 70 people|killed;a=Security sources]] were killed and
    [[at least 200|injured;a=Security sources]] wounded. The army said in a statement that the
    situation was under control and that [[15 suspects|arrested;a=The army]] had been arrested.
    JNIM claimed its fighters had killed [[hundreds of soldiers|killed;a=JNIM]] and destroyed
    [[six aircraft|other;a=JNIM]]. Funerals were held on {{Thursday}} for [[at least 50
    gendarmerie students|killed;a=a source at the school]], a source at the school said.""",
)

item(
    "Israel-Iran live: tolls on both sides",
    """{{06.02 BST}} Iran's health ministry says [[224 people|killed;a=Iran's health ministry]]
    have been killed in Israeli strikes since {{Friday}}, more than {{90%}} of them civilians,
    and [[1,277|injured;a=Iran's health ministry]] hospitalised. {{06.20 BST}} In Israel, the
    prime minister's office says [[24 people|killed;a=the prime minister's office]] have been
    killed by Iranian missiles and [[592|injured;a=the prime minister's office]] wounded. Israel's
    tax authority says it has received [[over 18,000 damage claims|other;u=other;a=Israel's tax
    authority]], and the Home Front Command says [[about 3,000 people|displaced;a=the Home Front
    Command]] have been moved out of their homes in Bat Yam, Rehovot and Tamra. Insured losses
    are put at {{$1.2bn}}.""",
)

item(
    "Ukraine live: Zelenskyy to travel to Ankara",
    """{{14.05 GMT}} Volodymyr Zelenskyy will travel to Ankara on {{Wednesday}} for talks with
    Recep Tayyip Erdoğan, his office says, his {{third}} visit to Turkey since {{February
    2022}}. {{14.20 GMT}} The EU has signed off the next {{€4.2bn}} tranche of its {{€50bn}}
    Ukraine Facility; the first payments are due by the end of {{June}}. Kyiv's central bank
    left its key rate at {{15.5%}}, and said inflation should ease to {{8%}} by {{2026}}.""",
)

item(
    "Gaza: Palestinians stream north as corridor opens",
    """Here's the latest: [[Hundreds of thousands of Palestinians|returned]] have been walking
    north along al-Rashid Street since Israeli forces opened the Netzarim corridor at {{7am}} on
    {{Monday}}. Gaza's Government Media Office says [[more than 300,000 people|returned;a=Gaza's
    Government Media Office]] crossed into the north in the first {{24 hours}}. The UN says [[897
    aid trucks|aid;a=The UN]] entered the Strip on Sunday, above the [[600 a day|aid;p;a=The
    UN]] agreed under the ceasefire deal. Municipal officials in Gaza City say [[about 135,000
    tents|aid;p;a=Municipal officials in Gaza City]] are needed, because {{90%}} of the city's
    homes are damaged or destroyed. Civil defence crews say they have recovered [[more than 120
    bodies|killed;a=Civil defence crews]] from the rubble of Gaza City and Jabalia since the
    truce began.""",
)

item(
    "Kharkiv region: evacuations from border villages",
    """{{13:25}} — Authorities have evacuated [[more than 9,900 people|displaced;a=Governor Oleh
    Syniehubov]] from villages along the border in Kharkiv Oblast since Russia's new offensive
    began on {{May 10}}, Governor Oleh Syniehubov said. [[Around 1,000 civilians|civilians]] are
    believed to remain in Vovchansk, which is under near-constant shelling. Volunteers say they
    are still taking out [[about 300 people a day|displaced;a=Volunteers]]. {{14:02}} — The
    transit centre in Kharkiv has registered [[4,150 arrivals|displaced;a=the city council]] and
    handed out [[2,600 food kits|aid;a=the city council]], the city council said, and [[two more
    centres|capacity;p;a=the city council]] are due to open this week.""",
)
