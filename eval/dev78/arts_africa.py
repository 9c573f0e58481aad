"""dev78 items: Sudan, the Sahel, Nigeria and Lake Chad, Somalia, the DRC and Mozambique."""

from _wrap import item

item(
    "Sudan army and RSF trade claims over El Fasher",
    """The Sudanese army said it had killed [[more than 300 RSF fighters|killed;a=The Sudanese army]]
    and destroyed [[40 combat vehicles|other;a=The Sudanese army]] as it repelled an attack on El
    Fasher. The Rapid Support Forces said they had beaten back the assault and captured [[27
    soldiers|arrested;a=The Rapid Support Forces]], including a colonel. Neither account could be verified.""",
)

item(
    "ACLED counts Sudan's war dead",
    """ACLED has recorded [[more than 28,700 fatalities|killed;a=ACLED]] in Sudan since the war began
    in {{April 2023}}, including [[about 7,500 civilians|killed;a=ACLED]] killed in direct attacks,
    the monitor said. It logged [[1,400 drone and air strikes|other;n=drone and air strikes;u=other;a=ACLED]]
    over the same period, most of them by the army.""",
)

item(
    "RSF drones hit Port Sudan",
    """The Sudanese army said it had shot down [[11 drones|other;a=The Sudanese army]] launched by the
    RSF at Port Sudan, but others struck a fuel depot and the
    airport. [[Two civilians|killed;a=local officials]] were killed and [[seven|injured;a=local
    officials]] wounded, local officials said.""",
)

item(
    "Tens of thousands flee El Fasher after RSF assault",
    """[[About 500,000 people|displaced;a=the IOM]] have fled El Fasher and the nearby Zamzam camp since
    the RSF stepped up its assault, the IOM said. The RSF said it had taken the army's {{6th
    Infantry Division}} headquarters and killed [[about 2,000 soldiers and allied
    fighters|killed;n=soldiers and allied fighters;a=The RSF]].""",
)

item(
    "UN panel: RSF drew fighters from across the Sahel",
    """A UN panel of experts said the RSF had recruited [[thousands of fighters|combatants;a=A UN
    panel of experts]] from Chad, Niger and Libya. Separately, Colombia's foreign ministry said
    [[about 300 Colombian former soldiers|combatants;a=Colombia's foreign ministry]] had been hired as
    mercenaries and sent to Sudan, and that [[at least 22|killed;a=Colombia's foreign ministry]]
    had been killed.""",
)

item(
    "Mali says 30 'terrorists' neutralised",
    """Mali's army said it had neutralised [[about 30 terrorists|killed;a=Mali's army]] in air strikes
    near Boni, losing [[five soldiers|killed;a=Mali's army]]. JNIM said in a statement that it had
    killed [[47 soldiers|killed;a=JNIM]] and seized [[12 vehicles|other;a=JNIM]] in the same
    fighting.""",
)

item(
    "Wagner suffers heavy losses at Tinzaouaten",
    """Tuareg rebels said they had killed [[dozens of Wagner fighters|killed;a=Tuareg rebels]] and
    [[47 Malian soldiers|killed;a=Tuareg rebels]] in {{three days}} of fighting at Tinzaouaten near
    the Algerian border. A Telegram channel linked to Wagner said [[about 80 of its men|killed;a=A
    Telegram channel linked to Wagner]] had died and [[15|arrested;a=A Telegram channel linked to
    Wagner]] had been taken prisoner.""",
)

item(
    "Djibo attack kills soldiers and volunteers",
    """JNIM fighters killed [[more than 100 soldiers and volunteers|killed;n=soldiers and
    volunteers;a=local sources]] in an attack on Djibo in northern Burkina Faso, local sources
    told AFP. The army said it had killed [[about 400 assailants|killed;a=The army]] and that
    [[more than 3,000 terrorists|combatants;a=The army]] had taken part in the assault.""",
)

item(
    "Burkina Faso's volunteer militia swells",
    """Burkina Faso's government said [[more than 90,000 volunteers|combatants;a=Burkina Faso's
    government]] had signed up for the Volunteers for the Defence of the Homeland, far above the
    [[50,000|combatants;p;a=Burkina Faso's government]] it had sought. Human rights groups say VDP
    units have killed [[hundreds of Fulani civilians|killed;a=Human rights groups]].""",
)

item(
    "Niger soldiers killed near Tahoua",
    """[[Twenty-nine soldiers|killed;a=Niger's defence ministry]] were killed and [[two|injured;a=Niger's
    defence ministry]] wounded when [[more than 100 terrorists|combatants;a=Niger's defence
    ministry]] on motorbikes attacked their position near Tahoua, Niger's defence ministry said.
    It said [[dozens of assailants|killed;a=Niger's defence ministry]] were killed in the
    counter-attack.""",
)

item(
    "Nigerian troops kill 70 jihadists, free captives",
    """Nigeria's military said troops had killed [[more than 70 Boko Haram and ISWAP
    fighters|killed;n=fighters;a=Nigeria's military]] in the Sambisa forest and rescued [[23
    abducted women|kidnapped;a=Nigeria's military]] and [[their 31 children|kidnapped;a=Nigeria's
    military]]. It said [[four soldiers|killed;a=Nigeria's military]] had died.""",
)

item(
    "Thousands of Boko Haram fighters surrender",
    """The Nigerian army said [[more than 100,000 Boko Haram fighters and their
    families|other;n=fighters and their families;u=person;a=The Nigerian army]] had surrendered in the
    northeast since {{2021}}, [[about 20,000|other;a=The Nigerian army]] of them fighters. Analysts
    say many surrendered fighters are held in [[three camps|other;u=structure;a=Analysts]] around
    Maiduguri.""",
)

item(
    "ISWAP overruns army base in Borno",
    """ISWAP fighters overran a military base in Marte, killing [[at least 20 soldiers|killed;a=security
    sources]] and seizing [[four armoured vehicles|other;a=security sources]], security sources
    said. ISWAP, which experts believe has [[between 4,000 and 7,000 fighters|combatants;a=experts]],
    posted photographs of [[five captured soldiers|arrested]].""",
)

item(
    "Air force flew 64 sorties over Lake Chad",
    """The Nigerian Air Force said it had flown [[64 sorties|other;u=other;a=The Nigerian Air Force]] over
    the Lake Chad islands in {{a week}}, killing [[dozens of ISWAP fighters|killed;a=The Nigerian Air
    Force]] and destroying [[11 gun trucks|other;a=The Nigerian Air Force]].""",
)

item(
    "Somali forces claim 100 al-Shabaab killed",
    """Somalia's information ministry said [[more than 100 al-Shabaab militants|killed;a=Somalia's
    information ministry]] had been killed in an operation in Middle Shabelle, backed by [[hundreds
    of clan militiamen|combatants;a=Somalia's information ministry]]. Al-Shabaab said it had killed
    [[39 soldiers|killed;a=Al-Shabaab]] in an ambush on the same convoy.""",
)

item(
    "AU force draws down in Somalia",
    """The African Union mission withdrew [[2,000 troops|combatants;a=the mission]] by the end of June,
    the mission said, and will pull out [[another 3,000|combatants;p;a=the mission]] by September.
    The force, which had [[about 19,600 soldiers|combatants]] from [[five countries|other;u=other]] at
    its peak, is being replaced by a smaller mission of [[about 11,000|combatants;p]].""",
)

item(
    "US strike kills al-Shabaab fighters",
    """US Africa Command said an air strike near Jilib killed [[about 60 al-Shabaab
    fighters|killed;a=US Africa Command]] who were attacking Somali forces, and that no
    civilians were hurt. Somali officials said [[three militant
    commanders|killed;a=Somali officials]] were among the dead. It was the command's {{14th}} strike
    in Somalia this year.""",
)

item(
    "Burundian peacekeepers killed in Somalia",
    """Al-Shabaab fighters stormed a base of the AU mission in Lower Shabelle, killing [[at least 54
    Burundian peacekeepers|killed;a=Uganda's president]] in {{one of the}} deadliest attacks on the
    force, Uganda's president said. Al-Shabaab claimed it had killed [[more than 100|killed;a=Al-Shabaab]]
    and seized [[dozens of weapons|other;a=Al-Shabaab]].""",
)

item(
    "M23 takes Goma with Rwandan backing",
    """UN experts said [[3,000 to 4,000 Rwandan troops|combatants;a=UN experts]] were fighting alongside
    the {{M23}} in North Kivu. The UN said [[about 3,000 people|killed;a=The UN]] had been killed in the
    battle for Goma, among them [[13 peacekeepers and soldiers|killed;n=peacekeepers and soldiers;a=The
    UN]] from South Africa, Malawi and Uruguay.""",
)

item(
    "ADF massacre in Ituri",
    """Fighters of the Islamic State-linked Allied Democratic Forces killed [[at least 52
    civilians|killed;a=the UN]] with machetes in villages near Lubero, the UN said. The Congolese
    army said it had killed [[eight ADF fighters|killed;a=The Congolese army]] and freed [[12
    hostages|kidnapped;a=The Congolese army]] in a pursuit operation. [[About 1,000
    residents|displaced;a=local officials]] fled to Lubero town, local officials said.""",
)

item(
    "Wazalendo militias join fight against M23",
    """[[Thousands of Wazalendo fighters|combatants;a=local officials]] have joined the Congolese army
    on the front north of Goma, local officials said. The militias recruited [[at least 400
    children|combatants;a=UNICEF]] in the first months of the year, UNICEF said, and [[more than
    130|combatants;a=UNICEF]] were {{under the age of 15}}.""",
)

item(
    "Rwanda sends troops to Cabo Delgado",
    """Rwanda deployed [[1,000 soldiers and police|combatants;n=soldiers and police;a=Rwanda's
    government]] to Mozambique's Cabo Delgado province, Rwanda's government said, later raising the
    force to [[about 2,500|combatants;a=Rwanda's government]]. The insurgency has killed [[about
    4,000 people|killed;a=ACLED]] and displaced [[more than 800,000|displaced;a=ACLED]] since {{2017}},
    according to ACLED.""",
)

item(
    "Insurgents attack Macomia",
    """[[More than 100 insurgents|combatants;a=the military]] attacked the town of Macomia, the military
    said, killing [[at least ten soldiers|killed;a=the military]] before being driven out. [[About
    8,000 people|displaced;a=the IOM]] fled, the IOM said.""",
)

item(
    "Sahel: the end of the UN mission in Mali",
    """The UN mission in Mali closed on {{December 31, 2023}} under {{Resolution 2690}}, after {{10
    years}} in the country. The {{G5 Sahel}} force had already collapsed, and Mali's junta had
    turned to partners in Moscow, ending {{nine years}} of French operations in {{2022}}.""",
)

item(
    "Sudan army retakes Khartoum's centre",
    """The Sudanese army said it had recaptured the presidential palace, killing [[hundreds of RSF
    fighters|killed;a=The Sudanese army]] and seizing [[more than 100 combat vehicles|other;a=The
    Sudanese army]]. The RSF said it had killed [[89 soldiers|killed;a=The RSF]] in a drone strike on
    the palace as troops celebrated.""",
)

item(
    "Sudan army says RSF uses child fighters",
    """Sudan's army said [[about 200 children|combatants;a=Sudan's army]], {{some as young as 12}},
    had been fighting in RSF ranks in Omdurman, and that it had captured [[37 of them|arrested;n=-;a=Sudan's
    army]]. The UN said the recruitment of children by all
    sides had increased since {{2023}}.""",
)

item(
    "Somalia: ISIS in Puntland",
    """Puntland forces said they had killed [[more than 150 Islamic State fighters|killed;a=Puntland
    forces]] in the Cal Miskaad mountains and captured [[30|arrested;a=Puntland forces]], many of
    them foreigners. The group had [[about 600 to 800 fighters|combatants;a=analysts]]
    before the offensive, analysts said.""",
)

item(
    "AU-led troops in Somalia by the numbers",
    """The AU mission's mandate runs under {{Resolution 2719}}, and its {{2025}} budget gap is put at
    {{$96 million}}, the AU said on {{May 6}}. Egypt offered troops in a plan presented in {{2024}},
    {{18 years}} after the first AU deployment.""",
)
