"""Negatives of dev397: the history, culture and general desks of the Caribbean press
(anniversaries, sound clashes, carnival, elections, sargassum). (title, text, kind code)."""

NEGATIVES = [
    (
        "Thirty-five years after the Jamaat coup attempt, survivors ask for a full account",
        "Survivors of the 1990 coup attempt gathered at the Red House on Sunday to mark 35 "
        "years since members of the Jamaat al Muslimeen stormed Parliament and the state "
        "broadcaster and held the Prime Minister and members of his Cabinet hostage for six "
        "days. Twenty-four people died during the insurrection, and Port of Spain was looted "
        "while the hostages were held. Former MP Leo Des Vignes, who died of his wounds, "
        "was remembered with a wreath. Several speakers said the recommendations of the "
        'commission of enquiry had never been fully implemented. "We are still waiting for '
        'the truth," a former parliamentary staff member said. The Speaker said a plaque '
        "would be placed in the chamber. Relatives of police officers killed at "
        "headquarters asked the state to recognise them as heroes.",
        "history",
    ),
    (
        "Four years after Moïse's killing, a quiet Mass and no verdict in Port-au-Prince",
        "Relatives and a handful of former officials attended a quiet Mass in Pétion-Ville "
        "on Monday to mark four years since President Jovenel Moïse was killed in his "
        "bedroom by a commando of foreign mercenaries. The Haitian case against the "
        "suspects has stalled, with a succession of investigating judges having resigned, "
        "Le Nouvelliste notes. In Miami, several men have been sentenced to life in prison "
        "and others are awaiting trial. The former first lady did not attend. A priest "
        'called on the authorities to "not let time bury the truth". Political leaders '
        "issued short statements on social media. The anniversary passed without the "
        "official ceremony held in previous years. Many of those who worked in the "
        "late president's administration now live abroad.",
        "history",
    ),
    (
        "Grenada marks October 19 with renewed call to find Bishop's remains",
        "Grenadians gathered at Fort George on Saturday to remember Prime Minister Maurice "
        "Bishop and the others executed there on October 19, 1983, as the government "
        "renewed its search for their remains. The commemoration, organised by the Maurice "
        "Bishop and October 19th Martyrs Foundation, included a wreath-laying and the "
        "reading of names. Prime Minister Dickon Mitchell said the state would fund new "
        "forensic work at sites identified by the truth commission. The killings were "
        "followed days later by the US-led invasion of the island. Historians at the event "
        "said many young Grenadians knew little of the revolution. A new exhibition on the "
        "People's Revolutionary Government opened at the National Museum in St George's. "
        "Relatives of the victims said closure would come only with a burial.",
        "history",
    ),
    (
        "Along the Massacre River, Dominicans and Haitians remember 1937",
        "Dominican and Haitian activists, clergy and students laid flowers on the banks of "
        "the Massacre River at Dajabón on Saturday to remember the thousands of Haitians "
        "and Dominicans of Haitian descent killed on the orders of the dictator Rafael "
        "Trujillo in October 1937. Organisers of the Border of Lights gathering read "
        "testimony collected from survivors before their deaths. A historian from the "
        "Autonomous University of Santo Domingo said estimates of the dead ranged from "
        "several thousand to more than 15,000. Participants crossed the bridge to "
        "Ouanaminthe for a joint service. The event has been held every year since 2012. "
        "Speakers said remembering the massacre was more important than ever, given "
        "current tensions over migration.",
        "history",
    ),
    (
        "Gaza and Gully bury the hatchet on stage as Kartel and Mavado reunite",
        "Two decades after their rivalry split dancehall into the Gaza and Gully camps, Vybz "
        "Kartel and Mavado shared a stage at the National Stadium on Saturday night, "
        "embracing to a roar from more than 30,000 fans. The surprise appearance came near "
        "the end of Kartel's homecoming concert, his biggest since his release from prison "
        'after the Privy Council quashed his murder conviction. "No more war, we are one '
        'people," Mavado told the crowd. The feud, fought out in songs and sound clashes in '
        "the late 2000s, was once so heated that the Prime Minister of the day called the "
        "two artistes to Jamaica House to make peace. Promoters said the show sold out "
        "within hours. Police reported no major incidents. Social media lit up with clips "
        "of the two men trading verses.",
        "entertainment",
    ),
    (
        "Sting returns with a clash for the ages at Jamworld",
        "Sting, billed for decades as the greatest one-night reggae show on earth, made its "
        "return to Jamworld in Portmore on Boxing Day with a lyrical clash that had the "
        "crowd on its feet until dawn. Two of the genre's young stars traded insults and "
        "rhymes for forty minutes before the judges declared a draw, to boos from both "
        'camps. "A proper war, the way Sting used to be," one veteran selector said '
        "backstage. Organisers said attendance was the highest since the show went on "
        "hiatus. The lineup also included gospel and roots reggae acts earlier in the "
        "night. Police and private security searched patrons at the gates, and no "
        "incidents were reported. Vendors outside the venue said business was the best they "
        "had seen in years. The promoters said Sting would be back next year.",
        "entertainment",
    ),
    (
        "Haitian director's film about life under the gangs wins top prize in Port of Spain",
        "A feature film by a young Haitian director about a family trying to leave a "
        "neighbourhood of Port-au-Prince controlled by an armed gang won the jury prize at "
        "the Trinidad and Tobago Film Festival on Sunday. The film, shot partly in Jacmel and "
        "partly in the Dominican Republic for safety reasons, follows a teenage girl who "
        "dreams of becoming a nurse. The jury praised its restraint and said it showed "
        'violence "through its consequences, not its spectacle". The director, who now lives '
        "in Montreal, said in a video message that many of her actors had been displaced "
        "themselves. The festival also honoured a Jamaican documentary on the Windrush "
        "generation. The winning film will screen in Kingston and Bridgetown next month.",
        "entertainment",
    ),
    (
        "Record sargassum influx chokes Barbados east coast beaches",
        "Barbados is facing its heaviest influx of sargassum seaweed on record, with "
        "mounds more than a metre high along beaches from Bathsheba to Skeete's Bay, the "
        "Coastal Zone Management Unit said on Tuesday. The rotting seaweed releases hydrogen "
        "sulphide, and residents of fishing villages complained of headaches and the smell. "
        "The Ministry of Environment said crews with front-end loaders were removing "
        "hundreds of tonnes a day. Researchers at the University of the West Indies at Cave "
        "Hill are testing ways of turning the seaweed into fertiliser and biogas. Fisherfolk "
        "said the mats were blocking boats from leaving the landing sites. Scientists blame "
        "warmer seas and nutrients washed from the Amazon for the yearly blooms. Hoteliers "
        "on the west coast said they had been spared so far.",
        "other",
    ),
    (
        "Carnival Monday: mas bands take over Port of Spain as J'ouvert revellers play till dawn",
        "Tens of thousands of masqueraders took over the streets of Port of Spain on "
        "Carnival Monday, after a J'ouvert morning in which revellers covered in mud, paint "
        "and chocolate danced from before dawn. Large bands including Tribe and Yuma crossed "
        "the stage at the Queen's Park Savannah under a fierce sun, while sound trucks "
        "blasted the season's big soca tunes. The race for Road March title appeared to be "
        "between two songs. Police said the day had been largely incident-free, with a small "
        "number of arrests for minor offences. Hotels reported full occupancy, and the "
        "Tourism Ministry said arrivals were up on last year. Vendors along Ariapita Avenue "
        "said sales of food and drink were brisk. The parade of the bands continues on "
        "Tuesday.",
        "other",
    ),
    (
        "From a camp in Croix-des-Bouquets to a nursing award in Providenciales",
        "When Marie-Ange Dorval left Haiti as a teenager after the 2010 earthquake, she "
        "spoke no English and had never seen a hospital ward. On Friday she was named nurse "
        "of the year by the Turks and Caicos Islands Hospital, the first Haitian-born "
        "winner of the award. Dorval spent two years in a tent camp before an aunt brought "
        "her to Providenciales, where she finished school and trained at the local "
        'community college. She now runs the night shift in the intensive care unit. "I '
        'know what it means to have nothing, so I treat every patient like family," she told '
        "the Turks and Caicos Weekly News. Her colleagues said she was known for staying "
        "late to help younger nurses and for singing to patients in Creole. The Premier congratulated her in a social media post. "
        "She hopes one day to open a clinic in her home town of Léogâne.",
        "other",
    ),
    (
        "Mottley's BLP wins all 30 seats again in snap election",
        "Prime Minister Mia Mottley's Barbados Labour Party won all 30 seats in the House of "
        "Assembly for the second election running, according to the Electoral and Boundaries "
        "Commission's results early on Thursday. Turnout was low at about 42 per cent, "
        "well down from the last poll. Mottley, who called the election a year and a half "
        "early, said the result gave her a mandate to push on with the Barbados Economic "
        "Recovery and Transformation plan. The Democratic Labour Party, led by Verla De Peiza, "
        "failed to win a seat, and De Peiza lost her own constituency. Observers from the "
        "Commonwealth said the vote was well organised. Mottley is expected to name her "
        "Cabinet on Friday. Barbados became a republic little more than a year ago.",
        "other",
    ),
    (
        "UWI researchers grow heat-tolerant coral in Discovery Bay nursery",
        "Scientists at the University of the West Indies' Discovery Bay Marine Laboratory "
        "say they have bred a strain of staghorn coral that survived last summer's record "
        "sea temperatures with far less bleaching than wild colonies, the Gleaner reports. "
        "The team has planted more than 8,000 fragments from the nursery on reefs along the "
        "north coast of St Ann. The project's lead researcher said the results were "
        "promising but that only deep cuts in emissions would save the region's reefs. "
        "Fishers in the area have been trained to help tend the nurseries. The work is "
        "funded by the Global Environment Facility and a hotel group. Jamaica has lost "
        "more than half of its living coral cover since the 1980s, according to the "
        "National Environment and Planning Agency.",
        "other",
    ),
]
