"""dev139 positives (3 of 4): live-page entries that report current organised violence in Sudan,
Congo, the Sahel, Nigeria, Somalia, Mozambique, Kenya and Madagascar (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "RSF says it has taken El Fasher; reports of killings as residents flee",
        "Breaking: Sudan's Rapid Support Forces say they have seized the army's last base in "
        "El Fasher, ending an 18-month siege of the North Darfur capital. Local activists "
        "and the Sudan Doctors Network accuse the paramilitary group of killing civilians "
        "trying to flee, and the UN says more than 26,000 people have left the city in two "
        "days, most of them on foot towards Tawila. The RSF says it will hold to account any "
        "of its fighters who committed violations.",
        "B V D",
        "city falls",
    ),
    (
        "Explosions reported near Port Sudan airport",
        "Residents of Port Sudan say they heard several loud explosions near the city's "
        "airport and naval base early this morning, and smoke could be seen rising over the "
        "port. A military source told Reuters the city had been hit by drones launched by "
        "the RSF, but there has been no official statement yet. We are working to confirm "
        "the details.",
        "E",
        "drone strike",
    ),
    (
        "RSF assault on Zamzam camp forces thousands to flee",
        "Hundreds of people are feared dead after the Rapid Support Forces stormed Zamzam "
        "displacement camp south of El Fasher, burning shelters and shooting residents, aid "
        "groups say. Relief International said nine of its staff running the camp's last "
        "health post were among those killed. The UN's migration agency estimates that up to "
        "400,000 people have fled the camp since Friday.",
        "V D H",
        "attack on displacement camp",
    ),
    (
        "WFP convoy attacked in North Darfur, trucks burnt",
        "A World Food Programme convoy carrying food to famine-hit areas of North Darfur was "
        "attacked with drones near Mellit, setting three trucks on fire, the agency said. "
        "WFP said its staff and drivers had survived but called the attack a serious "
        "violation of international humanitarian law. The convoy had waited at the Chadian "
        "border for weeks for permission to travel.",
        "H V E",
        "attack on aid convoy",
    ),
    (
        "Cholera spreads in Tawila camps as people keep arriving from El Fasher",
        "Médecins Sans Frontières says it treated more than 2,300 cholera patients in Tawila "
        "in two weeks, as people displaced by the fighting for El Fasher crowd into "
        "makeshift camps with little clean water. Only a handful of latrines serve tens of "
        "thousands of new arrivals, the group says, and it has appealed to all parties to "
        "let aid through to North Darfur.",
        "H D",
        "disease in displacement camps",
    ),
    (
        "M23 rebels enter Goma as residents flee towards Rwanda",
        "Latest: Fighters of the Rwanda-backed M23 rebel group say they have taken Goma, the "
        "largest city in eastern Congo, after a night of gunfire and explosions around the "
        "airport. Thousands of residents crossed into Gisenyi in Rwanda, while others "
        "sheltered in their homes as bullets flew. Congolese soldiers were seen handing "
        "their weapons to UN peacekeepers.",
        "B D",
        "city falls",
    ),
    (
        "ADF fighters kill dozens at church vigil in Ituri",
        "At least 38 people were killed when fighters of the Islamic State-linked Allied "
        "Democratic Forces attacked a Catholic church in Komanda, in Congo's Ituri province, "
        "during a night vigil, a local civil society leader said. Several homes and shops "
        "were burnt. The UN mission in Congo said the attackers used machetes as well as "
        "firearms.",
        "T V",
        "massacre",
    ),
    (
        "JNIM claims attack on Djibo army base",
        "Al-Qaeda-linked JNIM says its fighters overran an army base and police posts in the "
        "northern Burkinabé town of Djibo in a dawn assault, killing dozens of soldiers. "
        "Residents said the fighting lasted several hours and that the militants freed "
        "prisoners and burned buildings before withdrawing. The junta has not commented. "
        "Djibo has been under a jihadist blockade for more than two years.",
        "T B",
        "jihadist attack",
    ),
    (
        "Mali: fuel queues stretch for kilometres as jihadist blockade tightens",
        "Petrol stations in Bamako have run dry and schools have closed for two weeks as "
        "JNIM fighters keep attacking fuel tankers on the roads from Senegal and Ivory "
        "Coast. The group has burned dozens of trucks since announcing its blockade in "
        "September, and several drivers have been abducted. The UN's food agency says the "
        "shortages are pushing up food prices in a country where millions already need "
        "assistance.",
        "T H V",
        "blockade",
    ),
    (
        "Niger: 44 killed in attack on Fambita mosque during Friday prayers",
        "Niger's government says 44 civilians were killed when militants attacked a mosque "
        "during Friday prayers in Fambita, in the Tillaberi region near the Malian border. "
        "The interior ministry blamed the Islamic State in the Greater Sahara and declared "
        "three days of national mourning. The attackers also set fire to houses and a "
        "market.",
        "T V",
        "attack on mosque",
    ),
    (
        "Gunmen abduct pupils from Catholic school in Niger State",
        "Armed bandits stormed St Mary's Catholic school in Papiri, Niger State, in the "
        "early hours and abducted more than 200 pupils and 12 teachers, the Christian "
        "Association of Nigeria said. Police said tactical teams and soldiers had been "
        "deployed to comb the surrounding forests. The state government has ordered all "
        "boarding schools in the area to close.",
        "V",
        "mass abduction",
    ),
    (
        "ISWAP fighters attack army base in Borno, military says",
        "Troops repelled an attack by Islamic State West Africa Province fighters on a "
        "military base in Marte, Borno State, late on Monday, killing several of the "
        "insurgents, the army said. Sources told Premium Times that at least five soldiers "
        "were killed and that the fighters used drones to drop explosives on the base. The "
        "base had been attacked twice in the past month.",
        "T B E",
        "attack on army base",
    ),
    (
        "Al-Shabaab claims suicide bombing at Mogadishu military camp",
        "A suicide bomber blew himself up among army recruits queuing at the Damanyo "
        "military camp in Mogadishu, killing at least 13 people, Somali officials said. "
        "Al-Shabaab said in a statement that it carried out the attack. The recruits had "
        "been waiting to register for training, a soldier at the scene said. Ambulances "
        "ferried the wounded to Medina hospital.",
        "E T",
        "suicide bombing",
    ),
    (
        "Insurgents behead villagers in Cabo Delgado as families flee",
        "Islamic State-linked insurgents have killed at least six people, beheading some of "
        "them, in raids on villages in the Ancuabe district of Cabo Delgado, local sources "
        "told Lusa. More than 20,000 people have fled in the past week, according to the "
        "International Organization for Migration. Many are walking towards Pemba and "
        "sleeping in schools and churches along the way.",
        "V T D",
        "insurgent attack",
    ),
    (
        "Kenya protest anniversary: live rounds fired in Nairobi, Amnesty says 16 dead",
        "Latest: Police in Nairobi fired tear gas and live ammunition at protesters marching "
        "on parliament on the anniversary of last year's deadly demonstrations, and Amnesty "
        "Kenya says at least 16 people have been killed across the country. Some protesters "
        "set fire to a police post and vehicles in Kitengela. The government says it has "
        "deployed more officers to protect public buildings.",
        "U",
        "protest crackdown",
    ),
    (
        "Madagascar: at least 22 killed in water and power protests, UN says",
        "At least 22 people have been killed and more than 100 injured in Madagascar since "
        "protests over water and power cuts began last week, the UN human rights office "
        "says. Security forces used tear gas and rubber bullets to disperse young "
        "demonstrators in Antananarivo, and shops were looted in several districts.",
        "U",
        "protest crackdown",
    ),
]
