"""dev47 negatives: shipping, ports, marine insurance and logistics (routes, premiums, piracy,
casualties at sea, port strikes and blockades). NEGATIVES = [(title, text, kind code), ...];
kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Maersk keeps Asia-Europe ships on Cape route for foreseeable future",
        "Maersk said all its vessels on Asia-Europe routes would keep sailing around the Cape of Good Hope for the foreseeable future, adding 10 to 14 days to voyages, because the security situation in the Red Sea remained 'highly volatile'. Spot rates from Shanghai to Rotterdam rose 9% on the week, the Drewry index showed. Its rival MSC said it had no plans to return either.",
        "economy",
    ),
    (
        "Lloyd's underwriters lift Red Sea war-risk premiums to 0.7%",
        "Underwriters in the Lloyd's market raised war-risk premiums for Red Sea transits to 0.7% of a ship's hull value from 0.5%, brokers said, adding about $700,000 to the cost of a single voyage for a $100 million container ship. Ships with US, British or Israeli links pay more; some underwriters declined to quote at all for ships bound for Eilat.",
        "economy",
    ),
    (
        "Suez Canal revenue halves as carriers avoid Red Sea",
        "Egypt's Suez Canal revenue fell by half to $4 billion last year as container lines diverted ships around Africa, the canal authority said. Transits dropped to about 30 a day from 70 before the disruption, and the authority offered discounts of up to 15% to lure large container ships back. 'We are losing about $800 million a month,' the authority's chairman said.",
        "economy",
    ),
    (
        "Aspides frigates escorted 370 ships in first year, EU says",
        "The EU naval mission Aspides escorted 370 merchant ships through the Red Sea and Gulf of Aden in its first year, its commander said, as member states agreed to keep four frigates on station for another twelve months. Shipowners' associations asked for more warships. The mission's budget for the year is 17 million euros.",
        "military",
    ),
    (
        "Somali pirates take bulk carrier to Puntland coast, demand ransom",
        "Somali pirates boarded the Bangladesh-flagged bulk carrier Abdullah in the Indian Ocean and sailed it to the coast of Puntland, where they demanded a ransom for its 23 crew, the ship manager said. An EU warship was shadowing the vessel. The crew were reported to be unharmed. The owner said negotiations were under way.",
        "crime",
    ),
    (
        "Pirates kidnap six crew off Sao Tome; released after ransom",
        "Pirates armed with assault rifles boarded a container ship 40 nautical miles off Sao Tome and kidnapped six crew, who were released three weeks later in Nigeria's Bayelsa state after a ransom was paid, the International Maritime Bureau said. The IMB urged ships to stay at least 250 miles offshore. The owner declined to say how much was paid.",
        "crime",
    ),
    (
        "Piracy and armed robbery at sea rise to 116 incidents, IMB says",
        "Piracy and armed robbery against ships rose to 116 incidents last year from 120 the year before, with the Singapore Strait accounting for a third of them, the International Maritime Bureau said in its annual report. Most boarders were armed with knives and stole engine spares.",
        "crime",
    ),
    (
        "Dali loses power and brings down Baltimore's Key Bridge",
        "The container ship Dali lost power and struck a support of the Francis Scott Key Bridge in Baltimore early on Tuesday, bringing down the span and killing six road workers. The port, the busiest in the United States for car imports, was closed to shipping for 11 weeks. Insurers put total claims at up to $4 billion, one of the largest marine losses on record. The ship's owner and manager filed to limit their liability.",
        "accident",
    ),
    (
        "Car carrier fire off Ameland kills one crew member",
        "A fire broke out on the car carrier Fremantle Highway off the Dutch island of Ameland, killing one crew member and forcing the rest of the 23 crew to jump into the sea or be lifted off by helicopter, the coast guard said. Investigators are looking at whether an electric car's battery started the blaze. The ship was carrying about 3,800 cars, including almost 500 electric vehicles.",
        "accident",
    ),
    (
        "Container ship rams US military fuel tanker off Yorkshire",
        "A container ship rammed a tanker carrying jet fuel for the US military off the coast of Yorkshire on Monday, setting both ships ablaze; one seafarer is missing, presumed dead. Police arrested the container ship's captain on suspicion of gross negligence manslaughter and said there was no indication of foul play. Both ships were towed away, and the spill of jet fuel was smaller than feared.",
        "accident",
    ),
    (
        "Panama Canal cuts daily transits as drought drains Gatun Lake",
        "The Panama Canal Authority cut daily transits to 24 from 36 and lowered the maximum draught as a severe drought left Gatun Lake near record lows. Ships without bookings waited up to 21 days, and some LNG carriers turned towards the Cape of Good Hope. The authority said transits would return to normal once the rainy season refilled the lake.",
        "disaster",
    ),
    (
        "Typhoon halts operations at Shanghai and Ningbo terminals",
        "Container terminals at Shanghai and Ningbo-Zhoushan, two of the world's busiest ports, suspended operations as Typhoon Bebinca made landfall with winds of 151 km/h, the strongest to hit Shanghai since 1949. More than 400,000 residents were evacuated. Maersk warned customers of delays of up to a week for cargo bound for Europe.",
        "disaster",
    ),
    (
        "US East and Gulf Coast dockworkers walk out in first strike since 1977",
        "About 45,000 dockworkers at ports from Maine to Texas went on strike on Tuesday after talks over wages and automation broke down, halting container traffic at 36 ports. Picket lines were peaceful, and the union said perishable cargo and military goods would still be handled. The strike ended after three days with a tentative 62% pay rise over six years.",
        "protest",
    ),
    (
        "Rotterdam lashers' strike strands containers at Maasvlakte",
        "Lashers at the port of Rotterdam stopped work for 24 hours in a pay dispute, leaving about 20 container ships unable to leave the Maasvlakte terminals, the FNV union said.",
        "protest",
    ),
    (
        "Polish hauliers blockade Ukraine border crossings",
        "Polish truck drivers blocked three border crossings with Ukraine for a third week, leaving about 2,000 lorries in queues up to 30 km long, in protest at competition from Ukrainian hauliers. Police kept traffic moving for humanitarian and military convoys, and no incidents were reported. Ukraine's economy ministry said the blockade was costing exporters millions of euros a week. Talks with Warsaw are due next Tuesday.",
        "protest",
    ),
    (
        "Tractors block access to Antwerp-Bruges and Zeebrugge ports",
        "Hundreds of farmers parked tractors across access roads to the ports of Antwerp-Bruges and Zeebrugge on Monday in a protest against EU trade deals and red tape, halting truck traffic for several hours. Police said the protest passed off peacefully.",
        "protest",
    ),
    (
        "GPS jamming in Baltic forces ships to sail by radar and sight",
        "Ships in the southern Baltic reported more than 1,600 cases of GPS jamming last month, and some were shown on positions inland, the Finnish transport agency said. Western officials blame Russian electronic warfare systems in Kaliningrad. Pilots advised captains to navigate by radar and visual bearings.",
        "military",
    ),
    (
        "Russian patrol ship fires warning shots, searches cargo ship bound for Izmail",
        "A Russian patrol ship fired warning shots with automatic weapons at the Palau-flagged cargo ship Sukru Okan in the south-western Black Sea and sent an inspection team by helicopter to search it, Russia's defence ministry said. No one was hurt, and the ship was allowed to continue its voyage after the search. Ukraine's foreign ministry called the search 'a gross violation of freedom of navigation'.",
        "military",
    ),
    (
        "Finnish police hold tanker suspected of cutting Baltic cable with anchor",
        "Finnish police detained the tanker Eagle S, which they suspect of damaging the Estlink 2 power cable and four telecoms cables by dragging its anchor across the Gulf of Finland seabed. Prosecutors opened a case of aggravated criminal mischief against the captain and two officers. The ship's owner, registered in the UAE, denied any wrongdoing.",
        "crime",
    ),
    (
        "Container lines' shares surge on Red Sea disruption windfall",
        "Shares of Hapag-Lloyd, Maersk and Evergreen rose as much as 10% as freight rates on the main east-west routes tripled in a month, analysts said, turning an expected loss for the year into a windfall. 'Disruption is the carriers' best friend,' said one analyst.",
        "economy",
    ),
    (
        "Hapag-Lloyd says Suez return only when it is safe for crews",
        "Hapag-Lloyd will only send its ships back through the Suez Canal when the safety of crews can be guaranteed, its chief executive told a conference in Hamburg, adding that a return would release 6% of global container capacity and send freight rates down sharply.",
        "economy",
    ),
    (
        "Cyber incident shuts DP World Australia terminals for three days",
        "DP World Australia shut its terminals in Sydney, Melbourne, Brisbane and Fremantle for three days after a cyber incident, leaving about 30,000 containers stuck on the docks. The federal cyber security coordinator said the company had been hit by criminal hackers, and police were investigating. The company said it had received no ransom demand.",
        "crime",
    ),
    (
        "Ukraine launches state-backed insurance for Black Sea ships",
        "Ukraine launched a state-backed war-risk insurance scheme for ships using its Black Sea ports, with a $50 million fund and cover provided by Lloyd's syndicates through broker Marsh, the economy ministry said. Premiums for a grain voyage fell to about 1% of hull value. Brokers said the scheme would make voyages viable for smaller shipowners.",
        "economy",
    ),
    (
        "Cape Town port buckles under 'invasion' of diverted ships",
        "An invasion of ships diverted from the Red Sea has left the port of Cape Town struggling, with vessels waiting up to a week for a berth and bunker fuel sold out on several days, Transnet said. Wind-bound delays and old cranes make the bottleneck worse. Ship agents said some lines were now bunkering in Port Louis instead.",
        "economy",
    ),
    (
        "Grain ship runs aground in Bosphorus, halting traffic",
        "A bulk carrier loaded with wheat ran aground in the Bosphorus after a rudder failure, and Turkish authorities halted traffic through the strait in both directions for nine hours while tugs refloated it. No one was hurt and no cargo was lost.",
        "accident",
    ),
    (
        "CMA CGM resumes some Suez transits under French navy escort",
        "CMA CGM said several of its container ships had crossed the Red Sea under escort by French navy frigates, the first of its ships to use the route in two months. The carrier said decisions would be taken voyage by voyage, and most of its fleet would still sail around Africa; its shares were little changed.",
        "military",
    ),
    (
        "Transpacific price war: carriers slash rates to fill new ships",
        "Container lines are locked in a price war on the transpacific as a wave of newly built ships hits the water, with spot rates from Asia to the US West Coast down 40% in six weeks. Smaller carriers are offering contracts below cost to win market share, forwarders said. 'It is carnage out there,' said one forwarder in Los Angeles. Carriers have announced blank sailings to prop up rates.",
        "economy",
    ),
    (
        "Iran's navy stages drill near Strait of Hormuz",
        "Iran's navy began a three-day drill near the Strait of Hormuz on Friday, firing cruise missiles at targets at sea and practising the interception of a hostile convoy, state television reported. Tanker traffic through the strait was not affected, according to ship tracking data. Analysts at a London risk consultancy said the drill was a signal to Washington ahead of nuclear talks.",
        "military",
    ),
    (
        "Armed guards scare off skiff approaching tanker off Yemen",
        "The master of a tanker off Yemen's Mukalla coast reported that a skiff with five men on board approached to within 300 metres before turning away when the ship's armed security team showed its weapons, UKMTO said. No shots were fired. The agency advised ships to report suspicious activity.",
        "crime",
    ),
    (
        "Black Sea war-risk cover cancelled by reinsurers",
        "Reinsurers gave notice that they would cancel war-risk cover for ships trading to Russian and Ukrainian ports from next month, leaving primary insurers to quote new terms voyage by voyage. Brokers said premiums could rise to 3% of hull value for some calls. Calls at Ukrainian ports covered by the state-backed scheme are not affected.",
        "economy",
    ),
]
